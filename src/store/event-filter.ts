/** @module The filter every event listing takes (CLI flags, API query), as one schema. */
import { z } from "zod";
import { ActorCode } from "../domain/actor.js";
import { Dimension } from "../domain/dimension.js";
import { PartialDate } from "../domain/iso-date.js";
import { Modality, Origin } from "../domain/event.js";
import { PloverType } from "../domain/plover.js";

export const EventFilter = z.object({
  actor: ActorCode.optional(),
  target: ActorCode.optional(),
  /** Both directions between two actors; a code matches itself and its sub-codes (IRQ matches IRQ.PARLIAMENT). */
  dyad: z.tuple([ActorCode, ActorCode]).optional(),
  type: PloverType.optional(),
  dimension: Dimension.optional(),
  modality: Modality.optional(),
  origin: z.union([Origin, z.literal("imported")]).optional(),
  document: z.string().optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  limit: z.number().int().positive().max(10_000_000).optional(),
  offset: z.number().int().nonnegative().optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;
