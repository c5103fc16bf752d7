/** @module The store's schema as ordered migrations; released migrations are never edited, only appended. */
import { MIGRATION_0002_IMPORT } from "./migration-0002-import.js";
import { MIGRATION_0003_ANALYSIS } from "./migration-0003-analysis.js";
import { MIGRATION_0004_IMPORT_KEYS } from "./migration-0004-import-keys.js";
import { MIGRATION_0005_ANALYSIS_DYAD_CELLS } from "./migration-0005-analysis-dyad-cells.js";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents with sentence spans, search index, footnotes, events, quantities",
    sql: `
      -- A document keeps its text and its sentence spans ([[start, end], …] as JSON): sentences are
      -- slices of the text, so they are not stored twice, and ingest writes one row per document.
      CREATE TABLE documents (
        no INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        author TEXT,
        publisher TEXT,
        url TEXT,
        published TEXT,
        language TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT,
        text TEXT NOT NULL,
        sentences TEXT NOT NULL DEFAULT '[]',
        sentence_count INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
      );
      -- Full-text index of sentences; rowid = document no × 2^20 + sentence index. Contentless: the
      -- text lives in documents. Derived data, caught up in bulk after writes (catchUpSearchIndex):
      -- documents with no > indexed_no are not yet indexed.
      CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TABLE search_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_no INTEGER NOT NULL);
      INSERT INTO search_index_state VALUES (1, 0);
      CREATE TABLE footnotes (
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        markers TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (document, label)
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL DEFAULT '[]',
        actor TEXT NOT NULL,
        target TEXT,
        date TEXT,
        date_end TEXT,
        -- first and last day the (partial) date covers, for range filters; the date itself is never padded
        day_from TEXT,
        day_to TEXT,
        precision TEXT,
        dimension TEXT NOT NULL,
        modality TEXT NOT NULL,
        intensity REAL,
        quad_class INTEGER NOT NULL,
        cameo TEXT,
        quantity TEXT,
        trigger TEXT,
        document TEXT REFERENCES documents(id) ON DELETE CASCADE,
        span_start INTEGER,
        span_end INTEGER,
        sentence TEXT,
        footnotes TEXT NOT NULL DEFAULT '[]',
        url TEXT,
        origin TEXT NOT NULL,
        source_id TEXT,
        confidence REAL NOT NULL,
        source_count INTEGER NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX events_origin_source ON events(origin, source_id) WHERE source_id IS NOT NULL;
      CREATE INDEX events_dyad ON events(actor, target, day_from);
      CREATE INDEX events_target ON events(target, day_from);
      CREATE INDEX events_day ON events(day_from);
      CREATE INDEX events_document ON events(document);
      CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        subject TEXT,
        measure TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        date TEXT,
        text TEXT NOT NULL,
        document TEXT REFERENCES documents(id) ON DELETE CASCADE,
        span_start INTEGER,
        span_end INTEGER,
        sentence TEXT,
        footnotes TEXT NOT NULL DEFAULT '[]',
        UNIQUE (document, span_start, text, measure)
      );
      CREATE INDEX quantities_subject ON quantities(subject, measure, date);
    `,
  },
  MIGRATION_0002_IMPORT,
  MIGRATION_0003_ANALYSIS,
  MIGRATION_0004_IMPORT_KEYS,
  MIGRATION_0005_ANALYSIS_DYAD_CELLS,
];

// Later migrations live in their own files and are appended here in version order.

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
