/** @module Trigger entries for the conflictual acts (ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) as wire English words them. */
import type { TriggerEntry } from "./triggers.js";

export const CONFLICT_TRIGGERS: readonly TriggerEntry[] = [];
