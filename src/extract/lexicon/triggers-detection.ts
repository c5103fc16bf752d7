/** @module Trigger entries for constructions rare in Iraq–US text (missile defence, consequence threats), appended to the lexicon. */
import type { TriggerEntry } from "./triggers.js";

const v = (p: string, type: TriggerEntry["type"], mode?: string, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({ p, type, pos: "v", ...(mode ? { mode } : {}), ...extra });

// What air defences engage: only these objects make "destroyed", "downed" or "intercepted" an interception.
const PROJECTILES = "drone/n|missile/n|rocket/n|projectile/n|uav/n|uavs|warhead/n";

/**
 * Missile defence. Shooting down, intercepting or destroying an adversary's incoming weapons is a defensive use of
 * force, coded ASSAULT against the side that launched them (PLOVER ASSAULT, aerial; the convention of the shot-down
 * drone in the development sets). Only with a projectile as object: "destroyed the documents", "intercepted a
 * shipment of arms" (a seizure) and "played the incident down" are not interceptions.
 */
const MISSILE_DEFENCE: readonly TriggerEntry[] = [
  v(`intercept/v|destroy/v|downed|downing|neutralise/v|neutralize/v ** ${PROJECTILES}`, "ASSAULT", "aerial"),
  v(`bring/v|brought down ** ${PROJECTILES}`, "ASSAULT", "aerial"),
];

/**
 * Threats phrased as resolve (CAMEO 138, PLOVER THREATEN): "would not hesitate to order further action" states
 * readiness to use force against the other side. The pattern opens on the modal so that a reporting verb before it
 * reads the whole as a stated step, not a negated one, and the negation inside it is part of the idiom.
 */
const RESOLVE_THREATS: readonly TriggerEntry[] = [
  v("would|will|'ll|wo not|n't hesitate/v to", "THREATEN", "violence", { gov: "threaten" }),
];

export const DETECTION_TRIGGERS: readonly TriggerEntry[] = [...MISSILE_DEFENCE, ...RESOLVE_THREATS];
