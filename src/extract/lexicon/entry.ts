/** @module The two builders every trigger lexicon writes its entries with: a verb entry and a noun entry. */
import type { TriggerEntry } from "./triggers.js";

/** A verb entry: its subject is the actor. */
export const verbEntry = (p: string, type: TriggerEntry["type"], mode?: string, extra: Partial<TriggerEntry> = {}): TriggerEntry =>
  ({ p, type, pos: "v", ...(mode ? { mode } : {}), ...extra });

/** A noun entry: the actor comes from a possessive, a modifier, "by" or the clause subject. */
export const nounEntry = (p: string, type: TriggerEntry["type"], mode?: string, extra: Partial<TriggerEntry> = {}): TriggerEntry =>
  ({ p, type, pos: "n", ...(mode ? { mode } : {}), ...extra });
