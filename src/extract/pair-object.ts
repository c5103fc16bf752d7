/** @module "offered to mediate between the two sides", "urged both countries to …": the document's pair as an act's object. */
import { mentionAt } from "./02-actors.js";
import type { RawEvent } from "./06-arguments.js";
import { pairSide } from "./party-side.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Words that may stand between an act and the pair it is aimed at: "mediate between", "talks with", "urged" (none).
const LINKS: ReadonlySet<string> = new Set(["between", "with", "to", "on", "against"]);
// "the two sides", "both governments": the nouns a pair phrase ends with.
const HEADS: ReadonlySet<string> = new Set(["sides", "countries", "governments", "nations", "states", "leaders", "ministers", "capitals", "neighbours", "neighbors", "parties", "delegations", "presidents"]);

/** Where "both"/"two" of a pair phrase stands right after `from` (past one link word and "the"), or -1. */
function pairPhraseAt(a: SentenceAnalysis, from: number): number {
  let k = from;
  if (LINKS.has(a.tokens[k]?.norm ?? "")) k++;
  if (a.tokens[k]?.norm === "the") k++;
  const w = a.tokens[k]?.norm;
  if (w !== "both" && w !== "two") return -1;
  for (let j = k + 1; j <= k + 3 && j < a.tokens.length; j++) if (HEADS.has(a.tokens[j]!.norm)) return k;
  return -1;
}

/**
 * An act with a named actor and no target, followed at once by "between the two sides", "with both governments"
 * or "both countries", is aimed at the document's pair (one record per side), when the actor is neither of them:
 * a mediator or an outside power speaking to both (GUIDELINES: one record per target).
 */
export function pairObjects(a: SentenceAnalysis, raws: RawEvent[], pairOf: () => readonly [string, string] | null): RawEvent[] {
  let pair: readonly [string, string] | null | undefined;
  return raws.map((e) => {
    if (e.targets.length || e.actors.length !== 1 || e.actorFrom !== "subject") return e;
    const k = pairPhraseAt(a, e.end);
    if (k < 0) return e;
    pair ??= pairOf();
    if (!pair || pair.includes(pairSide(e.actors[0]!.code))) return e;
    return { ...e, targets: [mentionAt(pair[0], k), mentionAt(pair[1], k)] };
  });
}
