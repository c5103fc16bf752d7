import { describe, expect, it } from "vitest";
import { tokenize } from "./01-tokens.js";
import { type DateContext, findDates, narrativeDates, type NarrativeStep, narrativeStep, openingDates, type TimePoint, type ToldAct } from "./04-dates.js";

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
    ["pressed Baghdad throughout the year", [["2023", null]]],
    ["in 2019, and throughout the year", [["2019", null], ["2019", null]]],
    ["on Saturday 17 June the talks began", [["2023-06-17", null]]],
    ["on 3-4 June the ministers met", [["2023-06-03", "2023-06-04"]]],
    ["between 13 and 14 April 2024 Iran attacked", [["2024-04-13", "2024-04-14"]]],
    ["on March 3-4, 2023 they met", [["2023-03-03", "2023-03-04"]]],
    ["the 2-day talks on 5 June", [["2023-06-05", null]]],
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

  it("reads 'last <month>' back from publication, not from the year of the narrative", () => {
    const ctx = { published: "2023-06-20", lastYear: null };
    const first = "The border was closed in March 2021.";
    findDates(first, tokenize(first), ctx);
    const second = "The two sides reopened it last March.";
    expect(findDates(second, tokenize(second), ctx).map((d) => d.date)).toEqual(["2023-03"]);
    const third = "They signed a new accord last September.";
    expect(findDates(third, tokenize(third), ctx).map((d) => d.date)).toEqual(["2022-09"]);
  });

  it("takes the year of a day-month from publication after a sentence naming only a background year", () => {
    const ctx = { published: "2023-06-20", lastYear: null };
    const first = "Ties were broken in 2016.";
    findDates(first, tokenize(first), ctx);
    const second = "On 14 April the envoys returned.";
    expect(findDates(second, tokenize(second), ctx).map((d) => d.date)).toEqual(["2023-04-14"]);
    const narrative = "The crisis began in November 2019.";
    findDates(narrative, tokenize(narrative), ctx);
    const next = "On 2 December the cabinet resigned.";
    expect(findDates(next, tokenize(next), ctx).map((d) => d.date)).toEqual(["2019-12-02"]);
  });

  it.each([
    ["Rebels replied the same day.", "2021-03-04"],
    ["Later that day the ministry protested.", "2021-03-04"],
    ["Hours later a drone hit the depot.", "2021-03-04"],
    ["A gunship answered within hours.", "2021-03-04"],
    ["A day earlier, the envoy had left.", "2021-03-03"],
    ["The cabinet had met the day before.", "2021-03-03"],
    ["Three days after the raid, the envoy left.", "2021-03"],
    ["Within days the envoy left.", "2021-03"],
    ["The next day the envoy left.", "2021-03-05"],
  ])("counts '%s' from the last day named", (text, date) => {
    const ctx = { published: "2021-06-01", lastYear: null };
    const first = "Militias shelled the base on 4 March 2021.";
    findDates(first, tokenize(first), ctx);
    expect(findDates(text, tokenize(text), ctx).map((d) => d.date)).toEqual([date]);
  });

  it("keeps the anchor after a look back, and reads 'the day before he met' as no date of its own", () => {
    const ctx = { published: "2021-06-01", lastYear: null };
    for (const t of ["Militias shelled the base on 4 March 2021.", "A day earlier, the envoy had left."]) findDates(t, tokenize(t), ctx);
    const third = "Two days later the cabinet met.";
    expect(findDates(third, tokenize(third), ctx).map((d) => d.date)).toEqual(["2021-03-06"]);
    const fourth = "On 9 May 2021, the day before he met the king, the minister signed a deal.";
    expect(findDates(fourth, tokenize(fourth), ctx).map((d) => d.date)).toEqual(["2021-05-09"]);
  });

  it.each([
    ["Within six weeks of the election on 10 January 2025, the cabinet acted.", "2025"],
    ["Within ten days of the election on 10 January 2025, the cabinet acted.", "2025-01"],
    ["Within three months of the vote on 12 November 2024, the cabinet acted.", null],
  ])("reads '%s' as the unit its bounds fix", (text, date) => {
    expect(dates(text, "2025-06-01").map(([d]) => d)).toEqual(date ? [date] : []);
  });

  it("lets a sentence's opening date reach every act after it, unless a word places the act at another time", () => {
    const text = "In March 2021, ministers met at the border, and militias fired rockets, and later police arrested two men.";
    const tokens = tokenize(text);
    const ds = findDates(text, tokens, { published: "2021-06-01", lastYear: null });
    const at = (w: string): number => tokens.findIndex((t) => t.norm === w);
    expect(openingDates(tokens, ds, [at("met"), at("fired"), at("arrested")]).map((d) => d?.date ?? null)).toEqual(["2021-03", "2021-03", null]);
    const late = "Ministers met in March 2021, and militias fired rockets.";
    const lt = tokenize(late);
    expect(openingDates(lt, findDates(late, lt, { published: "2021-06-01", lastYear: null }), [lt.findIndex((t) => t.norm === "fired")])).toEqual([null]);
  });

  it("marks deadlines", () => {
    const text = "troops will leave by September 2025";
    expect(findDates(text, tokenize(text), { published: "2024-01-01", lastYear: null })[0]?.deadline).toBe(true);
  });

  it("resolves time-of-day phrases from the last day named, even with no other date word in the sentence", () => {
    const ctx = { published: "2023-06-20", lastYear: null, lastDay: "2023-06-04" };
    const at = (text: string): string[] => findDates(text, tokenize(text), { ...ctx }).map((d) => d.date);
    expect(at("Trump answered the same evening.")).toEqual(["2023-06-04"]);
    expect(at("Militias struck back that night.")).toEqual(["2023-06-04"]);
    expect(at("They met the next morning.")).toEqual(["2023-06-05"]);
    expect(at("They had met the day before.")).toEqual(["2023-06-03"]);
  });

  it("dates a chronology item through its colon", () => {
    const text = "- 6 April: the ministers met in Beijing.";
    const tokens = tokenize(text);
    const ds = findDates(text, tokens, { published: "2023-06-20", lastYear: null });
    expect(openingDates(tokens, ds, [tokens.findIndex((t) => t.norm === "met")]).map((d) => d?.date ?? null)).toEqual(["2023-04-06"]);
  });
});

describe("relative months and years", () => {
  const told = (sentences: string[], published = "2024-03-12"): string[][] => {
    const ctx: DateContext = { published, lastYear: null };
    return sentences.map((t) => findDates(t, tokenize(t), ctx).map((d) => d.date));
  };

  it.each([
    [["In November 2022 the Fed acted.", "The Treasury acted that month."], [["2022-11"], ["2022-11"]]],
    [["In November 2022 the Fed acted, and later that month the Treasury did."], [["2022-11", "2022-11"]]],
    [["It began in March 2021.", "The following month, Iraq answered."], [["2021-03"], ["2021-04"]]],
    [["It began on 30 December 2021.", "The next month, Iraq answered."], [["2021-12-30"], ["2022-01"]]],
    [["It began in March 2021.", "Two months later, Iraq answered."], [["2021-03"], ["2021-05"]]],
    [["It began in March 2021.", "The previous month, Iraq had warned."], [["2021-03"], ["2021-02"]]],
    [["It began in 2019.", "The following year, Iraq answered."], [["2019"], ["2020"]]],
    [["It began in 2019.", "A year later, Iraq answered."], [["2019"], ["2020"]]],
    [["Iraq answered that month."], [[]]],
  ])("%j", (sentences, expected) => {
    expect(told(sentences)).toEqual(expected);
  });

  it("keeps 'the following week' to the month, counted from the last day", () => {
    expect(told(["It began on 28 March 2021.", "The following week, Iraq answered."])).toEqual([["2021-03-28"], ["2021-04"]]);
  });
});

describe("narrativeDates", () => {
  const act = (sentence: number, date: string | null, start = 3): ToldAct => ({ sentence, start, date, dateEnd: null, speculative: false });
  const run = (events: ToldAct[], published: string, timeline: TimePoint[] = [], sequels: number[] = [], step = (_e: ToldAct) => ({ clause: 0 }) as NarrativeStep | null): (string | null)[] =>
    narrativeDates(events, { published, lastYear: null, timeline, sequels: new Set(sequels) }, step).map((e) => e.date);

  it("dates an undated act at the unit its bounds share", () => {
    expect(run([act(0, "2024-04-13"), act(2, null), act(3, "2024-04-18")], "2024-11-05")).toEqual(["2024-04-13", "2024-04", "2024-04-18"]);
    expect(run([act(0, "2024-04-13"), act(1, null), act(2, "2024-04-13")], "2024-11-05")).toEqual(["2024-04-13", "2024-04-13", "2024-04-13"]);
    // Bounded by publication when no later time is told.
    expect(run([act(0, "2019-10-14"), act(1, null)], "2019-10-18")).toEqual(["2019-10-14", "2019-10"]);
  });

  it("dates an act at the year when its bounds share only the year, unless the text places it after another act", () => {
    expect(run([act(0, "2021-03-02"), act(1, null)], "2021-05-20")).toEqual(["2021-03-02", "2021"]);
    expect(run([act(0, "2021-03-02"), act(1, null)], "2021-05-20", [], [], () => ({ clause: 0, placed: true }))).toEqual(["2021-03-02", null]);
    expect(run([act(0, "2023"), act(1, null)], "2024-06-15")).toEqual(["2023", null]);
  });

  it("skips earlier times told later (a flashback) and coarser times holding the bound", () => {
    expect(run([act(0, "2024-01-12"), act(1, null), act(2, "2023-11"), act(3, "2024")], "2024-01-13")).toEqual(["2024-01-12", "2024-01", "2023-11", "2024"]);
  });

  it("gives a sequel right after its bound the bound's month", () => {
    expect(run([act(0, "2020-08"), act(1, null)], "2022-07-22", [], [1])).toEqual(["2020-08", "2020-08"]);
    expect(run([act(0, "2020-08"), act(2, null)], "2022-07-22", [], [2])).toEqual(["2020-08", null]);
  });

  it("uses the times of sentences without acts, but not spans", () => {
    expect(run([act(1, null), act(2, "2020-08-19")], "2021-02-10", [{ sentence: 0, start: 2, date: "2020-08" }])).toEqual(["2020-08", "2020-08-19"]);
    expect(run([act(1, null)], "2023-10-30", [{ sentence: 0, start: 2, date: "2023-10", span: true }])).toEqual([null]);
  });

  it("dates a headline before the first time told between it and publication", () => {
    expect(run([act(0, null), act(2, "2019-10-17")], "2019-10-18")).toEqual(["2019-10", "2019-10-17"]);
    expect(run([act(0, null), act(5, "2019-10-17")], "2019-10-18")).toEqual([null, "2019-10-17"]);
  });

  it("bounds an act only by times of earlier clauses, and never dates a state", () => {
    expect(run([act(0, "2022-08-23", 2), act(0, null, 6)], "2022-08-25", [], [], () => ({ clause: 0 }))).toEqual(["2022-08-23", null]);
    expect(run([act(0, "2022-07-20", 2), act(0, null, 12)], "2022-07-22", [], [], () => ({ clause: 8 }))).toEqual(["2022-07-20", "2022-07"]);
    expect(run([act(0, "2024-06-05"), act(1, null)], "2024-06-20", [], [], (e) => (e.date ? { clause: 0 } : null))).toEqual(["2024-06-05", null]);
  });
});

describe("narrativeStep", () => {
  const step = (text: string, word: string): number | null => {
    const tokens = tokenize(text);
    return narrativeStep(tokens, new Uint8Array(tokens.length), tokens.findIndex((t) => t.norm === word))?.clause ?? null;
  };

  it.each([
    ["Iraqi officials have urged Washington to act.", "urged", null],
    ["Officials have also repeatedly urged Washington to act.", "urged", null],
    ["About 2,500 troops are stationed in Iraq.", "stationed", null],
    ["About 2,500 troops remain in Iraq.", "remain", null],
    ["Turkish drones had bombed the village.", "bombed", null],
    ["Jordan said that it had downed missiles.", "downed", 0],
    ["Iraq summoned the ambassador.", "summoned", 0],
    ["Late on Wednesday he met the council, which decided to file a complaint.", "file", 8],
  ])("%s", (text, word, clause) => {
    expect(step(text, word)).toBe(clause);
  });
});

describe("document times", () => {
  const read = (sentences: string[], published: string): DateContext => {
    const ctx: DateContext = { published, lastYear: null, timeline: [], sequels: new Set() };
    sentences.forEach((t, i) => {
      ctx.sentence = i;
      findDates(t, tokenize(t), ctx);
    });
    return ctx;
  };

  it("does not take a year naming a thing for the year of the narrative", () => {
    expect(dates("Under the 2008 Strategic Framework Agreement, officials met on Monday, April 15.", "2024-04-16")).toEqual([["2008", null], ["2024-04-15", null]]);
  });

  it("reads 'March of last year' against publication", () => {
    expect(dates("exports halted in March of last year", "2024-04-16")).toEqual([["2023-03", null]]);
  });

  it("dates a clause opened by ', hours after' on the day of the clause before it", () => {
    expect(dates("Iraq summoned the envoy on Friday, hours after drones struck Duhok.", "2022-07-23")).toEqual([["2022-07-22", null], ["2022-07-22", null]]);
  });

  it("keeps datelines and spans out of the narrative's times, and marks date headings", () => {
    const ctx = read(["Updated April 16, 2024", "- March 19, 2025", "### 13 April", "Oil exports have been halted since March of last year, officials said."], "2025-03-19");
    expect(ctx.timeline).toEqual([
      { sentence: 2, start: 3, date: "2024-04-13", heading: true },
      { sentence: 3, start: 6, date: "2024-03", span: true },
    ]);
  });

  it("notes sequels and statement titles", () => {
    const ctx = read(["Joint Statement of Iraq and Jordan", "Baghdad then summoned the envoy.", "Under it, the two sides agreed to meet."], "2024-05-02");
    expect(ctx.statement).toBe(true);
    expect([...ctx.sequels!]).toEqual([1, 2]);
    expect(read(["Iraq and Jordan agreed, according to a joint statement."], "2024-05-02").statement).toBeUndefined();
  });

  it("dates the act right under a date heading with that day", () => {
    const ctx: DateContext = { published: "2024-05-02", lastYear: null };
    findDates("13 April", tokenize("13 April"), ctx);
    const next = "US jets shot down Iranian drones over Syria.";
    expect(findDates(next, tokenize(next), ctx).map((d) => d.date)).toEqual(["2024-04-13"]);
  });
});
