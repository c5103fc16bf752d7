/** @module Trigger entries for the cooperative acts (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, REQUEST) as wire English words them. */
import type { TriggerEntry } from "./triggers.js";

export const COOPERATION_TRIGGERS: readonly TriggerEntry[] = [];
