/** @module A sanction with no target that follows sanctions on a party ("The Treasury then blacklisted …") hits that party. */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";


/**
 * "Trump authorised sanctions against Turkey. The Treasury then blacklisted the ministries of defence and energy":
 * a sanction naming no party after it carries on the sanctions told just before (same or previous sentence), so
 * the ministries and officials it lists belong to that target (GUIDELINES: targets from context).
 */
export function continuedSanction(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if (c.type !== "SANCTION" || c.target !== null || c.speculative) return c;
  // A party named after the act (a modifier, a possessive) is its own target: other rules decide.
  if (a.mentions.some((m) => m.start >= c.end)) return c;
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > 1) break;
    if (p.type !== "SANCTION" || p.speculative || p.target === null || p.target === "UNK") continue;
    return root(p.target) === root(c.actor) ? c : { ...c, target: p.target };
  }
  return c;
}
