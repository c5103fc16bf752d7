/** @module Target completion: an event left without a target gets its most likely one, from the sentence, the discourse or the document. */
import { FORUM_CODES } from "../domain/actors.js";
import { actorRoot as root } from "../domain/actor.js";
import { ownSide, REGIONS } from "./party-side.js";
import { HOSTILE_TYPES as HOSTILE } from "../domain/plover.js";
import { GENERIC } from "./02-actors.js";
import { placeCountry } from "./lexicon/places.js";
import { actKey, type CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// A party followed by one of these speaks: the source of a report is no party to the act it reports.
const SPEAKS: ReadonlySet<string> = new Set(["said", "says", "told", "stated", "added", "noted", "reported", "announced", "claimed", "insisted", "argued"]);
// Acts whose target is never inferred from the discourse: a movement of forces with no place named has none
// (GUIDELINES: "troops were sent to reinforce the border"), and a crowd's grievance is told where it is.
const NOT_INFERRED: ReadonlySet<string> = new Set(["MOBILIZE", "PROTEST"]);
// Friendly acts take their counterpart from friendly dealings only: praising one's own blow is no support for its victim.
const FRIENDLY: ReadonlySet<string> = new Set(["SUPPORT", "AGREE", "COOPERATE", "AID", "CONCEDE", "CONSULT", "RETREAT"]);
// "in Baghdad", "through the Turkish pipeline": where an act happens is its target only for a blow, an arrest or a crowd.
const WHERE: ReadonlySet<string> = new Set(["in", "at", "near", "through", "via", "across", "along", "inside", "outside", "around", "throughout", "within"]);
const PLACE_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "COERCE", "PROTEST"]);
// "said in Baghdad that the force would shrink", "American forces in Iraq would fall to 2,500": where a force that
// leaves stands is the state it leaves (GUIDELINES: withdrawals and announced withdrawals target the host).
const LEAVING_TYPES: ReadonlySet<string> = new Set(["RETREAT", "CONCEDE"]);
const FORCE_WORDS: ReadonlySet<string> = new Set(["force", "forces", "troops", "soldiers", "presence", "contingent", "personnel", "footprint"]);
// "together with Iraqi forces", "alongside Jordan": a partner in the act, not its target.
const PARTNER: ReadonlySet<string> = new Set(["together", "along", "jointly", "alongside"]);
// "coalition forces would leave", "the coalition mission will end": a party before a verb is that clause's subject.
// So is a party before a negation ("with Kuwait not recognising the court").
const AUXILIARY: ReadonlySet<string> = new Set(["would", "will", "could", "can", "may", "might", "should", "must", "had", "has", "have", "was", "were", "is", "are", "did", "does", "not", "never"]);
// Words that open another clause: a party after them is not the act's object ("…, with Kuwait not recognising …").
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["because", "while", "whereas", "although", "though", "despite", "amid", "when"]);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose", "and", "or", "but", "as", "if", "when", "while"]);
// Discourse: the party dealt with in one of the last sentences is who the actor is still dealing with.
const DISCOURSE_REACH = 2;
// Document: each sentence back weighs this much less; a counterpart needs this weight to be the document's.
const DECAY = 0.9;
const MIN_WEIGHT = 1.5;
// How far the evidence level lowers the confidence an analyst sees.
const DISCOURSE_DROP = 0.1;
const DOCUMENT_DROP = 0.2;

/** Whether `target` names a party other than `actor`: another state, or a side of the actor's own state's quarrel. */
function other(actor: string, target: string): boolean {
  if (target === actor || target === "UNK" || target === GENERIC || target === "") return false;
  if (root(actor) !== root(target)) return true;
  return ownSide(actor) || ownSide(target);
}


interface Tie {
  weight: number;
  at: number;
}

interface Last {
  code: string;
  at: number;
  /** The party dealt with before the sentence of `code`. */
  before: { code: string; at: number } | null;
}

/**
 * The parties each actor has dealt with, weighted by recency: a count decayed lazily (at each look-up or update),
 * so that the whole document costs one update per event.
 */
class Counterparts {
  private readonly ties = new Map<string, Map<string, Tie>>();
  private readonly last = new Map<string, Last>();

  note(actor: string, target: string, sentence: number): void {
    this.noteOne(actor, target, sentence);
    this.noteOne(target, actor, sentence);
  }

  private noteOne(x: string, y: string, sentence: number): void {
    const l = this.last.get(x);
    this.last.set(x, { code: y, at: sentence, before: !l ? null : l.at < sentence ? { code: l.code, at: l.at } : l.before });
    for (const k of x === root(x) ? [x] : [x, root(x)]) {
      let m = this.ties.get(k);
      if (!m) this.ties.set(k, (m = new Map()));
      const t = m.get(y);
      if (t) {
        t.weight = t.weight * DECAY ** (sentence - t.at) + 1;
        t.at = sentence;
      } else m.set(y, { weight: 1, at: sentence });
    }
  }

  /** The party the actor itself last dealt with in the `reach` sentences before this one. */
  recent(actor: string, sentence: number, reach: number): string | null {
    const l = this.last.get(actor);
    const p = !l ? null : l.at < sentence ? l : l.before;
    return p && sentence - p.at <= reach && other(actor, p.code) ? p.code : null;
  }

  /** The actor's main counterpart so far (its unit's, else its state's): the heaviest recency-weighted tie, if heavy enough. */
  main(actor: string, sentence: number): string | null {
    for (const k of actor === root(actor) ? [actor] : [actor, root(actor)]) {
      const m = this.ties.get(k);
      if (!m) continue;
      let best: string | null = null;
      let score = MIN_WEIGHT;
      for (const [code, t] of m) {
        const w = t.weight * DECAY ** (sentence - t.at);
        if (w >= score && other(actor, code)) [best, score] = [code, w];
      }
      if (best) return best;
    }
    return null;
  }
}

/**
 * Whether a trigger other than the act's own starts in [from, to): the words there belong to that trigger. An act noun
 * that coded no act of the sentence is part of a measure's object ("prohibit all aid to Albanian rebels", "suspended
 * training and other security cooperation with the Nigerien army"); the act a stance judges keeps its own parties
 * ("condemned the attack on Saudi facilities": Saudi Arabia belongs to the attack) unless joined by "and"/"or".
 */
function triggerBetween(a: SentenceAnalysis, c: CodedEvent, from: number, to: number, idle: ReadonlySet<number>): boolean {
  for (const t of a.triggers) {
    if (t.start < from || t.start >= to || (t.start >= c.start && t.start < c.end)) continue;
    if (!idle.has(t.start) || (JUDGEMENTS.has(c.type) && !coordinated(a, c.end, t.start))) return true;
  }
  return false;
}

// Stances on an act: the act noun they judge keeps its own parties ("condemned the attack on Saudi facilities",
// "will no longer tolerate attacks from Turkish territory").
const JUDGEMENTS: ReadonlySet<string> = new Set(["ACCUSE", "SUPPORT", "REJECT", "THREATEN"]);
const COORDINATORS: ReadonlySet<string> = new Set(["and", "or"]);

function coordinated(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COORDINATORS.has(a.tokens[k]!.norm)) return true;
  return false;
}

/** The starts of the sentence's act nouns that coded no event of the sentence: words of another act's object. */
function idleTriggers(a: SentenceAnalysis, cs: readonly CodedEvent[]): Set<number> {
  const idle = new Set<number>();
  for (const t of a.triggers) if (t.entry.type !== null && t.entry.pos.startsWith("n") && !cs.some((x) => t.start < x.end && t.end > x.start)) idle.add(t.start);
  return idle;
}

/**
 * A semicolon, another clause (", with …", "while …"), a reason ("for carrying Iranian oil") or, but for a blow ("…, hitting depots of X"), a participle
 * after a comma ("…, letting them buy Iranian oil") between the act and a party: the party is not its object.
 */
function boundaryBetween(a: SentenceAnalysis, c: CodedEvent, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";" || CLAUSE_OPENERS.has(w) || (w === "," && a.tokens[k + 1]?.norm === "with")) return true;
    if ((w === "for" || (w === "," && !PLACE_TYPES.has(c.type))) && a.tokens[k + 1]?.norm.endsWith("ing")) return true;
  }
  return false;
}

const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]);

/** The word before a mention, past its determiners: "through the Turkish pipeline" → "through". */
function wordBefore(a: SentenceAnalysis, start: number): string {
  let k = start - 1;
  while (k > 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return a.tokens[k]?.norm ?? "";
}

/** Whether a trigger other than the act's own starts at `k`: a party right before it is that act's doer ("the Israeli strikes"). */
function triggerAt(a: SentenceAnalysis, c: CodedEvent, k: number): boolean {
  for (const t of a.triggers) if (t.start === k && (k < c.start || k >= c.end)) return true;
  return false;
}

/** Whether the mention at [start, end) is the source of the report: "X said", "according to X". */
function speaker(a: SentenceAnalysis, start: number, end: number): boolean {
  const next = a.tokens[end]?.norm === "'s" ? a.tokens[end + 2]?.norm : a.tokens[end]?.norm;
  return SPEAKS.has(next ?? "") || (a.tokens[start - 1]?.norm === "to" && a.tokens[start - 2]?.norm === "according");
}

/**
 * "Iraq suspended the licence of the Swedish telecoms group", "warned Baku and Yerevan that …", "halted fuel
 * transport to the region": the parties a sentence names as the target of an act its parser left without one,
 * nearest first, inside the act's words or after them (its object, an "on/against/with/to" phrase, a demonym
 * or possessor in it). A party belongs to the act only when no other act's words stand between
 * them ("condemned the attack on Saudi facilities": Saudi Arabia belongs to the attack); a party acting in the
 * sentence, the source of the report, and a forum a complaint is lodged with are no target.
 */
function sentenceParties(a: SentenceAnalysis, c: CodedEvent, acting: ReadonlySet<string>, region: string | null, idle: ReadonlySet<number>): string[] {
  const found: { code: string; cost: number }[] = [];
  const add = (code: string, start: number, end: number): void => {
    if (!other(c.actor, code) || acting.has(code) || speaker(a, start, end)) return;
    if (HOSTILE.has(c.type) && FORUM_CODES.has(code)) return;
    const before = wordBefore(a, start);
    if ((WHERE.has(before) && !PLACE_TYPES.has(c.type) && !leavingForce(a, c)) || PARTNER.has(before) || (before === "with" && PARTNER.has(a.tokens[start - 2]?.norm ?? ""))) return;
    const next = a.tokens[end]?.norm ?? "";
    // "coalition forces would leave", "the coalition mission will end" (not "Lavrov that had been …").
    const noun = a.tokens[end]?.word === true && !CLAUSE_WORDS.has(next);
    // A place ("forces in Iraq would fall") is never the subject of the verb after it.
    if (!WHERE.has(before) && (AUXILIARY.has(next) || (noun && AUXILIARY.has(a.tokens[end + 1]?.norm ?? "")) || triggerAt(a, c, end))) return;
    // Only a party inside the act's words or after them: one before them is a subject or another act's object.
    if (start < c.start || (start >= c.end && (triggerBetween(a, c, c.end, start, idle) || boundaryBetween(a, c, c.end, start)))) return;
    const cost = Math.max(0, start - c.end);
    found.push({ code, cost });
  };
  for (const m of a.mentions) if (!m.member) add(m.code, m.start, m.end);
  if (region) {
    for (let k = 1; k < a.tokens.length; k++) {
      const w = a.tokens[k]!.norm;
      if ((w === "region" || w === "region's") && a.tokens[k - 1]!.norm === "the" && (a.mentionStart[k - 1] ?? -1) < 0) add(region, k, k + 1);
    }
  }
  found.sort((x, y) => x.cost - y.cost);
  const out: string[] = [];
  for (const f of found) if (!out.includes(f.code)) out.push(f.code);
  return out;
}

/** Whether the act is a force leaving or announced to leave: its words name the force. */
function leavingForce(a: SentenceAnalysis, c: CodedEvent): boolean {
  if (!LEAVING_TYPES.has(c.type)) return false;
  for (let k = c.start; k < c.end; k++) if (FORCE_WORDS.has(a.tokens[k]!.norm)) return true;
  return false;
}

/** "said in Baghdad that the force would shrink": the country of a known place the act's own words name. */
function leftPlace(a: SentenceAnalysis, c: CodedEvent): string | null {
  const place = placeCountry(a.text.slice(a.tokens[c.start]!.start, a.tokens[c.end - 1]!.end));
  return place && other(c.actor, place) ? place : null;
}

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** "attacks on shipping", "a campaign against corruption": the act names its object right after it, and no party. */
function namedObject(a: SentenceAnalysis, c: CodedEvent): boolean {
  const w = a.tokens[c.end]?.norm;
  if (w !== "on" && w !== "against") return false;
  let k = c.end + 1;
  // Not "attacks on its people": a possessive points at a party.
  while (ARTICLES.has(a.tokens[k]?.norm ?? "")) k++;
  if (DETERMINERS.has(a.tokens[k]?.norm ?? "")) return false;
  return a.tokens[k]?.word === true && (a.mentionStart[k] ?? -1) < 0 && !a.inDate[k];
}

/**
 * Gives each event its most likely target (GUIDELINES: nearly every event has one), from evidence in decreasing
 * strength, and lowers the confidence by how far the evidence was: (1) a party the sentence itself names; (2) the
 * discourse — the party the actor dealt with in the last sentences; (3) the document — the actor's main
 * counterpart so far, recency-weighted; a crowd's protest naming no one is aimed at its own government. One instance per document: `see` each coded event in order while the
 * sentences are analysed, then `complete` the tidied events.
 */
export class TargetCompletion {
  private readonly proposals = new Map<number, readonly string[]>();
  private region: string | null = null;
  // The sentence being coded: its analysis is kept only until the next sentence's first event.
  private analysis: SentenceAnalysis | null = null;
  private events: CodedEvent[] = [];

  /** Takes an event coded in the sentence `a`, in document order. */
  see(a: SentenceAnalysis, c: CodedEvent): void {
    if (a !== this.analysis) {
      this.flush();
      this.analysis = a;
      for (const m of a.mentions) if (REGIONS.has(m.code)) this.region = m.code;
    }
    this.events.push(c);
  }

  /** The sentence-level candidates of the buffered sentence's events without a target. */
  private flush(): void {
    const a = this.analysis;
    const cs = this.events;
    if (a && cs.some((c) => c.target === null)) {
      const acting = new Set(cs.map((c) => c.actor));
      const idle = idleTriggers(a, cs);
      for (const c of cs) {
        if (c.target !== null || c.speculative || c.type === "MOBILIZE") continue;
        // A second mention of an act the sentence already codes with its target ("…, the first attack on …").
        if (cs.some((x) => x !== c && x.type === c.type && x.actor === c.actor && x.target !== null)) continue;
        const parties = sentenceParties(a, c, acting, this.region, idle);
        const place = parties.length === 0 && leavingForce(a, c) ? leftPlace(a, c) : null;
        if (place) parties.push(place);
        if (parties.length) this.proposals.set(actKey(c.sentence, c.start, c.end), parties);
        else if (namedObject(a, c)) this.proposals.set(actKey(c.sentence, c.start, c.end), []);
      }
    }
    this.analysis = null;
    this.events = [];
  }

  /** Fills the targets still missing, in document order; linear in the number of events. */
  complete<T extends CodedEvent>(events: readonly T[]): T[] {
    this.flush();
    const all = new Counterparts();
    const friendly = new Counterparts();
    return events.map((e0) => {
      // Only what a sentence says is remembered: an inferred target does not feed later inferences.
      const e = e0.target === null ? this.own(e0) : e0;
      if (e.target !== null && !e.speculative && other(e.actor, e.target)) {
        all.note(e.actor, e.target, e.sentence);
        if (!HOSTILE.has(e.type)) friendly.note(e.actor, e.target, e.sentence);
      }
      return e.target === null && !e.speculative ? this.fill(e, all, friendly) : e;
    });
  }

  /** The event with the party its own sentence names as target, if any. */
  private own<T extends CodedEvent>(e: T): T {
    const p = this.proposals.get(actKey(e.sentence, e.start, e.end))?.find((x) => other(e.actor, x));
    return p ? { ...e, target: p } : e;
  }

  private fill<T extends CodedEvent>(e: T, all: Counterparts, friendly: Counterparts): T {
    // The act names what it is aimed at, and that is no party: nothing to infer.
    if (this.proposals.get(actKey(e.sentence, e.start, e.end))?.length === 0) return e;
    // A crowd that names no one else protests against its own state's government (GUIDELINES: protesters; dev gold).
    if (e.type === "PROTEST" && e.actor.endsWith(".PUBLIC")) return lowered(e, root(e.actor), DISCOURSE_DROP);
    if (NOT_INFERRED.has(e.type) || e.actor === "UNK") return e;
    const ties = FRIENDLY.has(e.type) ? friendly : all;
    const recent = ties.recent(e.actor, e.sentence, DISCOURSE_REACH);
    if (recent) return lowered(e, recent, DISCOURSE_DROP);
    const main = ties.main(e.actor, e.sentence);
    return main ? lowered(e, main, DOCUMENT_DROP) : e;
  }
}

function lowered<T extends CodedEvent>(e: T, target: string, drop: number): T {
  return { ...e, target, confidence: Math.round(Math.max(0.05, e.confidence - drop) * 100) / 100 };
}
