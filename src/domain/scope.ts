/** @module Which coded events a corpus keeps: those with at least one side among its focus actors. */
import { z } from "zod";
import { actorRoot, ActorCode } from "./actor.js";
import { ACTORS } from "./actors.js";

/**
 * Focus actors, or "all". An event is in scope when its actor or target is one of them, belongs to
 * one of their countries (`PMF` is an Iraqi group), or is a unit of one of them (`IRQ.KRG`).
 */
export const EventScope = z.union([z.literal("all"), z.array(ActorCode).min(1)]);
export type EventScope = z.infer<typeof EventScope>;

/**
 * The coding guidelines' scope: at least one side is the USA, Iraq or Iran, an Iraq-based actor, or
 * the anti-ISIS Coalition (ISIS is listed because the guidelines count it when it acts in Iraq, which
 * is where this project's corpus meets it). Wars between other states stay out: an analyst of the
 * Iraq–US system does not want the Karabakh front in the dyad's trajectory.
 */
export const GUIDELINES_SCOPE: string[] = ["USA", "IRQ", "IRN", "COALITION", "ISIS"];

const REGISTRY = new Map(ACTORS.map((a) => [a.code, a]));

/** The codes an actor answers to for scope: itself, its root, its country, and its parents' (`KATAIB_HEZBOLLAH` → IRQ). */
function sides(code: string): string[] {
  const out = [code, actorRoot(code)];
  let actor = REGISTRY.get(code) ?? REGISTRY.get(actorRoot(code));
  for (let depth = 0; actor && depth < 4; depth++) {
    if (actor.country) out.push(actor.country);
    if (!actor.parent) break;
    out.push(actor.parent);
    actor = REGISTRY.get(actor.parent);
  }
  return out;
}

/**
 * True when the event involves a focus actor. An event whose two sides are both unknown (an unclaimed
 * act on no named target) is kept: nothing says it is out of scope.
 */
export function inScope(scope: EventScope, actor: string, target: string | null): boolean {
  if (scope === "all") return true;
  if (actor === "UNK" && (target === null || target === "UNK")) return true;
  const focus = new Set(scope);
  return [actor, target].some((code) => code !== null && sides(code).some((s) => focus.has(s)));
}

/** "USA,IRQ" or "all" → a scope; null when a code is malformed. */
export function parseScope(text: string): EventScope | null {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === "all") return "all";
  const parsed = EventScope.safeParse(trimmed.split(",").map((s) => s.trim()).filter(Boolean));
  return parsed.success ? parsed.data : null;
}
