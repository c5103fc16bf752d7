/** @module Where a negation stops: "was not a solution and called for a ceasefire" negates the first predicate only. */
import type { SentenceAnalysis } from "./sentence-analysis.js";

const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but"]);
const NEGATORS: ReadonlySet<string> = new Set(["not", "n't"]);
// Auxiliaries that carry a negation over one predicate only; "has not attacked … and killed" shares its participles.
const SIMPLE_AUX: ReadonlySet<string> = new Set(["did", "does", "do", "was", "were", "is", "are"]);
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "took", "made", "gave", "held", "sent", "met", "told", "said", "broke", "cut", "struck", "shot", "led", "left", "put",
  "set", "began", "drew", "sought", "brought", "fought", "withdrew", "threw", "spoke", "wrote", "hit", "froze", "won",
]);

/**
 * "said war was not a solution and called for a ceasefire", "did not attend the talks but sent an envoy": a finite
 * past verb after "and"/"but" starts a predicate of its own, outside the scope of a "did/was not" in the one before
 * (the negation covers a shared auxiliary only: "has not attacked the base and killed …" stays negated). True when
 * the event's verb at `anchor` stands so and its own words hold no negation.
 */
export function negationEndsBefore(a: SentenceAnalysis, anchor: number): boolean {
  const verb = a.tokens[anchor]!.norm;
  if (!verb.endsWith("ed") && !IRREGULAR_PAST.has(verb)) return false;
  if (!a.triggers.some((t) => t.start === anchor && t.entry.pos === "v")) return false;
  let k = anchor - 1;
  while (k > 0 && (a.tokens[k]!.norm === "also" || a.tokens[k]!.norm === "then" || a.tokens[k]!.norm.endsWith("ly"))) k--;
  if (!CONJUNCTIONS.has(a.tokens[k]?.norm ?? "")) return false;
  // The negation before the conjunction, with a predicate of at least two words between.
  for (let j = k - 3; j >= Math.max(1, k - 8); j--) {
    const w = a.tokens[j]!.norm;
    if (w === "," || w === ";" || CONJUNCTIONS.has(w)) return false;
    if (NEGATORS.has(w)) return SIMPLE_AUX.has(a.tokens[j - 1]!.norm);
  }
  return false;
}
