/** @module Document-level context for arguments: acts referred back to ("the decision"), and the pair a document is about. */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";
import { pairSide } from "./party-side.js";
import { HOSTILE_TYPES as HOSTILE } from "../domain/plover.js";


// Nouns that name an act told before; typed ones only refer to acts of those types, the others to any act.
const TYPED_REFERENTS: Readonly<Record<string, readonly string[]>> = {
  strike: ["ASSAULT"], strikes: ["ASSAULT"], airstrike: ["ASSAULT"], airstrikes: ["ASSAULT"], raid: ["ASSAULT"], raids: ["ASSAULT"],
  attack: ["ASSAULT"], attacks: ["ASSAULT"], bombing: ["ASSAULT"], bombings: ["ASSAULT"], killing: ["ASSAULT"], assassination: ["ASSAULT"],
  waiver: ["CONCEDE", "SANCTION"], waivers: ["CONCEDE", "SANCTION"], exemption: ["CONCEDE", "SANCTION"], exemptions: ["CONCEDE", "SANCTION"],
  sanctions: ["SANCTION"], designation: ["SANCTION"], designations: ["SANCTION"],
  withdrawal: ["RETREAT", "CONCEDE"], drawdown: ["RETREAT", "CONCEDE"], pullout: ["RETREAT", "CONCEDE"],
  visit: ["CONSULT"], trip: ["CONSULT"], talks: ["CONSULT"],
  arrests: ["COERCE"], detentions: ["COERCE"], crackdown: ["COERCE", "ASSAULT"], seizure: ["COERCE"], seizures: ["COERCE"],
  incursion: ["ASSAULT"], invasion: ["ASSAULT"], shelling: ["ASSAULT"], bombardment: ["ASSAULT"],
};
const ANY_REFERENT = /^(?:decision|decisions|move|moves|step|steps|plan|plans|timetable|timeline|schedule|deadline|announcement|agreement|deal|accord|pact|proposal|offer|initiative|measure|measures|memorandum|directive|declaration|order|arrangement|roadmap|operation|operations|campaign|offensive|action|actions)$/;
const POINTERS = new Set(["the", "this", "that", "these", "those"]);
// Stances on a prior act are aimed at whoever is responsible for it; a waiver kept or ended continues the waiver before.
const STANCES = new Set(["SUPPORT", "ACCUSE", "REJECT"]);
const CONTINUED = new Set(["CONCEDE", "SANCTION"]);
const WAIVERS = /^(?:waivers?|exemptions?)$/;
// How far back a definite act noun may point: a few sentences, a few events.
const REACH_SENTENCES = 4;
const REACH_EVENTS = 10;

/** The referent noun of "welcomed the timetable", "would not renew the sanctions waiver": the head of a definite act noun phrase at the trigger's end. */
function referentNoun(a: SentenceAnalysis, c: CodedEvent): { noun: string; at: number; owner: string | null } | null {
  // "dismissed it as a delaying tactic", "welcomed it": the pronoun right after the stance verb is the act told before.
  if (a.tokens[c.start + 1]?.norm === "it" && STANCES.has(c.type)) return { noun: "it", at: c.start + 1, owner: null };
  for (let k = c.start; k <= Math.min(a.tokens.length - 2, c.end + 1); k++) {
    if (!POINTERS.has(a.tokens[k]!.norm)) continue;
    let head: { noun: string; at: number; owner: string | null } | null = null;
    let owner: string | null = null;
    for (let j = k + 1; j <= k + 3 && j < a.tokens.length; j++) {
      // "the Turkish action", "Washington's decision": a party named in the phrase is the one responsible.
      const i = a.mentionStart[j] ?? -1;
      if (i >= 0) {
        const m = a.mentions[i]!;
        if (!m.modifier && !m.possessive) return null;
        owner = m.code;
        j = m.end - 1 + (a.tokens[m.end]?.norm === "'s" ? 1 : 0);
        continue;
      }
      const w = a.tokens[j]!.norm;
      if (!a.tokens[j]!.word || /^(?:that|which|of|to|for|on|in|with|by|as|and|from|against)$/.test(w)) break;
      if (TYPED_REFERENTS[w] || ANY_REFERENT.test(w)) head = { noun: w, at: j, owner };
    }
    // "announced that it would not extend the waiver": a conjunction "that" is no pointer; look on.
    if (head) return head;
  }
  return null;
}

const ALLOWS = /^(?:allowed|allows|allow|let|lets|permitted|permits|enabled|enables|exempted|exempts|spared|spares)$/;

/** "the waiver that had allowed Iraq to …", "the exemption for Iraq": the party a waiver frees. */
function beneficiary(a: SentenceAnalysis, at: number, me: string): string | null {
  let k = at + 1;
  if (a.tokens[k]?.norm === "for") k++;
  else {
    if (!/^(?:that|which)$/.test(a.tokens[k]?.norm ?? "")) return null;
    k++;
    if (/^(?:had|has|have)$/.test(a.tokens[k]?.norm ?? "")) k++;
    if (!ALLOWS.test(a.tokens[k]?.norm ?? "")) return null;
    k++;
  }
  if (a.tokens[k]?.norm === "the") k++;
  const i = a.mentionStart[k] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.modifier && root(m.code) !== me ? m.code : null;
}

/**
 * "Iraqi officials welcomed the timetable", "the State Department said it would not renew the waiver": a reaction
 * with no target whose object is a definite act noun refers back to that act, told in the last few sentences; the
 * target is the other party of that act — its actor when another side did it, its target when the reacting side
 * did (GUIDELINES: actors and targets from context). Praise of one's own side's blow names no target.
 */
export function referentTarget(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if (c.target !== null || c.speculative || c.actor === "UNK" || !(STANCES.has(c.type) || CONTINUED.has(c.type))) return c;
  const ref = referentNoun(a, c);
  if (!ref || (!STANCES.has(c.type) && !WAIVERS.test(ref.noun))) return c;
  const noun = ref.noun;
  const me = root(c.actor);
  if (ref.owner) return STANCES.has(c.type) && root(ref.owner) !== me ? { ...c, target: ref.owner } : c;
  const helped = WAIVERS.test(noun) ? beneficiary(a, ref.at, me) : null;
  if (helped) return { ...c, target: helped };
  // "X welcomed the plan, while Y dismissed it": "it" is the object of the stance just before, aimed at the same party.
  const last = before.at(-1)?.c;
  if (noun === "it" && last && last.sentence === c.sentence && STANCES.has(last.type) && last.target && root(last.target) !== me) return { ...c, target: last.target };
  const types = TYPED_REFERENTS[noun];
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH_EVENTS); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > REACH_SENTENCES) break;
    if (p.speculative || p.sentence === c.sentence && p.start >= c.start) continue;
    // A reaction is not the act reacted to.
    if (types ? !types.includes(p.type) : STANCES.has(p.type)) continue;
    // One act coded as several records (a joint announcement): its first-named party leads it.
    const first = before.slice(Math.max(0, k - 6), k + 1).find((x) => x.c.sentence === p.sentence && x.c.start === p.start && x.c.type === p.type && x.c.actor !== "UNK" && root(x.c.actor) !== me)?.c;
    if (first) return { ...c, target: first.actor };
    if (p.actor !== "UNK" && root(p.actor) !== me) return { ...c, target: p.actor };
    if (p.actor === "UNK" || !p.target || p.target === "UNK" || root(p.target) === me) continue;
    if (HOSTILE.has(p.type) && !HOSTILE.has(c.type)) return c;
    return { ...c, target: p.target };
  }
  return c;
}

/**
 * The parties a document is about: how often each is named, and the pairs of parties its acts have joined. A
 * later "the two countries" is the recent pair whose members the document names most (the last one on a tie):
 * a side remark about a third state does not displace the main dyad.
 */
export class Parties {
  private readonly named = new Map<string, number>();
  private readonly pairs: [string, string][] = [];

  noteMentions(codes: readonly string[]): void {
    for (const c of codes) if (c) this.named.set(pairSide(c), (this.named.get(pairSide(c)) ?? 0) + 1);
  }

  notePair(actor: string, target: string): void {
    const pair: [string, string] = [pairSide(actor), pairSide(target)];
    if (pair[0] === pair[1]) return;
    const top = this.pairs.at(-1);
    // The same dyad again (the common case) changes nothing.
    if (top && top[0] === pair[0] && top[1] === pair[1]) return;
    const same = this.pairs.findIndex(([x, y]) => (x === pair[0] && y === pair[1]) || (x === pair[1] && y === pair[0]));
    if (same >= 0) this.pairs.splice(same, 1);
    this.pairs.push(pair);
    if (this.pairs.length > PAIR_MEMORY) this.pairs.shift();
  }

  /** The state the document names most, other than `not`: where a force with no stated place is withdrawn from. */
  host(not: string): string | null {
    let best: string | null = null;
    let score = 0;
    for (const [code, n] of this.named) if (n > score && code !== not && /^[A-Z]{3}$/.test(code)) [best, score] = [code, n];
    return best;
  }

  pair(): readonly [string, string] | null {
    let best: [string, string] | null = null;
    let score = -1;
    for (const p of this.pairs) {
      const s = (this.named.get(p[0]) ?? 0) + (this.named.get(p[1]) ?? 0);
      if (s >= score) [best, score] = [p, s];
    }
    return best;
  }
}

// Pairs remembered: enough for a few paragraphs, few enough that an old dyad does not come back.
const PAIR_MEMORY = 6;

const OWN_TIES = /^(?:its|their|his|her) (?:own )?(?:diplomatic )?(?:ties|relations|ambassadors?|envoys?|embassy|embassies|diplomats|mission)$/;
const TIES_TYPES = new Set(["SANCTION", "SUPPORT", "THREATEN"]);

/**
 * "The kingdom cut ties with Iran. Bahrain severed its ties too, and Kuwait recalled its ambassador": a state acting
 * on its own ties with no partner named follows the last act of that kind just told, and has its counterpart.
 */
export function tiesPartner(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if (c.target !== null || c.speculative || !TIES_TYPES.has(c.type)) return c;
  const words = (j: number, n: number): string => a.tokens.slice(j, j + n).map((x) => x.norm).join(" ");
  let k = -1;
  for (let j = c.start; j <= c.end + 1 && k < 0; j++) if ([2, 3, 4].some((n) => OWN_TIES.test(words(j, n)))) k = j;
  if (k < 0) return c;
  const me = root(c.actor);
  for (let j = before.length - 1; j >= Math.max(0, before.length - 4); j--) {
    const p = before[j]!.c;
    if (c.sentence - p.sentence > 1) break;
    if (p.type !== c.type || p.speculative || !p.target || p.target === "UNK") continue;
    if (root(p.target) !== me) return { ...c, target: p.target };
  }
  return c;
}

/** "Israel struck back", "the PKK retaliated": a counter-blow is aimed at whoever last struck the striker. */
export function blowAnswered(c: CodedEvent, before: readonly { c: CodedEvent }[]): string | null {
  const me = root(c.actor);
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH_EVENTS); k--) {
    const p = before[k]!.c;
    if (p.type === "ASSAULT" && !p.speculative && p.target && root(p.target) === me && p.actor !== "UNK" && root(p.actor) !== me) return p.actor;
  }
  return null;
}

const THEM_BEFORE = /\b(?:of )?them (?:have |has |had )?(?:all )?(?:been|were|was|are)$/;
const THEM_AFTER = /^(?:(?:some|several|many|most|all|dozens|hundreds|one|two|three|\d+) of )?them\b/;
const HARMS = new Set(["ASSAULT", "COERCE"]);

/**
 * "more than 400 of them have been killed by security forces", "Jordan shot down several of them": "them" is the
 * party of the act just told — its doer, or failing that its target — other than the one now acting.
 */
export function themReferent(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if (c.target !== null || c.speculative || !HARMS.has(c.type)) return c;
  let them = false;
  for (let k = Math.max(0, c.start - 7); k < Math.min(a.tokens.length, c.end + 4) && !them; k++) them = a.tokens[k]!.norm === "them";
  if (!them) return c;
  const lead = a.tokens.slice(Math.max(0, c.start - 7), c.start).map((t) => t.norm).join(" ");
  const tail = a.tokens.slice(c.end, c.end + 4).map((t) => t.norm).join(" ");
  if (!THEM_BEFORE.test(lead) && !THEM_AFTER.test(tail)) return c;
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > 1) break;
    if (p.speculative) continue;
    // A co-doer of the same act ("by security forces and armed groups") shares its victims, not its doers.
    const same = p.sentence === c.sentence && p.start === c.start;
    for (const x of same ? [p.target] : [p.actor, p.target]) if (x && x !== "UNK" && x !== c.actor) return { ...c, target: x };
  }
  return c;
}
