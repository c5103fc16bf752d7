/** @module Non-restrictive relative clauses (", which/who … ,"): where they open, and the party they hang from. */
import type { ActorMention } from "./02-actors.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const RELATIVES: ReadonlySet<string> = new Set(["which", "who", "whom", "whose"]);
const STOPS: ReadonlySet<string> = new Set([";", ":", "?", "!", "[", "]", "—", "(", ")"]);
// Long enough for "…, who had visited Tehran a week earlier and met the supreme leader, …".
const REACH = 30;
// Up to this many words, any relative clause is skipped (an apposition rule of long standing in 06-arguments).
const SHORT = 10;

/**
 * If the comma at `k` closes a relative clause opened by ", which/who/whom/whose" (commas inside dates aside), the
 * index of the opening comma, else -1: a subject read leftwards from the main verb skips the clause whole.
 */
export function relativeOpening(a: SentenceAnalysis, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
    const w = a.tokens[j]!.norm;
    if (STOPS.has(w)) return -1;
    if (w !== "," || a.inDate[j]) continue;
    // A long clause is skipped only after a named party: "the committee, which speaks for the factions, announced"
    // leaves the clause's party as the best name the subject has.
    return RELATIVES.has(a.tokens[j + 1]?.norm ?? "") && (k - j <= SHORT || (a.mentionEnd[j] ?? -1) >= 0) ? j : -1;
  }
  return -1;
}

const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/**
 * "Kataib Hezbollah, which Washington designated a terrorist group in 2009 and blamed for …": in a relative clause
 * whose pronoun is the object (a party of its own follows it as subject), the party the clause hangs from is what its
 * verbs act on. Returns that party for an act at `start` whose subject is `subject`, or null.
 */
export function relativeObject(a: SentenceAnalysis, start: number, subject: ActorMention): ActorMention | null {
  for (let j = start - 1; j >= Math.max(1, start - REACH); j--) {
    const w = a.tokens[j]!.norm;
    if (STOPS.has(w) || (w === "," && !a.inDate[j])) return null;
    if (w !== "which" && w !== "whom") continue;
    if (a.tokens[j - 1]?.norm !== ",") return null;
    let s = j + 1;
    while (DETERMINERS.has(a.tokens[s]?.norm ?? "")) s++;
    if (s !== subject.start) return null;
    const i = a.mentionEnd[j - 1] ?? -1;
    const host = i >= 0 ? a.mentions[i]! : null;
    return host && !host.modifier && !host.member && !host.possessive ? host : null;
  }
  return null;
}
