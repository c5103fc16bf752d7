/** @module Trigger entries for constructions rare in Iraq–US text (missile defence, consequence threats), appended to the lexicon. */
import type { TriggerEntry } from "./triggers.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


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

/**
 * Hostilities promised to go on (PLOVER THREATEN, violence): "vowed to keep up their operations against X", "attacks
 * on ships would go on". Only with a hostile act named: "pledged to continue cooperation" is a promise (AGREE).
 */
const CONTINUED_HOSTILITIES: readonly TriggerEntry[] = [
  // (Two alternatives: inside one element "keep/v up|continue/v" would read as "keep" followed by "up" or "continue".)
  v("vow/v|pledge/v|promise/v|threaten/v to keep/v up * attack/n|operation/n|strike/n|raid/n|resistance|fight/n|campaign/n|offensive/n || vow/v|pledge/v|promise/v|threaten/v to continue/v|resume/v|intensify/v|escalate/v * attack/n|operation/n|strike/n|raid/n|resistance|fight/n|campaign/n|offensive/n", "THREATEN", "violence"),
  { p: "attack/n|strike/n|raid/n ** would|will continue/v|resume/v || attack/n|strike/n|raid/n ** would|will go/v on", type: "THREATEN", mode: "violence", pos: "n" },
];

/**
 * "… destroyed 80 drones, and British and French jets also took part": a party that takes part with no act named
 * joins the act just told; code-sentence gives it that act's type and target (see elided-acts.ts). With "in <act>"
 * the act noun carries the event and this entry codes nothing.
 */
export const ELIDED = "elided";
// Weak: it must not end the clause of an act noun after it ("Iraq took part in the talks").
const TAKING_PART: readonly TriggerEntry[] = [v("take/v part || participate/v", "ASSAULT", ELIDED, { weak: true })];


/**
 * PLOVER modes with no words in the lexicon yet, frequent outside Iraq–US text: weapons tests are a show of force
 * short of violence (MOBILIZE, weapons); cyber operations are coercion (COERCE, cyber); declaring a diplomat persona
 * non grata or expelling one is a sanction (SANCTION, expel, CAMEO 1663).
 */
const PLOVER_MODES: readonly TriggerEntry[] = [
  v("test/v - fire/v|fired || test/v * missile/n|rocket/n|warhead/n|weapon/n|weapons|drone/n", "MOBILIZE", "weapons"),
  n("missile/n|rocket/n|weapon/n|weapons|nuclear test/n", "MOBILIZE", "weapons"),
  n("cyberattack/n|cyberattacks|cyber-attack/n || cyber - attack/n|operation/n || cyber attack/n|operation/n", "COERCE", "cyber"),
  v("declare/v ** persona non grata", "SANCTION", "expel"),
  n("expulsion/n of * diplomat/n|ambassador/n|envoy/n|attaché/n|attache/n", "SANCTION", "expel", { of: "target" }),
];

export const DETECTION_TRIGGERS: readonly TriggerEntry[] = [...MISSILE_DEFENCE, ...RESOLVE_THREATS, ...CONTINUED_HOSTILITIES, ...TAKING_PART, ...PLOVER_MODES];
