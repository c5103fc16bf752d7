/** @module The store's schema as ordered migrations; released migrations are never edited, only appended. */
import { MIGRATION_0002_IMPORT } from "./migration-0002-import.js";
import { MIGRATION_0003_ANALYSIS } from "./migration-0003-analysis.js";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, sentences, footnotes, events, quantities",
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        author TEXT,
        publisher TEXT,
        url TEXT,
        published TEXT,
        language TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE sentences (
        rowid INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        footnotes TEXT NOT NULL DEFAULT '[]',
        UNIQUE (document, idx)
      );
      CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      -- The full-text index is derived data, caught up in bulk after writes (see SqliteStore.catchUpSearchIndex):
      -- sentences with rowid > indexed_rowid are not yet in sentences_fts.
      CREATE TABLE search_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_rowid INTEGER NOT NULL);
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
];

// Later migrations live in their own files and are appended here in version order.

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
