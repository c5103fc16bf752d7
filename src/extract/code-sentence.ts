/** @module Turns a sentence's raw events into coded records: defaults, weak triggers, modality, date, figure, dimension. */
import type { ActorMention } from "./02-actors.js";
import type { DateMention } from "./04-dates.js";
import type { QuantityMention } from "./05-quantities.js";
import { pairPartner, RECIPROCAL, type RawEvent } from "./06-arguments.js";
import { modalityAt, SPECULATIVE, trailingSpeaker } from "./07-modality.js";
import { dimensionOf } from "./08-dimension.js";
import { averted, permitted, presupposedAct, timeAnchor } from "./non-events.js";
import { elidedAct } from "./elided-acts.js";
import type { Coded } from "./09-tidy.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { SUBCODES } from "./lexicon/actor-heads.js";
import { sceneCountry } from "./lexicon/places.js";
import { actorRoot as root } from "../domain/actor.js";
import { HARM_TYPES as HARMS } from "../domain/plover.js";

const TRUCE: ReadonlySet<string> = new Set(["ceasefire", "ceasefires", "truce", "truces", "armistice", "cease-fire"]);

export interface CodedEvent extends Coded {
  /** The figure bound to the event, for the quantities table. */
  readonly figure: QuantityMention | null;
}

/** One number for an act's place, its sentence and token range: a coded sentence has fewer than 4096 tokens (MAX_SENTENCE in extract-events). */
export const actKey = (sentence: number, start: number, end: number): number => (sentence * 4096 + start) * 4096 + end;

const WAIVER_WORDS = /^(waivers?|exemptions?|exceptions?|sanctions)$/;
// Staff and diplomats evacuated from a post also withdraw ("evacuated non-essential staff from its embassy").
const TROOP_WORDS = /^(troops?|forces|soldiers|personnel|presence|footprint|military|contingent|bases?|staff|diplomats)$/;
const AID_WORDS = /^(aid|assistance|loans?|lend|lent|grants?|relief|humanitarian|donations?|reconstruction)$/;
const MILITARY_CONTEXT = /^(battles?|fight|fighting|war|forces|troops|operations?|campaign|offensive|military)$/;
const HARD = new Set([";", "?", "!"]);
const ZONE_OPEN = new Set(["following", "after", "prompting", "prompted", "resulting", "leading", "since"]);

const FIGURES_FOR: Readonly<Record<string, readonly string[]>> = {
  RETREAT: ["troops"], AID: ["troops", "funds"], MOBILIZE: ["troops"], CONCEDE: ["troops", "days", "funds", "months"],
  SANCTION: ["funds", "share", "days"], THREATEN: ["funds", "share"], COOPERATE: ["funds", "share", "oil", "electricity"],
  AGREE: ["funds", "troops"], ASSAULT: ["killed", "wounded", "attacks", "rockets", "people", "drones", "casualties"],
  COERCE: ["arrests", "detained", "people"], PROTEST: ["people", "killed"], REQUEST: ["funds", "troops"],
};

function near(a: SentenceAnalysis, start: number, end: number, width: number, re: RegExp): boolean {
  for (let k = Math.max(0, start - width); k < Math.min(a.tokens.length, end + width); k++) if (re.test(a.tokens[k]!.norm)) return true;
  return false;
}

/** Zone of each token: 0 main clause, n inside the n-th "following …" / "prompting …" phrase (to the next comma). */
function zones(a: SentenceAnalysis): number[] {
  // A plain array: an Int32Array this long gets an off-heap buffer, slower to make and collect.
  const z: number[] = new Array<number>(a.tokens.length).fill(0);
  const inDate = a.inDate;
  let zone = 0;
  let count = 0;
  a.tokens.forEach((t, k) => {
    // "since October", "since late June": the start of the act's own span, not another act it follows.
    if (zone === 0 && ((ZONE_OPEN.has(t.norm) && !(t.norm === "since" && (inDate[k] || inDate[k + 1]))) || embeddedRelative(a, k))) zone = ++count;
    else if (zone !== 0 && ((t.norm === "," && !inDate[k]) || HARD.has(t.norm) || t.norm === ":")) zone = 0;
    z[k] = zone;
  });
  return z;
}

const RELATIVE_OPEN = new Set(["who", "which", "whose"]);

/**
 * "Iraq's foreign minister, who visited Washington in January, condemned …": a time inside a relative clause on the
 * subject tells only that clause. After an act ("struck Erbil on Monday, which killed four") it goes on with the act.
 */
function embeddedRelative(a: SentenceAnalysis, k: number): boolean {
  if (!RELATIVE_OPEN.has(a.tokens[k]!.norm) || a.tokens[k - 1]?.norm !== "," || a.triggers.some((t) => t.start < k)) return false;
  for (let j = k + 1; j < a.tokens.length - 1; j++) {
    const w = a.tokens[j]!.norm;
    if (HARD.has(w) || w === ":") return false;
    // Closed by a comma with the main clause going on after it.
    if (w === "," && !a.inDate[j]) return a.tokens[j + 1]!.word;
  }
  return false;
}

function notAfter(date: string, published: string | null): boolean {
  if (!published) return true;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) <= published.slice(0, n);
}

// A capitalised preposition mid-sentence after a bare word starts a run-on sentence: "… troops in Iraq In September 2020, …".
const RUN_ON = new Set(["In", "On", "By", "During", "Since", "After", "Following"]);

function crossesHard(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = Math.min(from, to) + 1; k <= Math.max(from, to); k++) {
    const t = a.tokens[k];
    if (!t) break;
    if (HARD.has(t.norm)) return true;
    if (RUN_ON.has(t.text) && a.tokens[k - 1]?.word) return true;
  }
  return false;
}

// Dates further than this from the event's words belong to other clauses of a long sentence.
const DATE_REACH = 30;
// Each comma crossed counts as this many words: a comma splice often starts a new statement.
const COMMA_COST = 8;

// Adjuncts ("in cooperation with", "… in a precise airstrike") tell how the event happened: they do not take
// a date away from it.
function otherTriggerBetween(a: SentenceAnalysis, from: number, to: number, type: string | null = null): boolean {
  // An infinitive ("exemptions to import electricity") is what the act is for, not a dated act of its own.
  // Nor is the act's own object ("condemned the killing last March"): a presupposed act dates nothing here.
  return a.triggers.some((t) => t.start >= from && t.start < to && !t.entry.weak && !t.entry.gov && !PREP_START.has(a.tokens[t.start]!.norm) && !meansAdjunct(a, t.start) && !(t.entry.pos === "v" && a.tokens[t.start - 1]?.norm === "to") && !(t.entry.pos === "n" && a.tokens[t.start - 1]?.norm === "for") && !(t.entry.type === type && inObjectOf(a, from, t.start)) && !(t.entry.pos === "n" && t.start - from <= 2 && /^(the|this|that|these|those|its|their)$/.test(a.tokens[t.start - 1]?.norm ?? "")));
}

/** "struck dozens of Houthi targets across Yemen on Friday": a word of the act's kind in its own object tells no other act. */
function inObjectOf(a: SentenceAnalysis, from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (/^(,|;|:|and|or|but|that|which|who|while|as|after|before|when)$/.test(a.tokens[k]!.norm)) return false;
  return true;
}

/** ", and in March 2020 Washington granted …": a date after "and" opens the next clause. */
function opensNextClause(a: SentenceAnalysis, from: number, dateStart: number): boolean {
  for (let k = dateStart - 1; k >= Math.max(from, dateStart - 3); k--) {
    const w = a.tokens[k]!.norm;
    if (w === "and" || w === "but" || w === ";") return true;
    if (w !== "in" && w !== "on" && w !== "by" && w !== "," && w !== "then") return false;
  }
  return false;
}

function meansAdjunct(a: SentenceAnalysis, at: number): boolean {
  const before = a.tokens.slice(Math.max(0, at - 4), at).map((t) => t.norm);
  const i = before.findIndex((w) => w === "in" || w === "during" || w === "through");
  return i >= 0 && (before[i + 1] === "a" || before[i + 1] === "an");
}
const PREP_START = new Set(["in", "with", "jointly"]);

function commasBetween(a: SentenceAnalysis, from: number, to: number, inDate: Uint8Array): number {
  let n = 0;
  for (let k = from; k < to; k++) if (a.tokens[k]!.norm === "," && !inDate[k]) n++;
  return n;
}

// A reaction to an act told before is placed only by that act (GUIDELINES: Dates, consequence rule): it takes no
// date carried over from the narrative.
const REACTION = new Set(["ACCUSE", "REJECT"]);

// Words that place a clause at another time than the date before it.
const OTHER_TIME_WORDS = /^(since|later|then|earlier|previously|afterwards|subsequently|after|before|following|until|when|once|now)$/;

/**
 * "… met Biden on 15 April; the two leaders reaffirmed …": a clause after a semicolon that names no time of its own
 * goes on telling the same moment, so it takes the date before the semicolon.
 */
function carriedOverSemicolon(a: SentenceAnalysis, d: DateMention, start: number): boolean {
  let semi = -1;
  for (let k = d.end; k < start; k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";") semi = k;
    else if (HARD.has(w) || (RUN_ON.has(a.tokens[k]!.text) && a.tokens[k - 1]?.word)) return false;
  }
  if (semi < 0) return false;
  for (let k = semi + 1; k < start; k++) if (a.inDate[k] || OTHER_TIME_WORDS.test(a.tokens[k]!.norm)) return false;
  return true;
}

const APPOSED = /^(the|a|an|its|their|first|second|third|latest|largest|biggest|heaviest|deadliest|most|only|last|new|direct|major|serious)$/;

/** "… struck the outpost, killing three soldiers": a participle after a comma tells the act before it; its trigger. */
function participleLead(a: SentenceAnalysis, start: number): { start: number; end: number } | null {
  const own = a.triggers.find((t) => t.start === start);
  if (!own) return null;
  // Or an apposition naming the same act: "Iran launched 300 drones at Israel, the first attack ever mounted …".
  let k = start - 1;
  while (k > 0 && APPOSED.test(a.tokens[k]!.norm)) k--;
  const apposed = k < start - 1 && a.tokens[k]?.norm === "," && /^(the|a|an|its|their)$/.test(a.tokens[k + 1]!.norm);
  if (!apposed && (a.tokens[start - 1]?.norm !== "," || !a.tokens[start]!.norm.endsWith("ing") || own.entry.pos !== "v")) return null;
  const lead = [...a.triggers].reverse().find((t) => t.end <= k && t.entry.pos === "v" && !t.entry.gov && !a.tokens[t.start]!.norm.endsWith("ing") && (!apposed || t.entry.type === own.entry.type));
  if (!lead) return null;
  for (let k = lead.end; k < start; k++) if (HARD.has(a.tokens[k]!.norm)) return null;
  return lead;
}

/** "since September 2022, when the Guards pounded …": a when-clause right after a date tells what happened then. */
function whenClauseDate(a: SentenceAnalysis, start: number, published: string | null): DateMention | null {
  for (let k = start - 1; k >= Math.max(1, start - 12); k--) {
    const w = a.tokens[k]!.norm;
    if (w === "when") {
      if (a.tokens[k - 1]?.norm !== ",") return null;
      return a.dates.find((d) => d.end === k - 1 && !d.deadline && !d.attributive && notAfter(d.date, published)) ?? null;
    }
    if (w === "," || HARD.has(w) || w === ":") return null;
  }
  return null;
}

/**
 * "Iraq on Monday condemned American air strikes (that killed …)": the object of a dated verb is an act told elsewhere; the date is
 * the verb's (the act takes its own date from the document, GUIDELINES: Dates).
 */
function objectOfDatedVerb(a: SentenceAnalysis, d: DateMention, at: number): boolean {
  // "condemned the air strikes that killed 25 fighters": the relative clause tells the same act as its noun.
  const noun = /^(that|which)$/.test(a.tokens[at - 1]?.norm ?? "") ? a.triggers.find((t) => t.end === at - 1 && t.entry.pos === "n") : undefined;
  const start = noun ? noun.start : at;
  if (!a.triggers.some((t) => t.start === start && t.entry.pos === "n")) return false;
  const verb = [...a.triggers].reverse().find((t) => t.end <= start && t.start >= d.end && t.entry.pos === "v");
  if (!verb || verb.entry.gov || verb.entry.weak || start - verb.end > 5) return false;
  for (let k = verb.end; k < start; k++) if (/^(,|;|:|and|or|but|to|that|which|who)$/.test(a.tokens[k]!.norm) || a.inDate[k]) return false;
  return true;
}

function pickDate(a: SentenceAnalysis, z: readonly number[], start: number, end: number, published: string | null): DateMention | { date: string; dateEnd: null } | null {
  const lead = participleLead(a, start);
  if (lead) return pickDate(a, z, lead.start, lead.end, published);
  const when = whenClauseDate(a, start, published);
  if (when) return when;
  const zone = z[start] ?? 0;
  const type = a.triggers.find((t) => t.start === start)?.entry.type ?? null;
  const usable = a.dates.filter(
    (d) =>
      !d.carried &&
      notAfter(d.date, published) &&
      (!crossesHard(a, d.start < start ? d.end - 1 : end - 1, d.start < start ? start : d.start) || (d.start < start && !REACTION.has(type ?? "") && carriedOverSemicolon(a, d, start))) &&
      !(d.end <= start && objectOfDatedVerb(a, d, start)) &&
      !(d.sinceClause && d.end <= start && commasBetween(a, d.end, start, a.inDate) > 0) &&
      // "the 2020 assassination" dates the assassination; "the 2015 nuclear deal" dates no act.
      (!d.attributive || (start >= d.end && start <= d.end + 2)),
  );
  const inDate = a.inDate;
  // A date before the event scopes forward over its sentence ("In August 2020, X did A and B"); a date after it
  // belongs to the nearest act before it ("… including the termination … issued on March 9").
  const dist = (d: DateMention): number =>
    (d.end <= start ? start - d.end + COMMA_COST * commasBetween(a, d.end, start, inDate) : d.start >= end ? d.start - end + (otherTriggerBetween(a, end, d.start, type) || opensNextClause(a, end, d.start) ? 99 : -Math.min(30, (d.start - end) / 2)) : 0) +
    (d.deadline || d.bound ? 50 : 0) + (d.end <= start && closesEarlierVerb(a, d, start) ? 20 : 0);
  const inZone = usable.filter((d) => (z[d.start] ?? 0) === zone && dist(d) <= DATE_REACH).sort((x, y) => dist(x) - dist(y));
  if (inZone[0]) return inZone[0];
  // An event named only as what came before a dated act ("Following the assassination …, on January 5, 2020")
  // keeps the month of that act: the bound still fixes it (GUIDELINES: Dates, consequence rule).
  if (zone !== 0 && a.tokens[start - 1] && ["following", "after"].some((w) => a.tokens.slice(Math.max(0, start - 6), start).some((t) => t.norm === w))) {
    const main = usable.filter((d) => (z[d.start] ?? 0) === 0 && d.date.length === 10 && !d.dateEnd).sort((x, y) => dist(x) - dist(y))[0];
    if (main) return { date: main.date.slice(0, 7), dateEnd: null };
  }
  // "Following the May 4 attack, …" published May 20: the act fell between May 4 and May 20, so in that May.
  if (zone === 0 && published && published.length >= 7) {
    const before = usable.find((d) => d.date.length === 10 && (z[d.start] ?? 0) !== 0 && isAntecedent(a, z, d.start));
    if (before && before.date.slice(0, 7) === published.slice(0, 7)) return { date: before.date.slice(0, 7), dateEnd: null };
  }
  // A sentence naming no time goes on with the day of the sentence before; a noun is an act told elsewhere.
  const carried = a.dates.find((d) => d.carried);
  // Nor "The strike killed …": the act just told goes on, with its own date (09-tidy gives it).
  const told = a.triggers.some((t) => t.entry.pos === "n" && t.entry.type === type && t.end <= start && start - t.end <= 1);
  if (carried && !told && !REACTION.has(type ?? "") && !a.triggers.some((t) => t.start === start && t.entry.pos === "n")) return carried;
  return null;
}

/**
 * "summoned the ambassador on Monday and recalled its envoy on Tuesday": a date that closes the verb phrase before
 * "and" belongs to that verb; the next verb prefers a date of its own (it may still share the first one).
 */
function closesEarlierVerb(a: SentenceAnalysis, d: DateMention, start: number): boolean {
  for (let k = d.end; k < start; k++) if (a.tokens[k]!.norm !== "and" && a.tokens[k]!.norm !== "then" && a.tokens[k]!.norm !== "also") return false;
  if (a.tokens[d.end]?.norm !== "and") return false;
  return a.triggers.some((t) => t.entry.pos === "v" && t.end <= d.start && d.start - t.end <= 8 && !a.tokens.slice(t.end, d.start).some((x) => x.norm === "," || HARD.has(x.norm)));
}

/** Whether the zone holding token `k` was opened by "following" or "after" (an earlier event). */
function isAntecedent(a: SentenceAnalysis, z: readonly number[], k: number): boolean {
  let j = k;
  while (j > 0 && z[j - 1] === z[k]) j--;
  const opener = a.tokens[j]?.norm;
  return opener === "following" || opener === "after";
}

function pickFigure(a: SentenceAnalysis, type: string, start: number, end: number): QuantityMention | null {
  const ok = FIGURES_FOR[type] ?? [];
  const dist = (q: QuantityMention): number => (q.end <= start ? start - q.end : q.start >= end ? q.start - end : 0);
  const fits = a.quantities.filter((q) => ok.includes(q.measure) && dist(q) <= 18 && !crossesHard(a, q.start, start));
  // A cut names the level it leaves ("to 2,500") only when it gives no count of its own.
  return fits.sort((x, y) => dist(x) - dist(y))[0] ?? null;
}

/** Index of the colon that ends a leading heading ("Missile attacks on US forces: …"), or -1. */
function headingEnd(a: SentenceAnalysis): number {
  const colon = a.tokens.findIndex((t, k) => k < 24 && t.norm === ":");
  if (colon < 0) return -1;
  return a.triggers.some((t) => t.entry.pos === "v" && t.start < colon) ? -1 : colon;
}

/** Whether a weak trigger ("renewed", "reduction", "remain") has the context that makes it an event. */
/** "if" or "unless" opens the clause of the token at `k` (no comma or clause break between). */
function conditionBefore(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const w = a.tokens[j]!.norm;
    if (w === "if" || w === "unless") return true;
    if (w === "," || w === ";" || w === ":" || w === "and" || w === "but") return false;
  }
  return false;
}

const FORGONE = /\b(?:back from|away from|refrain(?:ed|s|ing)? from|instead of|off on|short of|rather than|pause in|pause on|halt to|halt in|end to|moratorium on|suspension of)(?: (?:any|further|more|new|additional|a|an|the|its|their|direct|wider|military))*$/;

const TITLE_GAP = /^(his|her|its|their|counterpart|the|-|\.)$/;

/** "renewed, for another 120 days, the waiver": the verb's object comes right after an aside set off by commas. */
function objectAfterAside(a: SentenceAnalysis, end: number, re: RegExp): boolean {
  if (a.tokens[end]?.norm !== ",") return false;
  for (let k = end + 1; k < Math.min(a.tokens.length, end + 12); k++) {
    if (HARD.has(a.tokens[k]!.norm)) return false;
    if (a.tokens[k]!.norm === ",") return a.tokens.slice(k + 1, k + 4).some((t) => re.test(t.norm));
  }
  return false;
}

function weakHolds(a: SentenceAnalysis, e: RawEvent): boolean {
  switch (e.type) {
    case "CONCEDE": return near(a, e.start, e.end, 5, WAIVER_WORDS) || objectAfterAside(a, e.end, WAIVER_WORDS);
    case "RETREAT": return near(a, e.start, e.end, 6, TROOP_WORDS);
    case "AID": return a.quantities.some((q) => q.measure === "troops");
    case "CONSULT": {
      // "called X" is a phone call only when X ends the clause or a time or topic follows ("called Iraq a partner" is not).
      const t = e.targets[0];
      // A title may stand between the verb and the name: "called President Biden", "called his counterpart Fuad Hussein".
      if (!e.actors.length || !t || t.start < e.end || !a.tokens.slice(e.end, t.start).every((x) => x.upper || TITLE_GAP.test(x.norm))) return false;
      // "hosted US troops" is no meeting: forces are not received as guests.
      if (t.body === "MILITARY" || t.code.endsWith(".MILITARY") || t.code === "COALITION") return false;
      const by = e.actors[0]!;
      if (by.body === "MILITARY" || by.code.endsWith(".MILITARY")) return false;
      return a.inDate[t.end] === 1 || /^(\.|,|;|on|in|to|about|and|last|yesterday|after|over|regarding|twice|at|for)$/.test(a.tokens[t.end]?.norm ?? ".");
    }
    default: return e.actors.length > 0 && e.targets.length > 0;
  }
}

const FUNCTION = new Set(["of", "on", "to", "for", "with", "from", "against", "the", "a", "an", "its", "their", "his", "by", "in", "and", "over"]);

/** A crude stem of the trigger's last content word: "assassination", "sanctions" → "assass", "sancti". */
function headOf(a: SentenceAnalysis, start: number, end: number): string {
  for (let k = end - 1; k >= start; k--) {
    const w = a.tokens[k]!.norm;
    if (a.tokens[k]!.word && !FUNCTION.has(w)) return w.slice(0, 6);
  }
  return a.tokens[start]!.norm.slice(0, 6);
}

/** "The strike killed …": a definite noun of the same kind of act right before the verb is its subject. */
function backSubject(a: SentenceAnalysis, e: RawEvent): boolean {
  const t = a.triggers.find((x) => x.entry.pos === "n" && x.entry.type === e.type && x.end <= e.start && e.start - x.end <= 1);
  if (!t) return false;
  const det = a.tokens[t.start - 1]?.norm;
  return det === "the" || det === "this" || det === "that";
}

/** Protesters are the public of their state: "Iraqi protests" → IRQ.PUBLIC. */
function publicOf(m: ActorMention): ActorMention | string {
  return m.code === "IRQ" ? "IRQ.PUBLIC" : m;
}

function defaultActor(a: SentenceAnalysis, e: RawEvent): string | null {
  if (e.type === "ASSAULT") return "UNK";
  if (e.type === "PROTEST") {
    // "crowds stormed the Saudi embassy in Tehran": a crowd of no stated nationality is the public of where it acts.
    const scene = sceneCountry(a.text.slice(a.tokens[e.start]!.start, a.tokens[e.start]!.start + 80));
    return scene ? (SUBCODES[scene]?.PUBLIC ?? scene) : "IRQ.PUBLIC";
  }
  // "several suspects were later detained": an arrest with no agent is the security forces' of where it happens
  // (an unqualified "security forces" are Iraq's in this domain, see lexicon/actor-heads).
  if (e.type === "COERCE" && e.actorFrom === "default") {
    const scene = sceneCountry(a.text);
    return scene ? (SUBCODES[scene]?.MILITARY ?? scene) : "IRQ.MILITARY";
  }
  // "900 Jordanian troops are stationed in Iraq": the force present is the actor.
  if (e.type === "AID") return a.mentions.find((m) => m.code.endsWith(".MILITARY") || (m.body === "MILITARY" && m.start < e.start))?.code ?? null;
  // "The strikes violated Iraqi sovereignty, the foreign ministry said": a stance with no subject is the trailing speaker's.
  if (STANCES.has(e.type)) return trailingSpeaker(a);
  return null;
}

const STANCES = new Set(["ACCUSE", "SUPPORT", "REJECT", "REQUEST"]);

type Writable<T> = { -readonly [K in keyof T]: T[K] };


function retype(a: SentenceAnalysis, e: RawEvent, actor: string, target: string | null, figure: QuantityMention | null): string {
  // "2,500 US troops are still deployed in Iraq": a force that is (not was sent) deployed is a presence (GUIDELINES: AID).
  if (e.type === "MOBILIZE" && figure?.measure === "troops" && /^(deployed|stationed|based)$/.test(a.tokens[e.start]!.norm)) {
    let k = e.start - 1;
    while (k > 0 && /^(still|currently|now|permanently|also)$/.test(a.tokens[k]!.norm)) k--;
    if (/^(is|are|remain|remains|stay|stays)$/.test(a.tokens[k]?.norm ?? "")) return "AID";
  }
  if (e.type === "SUPPORT" && /^(support|back)/.test(a.tokens[e.start]!.norm) && near(a, e.start, e.end, 3, MILITARY_CONTEXT)) return "AID";
  // "demonstrators have demanded an end to corruption": what the public demands in the street is its protest (PLOVER PROTEST).
  if (e.type === "REQUEST" && actor.endsWith(".PUBLIC")) return "PROTEST";
  // Signing commercial deals is cooperation (GUIDELINES: Action).
  // A sum agreed as aid or a loan ("agreed to provide 50 million euros of aid") is a promise of help, not trade.
  if (e.type === "AGREE" && figure?.measure === "funds" && a.tokens.slice(e.start, e.end).some((t) => AID_WORDS.test(t.norm))) return "AGREE";
  if (e.type === "AGREE" && (target?.endsWith(".BUSINESS") || actor.endsWith(".BUSINESS") || figure?.measure === "funds")) return "COOPERATE";
  // "signed a contract": a commercial contract is cooperation whoever the other party is (GUIDELINES: Action).
  if (e.type === "AGREE" && a.tokens.slice(e.start, e.end).some((t) => /^contracts?$/.test(t.norm))) return "COOPERATE";
  return e.type;
}

function confidenceOf(e: RawEvent, hasTarget: boolean, defaulted: boolean): number {
  let c = 0.45;
  if (e.actorFrom === "subject" || e.actorFrom === "agent") c += 0.2;
  else if (e.actorFrom === "modifier" || e.actorFrom === "of" || e.actorFrom === "object") c += 0.15;
  if (hasTarget) c += 0.15;
  if (defaulted) c -= 0.2;
  if (e.end - e.start > 1) c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}

/** The first mention where `where` holds that is one side of a pair ("Iraq-US", "Iraq and Kuwait"), with its partner. */
function pairAround(a: SentenceAnalysis, where: (m: ActorMention) => boolean, hyphenOnly: boolean): readonly [ActorMention, ActorMention] | null {
  for (const m of a.mentions) {
    if (!where(m)) continue;
    const p = pairPartner(a, m, hyphenOnly);
    if (p) return [m, p];
  }
  return null;
}

/**
 * Codes the raw events of one sentence.
 * @example codeSentence(a, rawEvents(a), 4, "2025-03-19")
 */
export function codeSentence(a: SentenceAnalysis, raws: readonly RawEvent[], sentence: number, published: string | null): CodedEvent[] {
  const out: CodedEvent[] = [];
  // Most sentences have no event: skip the per-sentence zones, heading and speaker look-ups.
  if (raws.length === 0) return out;
  const z = zones(a);
  const heading = headingEnd(a);
  const inDate = a.inDate;
  const speaker = trailingSpeaker(a);
  const bodySpeculative = heading >= 0 && a.tokens.some((t, k) => k > heading && !inDate[k] && SPECULATIVE.has(t.norm));
  for (const [i, e0] of raws.entries()) {
    // "… and British jets also took part": the act told just before, by another party.
    const e = elidedAct(a, e0, raws.slice(0, i));
    if (!e) continue;
    if (e.weak && !weakHolds(a, e)) continue;
    // "if attacks continued": an unattributed act in a condition is the condition, not a forecast.
    const nominal = a.triggers.some((t) => t.start === e.start && t.entry.pos === "n");
    if ((e.actors.length === 0 || nominal) && a.tokens.slice(Math.max(0, e.start - 2), e.start).some((t) => t.norm === "if" || t.norm === "unless")) continue;
    // "if the embassy were targeted next": an unattributed act inside a condition is hypothetical, not reported.
    if (e.actors.length === 0 && conditionBefore(a, e.start)) continue;
    // "a hub for training", "a base for operations": what a place is for describes it; it reports no act.
    if (a.tokens[e.start - 1]?.norm === "for" && /^(hub|centre|center|site|venue|facility|place|home|ground|platform|launchpad|springboard)s?$/.test(a.tokens[e.start - 2]?.norm ?? "")) continue;
    // "stepped back from further strikes", "refrained from retaliation": the act named is the one not taken.
    if (nominal && FORGONE.test(a.tokens.slice(Math.max(0, e.start - 4), e.start).map((t) => t.norm).join(" "))) continue;
    // "Talking while fighting": a bare gerund with no party on either side names an activity, not an event.
    if (e.type === "ASSAULT" && !nominal && !e.actors.length && !e.targets.length && e.end - e.start === 1 && a.tokens[e.start]!.norm.endsWith("ing")) continue;
    const mod = modalityAt(a, e.anchor, e.start, nominal && e.anchor === e.start);
    if (mod.negated) continue;
    // Time anchors ("a day before the strikes"), permitted acts ("let troops deploy") and acts presupposed by a reply
    // ("an answer to Houthi attacks") report no event.
    if (timeAnchor(a, e, nominal) || permitted(a, e) || presupposedAct(a, e) || averted(a, e)) continue;
    // A heading ("Mounting US pressure on Iraq: …") announces what its text says, forecasts included.
    // "Washington will lift the sanctions …, Pence told reporters": a party's own next step in its statement is announced.
    const stated = mod.futureOnly === true && !e.planned && e.actors[0] !== undefined && speaker !== null && root(speaker) === root(e.actors[0].code);
    const speculative = (mod.speculative && !stated) || e.planned || (e.start < heading && bodySpeculative);
    const protestByClause = e.type === "PROTEST" && e.actorFrom === "subject" && nominal;
    const given = protestByClause ? [] : e.actors;
    const fallback = given.length ? null : defaultActor(a, e);
    let actors: (ActorMention | string)[] = given.length ? given.map((m) => (e.type === "PROTEST" ? publicOf(m) : m)) : fallback ? [fallback] : [];
    let pairTarget: string | null = null;
    // "Iraq and Iran signed an agreement": coordinated sides of a reciprocal act are its actor and target.
    const second = actors[1];
    let partners = false;
    // "Iran and Saudi Arabia restored ties", "… broke off relations": acts on the ties between two sides are mutual.
    // "Iraq and Saudi Arabia reconciled", "… ended their rift": mending a quarrel is mutual too.
    // "India and Pakistan agreed to a ceasefire": a truce is both sides' concession to each other.
    const mutual = RECIPROCAL.has(e.type) || ((e.type === "SUPPORT" || e.type === "SANCTION") && a.tokens.slice(e.start, e.end).some((t) => /^(ties|relations|embassies|ambassadors|rift|rifts|feud|estrangement|reconciled|reconcile|reconciles|reconciling)$/.test(t.norm)))
      || (e.type === "CONCEDE" && a.tokens.slice(e.start, e.end + 3).some((t) => TRUCE.has(t.norm)));
    if (mutual && second !== undefined && typeof second !== "string" && e.actorFrom === "subject") {
      pairTarget = second.code;
      actors = [actors[0]!];
      partners = true;
    }
    if (actors.length === 0 && RECIPROCAL.has(e.type)) {
      // "Iraq-US relations … combining military cooperation": the pair the sentence is about.
      // "After three days of talks, Iraq and Kuwait agreed …": talks in an opening phrase are those of the clause's pair.
      const framed = a.tokens.slice(Math.max(0, e.start - 5), e.start).some((t) => /^(after|during|following|amid)$/.test(t.norm));
      const pair = pairAround(a, (m) => m.start < e.start, true) ?? (framed ? pairAround(a, (m) => m.start > e.end && a.tokens.slice(e.end, m.start).some((t) => t.norm === ","), false) : null);
      if (pair) {
        actors = [pair[0]];
        pairTarget = pair[1].code;
      }
    }
    for (const actor of actors) {
      const actorCode = typeof actor === "string" ? actor : actor.code;
      let targets: (string | null)[] = e.targets.map((m) => m.code).filter((c) => c !== actorCode);
      let reciprocal = pairTarget !== null;
      // Partners of a joint act are each other's counterpart; the act's own object ("against ISIS") is not.
      if (pairTarget && pairTarget !== actorCode && (targets.length === 0 || partners)) targets = [pairTarget];
      if (targets.length === 0 && RECIPROCAL.has(e.type) && typeof actor !== "string") {
        const partner = pairPartner(a, actor);
        if (partner) {
          targets = [partner.code];
          reciprocal = true;
        }
      }
      // "900 troops are stationed in Iraq": a presence or movement with no other party takes the place named right after it.
      if (targets.length === 0 && (e.type === "AID" || e.type === "RETREAT" || e.type === "MOBILIZE")) {
        const place = a.mentions.find((m) => m.start > e.end - 1 && m.start <= e.end + 2 && !m.modifier && root(m.code) !== root(actorCode) && /^(in|to|from|into|inside)$/.test(a.tokens[m.start - 1]?.norm ?? ""));
        if (place) targets = [place.code];
      }
      if (targets.length === 0) targets = [null];
      for (const target of targets) {
        const figure = pickFigure(a, e.type, e.start, e.end);
        // A stated coming harm to another is a threat (as "said it would strike", see 06-arguments).
        const type = stated && HARMS.has(e.type) ? "THREATEN" : retype(a, e, actorCode, target, figure);
        const d = speculative ? null : pickDate(a, z, e.start, e.end, published);
        const record = {
          sentence,
          type,
          mode: e.mode,
          actor: actorCode,
          target,
          date: d?.date ?? null,
          dateEnd: d && "dateEnd" in d ? d.dateEnd : null,
          quantity: figure?.text ?? null,
          figure,
          speculative,
          start: e.start,
          end: e.end,
          confidence: confidenceOf(e, target !== null, fallback !== null),
          dimension: dimensionOf(a, type, e.mode, e.start, e.end, target, actorCode),
          reciprocal,
          head: headOf(a, e.start, e.end),
          backSubject: fallback !== null && backSubject(a, e),
        } as Writable<CodedEvent>;
        // Optional fields are added in place (same key order as before) rather than spread from temporary objects.
        if (fallback === "UNK" && !nominal) record.unattributed = true;
        record.definite = nominal && (a.tokens[e.start - 1]?.norm === "the" || a.tokens[e.start - 1]?.norm === "that");
        record.nominal = nominal;
        if (e.about) record.about = e.about;
        out.push(record);
      }
    }
  }
  return out;
}
