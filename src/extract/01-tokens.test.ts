import { describe, expect, it } from "vitest";
import { tokenize } from "./01-tokens.js";

describe("tokenize", () => {
  it.each([
    ["U.S. forces left Iraq's bases.", ["us", "forces", "left", "iraq", "'s", "bases", "."]],
    ["Iran-backed factions didn't attack.", ["iran", "-", "backed", "factions", "did", "n't", "attack", "."]],
    ["$8 billion, 2,500 troops and 22%", ["$", "8", "billion", ",", "2,500", "troops", "and", "22", "%"]],
    ["Iraq’s “maximum pressure”", ["iraq", "'s", "“", "maximum", "pressure", "”"]],
    ["صوّت البرلمان", ["صوّت", "البرلمان"]],
    ["", []],
  ])("%j", (text, norms) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(norms);
  });

  it("keeps offsets that slice back to each token", () => {
    const text = "On 5 January 2020, the Iraqi parliament’s vote (U.S.-led) — 😀 done.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
