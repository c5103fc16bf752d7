/** @module Interceptions: shooting down what another side launched is an act against the launcher. */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

const INTERCEPT = /^(?:intercept(?:s|ed|ing|ion|ions|or|ors)?|downed|downing)$/;
const SHOOT = /^(?:shot|shoot|shoots|shooting)$/;
const DESTROY = /^(?:destroyed|destroy|destroys|destroying|neutralised|neutralized)$/;
const PROJECTILES = /^(?:drones?|missiles?|rockets?|projectiles?|objects?|munitions?|uavs?)$/;
const LAUNCH = /^(?:launched|fired|sent|flown|aimed)$/;
const TOOK_PART = /^(?:part|joined|join|joins|participated)$/;
const AUX = /^(?:had|have|has|just|earlier|already|been)$/;
// How far back the attack being parried may lie.
const REACH_SENTENCES = 3;

/** "shot down 18 drones", "intercepted the missiles", "fired interceptors at", "destroyed 80 drones": a defence against projectiles. */
export function isInterception(a: SentenceAnalysis, c: CodedEvent): boolean {
  if (c.type !== "ASSAULT") return false;
  const to = Math.min(a.tokens.length, c.end + 6);
  for (let k = c.start; k < to; k++) {
    const w = a.tokens[k]!.norm;
    if (INTERCEPT.test(w) || (SHOOT.test(w) && a.tokens[k + 1]?.norm === "down")) return true;
    if (DESTROY.test(w) && a.tokens.slice(k + 1, k + 6).some((t) => PROJECTILES.test(t.norm))) return true;
  }
  return false;
}

/** "drones that the Houthis had launched", "missiles launched by Iran": the launcher named in the object's own clause. */
function launcherNamed(a: SentenceAnalysis, c: CodedEvent): string | null {
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 20); k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";" || w === "." || w === ":") break;
    if (LAUNCH.test(w) && a.tokens[k + 1]?.norm === "by") {
      const i = a.mentionStart[k + 2] ?? -1;
      if (i >= 0) return a.mentions[i]!.code;
    }
    if (w !== "that" && w !== "which") continue;
    let j = k + 1;
    while (a.tokens[j]?.norm === "the") j++;
    const i = a.mentionStart[j] ?? -1;
    if (i < 0) return null;
    const m = a.mentions[i]!;
    let v = m.end;
    while (AUX.test(a.tokens[v]?.norm ?? "")) v++;
    return LAUNCH.test(a.tokens[v]?.norm ?? "") ? m.code : null;
  }
  return null;
}

/**
 * Remembers which coded acts are interceptions, so that a later "the attack" is not taken for one and an
 * interception finds the attack it parried (one instance per document).
 */
export class Interceptions {
  private readonly keys = new Set<string>();

  note(a: SentenceAnalysis, c: CodedEvent): void {
    if (isInterception(a, c)) this.keys.add(`${c.sentence}:${c.start}`);
  }

  has(c: CodedEvent): boolean {
    return this.keys.has(`${c.sentence}:${c.start}`);
  }

  /**
   * "US and British warships shot down drones that the Houthis had launched", "Jordan shot down objects that
   * crossed it": shooting down drones or missiles is an ASSAULT on the side that launched them (GUIDELINES:
   * actor/target from context), named in the object's clause or else the doer of the attack just told.
   */
  target(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
    if (c.target !== null || c.speculative) return c;
    if (!isInterception(a, c)) return this.tookPart(a, c, before);
    const named = launcherNamed(a, c);
    if (named && root(named) !== root(c.actor)) return { ...c, target: named };
    // The other defenders of the same act ("US and British warships") are no attackers.
    const defenders = new Set([root(c.actor)]);
    for (let k = before.length - 1; k >= 0 && before[k]!.c.sentence === c.sentence; k--) if (before[k]!.c.start === c.start) defenders.add(root(before[k]!.c.actor));
    // Best an attack told with its victim ("Iran launched drones at Israel"): others may be passing mentions.
    for (const victimKnown of [true, false]) {
      for (let k = before.length - 1; k >= 0; k--) {
        const p = before[k]!.c;
        if (c.sentence - p.sentence > REACH_SENTENCES) break;
        if (p.type !== "ASSAULT" || p.speculative || p.actor === "UNK" || defenders.has(root(p.actor)) || this.has(p)) continue;
        if (victimKnown && (p.target === null || p.target === "UNK")) continue;
        return { ...c, target: p.actor };
      }
    }
    return c;
  }

  /** "… destroyed 80 drones, and British and French jets also took part": joining an interception is one too. */
  private tookPart(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
    if (c.type !== "ASSAULT" || !a.tokens.slice(c.start, c.end + 1).some((t) => TOOK_PART.test(t.norm))) return c;
    for (let k = before.length - 1; k >= 0 && before[k]!.c.sentence === c.sentence; k--) {
      const p = before[k]!.c;
      if (!this.has(p) || p.target === null) continue;
      if (root(p.target) === root(c.actor)) return c;
      this.keys.add(`${c.sentence}:${c.start}`);
      return { ...c, target: p.target };
    }
    return c;
  }
}
