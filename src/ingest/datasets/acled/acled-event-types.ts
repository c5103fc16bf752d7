/**
 * @module ACLED event and sub-event types → PLOVER type, mode and context, as data.
 * Battles and explosions are ASSAULT; protests PROTEST; riots PROTEST in riot mode; strategic
 * developments by sub-type. "Other" strategic developments carry no codable action and are skipped
 * with a counted reason rather than forced into a type.
 */
import type { PloverType } from "../../../domain/plover.js";

export interface AcledCoding {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: readonly string[];
}

const c = (type: PloverType, mode: string | null = null, ...context: string[]): AcledCoding =>
  Object.freeze({ type, mode, context: Object.freeze(context) });

/** Keyed by sub-event type, lower-cased (ACLED's spelling of case has varied between exports). */
export const ACLED_SUB_EVENTS: Readonly<Record<string, AcledCoding | null>> = {
  "armed clash": c("ASSAULT", "firearms", "military"),
  "government regains territory": c("ASSAULT", null, "military", "territory"),
  "non-state actor overtakes territory": c("ASSAULT", null, "military", "territory"),
  "chemical weapon": c("ASSAULT", "unconventional", "cbrn"),
  "air/drone strike": c("ASSAULT", "aerial", "military"),
  "suicide bomb": c("ASSAULT", "suicide-attack", "terrorism"),
  "shelling/artillery/missile attack": c("ASSAULT", "heavy-weapons", "military"),
  "remote explosive/landmine/ied": c("ASSAULT", "explosives"),
  grenade: c("ASSAULT", "explosives"),
  "sexual violence": c("ASSAULT", "sexual", "human_rights"),
  attack: c("ASSAULT", null, "human_security"),
  "abduction/forced disappearance": c("ASSAULT", "abduct", "human_rights"),
  "peaceful protest": c("PROTEST", "demo"),
  "protest with intervention": c("PROTEST", "demo"),
  "excessive force against protesters": c("ASSAULT", "crowd-control", "repression"),
  "violent demonstration": c("PROTEST", "riot"),
  "mob violence": c("PROTEST", "riot"),
  agreement: c("AGREE"),
  arrests: c("COERCE", "arrest", "legal"),
  "change to group/activity": c("MOBILIZE", "militia"),
  "disrupted weapons use": c("COERCE", "seize", "military"),
  "headquarters or base established": c("MOBILIZE", "troops", "military"),
  "looting/property destruction": c("COERCE", "seize", "human_security"),
  "non-violent transfer of territory": c("RETREAT", "withdraw", "territory"),
  other: null,
};

/** Fallback by event type when a sub-event type is missing or new. */
export const ACLED_EVENT_TYPES: Readonly<Record<string, AcledCoding>> = {
  battles: c("ASSAULT", null, "military"),
  "explosions/remote violence": c("ASSAULT", "explosives"),
  "violence against civilians": c("ASSAULT", null, "human_security"),
  protests: c("PROTEST", "demo"),
  riots: c("PROTEST", "riot"),
};

/**
 * ACLED's actor-type codes (inter1/inter2: classic numbers or the newer labels) → the Basira role
 * appended to the actor's country; "" is the state itself.
 */
export const ACLED_INTER_ROLES: Readonly<Record<string, string>> = {
  "1": "MIL", "state forces": "MIL",
  "2": "REB", "rebel group": "REB",
  "3": "REB", "political militia": "REB",
  "4": "REB", "identity militia": "REB",
  "5": "CVL", rioters: "CVL",
  "6": "CVL", protesters: "CVL",
  "7": "CVL", civilians: "CVL",
};
