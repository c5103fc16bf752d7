/** @module Clauses that name an act without reporting it: time anchors and permitted acts. */
import type { RawEvent } from "./06-arguments.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const DURATION = /^(?:day|days|hours?|weeks?|months?|minutes?|moments|shortly|just|soon|year|years|night|morning|evening)$/;

/**
 * "A day before the strikes, …", "hours after the attack": an act named only to place another in time is an
 * anchor; it points back at an act told elsewhere (pure anaphora, GUIDELINES: Mentions) and reports nothing.
 * Only a definite noun after "before/after" that follows a stretch of time, with no party of its own.
 */
export function timeAnchor(a: SentenceAnalysis, e: RawEvent, nominal: boolean): boolean {
  if (!nominal || e.actors.length || e.targets.length) return false;
  const det = a.tokens[e.start - 1]?.norm;
  const prep = a.tokens[e.start - 2]?.norm;
  return (det === "the" || det === "those" || det === "these") && (prep === "before" || prep === "after") && DURATION.test(a.tokens[e.start - 3]?.norm ?? "");
}

const LET = /^(?:let|lets|letting)$/;

/**
 * "a deal that let government troops deploy": an act someone is let do is permitted, not reported as done (the
 * permission is the event, GUIDELINES: "reported as having happened"). The permitted verb stands a few words after
 * "let", with only its subject between.
 */
export function permitted(a: SentenceAnalysis, e: RawEvent): boolean {
  if (!a.triggers.some((t) => t.start === e.start && t.entry.pos === "v")) return false;
  for (let k = e.start - 1; k >= Math.max(0, e.start - 6); k--) {
    const w = a.tokens[k]!.norm;
    if (LET.test(w)) return k < e.start - 1;
    if (!a.tokens[k]!.word || a.triggers.some((t) => t.start === k)) return false;
  }
  return false;
}
