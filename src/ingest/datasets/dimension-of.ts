/** @module The dimension of an imported event, from its PLOVER type, mode, context and actors (guideline rules). */
import type { Dimension } from "../../domain/dimension.js";
import type { PloverType } from "../../domain/plover.js";

const MILITARY_CONTEXTS = new Set(["military", "peacekeeping", "cbrn", "terrorism", "intelligence"]);
const ECONOMIC_CONTEXTS = new Set(["economic", "natural_resource", "reparations"]);
/** Use of force and force posture are military whatever the context says. */
const MILITARY_TYPES = new Set<PloverType>(["ASSAULT", "MOBILIZE"]);
/** Talks, cooperation, aid, threats and arrests involving armed forces are security matters: military. */
const SECURITY_TYPES = new Set<PloverType>(["CONSULT", "AGREE", "COOPERATE", "AID", "RETREAT", "THREATEN", "SUPPORT", "COERCE"]);

const isForce = (code: string | null): boolean => code !== null && /\.(MILITARY|MILITIAS)$|^(PMF|ISIS|IRN\.IRGC)$/.test(code);

/**
 * Guidelines: military = force, troops, security cooperation; economic = sanctions, trade, energy;
 * everything else political.
 * @example dimensionOf("SANCTION", "restrict", ["economic"], "USA", "IRN") // "economic"
 */
export function dimensionOf(
  type: PloverType,
  mode: string | null,
  context: readonly string[],
  actor: string,
  target: string | null,
): Dimension {
  if (MILITARY_TYPES.has(type)) return "military";
  if (context.some((c) => ECONOMIC_CONTEXTS.has(c))) return "economic";
  if (context.some((c) => MILITARY_CONTEXTS.has(c))) return "military";
  if (mode === "troops" || mode === "weapons" || mode === "militia" || mode === "disarm" || mode === "ceasefire") return "military";
  if (SECURITY_TYPES.has(type) && (isForce(actor) || isForce(target))) return "military";
  return "political";
}
