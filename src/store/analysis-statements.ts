/** @module A per-connection cache of prepared analysis statements (their score CASE is long to compile). */
import type Database from "better-sqlite3";

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepares `sql` once per connection: the analysis SQL embeds the codebook score table, ~300 branches. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    if (cache.size > 500) cache.clear(); // windows and filters vary the SQL; keep the cache bounded
    cache.set(sql, stmt);
  }
  return stmt;
}

/** Appends without spreading: `push(...rows)` overflows the call stack past ~100k rows. */
export function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
