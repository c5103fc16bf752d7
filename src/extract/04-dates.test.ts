import { describe, expect, it } from "vitest";
import { tokenize } from "./01-tokens.js";
import { findDates } from "./04-dates.js";

const dates = (text: string, published = "2023-06-20"): [string, string | null][] =>
  findDates(text, tokenize(text), { published, lastYear: null }).map((d) => [d.date, d.dateEnd]);

describe("findDates", () => {
  it.each([
    ["On June 3 the talks began.", [["2023-06-03", null]]],
    ["On December 3 the talks began.", [["2022-12-03", null]]],
    ["In May 2018, Trump announced", [["2018-05", null]]],
    ["on January 5, 2020, the", [["2020-01-05", null]]],
    ["on 13 March, 2025.", [["2025-03-13", null]]],
    ["during the first term (2017-2021)", [["2017", "2021"]]],
    ["talks that began in February", [["2023-02", null]]],
    ["late last year", [["2022", null]]],
    ["over the past nine months", [["2022-09", "2023-06"]]],
    ["officials said Tuesday", [["2023-06-20", null]]],
    ["officials said Monday", [["2023-06-19", null]]],
    ["yesterday", [["2023-06-19", null]]],
    ["earlier this month", [["2023-06", null]]],
    ["in 2020, and in August of the same year", [["2020", null], ["2020-08", null]]],
    ["Washington may act", []],
    ["2,500 troops and $2020 million", []],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("counts 'two days later' from the last day named", () => {
    const ctx = { published: "2020-02-01", lastYear: null };
    const first = "It happened on 3 January 2020.";
    findDates(first, tokenize(first), ctx);
    const second = "Two days later parliament voted.";
    expect(findDates(second, tokenize(second), ctx).map((d) => d.date)).toEqual(["2020-01-05"]);
  });

  it("marks deadlines", () => {
    const text = "troops will leave by September 2025";
    expect(findDates(text, tokenize(text), { published: "2024-01-01", lastYear: null })[0]?.deadline).toBe(true);
  });
});
