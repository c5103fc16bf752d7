import { describe, expect, it } from "vitest";
import type { Token } from "./01-tokens.js";
import { tokenize } from "./01-tokens.js";
import { findTriggers } from "./03-triggers.js";
import { nounForms, verbForms } from "./lexicon/inflect.js";
import { compilePatterns, expandPhrases, matchPattern } from "./lexicon/pattern.js";
import { TRIGGERS } from "./lexicon/triggers.js";

// Entries that code nothing (lexicon/triggers-non-acts.ts) are left out: they only block act readings.
const found = (text: string): string[] => findTriggers(tokenize(text)).filter((t) => t.entry.type !== null || t.entry.gov).map((t) => `${t.entry.type ?? t.entry.gov}`);

/** The simplest phrase a pattern accepts: first form of each element, gaps and optional parts left out. */
function samplePhrase(source: string): Token[] {
  const words = source.trim().split(/\s+/).filter((w) => w !== "*" && w !== "**" && !w.endsWith("?"));
  const text = words
    .map((w) => {
      const alt = w.split("|")[0]!;
      return alt.endsWith("/v") ? verbForms(alt.slice(0, -2))[0]! : alt.endsWith("/n") ? nounForms(alt.slice(0, -2))[0]! : alt;
    })
    .join(" ");
  return tokenize(text);
}

describe("trigger lexicon", () => {
  // Every pattern of every entry must match its own simplest phrase: a typo in the data fails here.
  for (const entry of TRIGGERS) {
    for (const [i, alt] of entry.p.split("||").flatMap(expandPhrases).entries()) {
      it(`${entry.type ?? entry.gov}: ${alt.trim()}`, () => {
        const pattern = compilePatterns(entry.p)[i]!;
        const tokens = samplePhrase(alt);
        expect(matchPattern(pattern, tokens, 0)).toBe(tokens.length);
      });
    }
  }

  it.each([
    ["verbForms", verbForms("agree"), ["agree", "agrees", "agreeing", "agreed"]],
    ["verbForms irregular", verbForms("withdraw"), ["withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn"]],
    ["verbForms doubling", verbForms("ban"), ["ban", "bans", "banning", "banned"]],
    ["nounForms", nounForms("policy"), ["policy", "policies"]],
  ])("%s", (_n, got, want) => {
    expect([...got].sort()).toEqual([...want].sort());
  });
});

describe("findTriggers", () => {
  it.each([
    ["The US imposed sanctions on Iran.", ["SANCTION"]],
    ["The US withdrew from the Iran nuclear deal.", ["SANCTION"]],
    ["The Pentagon withdrew 500 troops.", ["RETREAT"]],
    ["Washington threatened to close its embassy.", ["THREATEN", "SANCTION"]],
    ["the fight against terrorism", []],
    ["US pressure to comply", ["REQUEST"]],
    // Deals signed with companies are commercial: cooperation at once (GUIDELINES: signing commercial contracts).
    ["Iraq signed agreements with US firms.", ["COOPERATE"]],
    ["popular protests", ["PROTEST"]],
  ])("%s", (text, types) => {
    expect(found(text)).toEqual(types);
  });
});
