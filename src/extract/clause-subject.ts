/** @module Subjects of coordinated clauses: "…, and it condemned" is the sentence's subject; "…, and the two sides clashed" has its own. */
import type { ActorMention } from "./02-actors.js";
import type { TriggerMatch } from "./03-triggers.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { HEADS } from "./lexicon/actor-heads.js";

const PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she"]);
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but"]);
// Auxiliaries, negation and adverbs that may stand between a subject and its verb.
const GAP: ReadonlySet<string> = new Set([
  "has", "have", "had", "did", "does", "do", "also", "then", "later", "again", "will", "would", "was", "were", "is", "are",
  "not", "n't", "reportedly", "subsequently", "personally", "itself", "themselves", "too", "soon", "quickly", "promptly",
]);
const OPENERS: ReadonlySet<string> = new Set([",", ":", ";", "(", "and", "but", "while", "then", "also", "-", "—"]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of", "in", "on", "at", "from", "to", "with", "against", "into", "for", "by", "toward", "towards", "over", "under",
  "between", "among", "near", "across", "through", "about", "than", "within", "inside", "amid", "despite", "after",
  "before", "following", "during", "since", "via", "beyond", "around", "without", "behind", "throughout", "like",
]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "all", "some", "several", "these", "those", "this", "that", "both", "other", "two", "three", "most", "many"]);
const OWN: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);
// Words that end a noun phrase read leftwards: a clause or a verb lies beyond them.
const NP_BREAK: ReadonlySet<string> = new Set([",", ";", ":", "which", "who", "whom", "whose", "that", "while", "when", "where", "after", "before", "because", "if", "unless", "since", "as", "or"]);

/** Head nouns of bodies ("cabinet", "ministry", "council"): a phrase holding one is a party the discourse resolves. */
const BODY_HEADS: ReadonlySet<string> = new Set(
  HEADS.flatMap((h) => {
    const last = h.words.split(" ").at(-1)!;
    const w = last.replace("/n", "");
    return last.endsWith("/n") ? [w, w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`] : [w];
  }),
);

/** The verb's start after skipping auxiliaries and adverbs leftwards: the index of the word before them. */
function beforeGap(a: SentenceAnalysis, verb: number): number {
  let k = verb - 1;
  for (let n = 0; k > 0 && n < 3; n++) {
    const w = a.tokens[k]!.norm;
    if (!GAP.has(w) && !w.endsWith("ly")) break;
    k--;
  }
  return k;
}

/**
 * Index of a subject pronoun opening a clause joined by "and"/"but" right before the verb ("…, and it condemned",
 * "but they refused"), or -1.
 */
export function conjunctPronoun(a: SentenceAnalysis, t: TriggerMatch): number {
  const k = beforeGap(a, t.start);
  if (!PRONOUNS.has(a.tokens[k]?.norm ?? "")) return -1;
  return CONJUNCTIONS.has(a.tokens[k - 1]?.norm ?? "") ? k : -1;
}

/**
 * "The Government of Iraq reaffirmed its responsibility to protect US and coalition personnel, and it condemned the
 * attacks": a pronoun opening a clause joined to the first one stands for the first clause's subject, not for the
 * last name of that clause's object. The subject is the first party standing at the start of a clause (the
 * sentence's, or after a comma closing an opening phrase), outside a prepositional phrase, not a modifier or a
 * possessive; null when none stands before the pronoun.
 */
export function mainSubject(a: SentenceAnalysis, pronoun: number): ActorMention | null {
  for (const m of a.mentions) {
    if (m.start >= pronoun) break;
    if (m.member || m.modifier || m.possessive || m.code === "") continue;
    let k = m.start - 1;
    // "Prime Minister Imran Khan": a title the registry leaves out of the name may open the clause.
    for (let n = 0; k >= 0 && n < 4 && a.tokens[k]!.upper && a.tokens[k]!.word && !PREPOSITIONS.has(a.tokens[k]!.norm) && (a.mentionEnd[k + 1] ?? -1) < 0; n++) k--;
    while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
    // "its embassy": a unit of another subject.
    if (k >= 0 && OWN.has(a.tokens[k + 1]?.norm ?? "")) continue;
    if (k >= 0 && PREPOSITIONS.has(a.tokens[k]!.norm)) continue;
    if (k < 0 || OPENERS.has(a.tokens[k]!.norm) || a.inDate[k] === 1 || !a.tokens[k]!.word) return m;
  }
  return null;
}

/**
 * "…, and the two sides clashed at Altun Kupri", "…, and the Ministry of Finance invited American companies": a
 * clause joined by ", and"/", but" whose verb has a noun phrase of its own before it (a determiner first, no party the
 * registry knows) has its own subject, so the verb's doer is never a name from the clause before. Returns whether
 * such a subject stands before the verb at `verb`.
 */
export function ownCommonSubject(a: SentenceAnalysis, verb: number): boolean {
  const end = beforeGap(a, verb);
  for (let k = end, n = 0; k >= 0 && n < 7; k--, n++) {
    const t = a.tokens[k]!;
    if ((a.mentionStart[k] ?? -1) >= 0 || (a.mentionEnd[k + 1] ?? -1) >= 0 || a.inDate[k] === 1) return false;
    // ", and": a bare "and" may join two subjects ("US bombers and other aircraft hit"); "its groups" have an owner.
    if (CONJUNCTIONS.has(t.norm)) return k < end && a.tokens[k - 1]?.norm === "," && DETERMINERS.has(a.tokens[k + 1]!.norm) && !OWN.has(a.tokens[k + 1]!.norm) && !a.triggers.some((x) => x.start > k && x.start <= end);
    // "…, and the federal cabinet suspended": a body noun is a party of its own, resolved from the discourse; when
    // that fails the clause before may still name it ("defied Baghdad"), so the usual search is left to run.
    if (!t.word || NP_BREAK.has(t.norm) || PRONOUNS.has(t.norm) || BODY_HEADS.has(t.norm)) return false;
  }
  return false;
}

/**
 * "…, and it completed its exit in August": the owner of a possessive right after the verb of a joined clause whose
 * subject is a pronoun is that pronoun's party, the sentence's subject. `own` is the possessive's index.
 */
export function conjunctOwner(a: SentenceAnalysis, own: number): ActorMention | null {
  for (let j = own - 2; j >= Math.max(1, own - 4); j--) {
    if (PRONOUNS.has(a.tokens[j]!.norm)) return CONJUNCTIONS.has(a.tokens[j - 1]!.norm) ? mainSubject(a, j) : null;
  }
  return null;
}

// People a state sends away from a post: its own when marked so ("non-emergency staff", "its diplomats").
const PEOPLE: ReadonlySet<string> = new Set([
  "staff", "personnel", "diplomats", "employees", "citizens", "nationals", "relatives", "families", "dependants", "dependents",
  "troops", "forces", "soldiers", "advisers", "advisors",
]);
const OWN_MARKS: ReadonlySet<string> = new Set(["its", "their", "non-emergency", "non-essential", "nonessential", "emergency", "essential", "own"]);

/**
 * "The State Department ordered non-emergency staff and their relatives to leave the embassy", "Rome told its
 * citizens to leave Libya": whether the words from `from` to `to` (the object of an order or request) name the
 * ordering party's own people — a people noun marked as its own, or a party of its own side — and no party of
 * another side.
 */
export function ownPeopleSent(a: SentenceAnalysis, from: number, to: number, actor: string, side: (code: string) => string): boolean {
  let own = false;
  for (let k = from; k < to && k - from < 10; k++) {
    const i = a.mentionStart[k] ?? -1;
    if (i >= 0) {
      const m = a.mentions[i]!;
      if (side(m.code) !== side(actor)) return false;
      own = own || m.body === "MILITARY" || m.body === "DIPLOMACY" || m.code.endsWith(".MILITARY");
      continue;
    }
    // "non - emergency staff" is tokenised with its hyphen: the word before the noun carries the mark.
    if (PEOPLE.has(a.tokens[k]!.norm) && (own || OWN_MARKS.has(a.tokens[k - 1]?.norm ?? ""))) return true;
  }
  return false;
}
