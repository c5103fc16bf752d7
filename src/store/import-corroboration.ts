/**
 * @module Corroboration: an imported row that reports an event already stored from another origin
 * (same actor → target, type and day) is linked to it and raises its source count, instead of
 * becoming a silent duplicate. Rows of one dataset never corroborate each other: GDELT's repeated
 * rows for one story are its own redundancy, not independent sources.
 */
import type Database from "better-sqlite3";
import type { Event } from "../domain/event.js";

/** Above this many candidate events the index asks SQLite row by row instead of holding a map in memory. */
const MAX_KEYS = 200_000;

const keyOf = (actor: string, target: string | null, type: string, day: string): string =>
  `${actor}\u0001${target ?? ""}\u0001${type}\u0001${day}`;

export class CorroborationIndex {
  /** key → the event a matching row corroborates (non-imported events first); null when too many to hold. */
  private readonly keys: Map<string, string> | null;
  private readonly find: Database.Statement;
  private readonly link_: Database.Statement;
  private readonly raise: Database.Statement;
  private readonly origin: string;

  constructor(db: Database.Database, origin: string) {
    this.origin = origin;
    this.find = db
      .prepare(
        `SELECT id FROM events WHERE actor = ? AND target IS ? AND day_from = ? AND type = ? AND precision = 'day' AND origin <> ?
         ORDER BY origin LIKE 'imported:%', id LIMIT 1`,
      )
      .pluck();
    this.link_ = db.prepare("INSERT OR IGNORE INTO event_corroborations (event, origin, source_id, url, date) VALUES (?, ?, ?, ?, ?)");
    this.raise = db.prepare("UPDATE events SET source_count = source_count + 1 WHERE id = ?");
    // Usually few events come from other origins (the analyst's own sources): one small map answers
    // "does this row corroborate anything?" in nanoseconds, without any index (bulk loads drop them).
    const n = db.prepare("SELECT count(*) FROM events WHERE origin <> ? AND precision = 'day'").pluck().get(origin) as number;
    if (n > MAX_KEYS) {
      this.keys = null;
    } else {
      this.keys = new Map();
      const rows = db
        .prepare(
          `SELECT actor, target, type, day_from, id FROM events WHERE origin <> ? AND precision = 'day'
           ORDER BY origin LIKE 'imported:%', id`,
        )
        .raw()
        .iterate(origin) as IterableIterator<[string, string | null, string, string, string]>;
      for (const [a, t, ty, d, id] of rows) {
        const k = keyOf(a, t, ty, d);
        if (!this.keys.has(k)) this.keys.set(k, id);
      }
    }
  }

  /** True when candidates are answered from memory, so the load does not need the events indexes. */
  get inMemory(): boolean {
    return this.keys !== null;
  }

  /** Cheap pre-check; true means "ask `link`". */
  candidate(e: Event): boolean {
    return this.candidateOf(e.actor, e.target, e.type, e.date, e.precision);
  }

  /** `candidate` from the fields it reads (packed rows are not turned into objects for it). */
  candidateOf(actor: string, target: string | null, type: string, date: string | null, precision: string | null): boolean {
    if (date === null || precision !== "day") return false;
    if (this.keys === null) return true;
    return this.keys.size > 0 && this.keys.has(keyOf(actor, target, type, date));
  }

  /** Links the row to the matching event; "none" when nothing matches after all (the row is then inserted). */
  link(e: Event, hasEvent: Database.Statement): "corroborated" | "present" | "none" {
    if (hasEvent.get(e.id) !== undefined) return "present";
    const match =
      this.keys !== null
        ? this.keys.get(keyOf(e.actor, e.target, e.type, e.date!))
        : (this.find.get(e.actor, e.target, e.date, e.type, this.origin) as string | undefined);
    if (match === undefined) return "none";
    if (this.link_.run(match, e.origin, e.sourceId, e.provenance.url, e.date).changes === 0) return "present";
    this.raise.run(match);
    return "corroborated";
  }
}
