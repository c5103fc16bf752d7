/** @module Entry point of event extraction: document text in, coded events, figures and problems out. */
import type { Event } from "../domain/event.js";
import { eventId } from "../domain/ids.js";
import { precisionOf } from "../domain/iso-date.js";
import { PLOVER, type PloverType } from "../domain/plover.js";
import { problem, type Problem } from "../domain/problem.js";
import type { Quantity } from "../domain/quantity.js";
import type { SentenceSpan } from "../ingest/split-sentences.js";
import { tokenize } from "./01-tokens.js";
import { type ActorMention, findActors, mentionAt } from "./02-actors.js";
import { findTriggers, mayHaveTrigger } from "./03-triggers.js";
import { type DateContext, findDates, type NarrativeStep, narrativeDates, narrativeStep, openingDates } from "./04-dates.js";
import { findQuantities, type QuantityMention } from "./05-quantities.js";
import { ACTORS } from "../domain/actors.js";
import { type RawEvent, rawEvents } from "./06-arguments.js";
import { tidy } from "./09-tidy.js";
import { SUBCODES } from "./lexicon/actor-heads.js";
import { PLACE_TARGET_TYPES, placeTarget } from "./lexicon/places.js";
import { actKey, type CodedEvent, codeSentence } from "./code-sentence.js";
import { analysis, type SentenceAnalysis } from "./sentence-analysis.js";
import { AnalysisAhead } from "./analysis-ahead.js";
import { blowAnswered, Parties, referentTarget, themReferent, tiesPartner } from "./discourse.js";
import { answeredAttacker, attackReferentTargets } from "./attack-referent.js";
import { reactionDimension } from "./reaction-dimension.js";
import { Interceptions } from "./interception.js";
import { aidRecipient, talksPartners } from "./adjacent-partner.js";
import { struckPlace } from "./struck-place.js";
import { placedObject } from "./placed-object.js";
import { FocusCountry } from "./focus-country.js";
import { itReferent, pronounSubjects } from "./pronoun-subject.js";
import { unnamedVictim } from "./unnamed-victim.js";
import { continuedSanction } from "./continued-sanction.js";
import { discourseSubjects } from "./discourse-subject.js";
import { AnswerOwner } from "./answer-owner.js";
import { TargetCompletion } from "./target-completion.js";
import { pairSide, sideOf } from "./party-side.js";
import { pairObjects } from "./pair-object.js";
import { namedBodies } from "./named-body.js";
import { actorRoot as root } from "../domain/actor.js";
import { HOSTILE_TYPES as HOSTILE } from "../domain/plover.js";

export interface ExtractInput {
  /** The stored document's id, or null when extracting without a store (`basira extract`). */
  readonly documentId: string | null;
  /** The document's normalised text; every span indexes into it. */
  readonly text: string;
  /** Publication date (YYYY-MM-DD or coarser), the anchor for relative dates. */
  readonly published: string | null;
  readonly language: "en" | "ar";
  /** Sentence spans as the store keeps them. */
  readonly sentences: readonly SentenceSpan[];
  /** Footnote labels per sentence index, e.g. { 3: ["4"] }. */
  readonly footnotes?: ReadonlyMap<number, readonly string[]>;
}

export interface ExtractResult {
  readonly events: Event[];
  readonly quantities: Quantity[];
  readonly problems: Problem[];
}

// Sentences longer than this are coded on their first part only: the rules look at local context, and
// a pathological "sentence" (a table flattened to one line) must not cost quadratic time.
const MAX_SENTENCE = 4000;

/** What earlier sentences tell later ones: dates, and the last actor named by each kind of body noun. */
export interface DocContext extends DateContext {
  readonly lastByBody?: Map<string, string>;
  /** People the registry does not know, learnt from a title or apposition: name word → code. */
  readonly names?: Map<string, string>;
}

/** "these factions" → the factions named last; a fuller mention updates what its body noun points at. */
function resolveAnaphors(mentions: ActorMention[], ctx: DocContext): ActorMention[] {
  const last = ctx.lastByBody;
  if (!last) return mentions.filter((m) => m.code !== "");
  const out = mentions.map((m) => {
    if (!m.body) {
      if (ARMED_GROUPS.has(m.code)) last.set("NAMED_ARMED", m.code);
      return m;
    }
    if (m.anaphor) {
      const code = m.code === "" ? last.get("NAMED_ARMED") ?? last.get(m.body) : last.get(m.body);
      return code ? { ...m, code } : m;
    }
    last.set(m.body, m.code);
    return m;
  });
  return out.filter((m) => m.code !== "");
}

/** Runs stages 1–5 on one sentence. */
export function analyseSentence(text: string, ctx: DocContext): SentenceAnalysis {
  const tokens = tokenize(text);
  // Without a possible trigger only the date context needs updating.
  if (!mayHaveTrigger(tokens)) return analysis(text, tokens, [], [], findDates(text, tokens, ctx), []);
  const mentions = resolveAnaphors(namedBodies(tokens, findActors(tokens, text, ctx.names)), ctx);
  const dates = findDates(text, tokens, ctx);
  const blocked = new Uint8Array(tokens.length);
  for (const m of mentions) blocked.fill(1, m.start, m.end);
  for (const d of dates) blocked.fill(1, d.start, d.end);
  // Inside a hyphenated compound ("gas-capture projects") a word is not a trigger.
  for (const t of tokens) if (t.start > 1 && text[t.start - 1] === "-" && /\p{L}/u.test(text[t.start - 2]!)) blocked[t.i] = 1;
  const afterModifier = new Uint8Array(tokens.length + 1);
  for (const m of mentions) {
    if (m.modifier || m.possessive) afterModifier[m.possessive ? m.end + 1 : m.end] = 2;
    else if (/^[A-Z]{3}$/.test(m.code)) afterModifier[m.end] = 1;
  }
  const triggers = findTriggers(tokens, blocked, afterModifier);
  const quantities = triggers.length ? findQuantities(text, tokens) : [];
  return analysis(text, tokens, mentions, triggers, dates, quantities);
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she"]);
const PRONOUN_GAP = /^(has|have|had|did|also|then|later|again|subsequently|soon|quickly|eventually|formally|finally|,)$|ly$/;

/**
 * "It handed the base over", "They withdrew": a subject pronoun at the start of a sentence stands for the actor
 * of the last event coded before it (GUIDELINES: actors resolved from context). Only a pronoun that opens the
 * sentence (or follows a date or connective there) is resolved, so "saying they had killed" stays unnamed.
 */
const UNIT_WORDS = /^(presence|footprint|troops?|forces?|contingent|deployment|military|personnel|numbers?|levels?)$/;

/**
 * "The US presence shrank to 2,500 troops": a state named as the modifier of the force that moves is its actor.
 */
function unitOwners(a: SentenceAnalysis, raws: RawEvent[]): RawEvent[] {
  return raws.map((e) => {
    if (e.actors.length || !/^(RETREAT|MOBILIZE|AID)$/.test(e.type)) return e;
    const m = a.mentions.find((x) => x.modifier && x.end < e.start && a.tokens.slice(x.end, e.start).every((t) => UNIT_WORDS.test(t.norm)));
    return m ? { ...e, actors: [m], actorFrom: "subject" } : e;
  });
}

function resolvePronounSubjects(a: SentenceAnalysis, raws0: RawEvent[], last: string | null): RawEvent[] {
  const raws = unitOwners(a, raws0);
  if (!last) return raws;
  const k = a.tokens.findIndex((t) => SUBJECT_PRONOUNS.has(t.norm));
  if (k < 0) return raws;
  const before = a.tokens.slice(0, k);
  // "After the strike, it withdrew": an opening phrase without an actor, closed by a comma, may precede it.
  const opener = k > 0 && a.tokens[k - 1]!.norm === "," && !a.mentions.some((m) => m.start < k) && !a.triggers.some((t) => t.start < k && !t.entry.pos.startsWith("n"));
  if (!opener && !before.every((t, j) => a.inDate[j] || /^(,|then|later|but|and|instead|soon|eventually|afterwards|meanwhile|in|that|the|same|year|month|week|day|by|early|late|mid)$/.test(t.norm))) return raws;
  return raws.map((e) => {
    if (e.actors.length || e.targets.some((x) => x.code === last)) return e;
    if (e.start <= k) return e;
    // Only the verb of the pronoun's own clause: the words between are auxiliaries or adverbs.
    if (!a.tokens.slice(k + 1, e.start).every((t) => PRONOUN_GAP.test(t.norm))) return e;
    const m: ActorMention = mentionAt(last, k);
    return { ...e, actors: [m], actorFrom: "subject" };
  });
}

/**
 * "Baghdad condemned the strikes": an accusation whose target is only the act it condemns is aimed at whoever
 * did that act, found in the sentences before it when its own sentence does not name them (GUIDELINES: target).
 */
const VISIT_REF = /^\s+(?:the|this|that|his|her|its|their)\s+(?:\w+\s+)?(?:visit|trip|journey)\b/i;

function condemnedDoer(c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if ((c.type !== "ACCUSE" && c.type !== "SUPPORT") || c.target !== null || !c.about) return c;
  for (let k = before.length - 1; k >= 0 && k >= before.length - 12; k--) {
    const p = before[k]!.c;
    // Roots, not codes: an Iraqi complaint about strikes is not aimed at Iraq's own forces.
    if (p.type === c.about && !p.speculative && root(p.actor) !== root(c.actor) && p.actor !== "UNK") return { ...c, target: p.actor };
  }
  return c;
}


/**
 * "2,200 US troops were withdrawn from Iraq": in a passive withdrawal the force that leaves is its own actor's
 * unit, so it names the actor, and the place left is the target.
 */
function passiveUnit(a: SentenceAnalysis, e: RawEvent): RawEvent {
  if (e.type !== "RETREAT" || e.actors.length || e.actorFrom !== "default") return e;
  const unit = e.targets.find((m) => m.end <= e.start && (m.body === "MILITARY" || m.code.endsWith(".MILITARY") || m.code === "COALITION"));
  const before = a.tokens[e.start - 1]?.norm ?? "";
  if (!unit || !/^(was|were|been|being|is|are)$/.test(before)) return e;
  const from = a.mentions.find((m) => m.start > e.end - 1 && m.start <= e.end + 3 && a.tokens.slice(e.end - 1, m.start).some((t) => t.norm === "from" || t.norm === "of"));
  return { ...e, actors: [unit], targets: from ? [from] : [], actorFrom: "subject" };
}

/**
 * "The waiver had been renewed in 2019", "control of the base was transferred": an agentless passive of a
 * known trigger continues the last event of the same type in the document, whose actor (and target, when
 * the passive names none) it takes (GUIDELINES: actors from context). Attacks keep UNK.
 */
function contextPassives(a: SentenceAnalysis, raws: RawEvent[], last: ReadonlyMap<string, { actor: string; target: string | null }>, lastActor: string | null): RawEvent[] {
  return raws.map((e0) => {
    const e = passiveUnit(a, e0);
    if (e.actors.length || e.actorFrom !== "default" || e.type === "ASSAULT" || e.type === "PROTEST") return e;
    // A handover with no earlier act of its kind is the last actor's ("… was transferred to Iraqi forces").
    const prev = last.get(e.type) ?? (lastActor && e.type === "RETREAT" && !e.targets.some((x) => x.code === lastActor) ? { actor: lastActor, target: null } : undefined);
    if (!prev) return e;
    // "… was transferred to Iraqi forces": the recipient after "to" is the target.
    const recipient = a.mentions.find((m) => m.start > e.end - 1 && m.start <= e.end + 2 && a.tokens.slice(e.end - 1, m.start).some((t) => t.norm === "to"));
    const own = e.targets.length ? e.targets : recipient ? [recipient] : [];
    const targets = own.length || !prev.target ? own : [mentionAt(prev.target, e.start)];
    return { ...e, actors: [mentionAt(prev.actor, e.start)], targets, actorFrom: "context" };
  });
}

// "the two countries", "both governments", "the two foreign ministers": the pair last coded in the document.
const PAIR = /^(?:sides|countries|governments|nations|states|leaders|ministers|presidents|delegations|capitals|parties|neighbours|neighbors|allies)$/;
const PAIR_ALONE: ReadonlySet<string> = new Set(["delegations", "sides"]);

/** After "the two foreign ministers" at `head`: the end of an apposition naming them (", Safadi and Hussein,"), else head + 1. */
function pairPhraseEnd(a: SentenceAnalysis, head: number, pair: readonly [string, string]): number {
  if (a.tokens[head + 1]?.norm !== ",") return head + 1;
  for (let k = head + 2; k < Math.min(a.tokens.length, head + 14); k++) {
    const w = a.tokens[k]!.norm;
    if (w === "," && k > head + 2) return k + 1;
    if (w === ";" || w === ":" || a.triggers.some((t) => t.start === k && t.entry.pos === "v")) break;
    const i = a.mentionStart[k] ?? -1;
    if (i >= 0 && !pair.includes(pairSide(a.mentions[i]!.code))) break;
  }
  return head + 1;
}

function pairSubjects(a: SentenceAnalysis, raws: RawEvent[], pairOf: () => readonly [string, string] | null): RawEvent[] {
  // "The delegations signed …": only these nouns name the pair without a numeral ("the leaders" may be anyone's).
  const k = a.tokens.findIndex((t, j) => ((t.norm === "two" || t.norm === "both") && a.tokens.slice(j + 1, j + 4).some((x) => PAIR.test(x.norm))) || (t.norm === "the" && PAIR_ALONE.has(a.tokens[j + 1]?.norm ?? "")));
  if (k < 0) return raws;
  // The document's pair is looked up only for a sentence that speaks of one.
  const pair = pairOf();
  if (!pair) return raws;
  const head = a.tokens.findIndex((t, j) => j > k && PAIR.test(t.norm));
  // Only as a subject: "relations between the two countries" names no one who acts.
  const before = a.tokens[k - 1]?.norm === "the" ? a.tokens[k - 2]?.norm : a.tokens[k - 1]?.norm;
  if (before !== undefined && /^(between|of|with|to|for|from|on|by|in|among|against)$/.test(before)) return raws;
  const end = pairPhraseEnd(a, head, pair);
  // Names in the apposition are the pair itself, not the subject.
  const inPhrase = (m: ActorMention): boolean => m.start > head && m.end <= end;
  return raws.map((e) => {
    if (e.start < end) return e;
    const gap = a.tokens.slice(end, e.start);
    // "the two leaders reaffirmed their commitment": an act noun the pair owns, right after the pair's own verb.
    if (a.tokens[e.start - 1]?.norm === "their" && gap.length <= 3 && !gap.some((t) => t.norm === "," || t.norm === ";") && !a.mentions.some((m) => m.start >= end && m.start < e.start)) {
      return { ...e, actors: [mentionAt(pair[0], k)], targets: [mentionAt(pair[1], head)], actorFrom: "subject" };
    }
    if (e.actors.length && !e.actors.every(inPhrase)) return e;
    if (!a.triggers.some((t) => t.start === e.anchor && t.entry.pos === "v")) return e;
    // "the two leaders reaffirmed": with no subject found, only a verb right after the pair is theirs.
    if (e.actorFrom === "default" && !gap.every((t) => PRONOUN_GAP.test(t.norm) && t.norm !== ",")) return e;
    // Only the verb of the pair's own clause: no other party named in between.
    if (!e.actors.length && (a.mentions.some((m) => m.start >= end && m.start < e.start) || gap.some((t) => t.norm === "," || t.norm === ";"))) return e;
    // "met in Cairo": the venue is no party.
    const own = e.targets.filter((m) => !pair.includes(pairSide(m.code)) && !/^(in|near|at)$/.test(a.tokens[m.start - 1]?.norm ?? ""));
    return { ...e, actors: [mentionAt(pair[0], k)], targets: own.length ? own : [mentionAt(pair[1], head)], actorFrom: "subject" };
  });
}

/** "Tehran promised a response": the doer of the attack answered, when nothing else is named. */
const withAnsweredAttacker = (c: CodedEvent, attacker: string | null): CodedEvent => (attacker && c.target === null ? { ...c, target: attacker } : c);

/** Undated acts of a sentence opened by its only date ("In March 2020, …") take that date (see 04-dates). */
function withOpeningDate(a: SentenceAnalysis, cs: CodedEvent[]): CodedEvent[] {
  if (a.dates.length !== 1 || cs.every((c) => c.date || c.speculative)) return cs;
  const open = openingDates(a.tokens, a.dates, cs.map((c) => c.start));
  return cs.map((c, k) => (c.date || c.speculative || !open[k] ? c : { ...c, date: open[k]!.date, dateEnd: open[k]!.dateEnd }));
}

const REPLY_TYPES = new Set(["THREATEN", "REJECT", "ACCUSE"]);
const REPLY = /\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied)|in response|retaliat\w*|in return|revenge|refus(?:e|es|ed))\b/i;
const COUNTER = /\b(?:struck|strike|strikes|striking|hit|hits|hitting|fired|fire|fires|firing) back\b|\bretaliat/i;

/**
 * "Washington refused", "Iran vowed revenge", "Trump responded by threatening sanctions": a threat, refusal or
 * accusation with no target answers the last act aimed at its actor, or, in a reply, the act just before it.
 */
function answered(c: CodedEvent, before: readonly { c: CodedEvent }[], reply: boolean): string | null {
  const recent = before.slice(-6).map((x) => x.c).filter((p) => !p.speculative && p.actor !== "UNK" && root(p.actor) !== root(c.actor));
  const aimed = [...recent].reverse().find((p) => p.target !== null && root(p.target) === root(c.actor));
  if (aimed) return aimed.actor;
  return reply ? recent.at(-1)?.actor ?? null : null;
}

const OBJ_PRONOUN = /^(it|them|him|her)$/;
// Acts done to another party: there "its"/"their" cannot be the actor's own.
const ASSETS = /^(sites?|bases?|positions?|headquarters|depots?|facilities|facility|camps?|leaders?|commanders?|fighters|members|officials|assets|accounts|banks?|compounds?|convoys?|weapons|funds|revenues?|reserves|oil|exports|tankers?|ships?|vessels?|embassy|embassies|consulates?|outposts?|posts|patrols?)$/;

/** "threatened to seize Iraqi funds": the state named as the modifier of the assets acted on is the target. */
function assetOwner(a: SentenceAnalysis, c: CodedEvent): string | null {
  const m = a.mentions.find((x) => x.modifier && x.start >= c.start && x.start <= c.end + 3 && ASSETS.test(a.tokens[x.end]?.norm ?? "") && x.code !== c.actor);
  return m?.code ?? null;
}

/** "Kataib Hezbollah claimed responsibility for the attack": the claimant did the act. */
function claimant(a: SentenceAnalysis, c: CodedEvent): string | null {
  const words = a.tokens.slice(0, c.start).map((t) => t.norm).join(" ");
  // "claimed responsibility for the attack", "claimed the rocket attack" (not "claimed that …": a statement).
  if (!/\bclaim(?:ed|s|ing)?(?: responsibility for)?(?: (?!that\b)\w+){0,4}$/.test(words)) return null;
  const claim = a.tokens.findIndex((t) => /^claim(ed|s|ing)?$/.test(t.norm));
  const m = [...a.mentions].reverse().find((x) => x.end <= claim && x.code !== "");
  return m?.code ?? null;
}

/** "struck its sites", "froze their accounts": a possessive pronoun right after the act owns what is hit. */
function ownedAssets(a: SentenceAnalysis, k: number): boolean {
  const w = a.tokens[k]?.norm ?? "";
  if (w !== "its" && w !== "their") return false;
  for (let j = k + 1; j <= k + 3 && j < a.tokens.length; j++) if (ASSETS.test(a.tokens[j]!.norm)) return true;
  return false;
}

const FORCES = /^(troops|forces|soldiers|servicemen|service|personnel|marines|bases)$/;

/** "attacked its service members": the forces a state owns are its military, not the state at large. */
function ownedForces(a: SentenceAnalysis, c: CodedEvent, owner: string | null): string | null {
  if (!owner) return owner;
  const k = a.tokens.findIndex((t, j) => j >= c.start && j <= c.end && (t.norm === "its" || t.norm === "their"));
  if (k < 0 || ![k + 1, k + 2].some((j) => FORCES.test(a.tokens[j]?.norm ?? ""))) return owner;
  const forces = SUBCODES[root(owner)]?.MILITARY;
  return forces ?? owner;
}

/** "… and struck them": an object pronoun stands for the last other party named in the events before. */
function objectReferent(c: CodedEvent, before: readonly { c: CodedEvent }[]): string | null {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 4); k--) {
    const p = before[k]!.c;
    if (p.speculative) continue;
    for (const x of [p.actor, p.target]) if (x && x !== "UNK" && root(x) !== root(c.actor)) return x;
  }
  return null;
}

/** "Trump visited US troops in Iraq": a visit to one's own forces abroad is a visit to the country they are in. */
function ownVisit(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (c.type !== "CONSULT" || c.mode !== "visit" || c.target === null || root(c.target) !== root(c.actor)) return c;
  const m = a.mentions.find((x) => x.start >= c.end && root(x.code) !== root(c.actor) && x.code !== "" && /^(in|to|at)$/.test(a.tokens[x.start - 1]?.norm ?? ""));
  const place = m?.code ?? placeTarget(a.text.slice(a.tokens[c.end - 1]!.end));
  return place ? { ...c, target: place } : c;
}

// Also the claims a denial answers: "denied reports in Azerbaijani media" is aimed at whoever made them.
const ASKED = /^(requests?|demands?|proposals?|offers?|calls?|appeals?|invitations?|plans?|bids?|ultimatums?|initiatives?|mediation|reports?|claims?|accusations?|allegations?|remarks|comments|statements?)$/;

/** "refused the American request", "rejected Washington's demand": whoever made the request is the target. */
function requester(a: SentenceAnalysis, c: CodedEvent): string | null {
  // The noun may close the trigger ("rejected the demand") or stand inside it ("dismissed the Egyptian plan as …").
  const noun = a.tokens.findIndex((t, k) => k > c.start && k <= c.end + 4 && ASKED.test(t.norm));
  if (noun < 0) return null;
  const m = a.mentions.find((x) => x.start > c.start && x.end <= noun + 3 && x.code !== c.actor && x.code !== "");
  if (m || !/^(his|her|their)$/.test(a.tokens[noun - 1]?.norm ?? "")) return m?.code ?? null;
  // "dismissed her remarks as nonsense": the speaker is the last other party named before.
  const before = [...a.mentions].reverse().find((x) => x.end <= c.start && root(x.code) !== root(c.actor) && x.code !== "");
  return before?.code ?? null;
}

const FOOTNOTE = /\[(\d{1,3})\]/g;

function footnotesOf(input: ExtractInput, index: number, sentence: string): string[] {
  const given = input.footnotes?.get(index);
  if (given) return [...given];
  return sentence.includes("[") ? [...sentence.matchAll(FOOTNOTE)].map((m) => m[1]!) : [];
}

function toEvent(input: ExtractInput, c: CodedEvent, span: SentenceSpan, sentence: string, trigger: string | null, footnotes: string[]): Event {
  const type = c.type as PloverType;
  const info = PLOVER[type];
  return {
    id: eventId(input.documentId, span.start, span.end, type, c.actor, c.target, c.start),
    type,
    mode: c.mode,
    context: [],
    actor: c.actor,
    target: c.target,
    date: c.date,
    dateEnd: c.date ? c.dateEnd : null,
    precision: c.date ? precisionOf(c.date) : null,
    dimension: c.dimension as Event["dimension"],
    modality: c.speculative ? "speculative" : "asserted",
    intensity: info.intensity,
    quadClass: info.quadClass,
    cameo: null,
    quantity: c.quantity,
    trigger,
    provenance: { document: input.documentId, span: [span.start, span.end], sentence, footnotes, url: null },
    origin: "extracted",
    sourceId: null,
    confidence: c.confidence,
    sourceCount: 1,
  };
}

const ARMED_GROUPS = new Set(ACTORS.filter((x) => x.kind === "armed_group" && x.code !== "UNK").map((x) => x.code));
const MILITARY_OF = new Set(ACTORS.filter((x) => x.code.endsWith(".MILITARY")).map((x) => x.code));

/** Troop figures belong to the actor's armed forces (USA → USA.MILITARY), so levels chart per force. */
function subjectOf(actor: string, measure: string): string {
  if (measure !== "troops") return actor;
  const mil = `${actor.split(".", 1)[0]}.MILITARY`;
  return MILITARY_OF.has(mil) ? mil : actor;
}

function toQuantity(input: ExtractInput, c: CodedEvent, f: QuantityMention, span: SentenceSpan, sentence: string): Quantity {
  // A count moved by a withdrawal is a change; a level ("to 2,500", "estimated at 5,200") is a level.
  const change = f.measure === "troops" && !f.level && (c.type === "RETREAT" || c.type === "CONCEDE" || c.type === "MOBILIZE");
  return {
    subject: subjectOf(c.actor, f.measure),
    measure: change ? (c.type === "MOBILIZE" ? "troops-deployed" : "troops-withdrawn") : f.measure,
    value: f.value,
    unit: f.unit,
    date: c.date,
    text: f.text,
    provenance: { document: input.documentId, span: [span.start, span.end], sentence, footnotes: [], url: null },
  };
}

/**
 * The figures of a document: each figure bound to an event once, plus the other troop figures of sentences
 * that report an event ("… withdrawal of 500 troops, reducing the number … from 3,000 to 2,500").
 */
function quantitiesOf(input: ExtractInput, coded: readonly CodedEvent[], figures: ReadonlyMap<number, readonly QuantityMention[]>): Quantity[] {
  const out: Quantity[] = [];
  const seen = new Set<string>();
  const emit = (c: CodedEvent, f: QuantityMention): void => {
    const key = `${c.sentence}:${f.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const span = input.sentences[c.sentence]!;
    out.push(toQuantity(input, c, f, span, input.text.slice(span.start, span.end)));
  };
  const asserted = coded.filter((c) => !c.speculative);
  for (const c of asserted) if (c.figure) emit(c, c.figure);
  const bySentence = new Map<number, CodedEvent[]>();
  for (const c of asserted) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  for (const [i, cs] of bySentence) {
    for (const f of figures.get(i) ?? []) {
      if (f.measure !== "troops") continue;
      const nearest = [...cs].sort((x, y) => Math.abs(x.start - f.start) - Math.abs(y.start - f.start))[0]!;
      emit(nearest, f);
    }
  }
  return out;
}

/** The 40 characters after the token before `end`: where "… condemned the visit" is told. */
function wordsAfter(sentence: string, a: SentenceAnalysis, end: number): string {
  const from = a.tokens[end - 1]!.end;
  return sentence.slice(from, from + 40);
}

/** Whether any token from `start` to `end` (inclusive) names owned assets; a plain loop, as this runs per event. */
function anyOwnedAssets(a: SentenceAnalysis, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (ownedAssets(a, k)) return true;
  return false;
}

/**
 * Extracts PLOVER-coded events and the figures bound to them from an English document.
 * Never throws on text: a sentence that fails is reported as a problem and skipped.
 * @example extractEvents({ documentId: null, text, published: "2025-03-19", language: "en", sentences: splitSentences(text) })
 */
export function extractEvents(input: ExtractInput): ExtractResult {
  const problems: Problem[] = [];
  if (input.language !== "en") {
    return { events: [], quantities: [], problems: [problem("extract-language", `event extraction supports English only (got ${input.language})`, null, false)] };
  }
  const ctx: DocContext = { published: input.published, lastYear: null, lastByBody: new Map(), names: new Map(), timeline: [], sequels: new Set() };
  const coded: { c: CodedEvent; i: number }[] = [];
  let lastActor: string | null = null;
  // The first actor of the last sentence with one: whom a later "he" or "the statement" speaks for (discourse-subject).
  let lastMain: string | null = null;
  const parties = new Parties();
  const intercepts = new Interceptions();
  const focus = new FocusCountry();
  const answers = new AnswerOwner();
  const targets = new TargetCompletion();
  const lastByType = new Map<string, { actor: string; target: string | null }>();
  // Only what later steps need is kept per sentence: whole analyses of a long document would crowd the heap.
  // Keyed by sentence and token range packed in one number (actKey).
  const triggerText = new Map<number, string>();
  const triggerKey = (sentence: number, c: CodedEvent): number => actKey(sentence, c.start, c.end);
  const figures = new Map<number, readonly QuantityMention[]>();
  const steps = new Map<number, NarrativeStep | null>();
  const sentenceAt = (span: SentenceSpan): string => input.text.slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE));
  // Stages 1–5 run a batch ahead: `ctx` is theirs, and the steps below must not read it (see AnalysisAhead).
  const ahead = new AnalysisAhead(input.sentences.length, (i) => {
    ctx.sentence = i;
    return analyseSentence(sentenceAt(input.sentences[i]!), ctx);
  });
  input.sentences.forEach((span, i) => {
    const sentence = sentenceAt(span);
    try {
      const a = focus.see(ahead.take(i));
      answers.see(a, focus.opening);

      if (a.triggers.length === 0) return;
      const raws = discourseSubjects(a, contextPassives(a, pairObjects(a, pairSubjects(a, resolvePronounSubjects(a, pronounSubjects(a, rawEvents(a), focus.prior), lastActor), () => parties.pair()), () => parties.pair()), lastByType, lastActor), lastMain);
      const cs = talksPartners(withOpeningDate(a, codeSentence(a, raws, i, input.published)));
      const lastAsserted = cs.filter((c) => !c.speculative && c.actor !== "UNK").at(-1);
      if (lastAsserted) lastActor = lastAsserted.actor;
      lastMain = cs.find((c) => !c.speculative && c.actor !== "UNK")?.actor ?? lastMain;
      for (const c of cs) if (!c.speculative && c.actor !== "UNK") lastByType.set(c.type, { actor: c.actor, target: c.target });
      for (const c of cs) if (!c.speculative && c.actor !== "UNK" && c.target && c.target !== "UNK" && sideOf(c.actor) !== sideOf(c.target)) parties.notePair(c.actor, c.target);
      for (const c0 of cs) {
        const c1 = condemnedDoer(c0.type === "ACCUSE" && !c0.about && VISIT_REF.test(wordsAfter(sentence, a, c0.end)) ? { ...c0, about: "CONSULT" } : c0, coded);
        const place = c1.target === null && PLACE_TARGET_TYPES.has(c1.type) ? placeTarget(sentence.slice(a.tokens[/^(to|from|at|in|into)$/.test(a.tokens[c1.end - 1]!.norm) ? c1.end - 2 : c1.end - 1]!.end)) : null;
        const c2 = place && place !== c1.actor ? { ...c1, target: place } : c1;
        // "refused the American request", "accepted the Omani offer": whoever made the proposal is the target.
        // "dismissed her remarks as nonsense": a judgement of what a party said is aimed at that party.
        const c3 = (c2.type === "REJECT" || c2.type === "ACCUSE" || (c2.type === "AGREE" && a.tokens[c2.start]!.norm.startsWith("accept"))) && c2.target === null ? { ...c2, target: requester(a, c2) } : c2;
        const c4 = itReferent(a, answers.actor(focus.localise(a, continuedSanction(a, unnamedVictim(a, struckPlace(a, placedObject(a, intercepts.target(a, withAnsweredAttacker(ownVisit(a, c3), answeredAttacker(a, c3, coded, intercepts)), coded)))), coded))));
        // "Israel struck back", "retaliated": a counter-blow answers the last act aimed at the striker.
        const counter = c4.type === "ASSAULT" && c4.actor !== "UNK" && COUNTER.test(sentence.slice(a.tokens[c4.start]!.start, a.tokens[c4.end - 1]!.end + 12));
        // "… and Tehran dismissed them": a refusal of "them" answers the act just before it.
        const c5 = c4.target === null && REPLY_TYPES.has(c4.type) ? { ...c4, target: answered(c4, coded, REPLY.test(sentence) || (c4.type === "REJECT" && OBJ_PRONOUN.test(a.tokens[c4.end - 1]!.norm))) } : counter && c4.target === null ? { ...c4, target: blowAnswered(c4, coded) } : c4;
        // Only for acts on the assets themselves: "condemned the attack on Saudi oil facilities" is not aimed at the owner.
        const c6 = c5.target === null && c5.type !== "ACCUSE" && c5.type !== "REJECT" ? { ...c5, target: assetOwner(a, c5) } : c5;
        const c7 = c6.actor === "UNK" ? { ...c6, actor: claimant(a, c6) ?? "UNK" } : c6;
        const c8 = c7.target === null && (OBJ_PRONOUN.test(a.tokens[c7.end]?.norm ?? "") || (HOSTILE.has(c7.type) && anyOwnedAssets(a, c7.start, c7.end))) ? { ...c7, target: ownedForces(a, c7, objectReferent(c7, coded)) } : c7;
        // Before any look-back by act type: "the attack" is the last blow by another side, not an interception.
        const attackers = attackReferentTargets(a, c0, coded, intercepts);
        const c9 = themReferent(a, aidRecipient(tiesPartner(a, referentTarget(a, attackers[0] ? { ...c8, target: attackers[0] } : c8, coded), coded), coded), coded);
        // "sent some personnel home", "the US presence fell by half": a withdrawal from no stated place leaves the state the document is about.
        const c10 = c9.type === "RETREAT" && c9.mode !== "release" && c9.target === null && !c9.speculative && c9.actor !== "UNK" ? { ...c9, target: parties.host(root(c9.actor)) } : c9;
        const c = reactionDimension(a, c10, coded, i);
        // "visited the site", "visited the wounded": a visit to no party is an inspection, not a diplomatic visit.
        if (c.type === "CONSULT" && c.mode === "visit" && c.target === null && a.tokens[c.start]!.norm.startsWith("visit")) continue;
        coded.push({ c, i });
        targets.see(a, c);
        intercepts.note(a, c);
        // "condemned the strikes" by two attackers: one record per target.
        for (const t of attackers.slice(1)) coded.push({ c: { ...c, target: t }, i });
        triggerText.set(triggerKey(i, c), sentence.slice(a.tokens[c.start]!.start, a.tokens[c.end - 1]!.end));
        steps.set(triggerKey(i, c), narrativeStep(a.tokens, a.inDate, c.start));
      }
      // Counted after the sentence's own acts: a place named in the same sentence is not "the state the document is about".
      parties.noteMentions(a.mentions.map((m) => m.code));
      if (cs.length && a.quantities.length) figures.set(i, a.quantities);
    } catch (e) {
      problems.push(problem("extract-sentence", `sentence ${i + 1}: ${(e as Error).message}`, null, false));
    }
  });
  const events: Event[] = [];
  const kept: CodedEvent[] = [];
  const seen = new Set<string>();
  for (const c of narrativeDates(targets.complete(tidy(coded.map((x) => x.c), input.published)), ctx, (c) => { const k = triggerKey(c.sentence, c); return steps.has(k) ? steps.get(k)! : { clause: 0 }; })) {
    const span = input.sentences[c.sentence]!;
    const sentence = input.text.slice(span.start, span.end);
    const ev = toEvent(input, c, span, sentence, triggerText.get(triggerKey(c.sentence, c)) ?? null, footnotesOf(input, c.sentence, sentence));
    if (seen.has(ev.id)) continue;
    seen.add(ev.id);
    events.push(ev);
    kept.push(c);
  }
  return { events, quantities: quantitiesOf(input, kept, figures), problems };
}
