import { describe, expect, it } from "vitest";
import { tokenize } from "./01-tokens.js";
import { findQuantities } from "./05-quantities.js";

const figures = (text: string): [string, number, string, string][] =>
  findQuantities(text, tokenize(text)).map((q) => [q.text, q.value, q.unit, q.measure]);

describe("findQuantities", () => {
  it.each([
    ["worth up to $8 billion", [["up to $8 billion", 8e9, "USD", "funds"]]],
    ["about $13 billion a year", [["about $13 billion", 13e9, "USD", "funds"]]],
    ["1.5 trillion dinars", [["1.5 trillion dinars", 1.5e12, "IQD", "funds"]]],
    ["90% of the budget", [["90%", 90, "%", "share"]]],
    ["by up to 22 percent", [["up to 22 percent", 22, "%", "share"]]],
    ["the withdrawal of 500 troops", [["500 troops", 500, "troops", "troops"]]],
    ["a 120-day waiver", [["120-day", 120, "days", "days"]]],
    ["renewed every 90 days", [["90 days", 90, "days", "days"]]],
    ["killing nearly 500 people", [["nearly 500 people", 500, "people", "people"]]],
    ["more than 60 attacks", [["more than 60 attacks", 60, "attacks", "attacks"]]],
    ["the number of troops was estimated at 5,200", [["5,200 troops", 5200, "troops", "troops"]]],
    ["in 2020 troops", []],
    ["no figures here", []],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("tells a level from a change", () => {
    const text = "cut troops from 3,000 to 2,500";
    expect(findQuantities(text, tokenize(text)).map((q) => [q.value, q.level])).toEqual([[3000, false], [2500, true]]);
  });
});
