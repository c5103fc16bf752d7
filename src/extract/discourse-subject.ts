/** @module An act whose clause has a subject the sentence cannot name ("The cleric also told …") is the discourse's last actor's. */
import { type ActorMention, mentionAt } from "./02-actors.js";
import type { RawEvent } from "./06-arguments.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Acts with a default doer of their own (unknown attackers, the public, the security forces) are left to it.
const DEFAULTED: ReadonlySet<string> = new Set(["ASSAULT", "PROTEST", "COERCE", ""]);
// "it" mostly stands for a thing ("the resolution is not binding, and it sets no deadline"): not a party.
const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they"]);
// Statements speak for whoever issued them; other nouns ("the pandemic") may name anything.
const SPEECH_NOUNS: ReadonlySet<string> = new Set(["statement", "communique", "communiqué", "letter", "message", "declaration", "note", "cleric"]);
// Rulers named by what they are: they stand for the state the discourse is about, never for its public or a faction.
const RULERS: ReadonlySet<string> = new Set(["junta", "putschists"]);
const ruling = (code: string): boolean => !code.includes(".") || code.endsWith(".MILITARY");
const GAP: ReadonlySet<string> = new Set(["has", "have", "had", "also", "then", "later", "again", "once", "reportedly", "personally", "did", "was", "were", "is", "are", "would", "will"]);

/**
 * Where the subject of the verb at `verb` starts: a personal pronoun ("he", "they") or a statement or its speaker
 * ("The statement", "the cleric") right before it; -1 for anything else (a bare plural such as "officials" names
 * nobody in particular, and most nouns may stand for things).
 */
function definiteSubject(a: SentenceAnalysis, verb: number): number {
  let k = verb - 1;
  while (k > 0 && (GAP.has(a.tokens[k]!.norm) || a.tokens[k]!.norm.endsWith("ly"))) k--;
  if (PRONOUNS.has(a.tokens[k]?.norm ?? "")) return k;
  const w = a.tokens[k]?.norm;
  // "she put options to them and warned them …", "he flew to Europe, holding talks …": a second verb or a participle
  // after a comma shares the subject of the clause it continues.
  if (w === "and" || (w === "," && a.tokens[verb]!.norm.endsWith("ing"))) return clausePronoun(a, k);
  if (!SPEECH_NOUNS.has(a.tokens[k]?.norm ?? "") && !RULERS.has(a.tokens[k]?.norm ?? "")) return -1;
  const det = a.tokens[k - 1]?.norm;
  return det === "the" || det === "its" || det === "their" || det === "his" || det === "her" ? k - 1 : -1;
}

// Words that open another clause: a pronoun before them is not the subject the continued clause shares.
const CLAUSE_BREAK: ReadonlySet<string> = new Set([",", ";", ":", "that", "which", "who", "whom", "whose", "while", "because", "although", "if", "when", "after", "before", "but"]);

/** The subject pronoun ("he", "she", "they") of the clause that ends at `k`, whose first verb follows it; -1 when none. */
function clausePronoun(a: SentenceAnalysis, k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const w = a.tokens[j]!.norm;
    if (PRONOUNS.has(w)) return j;
    // "The junta denounced the accord and ended the missions": a definite ruler noun opens the clause as well.
    if ((SPEECH_NOUNS.has(w) || RULERS.has(w)) && a.tokens[j - 1]?.norm === "the") return j - 1;
    if (CLAUSE_BREAK.has(w) && !a.inDate[j]) return -1;
  }
  return -1;
}

/**
 * "The cleric also told the security forces to stop …", "In a televised address the same day he asked why …", "The
 * statement warned that …": a verb whose subject is there but names no party the sentence or the registry knows
 * is done by the party the discourse is about — the actor of the last act told (GUIDELINES: actors from context),
 * rather than lost. Only verbs with a definite subject; acts that have a default doer, and any whose clause already
 * found one, pass unchanged.
 */
export function discourseSubjects(a: SentenceAnalysis, raws: readonly RawEvent[], last: string | null): RawEvent[] {
  if (!last) return raws.slice();
  return raws.map((e) => {
    // A passive ("default") has no subject to stand for; "none" is a governed act whose complement named nobody.
    if (e.actors.length || (e.actorFrom !== "subject" && e.actorFrom !== "context" && e.actorFrom !== "none") || DEFAULTED.has(e.type)) return e;
    if (!a.triggers.some((t) => t.start === e.anchor && t.entry.pos === "v")) return e;
    const k = definiteSubject(a, e.anchor);
    if (k < 0 || e.targets.some((m) => m.code === last)) return e;
    if (!ruling(last) && RULERS.has(a.tokens[k + 1]?.norm ?? "")) return e;
    const m: ActorMention = mentionAt(last, k);
    return { ...e, actors: [m], actorFrom: "context" };
  });
}
