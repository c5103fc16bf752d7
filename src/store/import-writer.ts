/** @module Writes imported events and mentions in large batches: prepared statements, positional rows, no zod on the hot path. */
import type Database from "better-sqlite3";
import type { Event } from "../domain/event.js";
import type { EventMention } from "../ingest/datasets/import-item.js";
import { EVENT_COLUMNS } from "./event-row.js";
import type { ImportCounts } from "./import-counts.js";
import { CorroborationIndex } from "./import-corroboration.js";

/** Rows per multi-row INSERT: fewer statement runs; 28 columns × 64 rows stays under SQLite's 32766 parameters. */
const ROWS_PER_INSERT = 64;
const WIDTH = EVENT_COLUMNS.length;

const insertSql = (rows: number): string =>
  `INSERT OR IGNORE INTO events (${EVENT_COLUMNS.join(", ")}) VALUES ${Array.from(
    { length: rows },
    () => `(${EVENT_COLUMNS.map(() => "?").join(", ")})`,
  ).join(", ")}`;

/** JSON of a context array, once per array: mappers share frozen arrays between rows of one code. */
const contextJson = new WeakMap<readonly string[], string>();
const jsonOf = (context: readonly string[]): string => {
  let s = contextJson.get(context);
  if (s === undefined) contextJson.set(context, (s = JSON.stringify(context)));
  return s;
};

/** Fills `out` from `at` with an event's columns in EVENT_COLUMNS order (must match event-row.ts). */
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
  private readonly insertOne: Database.Statement;
  private readonly insertMention: Database.Statement;
  private readonly hasEvent: Database.Statement;
  private readonly corroboration: CorroborationIndex;
  private readonly params: unknown[] = new Array(ROWS_PER_INSERT * WIDTH);

  constructor(db: Database.Database, origin: string) {
    this.db = db;
    this.origin = origin;
    this.insertMany = db.prepare(insertSql(ROWS_PER_INSERT));
    this.insertOne = db.prepare(insertSql(1));
    this.insertMention = db.prepare(
      `INSERT OR IGNORE INTO event_mentions (origin, event_source_id, url, sentence, event_time, mention_time, mention_type,
         source_name, actor1_offset, actor2_offset, action_offset, in_raw_text, confidence, doc_length, doc_tone)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.hasEvent = db.prepare("SELECT 1 FROM events WHERE origin = ? AND source_id = ?").pluck();
    this.corroboration = new CorroborationIndex(db, origin);
  }

  /** Inserts events (caller holds the transaction); adds to `counts`' added, present and corroborated. */
  writeEvents(events: readonly Event[], counts: ImportCounts): void {
    const fresh: Event[] = [];
    for (const e of events) {
      if (this.corroboration.candidate(e)) {
        const result = this.corroboration.link(e, this.hasEvent);
        if (result === "corroborated") counts.corroborated++;
        else if (result === "present") counts.present++;
        else fresh.push(e);
      } else fresh.push(e);
    }
    let added = 0;
    let i = 0;
    const params = this.params;
    for (; i + ROWS_PER_INSERT <= fresh.length; i += ROWS_PER_INSERT) {
      for (let k = 0; k < ROWS_PER_INSERT; k++) putEvent(fresh[i + k]!, params, k * WIDTH);
      added += this.insertMany.run(params).changes;
    }
    const one = new Array<unknown>(WIDTH);
    for (; i < fresh.length; i++) {
      putEvent(fresh[i]!, one, 0);
      added += this.insertOne.run(one).changes;
    }
    counts.added += added;
    counts.present += fresh.length - added;
  }

  /** Inserts mentions; `linked` counts those whose event is already in the store. */
  writeMentions(mentions: readonly EventMention[], counts: ImportCounts): void {
    for (const m of mentions) {
      const changes = this.insertMention.run(
        m.origin, m.eventSourceId, m.url, m.sentence ?? 0, m.eventTime, m.mentionTime, m.mentionType, m.sourceName,
        m.actor1Offset, m.actor2Offset, m.actionOffset, m.inRawText === null ? null : Number(m.inRawText), m.confidence,
        m.docLength, m.docTone,
      ).changes;
      if (changes) counts.added++;
      else counts.present++;
      if (this.hasEvent.get(m.origin, m.eventSourceId) !== undefined) counts.linked++;
    }
  }

  get originName(): string {
    return this.origin;
  }
}
