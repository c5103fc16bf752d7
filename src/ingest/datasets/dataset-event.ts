/** @module A dataset row's event: what the mappers read from their row, with the columns every dataset row shares filled in. */
import type { Event } from "../../domain/event.js";
import type { PloverType, QuadClass } from "../../domain/plover.js";
import { datasetEventId } from "./dataset-event-id.js";
import { dimensionOf } from "./dimension-of.js";

/** The fields a dataset mapper decides; everything else of an imported event is the same for every row. */
export interface DatasetRowEvent {
  readonly origin: string;
  readonly sourceId: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly actor: string;
  readonly target: string | null;
  readonly date: string;
  readonly precision: "day" | "month";
  readonly intensity: number | null;
  readonly quadClass: QuadClass;
  readonly cameo: string | null;
  readonly quantity: string | null;
  /** The row's readable account of the event (ACLED notes, POLECAT text), if it has one. */
  readonly sentence: string | null;
  readonly url: string | null;
  readonly confidence: number;
}

const NO_FOOTNOTES: readonly string[] = Object.freeze([]);

/**
 * The event of a dataset row: id derived from the dataset and its row id (re-imports hit the same id),
 * dimension from type, mode, context and actors, asserted, no document, one source.
 */
export function datasetEvent(r: DatasetRowEvent): Event {
  return {
    id: datasetEventId(r.origin, r.sourceId),
    type: r.type,
    mode: r.mode,
    context: r.context as string[],
    actor: r.actor,
    target: r.target,
    date: r.date,
    dateEnd: null,
    precision: r.precision,
    dimension: dimensionOf(r.type, r.mode, r.context, r.actor, r.target),
    modality: "asserted",
    intensity: r.intensity,
    quadClass: r.quadClass,
    cameo: r.cameo,
    quantity: r.quantity,
    trigger: null,
    provenance: { document: null, span: null, sentence: r.sentence, footnotes: NO_FOOTNOTES as string[], url: r.url },
    origin: r.origin,
    sourceId: r.sourceId,
    confidence: r.confidence,
    sourceCount: 1,
  };
}
