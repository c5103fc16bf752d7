/** @module Migration 3: rollup tables that keep dyad, network and volume aggregates exact as events arrive. */
import type { Migration } from "./migrations.js";

/**
 * Inserts are rolled up by a watermark refresh (`refreshAnalysis`), never by per-row triggers, so bulk
 * imports stay as fast as plain inserts. Rows already rolled up that are later deleted or updated
 * are logged by triggers into `analysis_pending` (rare writes), which the refresh folds in; the
 * delete trigger also lowers the watermark so a reused rowid is never skipped.
 */
export const MIGRATION_0003_ANALYSIS: Migration = {
  version: 3,
  name: "analysis rollups (root-code dyad cells by month, network edges by year, period totals, watermark, pending log)",
  sql: `
    -- Dyad cells with actor and target cut to their root code (USA.MILITARY → USA): a dyad of two roots,
    -- the common query, reads one exact key range. Sub-code dyads and weekly series read events instead.
    CREATE TABLE analysis_root_cells (
      grain TEXT NOT NULL,          -- 'M': keys are months YYYY-MM
      actor TEXT NOT NULL,
      target TEXT NOT NULL,
      kfrom TEXT NOT NULL,          -- month of day_from, '' when undated
      kto TEXT NOT NULL,            -- month of day_to: differs from kfrom when the date is coarser than a month
      dimension TEXT NOT NULL,
      origin TEXT NOT NULL,
      type TEXT NOT NULL,
      quad_class INTEGER NOT NULL,
      n INTEGER NOT NULL,
      score REAL NOT NULL,          -- sum of event scores (Goldstein or PLOVER intensity)
      -- type and quad_class before dimension and origin: a series groups by (kfrom, kto, type, quad_class)
      -- and filters on the others, so the key order lets SQLite group without sorting.
      PRIMARY KEY (grain, actor, target, kfrom, kto, type, quad_class, dimension, origin)
    ) WITHOUT ROWID;
    -- The network's directed edges: events per QuadClass (q1..q4) of each actor pair, keyed by the year
    -- ('Y', YYYY) of the event's first day, so a year of network is one key range of one row per pair.
    CREATE TABLE analysis_edges (
      grain TEXT NOT NULL,
      k TEXT NOT NULL,
      actor TEXT NOT NULL,
      target TEXT NOT NULL,
      q1 INTEGER NOT NULL,
      q2 INTEGER NOT NULL,
      q3 INTEGER NOT NULL,
      q4 INTEGER NOT NULL,
      score REAL NOT NULL,
      PRIMARY KEY (grain, k, actor, target)
    ) WITHOUT ROWID;
    CREATE TABLE analysis_totals (
      grain TEXT NOT NULL,
      kfrom TEXT NOT NULL,
      kto TEXT NOT NULL,
      dimension TEXT NOT NULL,
      origin TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (grain, kfrom, kto, dimension, origin)
    ) WITHOUT ROWID;
    CREATE TABLE analysis_actors (actor TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE analysis_watermark (id INTEGER PRIMARY KEY CHECK (id = 1), last_rowid INTEGER NOT NULL);
    INSERT INTO analysis_watermark (id, last_rowid) VALUES (1, 0);
    CREATE TABLE analysis_pending (
      sign INTEGER NOT NULL,
      actor TEXT NOT NULL, target TEXT, day_from TEXT, day_to TEXT, dimension TEXT NOT NULL, origin TEXT NOT NULL,
      type TEXT NOT NULL, quad_class INTEGER NOT NULL, intensity REAL, cameo TEXT
    );
    CREATE TRIGGER analysis_events_delete AFTER DELETE ON events
    BEGIN
      INSERT INTO analysis_pending
        SELECT -1, OLD.actor, OLD.target, OLD.day_from, OLD.day_to, OLD.dimension, OLD.origin, OLD.type, OLD.quad_class, OLD.intensity, OLD.cameo
        WHERE OLD.rowid <= (SELECT last_rowid FROM analysis_watermark WHERE id = 1);
      UPDATE analysis_watermark SET last_rowid = min(last_rowid, (SELECT coalesce(max(rowid), 0) FROM events)) WHERE id = 1;
    END;
    CREATE TRIGGER analysis_events_update
    AFTER UPDATE OF actor, target, day_from, day_to, dimension, origin, type, quad_class, intensity, cameo ON events
    WHEN OLD.rowid <= (SELECT last_rowid FROM analysis_watermark WHERE id = 1)
    BEGIN
      INSERT INTO analysis_pending VALUES
        (-1, OLD.actor, OLD.target, OLD.day_from, OLD.day_to, OLD.dimension, OLD.origin, OLD.type, OLD.quad_class, OLD.intensity, OLD.cameo),
        (1, NEW.actor, NEW.target, NEW.day_from, NEW.day_to, NEW.dimension, NEW.origin, NEW.type, NEW.quad_class, NEW.intensity, NEW.cameo);
    END;
  `,
};
