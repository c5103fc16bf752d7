/** @module Keeps the analysis rollups exact: an incremental refresh keyed on the events rowid watermark. */
import type Database from "better-sqlite3";
import { grainKeySql, scoreSql } from "./analysis-score-sql.js";

export const GRAINS = ["M", "W"] as const;
export type GrainCode = (typeof GRAINS)[number];

export interface RefreshReport {
  /** Events rolled up in this refresh. */
  readonly added: number;
  /** Deleted or updated rows folded in from the pending log. */
  readonly pending: number;
  readonly watermark: number;
}

/** Column list and key expressions shared by the event and pending-log sources. */
function cellSelect(grain: GrainCode, weight: string): string {
  return `SELECT '${grain}', actor, target, ${grainKeySql(grain, "day_from")}, ${grainKeySql(grain, "day_to")},
            dimension, origin, type, quad_class, sum(${weight}), sum(${weight} * ${scoreSql()})`;
}
const CELL_GROUP = "GROUP BY actor, target, 4, 5, dimension, origin, type, quad_class";
const TOTAL_GROUP = "GROUP BY 2, 3, dimension, origin";
const UPSERT_CELLS = "ON CONFLICT DO UPDATE SET n = n + excluded.n, score = score + excluded.score";
const UPSERT_TOTALS = "ON CONFLICT DO UPDATE SET n = n + excluded.n";

const watermark = (db: Database.Database): number =>
  (db.prepare("SELECT last_rowid AS w FROM analysis_watermark WHERE id = 1").get() as { w: number }).w;

/**
 * Folds new events (rowid above the watermark) and logged deletions/updates into the rollups, in one
 * transaction. Call it after a write transaction; it is idempotent and cheap when nothing changed.
 * Readers never depend on it: they add the not-yet-rolled-up rows themselves (see analysis-queries).
 * @example store.insertEvents(events); refreshAnalysis(store.db);
 */
export function refreshAnalysis(db: Database.Database): RefreshReport {
  return db.transaction((): RefreshReport => {
    const from = watermark(db);
    const to = (db.prepare("SELECT coalesce(max(rowid), 0) AS m FROM events").get() as { m: number }).m;
    const pending = (db.prepare("SELECT count(*) AS n FROM analysis_pending").get() as { n: number }).n;
    if (pending > 0) {
      for (const g of GRAINS) {
        db.prepare(`INSERT INTO analysis_cells ${cellSelect(g, "sign")} FROM analysis_pending WHERE target IS NOT NULL ${CELL_GROUP} ${UPSERT_CELLS}`).run();
        db.prepare(
          `INSERT INTO analysis_totals SELECT '${g}', ${grainKeySql(g, "day_from")}, ${grainKeySql(g, "day_to")}, dimension, origin, sum(sign)
           FROM analysis_pending WHERE true ${TOTAL_GROUP} ${UPSERT_TOTALS}`,
        ).run();
      }
      db.prepare("INSERT OR IGNORE INTO analysis_actors SELECT actor FROM analysis_pending WHERE sign > 0 UNION SELECT target FROM analysis_pending WHERE sign > 0 AND target IS NOT NULL").run();
      db.prepare("DELETE FROM analysis_pending").run();
      db.prepare("DELETE FROM analysis_cells WHERE n = 0").run();
      db.prepare("DELETE FROM analysis_totals WHERE n = 0").run();
    }
    let added = 0;
    if (to > from) {
      for (const g of GRAINS) {
        db.prepare(
          `INSERT INTO analysis_cells ${cellSelect(g, "1")} FROM events WHERE rowid > ? AND rowid <= ? AND target IS NOT NULL ${CELL_GROUP} ${UPSERT_CELLS}`,
        ).run(from, to);
        db.prepare(
          `INSERT INTO analysis_totals SELECT '${g}', ${grainKeySql(g, "day_from")}, ${grainKeySql(g, "day_to")}, dimension, origin, count(*)
           FROM events WHERE rowid > ? AND rowid <= ? ${TOTAL_GROUP} ${UPSERT_TOTALS}`,
        ).run(from, to);
      }
      db.prepare(
        `INSERT OR IGNORE INTO analysis_actors
         SELECT DISTINCT actor FROM events WHERE rowid > @from AND rowid <= @to
         UNION SELECT DISTINCT target FROM events WHERE rowid > @from AND rowid <= @to AND target IS NOT NULL`,
      ).run({ from, to });
      added = (db.prepare("SELECT count(*) AS n FROM events WHERE rowid > ? AND rowid <= ?").get(from, to) as { n: number }).n;
    }
    db.prepare("UPDATE analysis_watermark SET last_rowid = ? WHERE id = 1").run(to);
    return { added, pending, watermark: to };
  }).immediate();
}

/** Events not yet rolled up (above the watermark): readers add these themselves. */
export function unrolledCount(db: Database.Database): number {
  return (db.prepare("SELECT count(*) AS n FROM events WHERE rowid > (SELECT last_rowid FROM analysis_watermark WHERE id = 1)").get() as { n: number }).n;
}

/** Drops and recomputes every rollup from the events table (repair, or after a schema change). */
export function rebuildAnalysis(db: Database.Database): RefreshReport {
  db.transaction(() => {
    for (const t of ["analysis_cells", "analysis_totals", "analysis_actors", "analysis_pending"]) db.prepare(`DELETE FROM ${t}`).run();
    db.prepare("UPDATE analysis_watermark SET last_rowid = 0 WHERE id = 1").run();
  })();
  return refreshAnalysis(db);
}

export interface RollupSnapshot {
  readonly cells: readonly (readonly [string, number, number])[];
  readonly totals: readonly (readonly [string, number])[];
}

/** The rollups as sorted key → values lists (scores rounded to 6 decimals), for comparing two stores. */
export function rollupSnapshot(db: Database.Database): RollupSnapshot {
  const cells = (
    db
      .prepare(
        `SELECT grain || '|' || actor || '|' || target || '|' || kfrom || '|' || kto || '|' || dimension || '|' || origin || '|' || type || '|' || quad_class AS k,
                n, round(score, 6) AS s FROM analysis_cells ORDER BY k`,
      )
      .raw()
      .all() as [string, number, number][]
  ).map(([k, n, s]) => [k, n, s + 0] as const);
  const totals = db
    .prepare("SELECT grain || '|' || kfrom || '|' || kto || '|' || dimension || '|' || origin AS k, n FROM analysis_totals ORDER BY k")
    .raw()
    .all() as [string, number][];
  return { cells, totals };
}

/** The rollups as a from-scratch GROUP BY over all events would produce them (the oracle for tests). */
export function recomputedSnapshot(db: Database.Database): RollupSnapshot {
  const cells: (readonly [string, number, number])[] = [];
  const totals: (readonly [string, number])[] = [];
  for (const g of GRAINS) {
    const rows = db
      .prepare(
        `SELECT '${g}' || '|' || actor || '|' || target || '|' || ${grainKeySql(g, "day_from")} || '|' || ${grainKeySql(g, "day_to")} || '|' ||
                dimension || '|' || origin || '|' || type || '|' || quad_class AS k, count(*) AS n, round(sum(${scoreSql()}), 6) AS s
         FROM events WHERE target IS NOT NULL GROUP BY k`,
      )
      .raw()
      .all() as [string, number, number][];
    cells.push(...rows.map(([k, n, s]) => [k, n, s + 0] as const));
    totals.push(
      ...(db
        .prepare(
          `SELECT '${g}' || '|' || ${grainKeySql(g, "day_from")} || '|' || ${grainKeySql(g, "day_to")} || '|' || dimension || '|' || origin AS k, count(*)
           FROM events GROUP BY k`,
        )
        .raw()
        .all() as [string, number][]),
    );
  }
  const byKey = <T extends readonly [string, ...unknown[]]>(a: T, b: T): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return { cells: cells.sort(byKey), totals: totals.sort(byKey) };
}
