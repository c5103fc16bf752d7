/** @module Ships and crews seized or attacked with no owner named: the victim is unknown (UNK), not missing. */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const VESSELS = /^(?:ships?|vessels?|tankers?|carriers?|freighters?|boats?|cargo|merchantmen|dhows?|crews?)$/;
const NP_WORDS = /^(?:a|an|the|two|three|several|some|commercial|merchant|oil|car|cargo|container|foreign|civilian|private|fishing|its|their|large|small)$/;

/**
 * "Iran's navy seized an oil tanker", "the group began attacking merchant ships": a vessel taken or struck whose
 * owner the text does not name is the act's victim all the same — unknown (UNK), as an unnamed actor is
 * (GUIDELINES: UNK, actor/target unnamed). A named owner or flag ("a British tanker") is found by the other rules.
 */
export function unnamedVictim(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if ((c.type !== "COERCE" && c.type !== "ASSAULT") || c.target !== null || c.speculative) return c;
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 5); k++) {
    if ((a.mentionStart[k] ?? -1) >= 0) return c;
    const w = a.tokens[k]!.norm;
    if (VESSELS.test(w)) return { ...c, target: "UNK" };
    if (!NP_WORDS.test(w)) return c;
  }
  return c;
}
