import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";

const texts = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["The U.S. Treasury acted. Iraq objected.", ["The U.S. Treasury acted.", "Iraq objected."]],
    ["Troops fell to 2.5 thousand. Then more.", ["Troops fell to 2.5 thousand.", "Then more."]],
    ["It voted in 2020.[3] Then it waited.", ["It voted in 2020.[3]", "Then it waited."]],
    ["Gen. Miller said so. He left.", ["Gen. Miller said so.", "He left."]],
    ["A line that wraps\nmid sentence ends here.", ["A line that wraps\nmid sentence ends here."]],
    ["Heading:\nBody text.", ["Heading:", "Body text."]],
    ["Para one\n\nPara two", ["Para one", "Para two"]],
    ["صوّت البرلمان. ثم انتظر.", ["صوّت البرلمان.", "ثم انتظر."]],
    ["", []],
    ["   ", []],
  ])("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps offsets that slice back to the exact text", () => {
    const t = "  First one.  Second? Third!\nFourth:\n- item one\n- item two";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
  });
});
