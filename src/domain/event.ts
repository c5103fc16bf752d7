/** @module A coded event: who did what to whom, when, in which dimension, and on whose word. */
import { z } from "zod";
import { ActorCode } from "./actor.js";
import { Dimension } from "./dimension.js";
import { DatePrecision, PartialDate } from "./iso-date.js";
import { PloverType, QuadClass } from "./plover.js";
import { Provenance } from "./provenance.js";

export const Modality = z.enum(["asserted", "speculative"]);
export type Modality = z.infer<typeof Modality>;

/** `extracted` from a document, `imported:<dataset>` from an event dataset, or entered by hand. */
export const Origin = z.string().regex(/^(extracted|manual|imported:[a-z0-9_-]+)$/, "expected extracted, manual or imported:<dataset>");
export type Origin = z.infer<typeof Origin>;

export const EventId = z.string().regex(/^event:[0-9a-f]{16,64}$/, "expected event:<hash>");
export type EventId = z.infer<typeof EventId>;

/**
 * An event is coded per sentence (or per dataset row); one document may yield many.
 * Invariant: `provenance.sentence`, when set, equals the document text at `provenance.span`.
 */
export const Event = z.object({
  id: EventId,
  type: PloverType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  actor: ActorCode,
  target: ActorCode.nullable(),
  date: PartialDate.nullable(),
  dateEnd: PartialDate.nullable(),
  precision: DatePrecision.nullable(),
  dimension: Dimension,
  modality: Modality,
  /** Conflict–cooperation score: Goldstein for CAMEO-coded rows, PLOVER intensity otherwise. */
  intensity: z.number().min(-10).max(10).nullable(),
  quadClass: QuadClass,
  /** CAMEO code for dataset rows that carry one, e.g. "190". */
  cameo: z.string().nullable(),
  quantity: z.string().nullable(),
  trigger: z.string().nullable(),
  provenance: Provenance,
  origin: Origin,
  /** The dataset's own id for imported rows (unique per dataset), null otherwise. */
  sourceId: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** How many independent sources report the event (1 + corroborating imported rows). */
  sourceCount: z.number().int().positive(),
});
export type Event = z.infer<typeof Event>;
