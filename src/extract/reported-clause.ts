/** @module Reported clauses: the words a speech verb reports ("X said [that] Y …"), their span, the party they are about and what they charge it with. */
import type { ActorMention } from "./02-actors.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Words that close the reported clause: another clause, an aside or a contrast begins.
const CLOSERS: ReadonlySet<string> = new Set([";", ":", "?", "!", "[", "]", "—", "(", ")", "but", "while", "whereas", "although", "though", "because", "adding", "saying", "accusing", "calling"]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "nothing", "denied", "deny", "denies"]);
/**
 * Words that charge a party with wrongdoing when a speaker says it of that party ("said Washington was stirring up
 * unrest", "said the Chinese had acted with great aggression", "said the crisis was rooted in NATO's provocations"):
 * the report is the speaker's accusation (GUIDELINES: criticism is ACCUSE). Conduct words only, none naming a
 * coded act (those are coded as acts).
 */
const CHARGES: ReadonlySet<string> = new Set([
  "aggression", "aggressive", "aggressor", "aggressors", "provocation", "provocations", "provocative", "stirring",
  "stirred", "fomenting", "fomented", "inciting", "incited", "incitement", "interfering", "interference",
  "interfered", "meddling", "meddled", "destabilising", "destabilizing", "destabilise", "destabilize", "violated",
  "violating", "violation", "violations", "illegal", "illegally", "unlawful", "unlawfully", "behind", "plotting",
  "plotted", "conspiracy", "conspiring", "lied", "lying", "hostile", "hostility", "harbouring", "harboring",
  "harboured", "harbored", "sheltering", "crimes", "criminal", "atrocities", "bullying", "blackmail",
  "hypocrisy", "hypocritical", "irresponsible", "reckless", "unacceptable", "undermining", "undermined",
  "sabotage", "sabotaging", "sabotaged", "obstructing", "obstructed", "manipulation", "manipulating", "smuggling",
  "spying", "espionage", "expansionist", "hegemony", "betrayed", "betrayal", "defied", "defying", "flouted",
  "flouting", "breached", "breaching", "escalation", "escalating", "escalatory", "sedition", "piracy", "looting",
  "looted", "stealing", "stole", "theft", "failed", "exploiting", "exploited",
]);
// Verbs of reply: "replied that Iraq had not agreed …" answers another party's request or claim.
const REPLIES: ReadonlySet<string> = new Set(["replied", "replies", "responded", "responds", "retorted", "answered", "countered"]);
// A clause reported by nobody we can name, or too long to be read as one, is left alone.
const MAX_WORDS = 24;

export interface ReportedClause {
  /** Token range of the reported words, "that" left out. */
  readonly start: number;
  readonly end: number;
}

/** The clause reported by the speech verb ending at `verbEnd`: up to a closing word or the sentence end. */
export function reportedClause(a: SentenceAnalysis, verbEnd: number): ReportedClause | null {
  let start = verbEnd;
  // "said on Monday that", "told reporters that": a date or an addressee may stand before "that".
  for (let k = verbEnd; k < Math.min(a.tokens.length, verbEnd + 5); k++) {
    if (a.tokens[k]!.norm === "that") {
      start = k + 1;
      break;
    }
  }
  while (start < a.tokens.length && a.inDate[start]) start++;
  let end = start;
  while (end < a.tokens.length && end - start < MAX_WORDS && !CLOSERS.has(a.tokens[end]!.norm) && !participleAfterComma(a, end)) end++;
  return end > start ? { start, end } : null;
}

/** ", blaming his predecessor …": a participle after a comma opens a clause of the speaker's own, not of the report. */
function participleAfterComma(a: SentenceAnalysis, k: number): boolean {
  return a.tokens[k]!.norm === "," && !a.inDate[k] && (a.tokens[k + 1]?.norm.endsWith("ing") ?? false);
}

/** The first party of another side than the speaker named in the clause (the doer it speaks of, or its victim's owner). */
export function otherParty(a: SentenceAnalysis, c: ReportedClause, speaker: ActorMention, sameSide: (x: string, y: string) => boolean): ActorMention | null {
  for (let k = c.start; k < c.end; k++) {
    const i = a.mentionStart[k] ?? -1;
    if (i < 0) continue;
    const m = a.mentions[i]!;
    if (!m.member && m.code !== "" && m.code !== "UNK" && !m.generic && !sameSide(m.code, speaker.code)) return m;
    k = m.end - 1;
  }
  return null;
}

/** The index of the first charge word in the clause, or -1; a negation before it ("was not behind") clears the party. */
export function chargeAt(a: SentenceAnalysis, c: ReportedClause): number {
  for (let k = c.start; k < c.end; k++) {
    const w = a.tokens[k]!.norm;
    if (NEGATIONS.has(w)) return -1;
    if (CHARGES.has(w)) return k;
  }
  return -1;
}

/** Whether the speech verb at `k` is a reply ("replied", "responded"). */
export const isReply = (a: SentenceAnalysis, k: number): boolean => REPLIES.has(a.tokens[k]!.norm);

/** Whether the clause denies or refuses: "would not ask", "had nothing to do with", "never agreed". */
export function denies(a: SentenceAnalysis, c: ReportedClause): boolean {
  for (let k = c.start; k < c.end; k++) if (NEGATIONS.has(a.tokens[k]!.norm)) return true;
  return false;
}
