/** @module The net cooperation–conflict score of one event: Goldstein for CAMEO rows, PLOVER intensity otherwise. */
import { cameoCode } from "../domain/cameo.js";
import type { Event } from "../domain/event.js";
import { PLOVER, type PloverType } from "../domain/plover.js";

/** How scores are chosen, spelled out in every output so a reader can check the arithmetic. */
export const SCORING =
  "event score = stored intensity when present (Goldstein −10..+10 for CAMEO-coded rows, PLOVER intensity otherwise); " +
  "if absent: Goldstein of the CAMEO code (falling back to its parent code) when `cameo` is set, else the PLOVER type's " +
  "documented intensity (ACCUSE −3). Net score = sum of event scores; mean = net / events.";

/**
 * The score of an event. Positive is cooperation, negative conflict, on the −10..+10 scale both
 * Goldstein and PLOVER use, so imported and extracted events add up on one axis.
 * @example eventScore({ intensity: null, cameo: "190", type: "ASSAULT" }) // → -10 (Goldstein of 190)
 */
export function eventScore(e: Pick<Event, "intensity" | "cameo" | "type">): number {
  if (e.intensity !== null) return e.intensity;
  const goldstein = e.cameo === null ? null : (cameoCode(e.cameo)?.goldstein ?? null);
  return goldstein ?? PLOVER[e.type as PloverType].intensity;
}
