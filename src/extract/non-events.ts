/** @module Clauses that name an act without reporting it: time anchors, permitted acts, acts presupposed by a reply or a backing. */
import type { RawEvent } from "./06-arguments.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const DURATION = /^(?:day|days|hours?|weeks?|months?|minutes?|moments|shortly|just|soon|year|years|night|morning|evening)$/;

const ANCHOR_PREPS: ReadonlySet<string> = new Set(["before", "after", "since", "following", "until", "amid"]);
const ANCHOR_DETS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/**
 * "A day before the strikes, …", "After the invasion, …", "moved quickly after the Pulwama bombing": an act named
 * only to place another in time is an anchor; it points back at an act told elsewhere (pure anaphora, GUIDELINES:
 * Mentions; the consequence rule) and reports nothing. Only a definite noun (a name or a number may stand before it)
 * after a time preposition, with no party of its own: the clause subject ("Washington moved … after the bombing")
 * is not the anchor's doer.
 */
export function timeAnchor(a: SentenceAnalysis, e: RawEvent, nominal: boolean): boolean {
  // A gerund after a determiner is a noun too ("after the Pulwama bombing").
  if (!(nominal || a.tokens[e.start]!.norm.endsWith("ing")) || e.targets.length || (e.actors.length && e.actorFrom !== "subject" && e.actorFrom !== "default")) return false;
  let k = e.start - 1;
  // "the Pulwama bombing", "the 2019 clash": one modifier word between the determiner and the act.
  if (k > 0 && !ANCHOR_DETS.has(a.tokens[k]!.norm) && (a.tokens[k]!.upper || /^\d/.test(a.tokens[k]!.norm))) k--;
  if (!ANCHOR_DETS.has(a.tokens[k]?.norm ?? "")) return false;
  const prep = a.tokens[k - 1]?.norm ?? "";
  return ANCHOR_PREPS.has(prep) || ((prep === "before" || prep === "after") && DURATION.test(a.tokens[k - 2]?.norm ?? ""));
}

const LET = /^(?:let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted|permitting|enable|enables|enabled|enabling)$/;

/**
 * "a deal that let government troops deploy", "the waiver that allows Iraq to pay for …": an act someone is let do is permitted, not reported as done (the
 * permission is the event, GUIDELINES: "reported as having happened"). The permitted verb stands a few words after
 * "let" or "allows", with only its subject (and "to") between.
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

// Nouns that presuppose an act they answer or back: "a direct answer to X attacks", "the intelligence behind their attacks".
const PRESUPPOSING = /^(?:answer|response|reply|retaliation|reaction|riposte|revenge|intelligence|backing|funding|weapons|arms|support)$/;
const PRESUPPOSING_PREP = /^(?:to|for|behind)$/;

/**
 * "said the strikes were a direct answer to unprecedented Houthi attacks", "the intelligence behind their attacks":
 * an act named only as what another thing answers or backs is presupposed, not reported here (GUIDELINES:
 * presuppositions are not coded). Only an act with no target of its own; the words between the preposition and the
 * act may be determiners, describing words or a party ("Houthi attacks" after them is a noun phrase even when the
 * trigger stage read a verb).
 */
export function presupposedAct(a: SentenceAnalysis, e: RawEvent): boolean {
  if (e.targets.length) return false;
  if (!e.actors.length && (reasonPhrase(a, e.start) || purposePhrase(a, e.start))) return true;
  for (let k = e.start - 1; k >= Math.max(1, e.start - 5); k--) {
    const t = a.tokens[k]!;
    if (PRESUPPOSING_PREP.test(t.norm)) return PRESUPPOSING.test(a.tokens[k - 1]!.norm);
    const inMention = (a.mentionStart[k] ?? -1) >= 0 || a.mentions.some((m) => m.start <= k && k < m.end);
    if (!t.word || (!inMention && a.triggers.some((x) => x.start <= k && k < x.end))) return false;
  }
  return false;
}

// Verbs of keeping an act from happening: what they aim at is not reported as done.
const PREVENT_WORDS: ReadonlySet<string> = new Set([
  "deter", "prevent", "stop", "thwart", "avert", "forestall", "counter", "discourage", "preempt",
  "deterring", "preventing", "stopping", "thwarting", "averting", "forestalling", "countering", "discouraging", "preempting",
]);

const CLAUSE_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "whose", "and", "but", "or", "while", "after", "before", "when"]);

/**
 * "sent two carrier groups to deter Iranian attacks", "closed the crossing in order to prevent attacks by Hamas",
 * "aimed at deterring the militias from attacking": an act named as what a purpose or an aim is to keep from
 * happening is not reported as having happened (GUIDELINES: "reported as having happened"). Only an act a few words
 * after an infinitive or gerund of such a verb, with no clause or other act between (party names and describing words
 * may stand there); a noun read as a verb ("to prevent attacks") counts.
 */
export function averted(a: SentenceAnalysis, e: RawEvent): boolean {
  // A past verb there is a finite act of its own ("to deter militias that attacked").
  if (a.tokens[e.start]!.norm.endsWith("ed")) return false;
  for (let k = e.start - 1; k >= Math.max(1, e.start - 6); k--) {
    const t = a.tokens[k]!;
    if (PREVENT_WORDS.has(t.norm)) return t.norm.endsWith("ing") || a.tokens[k - 1]!.norm === "to";
    if (!t.word || CLAUSE_WORDS.has(t.norm) || a.triggers.some((x) => x.start <= k && k < x.end)) return false;
  }
  return false;
}

const DEFINITE: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/**
 * "sanctions over the invasion", "protests over the killing": a definite act named after "over" is the reason for
 * another act, told elsewhere (GUIDELINES: pure anaphora and presuppositions are not coded). Only with no party of
 * its own: "over the invasion of Ukraine by Russia" names them and is read as it stands.
 */
function reasonPhrase(a: SentenceAnalysis, start: number): boolean {
  return DEFINITE.has(a.tokens[start - 1]?.norm ?? "") && a.tokens[start - 2]?.norm === "over";
}

// Things that exist for an act still to come: "a rehearsal for invasion", "a pretext for war".
const FOR_ACT = new Set(["rehearsal", "rehearsals", "preparation", "preparations", "pretext", "prelude", "excuse", "justification", "cover", "blueprint", "practice", "readiness", "training", "plans", "plan"]);

/**
 * "denounced the drills as a rehearsal for invasion", "a pretext for an attack": an act named as what something is for
 * has not happened (GUIDELINES: reported as having happened). Only with no party of its own.
 */
function purposePhrase(a: SentenceAnalysis, start: number): boolean {
  let k = start - 1;
  if (a.tokens[k]?.norm === "a" || a.tokens[k]?.norm === "an" || DEFINITE.has(a.tokens[k]?.norm ?? "")) k--;
  return a.tokens[k]?.norm === "for" && FOR_ACT.has(a.tokens[k - 1]?.norm ?? "");
}
