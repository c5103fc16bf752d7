/** @module Sides of a quarrel: a state, or one of the parties inside it that deal with their own state as with another. */
import { ACTORS } from "../domain/actors.js";
import { actorRoot as root } from "../domain/actor.js";

/** Regional governments (IRQ.KRG): "the region" of a document is the one it named last. */
export const REGIONS: ReadonlySet<string> = new Set(ACTORS.filter((x) => /\bRegion(?:al)?\b/.test(x.names.en)).map((x) => x.code));
// A state's region, public, parties or militias quarrel with their own state: Baghdad against Erbil is a real dyad.
const INNER_SIDE = /\.(?:PUBLIC|PARTIES|MILITIAS|IRAN_ALIGNED|CLERGY)$/;

/** Whether the code is a side of its own, apart from its state (a region, a state's public, parties or militias). */
export function ownSide(code: string): boolean {
  return REGIONS.has(code) || INNER_SIDE.test(code);
}

/** The side a code stands for in a dyad: its state's root, or itself when it is a side of its own. */
export function sideOf(code: string): string {
  return ownSide(code) ? code : root(code);
}

/** A side of "the two sides", "both governments": a state, or a region with a government of its own (Baghdad and Erbil), never a state's crowd or parties. */
export function pairSide(code: string): string {
  return REGIONS.has(code) ? code : root(code);
}
