/** @module Writes imported events and mentions in large batches: prepared statements, positional rows, no zod on the hot path. */
import type Database from "better-sqlite3";
import type { Event } from "../domain/event.js";
import { datasetEventId } from "../ingest/datasets/dataset-event-id.js";
import type { EventMention } from "../ingest/datasets/import-item.js";
import { D, T, type BatchReader } from "../ingest/datasets/row-batch-codec.js";
import type { ImportCounts } from "./import-counts.js";
import { CorroborationIndex } from "./import-corroboration.js";

/** Rows per multi-row INSERT: fewer statement runs; 20 columns × 64 rows stays far under SQLite's parameter limit. */
const ROWS_PER_INSERT = 64;

/**
 * The events columns in the order `putEvent` fills them. Spelled out rather than taken from
 * event-row.ts so a reordering there cannot shift values silently; a test checks both lists agree.
 */
export const IMPORT_COLUMNS = [
  "id", "type", "mode", "context", "actor", "target", "date", "date_end", "day_from", "day_to", "precision",
  "dimension", "modality", "intensity", "quad_class", "cameo", "quantity", "trigger", "document", "span_start",
  "span_end", "sentence", "footnotes", "url", "origin", "source_id", "confidence", "source_count",
] as const;
const WIDTH = IMPORT_COLUMNS.length;

/**
 * Dataset rows leave these columns at the same value; writing them as SQL literals instead of binding
 * them saves a quarter of the per-row binding work. Rows that differ take the full statement.
 */
const LEAN_CONSTANTS: Readonly<Record<string, string>> = {
  date_end: "NULL", trigger: "NULL", document: "NULL", span_start: "NULL", span_end: "NULL",
  footnotes: "'[]'", modality: "'asserted'", source_count: "1",
};
const LEAN_COLUMNS = IMPORT_COLUMNS.filter((c) => !(c in LEAN_CONSTANTS));
const LEAN_WIDTH = LEAN_COLUMNS.length;

const insertSql = (rows: number, lean: boolean): string => {
  const cols = lean ? [...LEAN_COLUMNS, ...Object.keys(LEAN_CONSTANTS)] : IMPORT_COLUMNS;
  const one = lean ? `(${LEAN_COLUMNS.map(() => "?").join(", ")}, ${Object.values(LEAN_CONSTANTS).join(", ")})` : `(${IMPORT_COLUMNS.map(() => "?").join(", ")})`;
  return `INSERT OR IGNORE INTO events (${cols.join(", ")}) VALUES ${Array.from({ length: rows }, () => one).join(", ")}`;
};

/** JSON of a context array, once per array: mappers share frozen arrays between rows of one code. */
const contextJson = new WeakMap<readonly string[], string>();
const jsonOf = (context: readonly string[]): string => {
  let s = contextJson.get(context);
  if (s === undefined) contextJson.set(context, (s = JSON.stringify(context)));
  return s;
};

/** Fills `out` from `at` with an event's columns in IMPORT_COLUMNS order. */
function putEvent(e: Event, out: unknown[], at: number): void {
  const p = e.provenance;
  const dayFrom = e.date === null ? null : e.precision === "day" ? e.date : firstOrLast(e.date, true);
  const dayTo = e.dateEnd !== null ? firstOrLast(e.dateEnd, false) : e.date === null ? null : e.precision === "day" ? e.date : firstOrLast(e.date, false);
  out[at] = e.id;
  out[at + 1] = e.type;
  out[at + 2] = e.mode;
  out[at + 3] = e.context.length === 0 ? "[]" : jsonOf(e.context);
  out[at + 4] = e.actor;
  out[at + 5] = e.target;
  out[at + 6] = e.date;
  out[at + 7] = e.dateEnd;
  out[at + 8] = dayFrom;
  out[at + 9] = dayTo;
  out[at + 10] = e.precision;
  out[at + 11] = e.dimension;
  out[at + 12] = e.modality;
  out[at + 13] = e.intensity;
  out[at + 14] = e.quadClass;
  out[at + 15] = e.cameo;
  out[at + 16] = e.quantity;
  out[at + 17] = e.trigger;
  out[at + 18] = p.document;
  out[at + 19] = p.span?.[0] ?? null;
  out[at + 20] = p.span?.[1] ?? null;
  out[at + 21] = p.sentence;
  out[at + 22] = p.footnotes.length === 0 ? "[]" : JSON.stringify(p.footnotes);
  out[at + 23] = p.url;
  out[at + 24] = e.origin;
  out[at + 25] = e.sourceId;
  out[at + 26] = e.confidence;
  out[at + 27] = e.sourceCount;
}

function firstOrLast(date: string, first: boolean): string {
  if (date.length === 10) return date;
  if (date.length === 4) return first ? `${date}-01-01` : `${date}-12-31`;
  if (first) return `${date}-01`;
  const [y, m] = date.split("-").map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

export class ImportWriter {
  private readonly db: Database.Database;
  private readonly origin: string;
  private readonly insertMany: Database.Statement;
  private readonly insertLean: Database.Statement;
  private readonly insertOne: Database.Statement;
  private readonly insertMention: Database.Statement;
  private readonly hasEvent: Database.Statement;
  private readonly corroboration: CorroborationIndex;
  private readonly params: unknown[] = new Array(ROWS_PER_INSERT * LEAN_WIDTH);
  private readonly leanOne: unknown[] = new Array(LEAN_WIDTH);
  private readonly fullOne: unknown[] = new Array(WIDTH);
  /** Rows already in `params`, waiting for the multi-row INSERT. */
  private pending = 0;

  constructor(db: Database.Database, origin: string) {
    this.db = db;
    this.origin = origin;
    this.insertMany = db.prepare(insertSql(ROWS_PER_INSERT, true));
    this.insertLean = db.prepare(insertSql(1, true));
    this.insertOne = db.prepare(insertSql(1, false));
    this.insertMention = db.prepare(
      `INSERT OR IGNORE INTO event_mentions (origin, event_source_id, url, sentence, event_time, mention_time, mention_type,
         source_name, actor1_offset, actor2_offset, action_offset, in_raw_text, confidence, doc_length, doc_tone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // By id, derived from (origin, source_id): the primary key answers it (migration 4 dropped the other index).
    this.hasEvent = db.prepare("SELECT 1 FROM events WHERE id = ?").pluck();
    this.corroboration = new CorroborationIndex(db, origin);
  }

  /** Adds one event given as an object (the caller holds the transaction): a corroboration candidate or a row with unusual columns. */
  addEvent(e: Event, counts: ImportCounts): void {
    if (this.corroboration.candidate(e)) {
      const result = this.corroboration.link(e, this.hasEvent);
      if (result === "corroborated") {
        counts.corroborated++;
        return;
      }
      if (result === "present") {
        counts.present++;
        return;
      }
    }
    // Lean rows arrive packed (addPacked); an Event object here is a rare row: one INSERT of all columns.
    putEvent(e, this.fullOne, 0);
    this.tally(this.insertOne.run(this.fullOne).changes, 1, counts);
  }

  /**
   * Adds packed row `j` of the reader's batch (the caller holds the transaction): its fields go from the
   * batch's arrays straight into the next multi-row INSERT, without an Event object.
   */
  addPacked(r: BatchReader, j: number, counts: ImportCounts): void {
    const actor = r.str(j, D.actor)!;
    const target = r.str(j, D.target);
    const type = r.str(j, D.type)!;
    const date = r.str(j, D.date);
    const precision = r.str(j, D.precision);
    if (this.corroboration.candidateOf(actor, target, type, date, precision)) {
      this.addEvent(r.event(j), counts);
      return;
    }
    const out = this.params;
    const at = this.pending * LEAN_WIDTH;
    const intensity = r.num(j, 0);
    out[at] = r.text(j, T.id);
    out[at + 1] = type;
    out[at + 2] = r.str(j, D.mode);
    out[at + 3] = r.str(j, D.context);
    out[at + 4] = actor;
    out[at + 5] = target;
    out[at + 6] = date;
    out[at + 7] = date === null ? null : precision === "day" ? date : firstOrLast(date, true);
    out[at + 8] = date === null ? null : precision === "day" ? date : firstOrLast(date, false);
    out[at + 9] = precision;
    out[at + 10] = r.str(j, D.dimension);
    out[at + 11] = Number.isNaN(intensity) ? null : intensity;
    out[at + 12] = r.num(j, 1);
    out[at + 13] = r.str(j, D.cameo);
    out[at + 14] = r.text(j, T.quantity);
    out[at + 15] = r.text(j, T.sentence);
    out[at + 16] = r.text(j, T.url);
    out[at + 17] = r.str(j, D.origin);
    out[at + 18] = r.text(j, T.sourceId);
    out[at + 19] = r.num(j, 2);
    if (++this.pending === ROWS_PER_INSERT) {
      this.tally(this.insertMany.run(this.params).changes, ROWS_PER_INSERT, counts);
      this.pending = 0;
    }
  }

  /** Writes the rows still waiting for a full multi-row INSERT; call before committing. */
  flush(counts: ImportCounts): void {
    for (let i = 0; i < this.pending; i++) {
      for (let c = 0; c < LEAN_WIDTH; c++) this.leanOne[c] = this.params[i * LEAN_WIDTH + c];
      this.tally(this.insertLean.run(this.leanOne).changes, 1, counts);
    }
    this.pending = 0;
  }

  private tally(added: number, tried: number, counts: ImportCounts): void {
    counts.added += added;
    counts.present += tried - added;
  }

  /** Adds one mention; `linked` counts those whose event is already in the store. */
  addMention(m: EventMention, counts: ImportCounts): void {
    const changes = this.insertMention.run(
      m.origin, m.eventSourceId, m.url, m.sentence ?? 0, m.eventTime, m.mentionTime, m.mentionType, m.sourceName,
      m.actor1Offset, m.actor2Offset, m.actionOffset, m.inRawText === null ? null : Number(m.inRawText), m.confidence,
      m.docLength, m.docTone,
    ).changes;
    if (changes) counts.added++;
    else counts.present++;
    if (this.hasEvent.get(datasetEventId(m.origin, m.eventSourceId)) !== undefined) counts.linked++;
  }

  /** Whether this file can load with the events indexes dropped (corroboration answered from memory). */
  get canBulkLoad(): boolean {
    return this.corroboration.inMemory;
  }

  get originName(): string {
    return this.origin;
  }
}
