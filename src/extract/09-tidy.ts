/** @module Stage 9: document-level tidy-up — one event per (type, actor, target) in a sentence, dates shared across mentions. */
import { actorRoot as root } from "../domain/actor.js";

export interface Coded {
  readonly sentence: number;
  readonly type: string;
  readonly mode: string | null;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly dateEnd: string | null;
  readonly quantity: string | null;
  readonly speculative: boolean;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly dimension: string;
  readonly reciprocal: boolean;
  /** The trigger's head word, to tell mentions of one event from other events of the same kind. */
  readonly head: string;
  /** "The strike killed …": the act's subject is a definite mention of an act told just before. */
  readonly backSubject?: boolean;
  /** "the attack" with nothing of its own (no actor, date or figure): a plain mention of an act told before. */
  readonly definite?: boolean;
  /** An accusation about an act of this type told elsewhere: its target is that act's actor. */
  readonly about?: string;
  /** Coded from a noun ("the assassination"), not a verb. */
  readonly nominal?: boolean;
  /** A verb whose doer the sentence does not name at all (an agentless passive): UNK by default, not "unknown gunmen". */
  readonly unattributed?: boolean;
}

/** Keeps the better of two mentions of one event: more specific codes, then more details, then the earlier. */
function merge<T extends Coded>(a: T, b: T): T {
  const score = (x: Coded): number =>
    (x.actor === "UNK" ? 0 : 4) + (x.target ? 2 : 0) + (x.date ? 1 : 0) + (x.quantity ? 1 : 0) + x.confidence;
  const [keep, other] = score(b) > score(a) ? [b, a] : [a, b];
  // "was killed in a US strike": one mention names the victim, the other the attacker.
  const actor = keep.actor === "UNK" ? other.actor : keep.actor;
  const target = keep.target ?? other.target;
  return {
    ...keep,
    actor,
    target,
    mode: keep.mode ?? other.mode,
    date: keep.date ?? other.date,
    dateEnd: keep.date ? keep.dateEnd : other.dateEnd,
    quantity: keep.quantity ?? other.quantity,
  };
}

/** Same sentence, same type, same words or close by: a vaguer mention (unknown actor, no target) folds into a fuller one. */
function sameEvent(a: Coded, b: Coded): boolean {
  if (a.sentence !== b.sentence || a.type !== b.type || a.speculative !== b.speculative) return false;
  // Two acts of one type that differ in substance stay apart ("withdrew from the deal and reimposed sanctions").
  if ((a.mode && b.mode && a.mode !== b.mode) || a.dimension !== b.dimension) return false;
  const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
  const vague = a.actor === "UNK" || b.actor === "UNK" || a.target === null || b.target === null;
  if (a.head !== b.head && gap >= 0) {
    // "condemned the raid and protested that …", "froze assets and banned exports": two verbs that each name both
    // parties are two acts; a vaguer mention (no target, unknown doer, or a noun: "was killed in a US strike") folds.
    if (!a.nominal && !b.nominal && !vague) return false;
    if (gap > (vague ? 8 : 3)) return false;
  }
  const sameActor = a.actor === b.actor || a.actor === "UNK" || b.actor === "UNK";
  const sameTarget = a.target === b.target || a.target === null || b.target === null;
  return sameActor && sameTarget;
}

/**
 * Removes repeats inside a sentence and lets undated mentions take the one date their event has elsewhere.
 * @example tidy([{…USA ASSAULT IRN, sentence 3}, {…UNK ASSAULT IRN, sentence 3}]) // one event, actor USA
 */
export function tidy<T extends Coded>(all: readonly T[], published: string | null = null): T[] {
  // Pure anaphora is not recorded (GUIDELINES: Mentions). Linear passes only: documents may hold 10^5 events.
  // "the strikes were a direct answer to …": a definite act noun that adds nothing to an act of the same parties
  // told in an earlier sentence is that act again.
  const told = new Set<string>();
  const events: T[] = [];
  let sentence = -1;
  let pending: string[] = [];
  const key = (type: string, actor: string, target: string | null): string => `${type}|${root(actor)}|${target === null ? "-" : root(target)}`;
  for (const e of all) {
    if (e.sentence !== sentence) {
      for (const t of pending) told.add(t);
      pending = [];
      sentence = e.sentence;
    }
    const full = key(e.type, e.actor, e.target);
    if (!e.speculative) pending.push(e.type, full, key(e.type, e.actor, null));
    if (e.definite && !e.date && !e.quantity && (e.actor === "UNK" ? told.has(e.type) : told.has(full))) continue;
    // "a few drones had been shot down", "a man was killed by falling debris": a verb with neither doer nor victim
    // named codes no dyad; the attack it belongs to is told where its parties are.
    if (e.unattributed && e.actor === "UNK" && e.target === null && !e.quantity) continue;
    events.push(e);
  }
  const out: T[] = [];
  const bySentence = new Map<number, number[]>();
  for (const e of resolveUnknown(resolveBackSubjects(resolveAccused(events)))) {
    // A vague mention may fold into several fuller ones; fold into the first and drop it.
    const same = bySentence.get(e.sentence) ?? [];
    const i = same.find((k) => sameEvent(out[k]!, e) && (out[k]!.actor === e.actor || out[k]!.target === e.target || out[k]!.actor === "UNK" || e.actor === "UNK"));
    if (i !== undefined) out[i] = merge(out[i]!, e);
    else {
      same.push(out.length);
      bySentence.set(e.sentence, same);
      out.push(e);
    }
  }
  return dateReactions(shareDates(out), published);
}

/** "… following this airstrike, in which Baghdad considered a violation of its sovereignty": aimed at the striker. */
function resolveAccused<T extends Coded>(events: readonly T[]): T[] {
  return events.map((e, i) => {
    if (!e.about || e.target) return e;
    for (let j = i - 1; j >= 0; j--) {
      const p = events[j]!;
      if (e.sentence - p.sentence > 5) break;
      // Roots, not codes: an Iraqi complaint about strikes is not aimed at Iraq's own forces.
      if (p.type === e.about && p.actor !== "UNK" && root(p.actor) !== root(e.actor) && !p.speculative) return { ...e, target: p.actor };
    }
    return e;
  });
}

/**
 * "A US drone struck two vehicles on 3 May. The strike killed Soleimani": the strike is the act just told, so it
 * has that act's actor and date (GUIDELINES: all mentions of one event carry the same date).
 */
function resolveBackSubjects<T extends Coded>(events: readonly T[]): T[] {
  return events.map((e, i) => {
    if (!e.backSubject || (e.actor !== "UNK" && e.date)) return e;
    for (let j = i - 1; j >= 0; j--) {
      const p = events[j]!;
      if (e.sentence - p.sentence > 2) break;
      if (p.type !== e.type || p.speculative || p.sentence === e.sentence) continue;
      if (e.actor === "UNK" && p.actor !== "UNK") return { ...e, actor: p.actor, date: e.date ?? p.date, dateEnd: e.date ? e.dateEnd : p.dateEnd };
      if (e.actor !== "UNK" && root(p.actor) === root(e.actor) && p.date) return { ...e, date: p.date, dateEnd: p.dateEnd };
    }
    return e;
  });
}

const REACTIONS = new Set(["ACCUSE", "REJECT"]);

/**
 * "Baghdad condemned the strike", told without a date after a strike dated 15 January in a text published on 17
 * January: the condemnation fell between the two, so in January (GUIDELINES: Dates, consequence rule — the bounds
 * still fix a unit). Bounds wider than a month fix only the year; across years, nothing.
 */
function dateReactions<T extends Coded>(events: readonly T[], published: string | null): T[] {
  if (!published || published.length < 7) return [...events];
  return events.map((e, i) => {
    if (e.date || e.speculative || !REACTIONS.has(e.type) || !e.target) return e;
    for (let j = i - 1; j >= 0; j--) {
      const p = events[j]!;
      if (e.sentence - p.sentence > 6) break;
      if (p.sentence === e.sentence || p.speculative || !p.date || p.dateEnd || root(p.actor) !== root(e.target)) continue;
      if (p.date.length >= 7 && p.date.slice(0, 7) === published.slice(0, 7)) return { ...e, date: p.date.slice(0, 7), dateEnd: null };
      if (p.date.slice(0, 4) === published.slice(0, 4)) return { ...e, date: p.date.slice(0, 4), dateEnd: null };
      return e;
    }
    return e;
  });
}

/** An attack by an unnamed actor on a target whose attacker the document names once elsewhere is that attack. */
function resolveUnknown<T extends Coded>(events: T[]): T[] {
  const known = new Map<string, Set<string>>();
  const key = (e: Coded): string => `${e.type}|${e.target}`;
  for (const e of events) {
    if (e.actor === "UNK" || !e.target || e.speculative) continue;
    const s = known.get(key(e)) ?? new Set<string>();
    s.add(e.actor);
    known.set(key(e), s);
  }
  return events.map((e) => {
    const s = e.actor === "UNK" && e.target ? known.get(key(e)) : undefined;
    return s && s.size === 1 ? { ...e, actor: [...s][0]! } : e;
  });
}

/**
 * An undated mention takes the one date its event has elsewhere in the document — when it is a mention: a noun
 * ("US sanctions on Iran"), the same words as the dated one, or part of the introduction (GUIDELINES: Mentions).
 * A narrated act without a date ("Iraq recalled its ambassador") stays undated.
 */
function shareDates<T extends Coded>(events: T[]): T[] {
  const dates = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  // Dimension keeps apart acts of one type and dyad that differ in substance (a waiver and a troop cut).
  const key = (e: Coded): string => `${e.type}|${e.actor}|${e.target}|${e.dimension}`;
  // Each event's key is built once per pass (it was built four times per dated event).
  for (const e of events) {
    if (e.speculative || !e.date || e.actor === "UNK") continue;
    const k = key(e);
    const s = dates.get(k);
    if (s) s.add(e.date);
    else dates.set(k, new Set([e.date]));
    const h = heads.get(k);
    if (h) h.add(e.head);
    else heads.set(k, new Set([e.head]));
  }
  const intro = (events[0]?.sentence ?? 0) + 2;
  return events.map((e) => {
    if (e.speculative || e.date) return e;
    const k = key(e);
    const s = dates.get(k);
    if (s === undefined || s.size !== 1) return e;
    const mention = e.nominal || e.sentence <= intro || heads.get(k)?.has(e.head);
    return mention ? { ...e, date: s.values().next().value! } : e;
  });
}
