/**
 * @module Bulk-load mode: drop the secondary indexes of `events` while a large file loads, rebuild them
 * once at the end. Maintaining four indexes row by row costs several times the insert itself at a
 * million rows; one sorted rebuild is far cheaper. The primary key stays (dataset ids are derived
 * from origin and source id), so idempotency holds during the load. The dropped indexes' SQL is kept in
 * `import_dropped_indexes`, so an import killed mid-load is repaired by the next one.
 */
import type Database from "better-sqlite3";

/**
 * Kept during the load: the index on `document`, which since migration 4 holds only events with a
 * document, so dataset rows (document NULL) never enter it. Unique indexes are never dropped.
 */
const KEEP = new Set(["events_document"]);

export function dropSecondaryIndexes(db: Database.Database): number {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  const drop = indexes.filter((i) => !KEEP.has(i.name) && !/\bUNIQUE\b/i.test(i.sql));
  db.transaction(() => {
    const keep = db.prepare("INSERT OR IGNORE INTO import_dropped_indexes (name, sql) VALUES (?, ?)");
    for (const i of drop) {
      keep.run(i.name, i.sql);
      db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
    }
  })();
  return drop.length;
}

/** Rebuilds every index a bulk load dropped (this run's or a killed run's); cheap when there are none. */
export function restoreIndexes(db: Database.Database): number {
  // Migration 2 creates this table; a database migrated by an early build of it may lack it.
  db.exec("CREATE TABLE IF NOT EXISTS import_dropped_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)");
  const dropped = db.prepare("SELECT name, sql FROM import_dropped_indexes").all() as { name: string; sql: string }[];
  if (dropped.length === 0) return 0;
  // No sorter helper threads: each holds its own cache-sized sort buffer, which took a 3M-row import
  // past 300 MB peak RSS; on a busy 2-core machine the single-threaded sort was no slower anyway.
  db.pragma("threads = 0");
  // The sorter's buffer is as large as the page cache; the rebuild scans the table once per index and
  // needs little cache, so a smaller one keeps the peak RSS down while the import's heap is still live.
  const cache = db.pragma("cache_size", { simple: true }) as number;
  db.pragma("cache_size = -16384");
  try {
    db.transaction(() => {
      for (const i of dropped) {
        db.exec(i.sql.replace(/^CREATE\s+INDEX\s+(IF\s+NOT\s+EXISTS\s+)?/i, "CREATE INDEX IF NOT EXISTS "));
        db.prepare("DELETE FROM import_dropped_indexes WHERE name = ?").run(i.name);
      }
    })();
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
  return dropped.length;
}
