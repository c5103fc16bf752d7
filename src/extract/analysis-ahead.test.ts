import { describe, expect, it } from "vitest";
import { AnalysisAhead } from "./analysis-ahead.js";
import { analysis, type SentenceAnalysis } from "./sentence-analysis.js";

const made = (text: string): SentenceAnalysis => analysis(text, [], [], [], [], []);

describe("AnalysisAhead", () => {
  it("analyses in sentence order, a batch ahead, and hands each analysis over once", () => {
    const order: number[] = [];
    const ahead = new AnalysisAhead(600, (i) => {
      order.push(i);
      return made(`s${i}`);
    });
    const texts: string[] = [];
    for (let i = 0; i < 600; i++) texts.push(ahead.take(i).text);
    expect(texts).toEqual(Array.from({ length: 600 }, (_, i) => `s${i}`));
    expect(order).toEqual(Array.from({ length: 600 }, (_, i) => i));
  });

  it("throws a sentence's own error on its turn, and goes on with the next", () => {
    const ahead = new AnalysisAhead(3, (i) => {
      if (i === 1) throw new Error("bad sentence");
      return made(`s${i}`);
    });
    expect(ahead.take(0).text).toBe("s0");
    expect(() => ahead.take(1)).toThrow("bad sentence");
    expect(ahead.take(2).text).toBe("s2");
  });
});
