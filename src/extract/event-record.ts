/** @module The flat record `basira extract` prints for an event, with the field names of issue 3 and the guidelines. */
import type { Event } from "../domain/event.js";

export interface EventRecord {
  readonly sentence: string | null;
  readonly span: readonly [number, number] | null;
  readonly actor: string;
  readonly action: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly dimension: string;
  readonly modality: string;
  readonly mode: string | null;
  readonly date_end: string | null;
  readonly quantity: string | null;
  readonly trigger: string | null;
  readonly citation: string | null;
  readonly confidence: number;
}

/**
 * Flattens an event for printing.
 * @example toRecord(event).action // "ASSAULT"
 */
export function toRecord(e: Event): EventRecord {
  const notes = e.provenance.footnotes;
  return {
    sentence: e.provenance.sentence,
    span: e.provenance.span,
    actor: e.actor,
    action: e.type,
    target: e.target,
    date: e.date,
    dimension: e.dimension,
    modality: e.modality,
    mode: e.mode,
    date_end: e.dateEnd,
    quantity: e.quantity,
    trigger: e.trigger,
    citation: notes.length ? notes.map((n) => `[${n}]`).join("") : null,
    confidence: e.confidence,
  };
}
