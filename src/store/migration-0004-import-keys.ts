/** @module Migration 4: two fewer index entries per imported event (the id already keys dataset rows; only document events need the document index). */
import type { Migration } from "./migrations.js";

/**
 * `events_origin_source` repeated what the primary key guarantees: a dataset row's id is derived from
 * (origin, source_id) (`datasetEventId`), so a second row with the same dataset id hits the same `id`
 * and INSERT OR IGNORE skips it. Rows without a source_id (extracted events) never used it.
 * `events_document` held one entry per event, though only events extracted from a document have one:
 * as a partial index it skips the NULLs, and `document = ?` (lookups, ON DELETE CASCADE) still uses it.
 * Each dataset row now goes into the table and its key only, not four B-trees.
 */
export const MIGRATION_0004_IMPORT_KEYS: Migration = {
  version: 4,
  name: "events: drop the (origin, source_id) index the id already implies; document index only for document events",
  sql: `
    DROP INDEX events_origin_source;
    DROP INDEX events_document;
    CREATE INDEX events_document ON events(document) WHERE document IS NOT NULL;
  `,
};
