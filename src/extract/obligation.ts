/** @module Reported obligations: "X said Y must/had to/should …" is X's demand on Y (a REQUEST), not a forecast. */
import type { ActorMention } from "./02-actors.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const MODALS: ReadonlySet<string> = new Set(["must", "should"]);
// "had to", "has to", "needs to": obligation verbs read with the "to" after them.
const OBLIGE_BEFORE_TO: ReadonlySet<string> = new Set(["had", "has", "have", "needs", "need", "needed", "ought"]);
const BREAKS: ReadonlySet<string> = new Set([";", ":", "?", "!", "which", "who", "while", "because", "although", "but", "if", "unless", "when"]);

/** Index of the obligation word ("must", "had" of "had to") in the reported clause from `from`, within a few words, or -1. */
function obligationAt(a: SentenceAnalysis, from: number): number {
  for (let k = from, n = 0; k < a.tokens.length && n < 14; k++, n++) {
    const w = a.tokens[k]!.norm;
    if (BREAKS.has(w) || (w === "," && !a.inDate[k] && (a.mentionStart[k + 1] ?? -1) < 0)) return -1;
    if (MODALS.has(w)) return k;
    if (OBLIGE_BEFORE_TO.has(w) && a.tokens[k + 1]?.norm === "to") return k;
    // A verb of the clause comes first: "said Iraq protected …" reports, it does not oblige.
    if (a.triggers.some((t) => t.start === k && t.entry.pos === "v")) return -1;
  }
  return -1;
}

/**
 * "Borrell said Iraq had to protect diplomatic premises", "Khamenei said the land occupied by Armenian forces had to
 * be returned", "said Israel must withdraw": a speaker stating what another party must do demands it (PLOVER REQUEST,
 * GUIDELINES: calls and pressure are requests); the act named after the modal is not reported as done, nor forecast.
 * Returns the party obliged — a party standing before the modal in the reported clause, a named doer preferred to a
 * describing word ("Azerbaijani land occupied by Armenian forces" → the forces) — or null when the clause states no
 * obligation, names nobody, or obliges the speaker's own side (a commitment, told elsewhere).
 */
export function obligedParty(a: SentenceAnalysis, from: number, speaker: ActorMention | undefined, sameSide: (x: string, y: string) => boolean): ActorMention | null {
  if (!speaker) return null;
  const k = obligationAt(a, from);
  if (k < 0) return null;
  // "told Putin that Kyiv must …": the addressee before "that" is told, not obliged.
  let start = from;
  for (let j = from; j < k; j++) if (a.tokens[j]!.norm === "that") start = j + 1;
  let pick: ActorMention | null = null;
  for (const m of a.mentions) {
    if (m.start < start || m.end > k) continue;
    // "those responsible must be held accountable": an unnamed party is accused, not asked.
    if (m.member || m.code === "" || m.code === "UNK") continue;
    if (!pick || (pick.modifier && !m.modifier)) pick = m;
  }
  return pick && !sameSide(pick.code, speaker.code) ? pick : null;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/** An obligation clause "that Y must …" found before a verb: the index of "that" and the party obliged (null for a pronoun). */
export interface ObligationClause {
  readonly that: number;
  readonly obliged: ActorMention | null;
}

/**
 * "stressed that Iraq must stop the attacks", "issued a reminder to Iraq that it must cooperate": the clause of the
 * verb at `verb` states what its subject must do, after a "that" — a demand of whoever speaks, never an act done.
 * Returns the clause's "that" and its subject party (null for a pronoun, which stands for the addressee before
 * "that"), or null when the verb is not obliged so.
 */
export function obligationClause(a: SentenceAnalysis, verb: number): ObligationClause | null {
  let k = verb - 1;
  while (k > 0 && (a.tokens[k]!.norm.endsWith("ly") || a.tokens[k]!.norm === "also" || a.tokens[k]!.norm === "now")) k--;
  if (a.tokens[k]?.norm === "to" && OBLIGE_BEFORE_TO.has(a.tokens[k - 1]?.norm ?? "")) k--;
  else if (!MODALS.has(a.tokens[k]?.norm ?? "")) return null;
  const i = a.mentionEnd[k] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  let s = m ? m.start - 1 : SUBJECT_PRONOUNS.has(a.tokens[k - 1]?.norm ?? "") ? k - 2 : -1;
  if (m && (m.member || m.modifier)) return null;
  while (s > 0 && DETERMINERS.has(a.tokens[s]!.norm)) s--;
  return s > 0 && a.tokens[s]!.norm === "that" ? { that: s, obliged: m } : null;
}
