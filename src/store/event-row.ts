/** @module Maps events and quantities to SQLite rows and back, validating what comes out with the domain schema. */
import { Event } from "../domain/event.js";
import type { Quantity } from "../domain/quantity.js";
import { firstDay, lastDay } from "./day-range.js";

export interface EventRow {
  id: string;
  type: string;
  mode: string | null;
  context: string;
  actor: string;
  target: string | null;
  date: string | null;
  date_end: string | null;
  day_from: string | null;
  day_to: string | null;
  precision: string | null;
  dimension: string;
  modality: string;
  intensity: number | null;
  quad_class: number;
  cameo: string | null;
  quantity: string | null;
  trigger: string | null;
  document: string | null;
  span_start: number | null;
  span_end: number | null;
  sentence: string | null;
  footnotes: string;
  url: string | null;
  origin: string;
  source_id: string | null;
  confidence: number;
  source_count: number;
}

export const EVENT_COLUMNS = [
  "id", "type", "mode", "context", "actor", "target", "date", "date_end", "day_from", "day_to", "precision",
  "dimension", "modality", "intensity", "quad_class", "cameo", "quantity", "trigger", "document", "span_start",
  "span_end", "sentence", "footnotes", "url", "origin", "source_id", "confidence", "source_count",
] as const;

export function eventToRow(e: Event): EventRow {
  return {
    id: e.id,
    type: e.type,
    mode: e.mode,
    context: JSON.stringify(e.context),
    actor: e.actor,
    target: e.target,
    date: e.date,
    date_end: e.dateEnd,
    day_from: e.date ? firstDay(e.date) : null,
    day_to: e.dateEnd ? lastDay(e.dateEnd) : e.date ? lastDay(e.date) : null,
    precision: e.precision,
    dimension: e.dimension,
    modality: e.modality,
    intensity: e.intensity,
    quad_class: e.quadClass,
    cameo: e.cameo,
    quantity: e.quantity,
    trigger: e.trigger,
    document: e.provenance.document,
    span_start: e.provenance.span?.[0] ?? null,
    span_end: e.provenance.span?.[1] ?? null,
    sentence: e.provenance.sentence,
    footnotes: JSON.stringify(e.provenance.footnotes),
    url: e.provenance.url,
    origin: e.origin,
    source_id: e.sourceId,
    confidence: e.confidence,
    source_count: e.sourceCount,
  };
}

export function rowToEvent(r: EventRow): Event {
  return Event.parse({
    id: r.id,
    type: r.type,
    mode: r.mode,
    context: JSON.parse(r.context),
    actor: r.actor,
    target: r.target,
    date: r.date,
    dateEnd: r.date_end,
    precision: r.precision,
    dimension: r.dimension,
    modality: r.modality,
    intensity: r.intensity,
    quadClass: r.quad_class,
    cameo: r.cameo,
    quantity: r.quantity,
    trigger: r.trigger,
    provenance: {
      document: r.document,
      span: r.span_start === null || r.span_end === null ? null : [r.span_start, r.span_end],
      sentence: r.sentence,
      footnotes: JSON.parse(r.footnotes),
      url: r.url,
    },
    origin: r.origin,
    sourceId: r.source_id,
    confidence: r.confidence,
    sourceCount: r.source_count,
  });
}

export function quantityToRow(q: Quantity): Record<string, unknown> {
  return {
    subject: q.subject,
    measure: q.measure,
    value: q.value,
    unit: q.unit,
    date: q.date,
    text: q.text,
    document: q.provenance?.document ?? null,
    span_start: q.provenance?.span?.[0] ?? null,
    span_end: q.provenance?.span?.[1] ?? null,
    sentence: q.provenance?.sentence ?? null,
    footnotes: JSON.stringify(q.provenance?.footnotes ?? []),
  };
}
