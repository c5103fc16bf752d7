/** @module The dimension of a reaction that names only "the decision" or "it": that of the act it answers, told just before. */
import { actorRoot as root } from "../domain/actor.js";
import type { CodedEvent } from "./code-sentence.js";
import { pointsBack } from "./08-dimension.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Acts that answer another party's act.
const ANSWERS = new Set(["ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE"]);
// Criticism and praise take only an economic topic from it (GUIDELINES: Dimension: criticism of sanctions is about
// money; criticism of force and thanks stay political).
const JUDGES = new Set(["ACCUSE", "SUPPORT"]);
// Words, not deeds: "the decision", "the move", "it" stand for a deed.
const WORDS = new Set(["ACCUSE", "REQUEST", "REJECT", "SUPPORT", "CONSULT", "THREATEN"]);
// How many sentences back the answered act may be told.
const REACH = 5;

/**
 * "The United States imposed sanctions on Turkey's procurement agency. Ankara condemned the decision and urged
 * Washington to reverse it": a reaction whose clause names no topic and points back is about the last act its target
 * did, so it takes that act's dimension (GUIDELINES: Dimension, by the substance of the action).
 */
export function reactionDimension<T extends CodedEvent>(a: SentenceAnalysis, c: T, before: readonly { c: CodedEvent; i: number }[], sentence: number): T {
  if (!ANSWERS.has(c.type) || c.speculative || c.dimension === "economic") return c;
  const answered = answeredAct(c, before, sentence);
  if (!answered || answered.dimension === c.dimension || !pointsBack(a, c.start, c.end)) return c;
  if (JUDGES.has(c.type) && answered.dimension !== "economic") return c;
  return { ...c, dimension: answered.dimension };
}

/** The last deed told within REACH sentences by the reaction's target (or, with none named yet, by another party). */
function answeredAct(c: CodedEvent, before: readonly { c: CodedEvent; i: number }[], sentence: number): CodedEvent | null {
  const target = c.target === null ? null : root(c.target);
  const self = root(c.actor);
  for (let k = before.length - 1; k >= 0 && sentence - before[k]!.i <= REACH; k--) {
    const p = before[k]!.c;
    if (p.speculative || p.actor === "UNK" || WORDS.has(p.type)) continue;
    if (target === null ? root(p.actor) !== self : root(p.actor) === target) return p;
  }
  return null;
}
