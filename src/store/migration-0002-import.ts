/** @module Migration 2: bookkeeping for dataset imports (resume), corroboration links and GDELT mentions. */
import type { Migration } from "./migrations.js";

export const MIGRATION_0002_IMPORT: Migration = {
  version: 2,
  name: "import progress, event corroborations, event mentions, bulk-load index bookkeeping",
  sql: `
    -- One row per (dataset, file identity): how many rows are done and the running counts, so a killed
    -- import resumes where its last committed batch ended.
    CREATE TABLE import_progress (
      file_key TEXT PRIMARY KEY,
      path TEXT NOT NULL,
      format TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('running', 'done')),
      rows_done INTEGER NOT NULL,
      counts TEXT NOT NULL,
      started_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- A dataset row that reports an event already in the store (same dyad, type and day): kept as a
    -- link that raised the event's source_count, not as a second event.
    CREATE TABLE event_corroborations (
      event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      origin TEXT NOT NULL,
      source_id TEXT NOT NULL,
      url TEXT,
      date TEXT,
      PRIMARY KEY (origin, source_id)
    );
    CREATE INDEX event_corroborations_event ON event_corroborations(event);
    -- GDELT 2.0 mentions: the articles that mention an event, joined to events on (origin, source_id).
    CREATE TABLE event_mentions (
      origin TEXT NOT NULL,
      event_source_id TEXT NOT NULL,
      url TEXT NOT NULL,
      sentence INTEGER NOT NULL,
      event_time TEXT,
      mention_time TEXT,
      mention_type INTEGER,
      source_name TEXT,
      actor1_offset INTEGER,
      actor2_offset INTEGER,
      action_offset INTEGER,
      in_raw_text INTEGER,
      confidence REAL,
      doc_length INTEGER,
      doc_tone REAL,
      PRIMARY KEY (origin, event_source_id, url, sentence)
    ) WITHOUT ROWID;
    -- Secondary indexes of events dropped for a bulk load, with their SQL: rebuilt at the end of the
    -- import, or by the next import if the process was killed in between.
    CREATE TABLE import_dropped_indexes (
      name TEXT PRIMARY KEY,
      sql TEXT NOT NULL
    );
  `,
};
