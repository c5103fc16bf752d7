/** @module Keeps the analysis rollups exact: an incremental refresh keyed on the events rowid watermark. */
import type Database from "better-sqlite3";
import { grainKeySql, scoreSql } from "./analysis-score-sql.js";
import { append, prepared } from "./analysis-statements.js";

export const GRAINS = ["M", "W"] as const;
export type GrainCode = (typeof GRAINS)[number];

/** The root of an actor code column in SQL (`IRQ.PARLIAMENT` → `IRQ`), matching `coversActor`'s dot rule. */
export const rootSql = (column: string): string => `CASE WHEN instr(${column}, '.') > 0 THEN substr(${column}, 1, instr(${column}, '.') - 1) ELSE ${column} END`;

/**
 * The cell rollups: root codes by month serve the common root dyads (USA–IRQ) with one key range;
 * `analysis_dyad_cells` (migration 5) holds the same cells summed over dimension and origin, for the
 * unfiltered series, and is folded from the root cells' batch rather than from events again.
 * Each rollup row costs refresh time and most rows of a real store belong to its long tail of rare
 * pairs, so week grains and full sub-codes are left to the events indexes (measured in bench/analysis).
 */
export const CELL_ROLLUPS = [
  { table: "analysis_root_cells", grain: "M", codes: "root", split: true },
  { table: "analysis_dyad_cells", grain: "M", codes: "root", split: false },
] as const;
type CellRollup = (typeof CELL_ROLLUPS)[number];

export interface RefreshReport {
  /** Events rolled up in this refresh. */
  readonly added: number;
  /** Deleted or updated rows folded in from the pending log. */
  readonly pending: number;
  readonly watermark: number;
}

/** The cell key expressions of a rollup over a source table (events, or the pending log). */
function cellKeys(r: CellRollup): string[] {
  const code = (c: string): string => (r.codes === "root" ? rootSql(c) : c);
  const keys = [`'${r.grain}'`, code("actor"), code("target"), grainKeySql(r.grain, "day_from"), grainKeySql(r.grain, "day_to")];
  return [...keys, ...(r.split ? ["dimension", "origin"] : []), "type", "quad_class"];
}
/** The key columns of a cell rollup's table, in the order `cellKeys` computes them. */
const cellColumns = (r: CellRollup): string[] => ["grain", "actor", "target", "kfrom", "kto", ...(r.split ? ["dimension", "origin"] : []), "type", "quad_class"];
const cellSelect = (r: CellRollup, weight: string): string => `SELECT ${cellKeys(r).join(", ")}, sum(${weight}), sum(${weight} * ${scoreSql()})`;
const cellGroup = (r: CellRollup): string => `GROUP BY ${cellKeys(r).map((_, i) => i + 2).slice(0, -1).join(", ")}`;
/** The unsplit cells of a batch of split cells (rows of `analysis_root_cells` or its temp twin). */
const UNSPLIT = "SELECT grain, actor, target, kfrom, kto, type, quad_class, sum(n), sum(score)";
const UNSPLIT_GROUP = "GROUP BY grain, actor, target, kfrom, kto, type, quad_class";
const TOTAL_GROUP = "GROUP BY 2, 3, 4, 5";
const UPSERT_CELLS = "ON CONFLICT DO UPDATE SET n = n + excluded.n, score = score + excluded.score";
const UPSERT_TOTALS = "ON CONFLICT DO UPDATE SET n = n + excluded.n";
/** Network edges keyed by the year of the first day (no dimension, origin or type: see networkPairs). */
const EDGE_GRAINS = [{ grain: "Y", key: "coalesce(substr(day_from, 1, 4), '')" }] as const;
const quadSums = (weight: string): string => [1, 2, 3, 4].map((q) => `sum(${weight} * (quad_class = ${q}))`).join(", ");
const edgeSelect = (e: (typeof EDGE_GRAINS)[number], weight: string): string =>
  `SELECT '${e.grain}', ${e.key}, actor, target, ${quadSums(weight)}, sum(${weight} * ${scoreSql()})`;
const EDGE_GROUP = "GROUP BY 2, 3, 4";
const UPSERT_EDGES = "ON CONFLICT DO UPDATE SET q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, score = score + excluded.score";

const totalSelect = (g: GrainCode, weight: string): string =>
  `SELECT '${g}', ${grainKeySql(g, "day_from")}, ${grainKeySql(g, "day_to")}, dimension, origin, sum(${weight})`;

const watermark = (db: Database.Database): number =>
  (prepared(db, "SELECT last_rowid AS w FROM analysis_watermark WHERE id = 1").get() as { w: number }).w;

/**
 * Folds new events (rowid above the watermark) and logged deletions/updates into the rollups, in one
 * transaction. Call it after a write transaction (or once after a bulk import); it is idempotent and
 * cheap when nothing changed. Readers never depend on it: they add the not-yet-rolled-up rows
 * themselves (see analysis-queries), so a refresh only makes reads faster.
 * @example store.insertEvents(events); refreshAnalysis(store.db);
 */
export function refreshAnalysis(db: Database.Database): RefreshReport {
  return db.transaction((): RefreshReport => {
    const from = watermark(db);
    const to = (prepared(db, "SELECT coalesce(max(rowid), 0) AS m FROM events").get() as { m: number }).m;
    const pending = (prepared(db, "SELECT count(*) AS n FROM analysis_pending").get() as { n: number }).n;
    if (pending > 0) {
      for (const r of CELL_ROLLUPS) {
        prepared(db, `INSERT INTO ${r.table} ${cellSelect(r, "sign")} FROM analysis_pending WHERE target IS NOT NULL ${cellGroup(r)} ${UPSERT_CELLS}`).run();
      }
      for (const e of EDGE_GRAINS) {
        prepared(db, `INSERT INTO analysis_edges ${edgeSelect(e, "sign")} FROM analysis_pending WHERE target IS NOT NULL ${EDGE_GROUP} ${UPSERT_EDGES}`).run();
      }
      for (const g of GRAINS) prepared(db, `INSERT INTO analysis_totals ${totalSelect(g, "sign")} FROM analysis_pending WHERE true ${TOTAL_GROUP} ${UPSERT_TOTALS}`).run();
      prepared(db, "INSERT OR IGNORE INTO analysis_actors SELECT actor FROM analysis_pending WHERE sign > 0 UNION SELECT target FROM analysis_pending WHERE sign > 0 AND target IS NOT NULL").run();
      prepared(db, "DELETE FROM analysis_pending").run();
      for (const t of [...CELL_ROLLUPS.map((r) => r.table), "analysis_totals"]) prepared(db, `DELETE FROM ${t} WHERE n = 0`).run();
      prepared(db, "DELETE FROM analysis_edges WHERE q1 = 0 AND q2 = 0 AND q3 = 0 AND q4 = 0").run();
    }
    let added = 0;
    if (to > from) {
      const range = "rowid > @from AND rowid <= @to";
      // The batch's root cells are grouped once — the costly pass over events — and feed both cell rollups.
      const [root] = CELL_ROLLUPS;
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS analysis_batch (${cellColumns(root).join(", ")}, n, score)`);
      prepared(db, "DELETE FROM temp.analysis_batch").run();
      prepared(db, `INSERT INTO temp.analysis_batch ${cellSelect(root, "1")} FROM events WHERE ${range} AND target IS NOT NULL ${cellGroup(root)}`).run({ from, to });
      prepared(db, `INSERT INTO ${root.table} SELECT * FROM temp.analysis_batch WHERE true ${UPSERT_CELLS}`).run();
      prepared(db, `INSERT INTO analysis_dyad_cells ${UNSPLIT} FROM temp.analysis_batch ${UNSPLIT_GROUP} ${UPSERT_CELLS}`).run();
      prepared(db, "DELETE FROM temp.analysis_batch").run();
      for (const e of EDGE_GRAINS) {
        prepared(db, `INSERT INTO analysis_edges ${edgeSelect(e, "1")} FROM events WHERE ${range} AND target IS NOT NULL ${EDGE_GROUP} ${UPSERT_EDGES}`).run({ from, to });
      }
      for (const g of GRAINS) prepared(db, `INSERT INTO analysis_totals ${totalSelect(g, "1")} FROM events WHERE ${range} ${TOTAL_GROUP} ${UPSERT_TOTALS}`).run({ from, to });
      prepared(db, 
        `INSERT OR IGNORE INTO analysis_actors
         SELECT DISTINCT actor FROM events WHERE ${range} UNION SELECT DISTINCT target FROM events WHERE ${range} AND target IS NOT NULL`,
      ).run({ from, to });
      added = (prepared(db, `SELECT count(*) AS n FROM events WHERE ${range}`).get({ from, to }) as { n: number }).n;
    }
    prepared(db, "UPDATE analysis_watermark SET last_rowid = ? WHERE id = 1").run(to);
    return { added, pending, watermark: to };
  }).immediate();
}

/** Events not yet rolled up (above the watermark): readers add these themselves. */
export function unrolledCount(db: Database.Database): number {
  return (prepared(db, "SELECT count(*) AS n FROM events WHERE rowid > (SELECT last_rowid FROM analysis_watermark WHERE id = 1)").get() as { n: number }).n;
}

/**
 * Drops and recomputes every rollup from the events table: for repair, and after a VACUUM (which may
 * renumber the rowids of the events table, whose key is a text id, and so invalidate the watermark).
 */
export function rebuildAnalysis(db: Database.Database): RefreshReport {
  db.transaction(() => {
    for (const t of [...CELL_ROLLUPS.map((r) => r.table), "analysis_edges", "analysis_totals", "analysis_actors", "analysis_pending"]) prepared(db, `DELETE FROM ${t}`).run();
    prepared(db, "UPDATE analysis_watermark SET last_rowid = 0 WHERE id = 1").run();
  })();
  return refreshAnalysis(db);
}

export type Snapshot = readonly (readonly [string, number, number])[];

/** Every rollup as one sorted key → (n, score) list (scores rounded to 6 decimals), to compare stores. */
export function rollupSnapshot(db: Database.Database): Snapshot {
  const rows: [string, number, number][] = [];
  for (const r of CELL_ROLLUPS) {
    const key = cellColumns(r).join(" || '|' || ");
    append(rows, prepared(db, `SELECT '${r.table}|' || ${key}, n, round(score, 6) FROM ${r.table}`).raw().all() as [string, number, number][]);
  }
  append(rows, prepared(db, "SELECT 'edges|' || grain || '|' || k || '|' || actor || '|' || target || '|' || q1 || '|' || q2 || '|' || q3 || '|' || q4, q1 + q2 + q3 + q4, round(score, 6) FROM analysis_edges").raw().all() as [string, number, number][]);
  append(rows, prepared(db, "SELECT 'totals|' || grain || '|' || kfrom || '|' || kto || '|' || dimension || '|' || origin, n, 0 FROM analysis_totals").raw().all() as [string, number, number][]);
  return normalise(rows);
}

/** The rollups as a from-scratch GROUP BY over all events would produce them (the oracle for tests). */
export function recomputedSnapshot(db: Database.Database): Snapshot {
  const rows: [string, number, number][] = [];
  for (const r of CELL_ROLLUPS) {
    const key = cellKeys(r).join(" || '|' || ");
    append(rows, prepared(db, `SELECT '${r.table}|' || ${key}, count(*), round(sum(${scoreSql()}), 6) FROM events WHERE target IS NOT NULL GROUP BY 1`).raw().all() as [string, number, number][]);
  }
  for (const e of EDGE_GRAINS) {
    const q = [1, 2, 3, 4].map((n) => `sum(quad_class = ${n})`);
    const key = `'${e.grain}' || '|' || ${e.key} || '|' || actor || '|' || target || '|' || ${q.join(" || '|' || ")}`;
    const sql = `SELECT 'edges|' || ${key}, count(*), round(sum(${scoreSql()}), 6) FROM events WHERE target IS NOT NULL GROUP BY ${e.key}, actor, target`;
    append(rows, prepared(db, sql).raw().all() as [string, number, number][]);
  }
  for (const g of GRAINS) {
    const key = `'${g}' || '|' || ${grainKeySql(g, "day_from")} || '|' || ${grainKeySql(g, "day_to")} || '|' || dimension || '|' || origin`;
    append(rows, prepared(db, `SELECT 'totals|' || ${key}, count(*), 0 FROM events GROUP BY 1`).raw().all() as [string, number, number][]);
  }
  return normalise(rows);
}

const normalise = (rows: [string, number, number][]): Snapshot =>
  rows.map(([k, n, s]) => [k, n, s + 0] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
