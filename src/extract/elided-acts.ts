/** @module Participation: "X also took part" joins the act told before it; "X took part in the talks" makes X the talks' actor. */
import type { RawEvent } from "./06-arguments.js";
import { ELIDED } from "./lexicon/triggers-detection.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

/**
 * "American jets destroyed 80 drones, and British and French jets also took part": taking part with no act named
 * is taking part in the act just told, against the same side (GUIDELINES: one record per actor of an act); the event
 * takes that act's type, mode and target. "Iraq took part in the talks": the act noun after "in" is the event, and
 * whoever takes part is its actor. Returns null for an event that codes nothing (the participation itself when it
 * names its act, or when no earlier act of the sentence is known); other events pass unchanged.
 */
export function elidedAct(a: SentenceAnalysis, e: RawEvent, before: readonly RawEvent[]): RawEvent | null {
  const prev = before.at(-1);
  if (e.mode !== ELIDED) {
    const joined = prev?.mode === ELIDED && !e.actors.length && a.tokens[prev.end]?.norm === "in" && e.start > prev.end && e.start - prev.end <= 4;
    return joined ? { ...e, actors: prev.actors, actorFrom: "subject", targets: e.targets.filter((m) => !prev.actors.some((x) => x.code === m.code)) } : e;
  }
  if (a.tokens[e.end]?.norm === "in") return null;
  const act = [...before].reverse().find((x) => x.end <= e.start && x.mode !== ELIDED && x.type !== "");
  if (!act || !e.actors.length) return null;
  return { ...e, type: act.type, mode: act.mode, weak: false, targets: act.targets.filter((m) => !e.actors.some((x) => x.code === m.code)) };
}
