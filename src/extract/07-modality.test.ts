import { describe, expect, it } from "vitest";
import { analyseSentence } from "./extract-events.js";
import { modalityAt, trailingSpeaker } from "./07-modality.js";

function modality(text: string, trigger: string): { negated: boolean; speculative: boolean } {
  const a = analyseSentence(text, { published: "2024-06-15", lastYear: null });
  const t = a.triggers.find((x) => a.tokens[x.start]!.norm === trigger)!;
  const m = modalityAt(a, t.start, t.start);
  return { negated: m.negated, speculative: m.speculative };
}

describe("modalityAt", () => {
  it.each([
    ["Washington imposed sanctions on Iraq.", "imposed", false, false],
    ["Washington may impose sanctions on Iraq.", "impose", false, true],
    ["The US did not withdraw its troops.", "withdraw", true, false],
    ["Iraq never attacked Iran.", "attacked", true, false],
    ["Trump is likely to attack Iran.", "attack", false, true],
    ["If talks fail, the US will attack.", "attack", false, true],
    ["The US attacked Iran, which could escalate.", "attacked", false, false],
    ["A possible strike on Iran worries Baghdad.", "strike", false, true],
    ["Further designations of militia leaders are also likely.", "designations", false, true],
    ["In May 2018, Trump withdrew from the deal.", "withdrew", false, false],
  ])("%s", (text, trigger, negated, speculative) => {
    expect(modality(text, trigger)).toEqual({ negated, speculative });
  });
});

describe("trailingSpeaker and futureOnly", () => {
  it.each([
    ["Turkey will strike PKK positions, the Turkish defence minister said.", "TUR"],
    ["Washington will lift the sanctions, said Pence.", "USA"],
    ["Turkey will strike PKK positions.", null],
    ["Turkey struck PKK positions, killing two.", null],
  ])("%s", (text, code) => {
    expect(trailingSpeaker(analyseSentence(text, { published: "2024-06-15", lastYear: null }))).toBe(code);
  });

  it("tells a plain future from other forecasts", () => {
    const future = analyseSentence("Turkey will strike PKK positions.", { published: "2024-06-15", lastYear: null });
    const likely = analyseSentence("Turkey is likely to strike PKK positions.", { published: "2024-06-15", lastYear: null });
    const at = (a: typeof future): number => a.triggers.find((x) => a.tokens[x.start]!.norm === "strike")!.start;
    expect(modalityAt(future, at(future), at(future)).futureOnly).toBe(true);
    expect(modalityAt(likely, at(likely), at(likely)).futureOnly).toBe(false);
  });
});
