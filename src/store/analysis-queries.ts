/** @module Reads for the analysis: dyad cells, network edges, period volumes and events around a break. */
import type Database from "better-sqlite3";
import type { Dimension } from "../domain/dimension.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import type { OriginChoice } from "../analysis/analysis-options.js";
import { coversActor, directionOf, type DyadCell } from "../analysis/dyad-cell.js";
import type { EdgeCell } from "../analysis/network.js";
import { addDays, weekStart, type Grain } from "../analysis/period.js";
import { grainKeySql, scoreSql } from "./analysis-score-sql.js";
import { lastDay } from "./day-range.js";

/**
 * Every read is exact whatever the state of the rollups: it sums rolled-up cells for the whole
 * periods inside the window, raw events for the ragged days at its edges, raw events not yet rolled
 * up (rowid above the watermark) and the pending log of deleted/updated rows. So no read needs write
 * access, and a refresh only ever makes reads faster.
 */
export interface AnalysisScope {
  readonly dimension?: Dimension | undefined;
  readonly origin?: OriginChoice | undefined;
  /** First and last day of the window (events are windowed by their first day). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

interface RawCell {
  actor: string;
  target: string;
  kfrom: string;
  kto: string;
  dimension: string;
  origin: string;
  type: string;
  quad_class: number;
  n: number;
  score: number;
}

const code = (grain: Grain): "M" | "W" => (grain === "week" ? "W" : "M");

/** The window split into whole grain periods [first, last] (served by rollups) and ragged day ranges. */
export function windowPlan(grain: Grain, from?: string, to?: string) {
  const firstFull = from === undefined ? undefined : grain === "month" ? (from.endsWith("-01") ? from.slice(0, 7) : addDays(lastDay(from.slice(0, 7)), 1).slice(0, 7)) : weekStart(from) === from ? from : addDays(weekStart(from), 7);
  const lastFull = to === undefined ? undefined : grain === "month" ? (lastDay(to.slice(0, 7)) === to ? to.slice(0, 7) : addDays(`${to.slice(0, 7)}-01`, -1).slice(0, 7)) : addDays(to, 1) === addDays(weekStart(to), 7) ? weekStart(to) : addDays(weekStart(to), -7);
  const startOf = (k: string): string => (grain === "month" ? `${k}-01` : k);
  const endOf = (k: string): string => (grain === "month" ? lastDay(k) : addDays(k, 6));
  if (firstFull !== undefined && lastFull !== undefined && firstFull > lastFull) {
    return { full: null, ragged: [[from!, to!]] as [string, string][] };
  }
  const ragged: [string, string][] = [];
  if (from !== undefined && firstFull !== undefined && from < startOf(firstFull)) ragged.push([from, addDays(startOf(firstFull), -1)]);
  if (to !== undefined && lastFull !== undefined && endOf(lastFull) < to) ragged.push([addDays(endOf(lastFull), 1), to]);
  return { full: { first: firstFull, last: lastFull, bounded: from !== undefined || to !== undefined }, ragged };
}

class Sql {
  readonly where: string[] = [];
  readonly params: unknown[] = [];
  add(clause: string, ...values: unknown[]): this {
    this.where.push(clause);
    this.params.push(...values);
    return this;
  }
  scope(s: AnalysisScope): this {
    if (s.dimension) this.add("dimension = ?", s.dimension);
    if (s.origin === "imported") this.add("origin >= 'imported:' AND origin < 'imported;'");
    else if (s.origin && s.origin !== "all") this.add("origin = ?", s.origin);
    return this;
  }
  in(column: string, values: readonly string[]): this {
    return this.add(`${column} IN (${values.map(() => "?").join(", ") || "NULL"})`, ...values);
  }
  /** kfrom within the whole periods of the plan (undated rows only when the window is unbounded). */
  fullPeriods(full: NonNullable<ReturnType<typeof windowPlan>["full"]>, column = "kfrom"): this {
    if (full.bounded) this.add(`${column} > ''`);
    if (full.first !== undefined) this.add(`${column} >= ?`, full.first);
    if (full.last !== undefined) this.add(`${column} <= ?`, full.last);
    return this;
  }
  dayWindow(s: AnalysisScope): this {
    if (s.from !== undefined) this.add("day_from >= ?", s.from);
    if (s.to !== undefined) this.add("day_from <= ?", s.to);
    return this;
  }
  get clause(): string {
    return this.where.length ? `WHERE ${this.where.join(" AND ")}` : "";
  }
}

const watermark = (db: Database.Database): number =>
  (db.prepare("SELECT last_rowid AS w FROM analysis_watermark WHERE id = 1").get() as { w: number }).w;

/** Actor codes covered by `code` (itself and sub-codes) that occur anywhere in the store. */
export function familyMembers(db: Database.Database, codeValue: string): string[] {
  const w = watermark(db);
  const hi = `${codeValue}/`; // '/' follows '.' and '-': the range holds every code starting with codeValue
  const rows = db
    .prepare(
      `SELECT actor AS a FROM analysis_actors WHERE actor >= @lo AND actor < @hi
       UNION SELECT actor FROM events WHERE rowid > @w AND actor >= @lo AND actor < @hi
       UNION SELECT target FROM events WHERE rowid > @w AND target >= @lo AND target < @hi
       UNION SELECT actor FROM analysis_pending WHERE actor >= @lo AND actor < @hi
       UNION SELECT target FROM analysis_pending WHERE target >= @lo AND target < @hi`,
    )
    .pluck()
    .all({ lo: codeValue, hi, w }) as string[];
  return rows.filter((a) => coversActor(codeValue, a));
}

const CELL_COLUMNS = "actor, target, kfrom, kto, dimension, origin, type, quad_class";

/** Raw events (or pending rows) as cells with the same keys as the rollup. */
function rawCellsSql(grain: "M" | "W", table: "events" | "analysis_pending", clause: string): string {
  const weight = table === "events" ? "1" : "sign";
  return `SELECT actor, target, ${grainKeySql(grain, "day_from")} AS kfrom, ${grainKeySql(grain, "day_to")} AS kto, dimension, origin, type, quad_class,
            sum(${weight}) AS n, sum(${weight} * ${scoreSql()}) AS score
          FROM ${table} ${clause} GROUP BY ${CELL_COLUMNS}`;
}

/**
 * Cells of dyad A–B (both directions, sub-codes included) at the grain the period needs.
 * @example dyadCells(store.db, "USA", "IRQ", "month", { from: "2019-01-01", to: "2020-12-31" })
 */
export function dyadCells(db: Database.Database, a: string, b: string, grain: Grain, scope: AnalysisScope = {}): DyadCell[] {
  const g = code(grain);
  const w = watermark(db);
  const famA = familyMembers(db, a);
  const famB = familyMembers(db, b);
  const plan = windowPlan(grain, scope.from, scope.to);
  const cells: DyadCell[] = [];
  const passes = [["forward", famA, famB], ["backward", famB, famA]] as const;
  for (const [direction, src, dst] of passes) {
    const rows: RawCell[] = [];
    if (plan.full) {
      const q = new Sql().add("grain = ?", g).in("actor", src).in("target", dst).fullPeriods(plan.full).scope(scope);
      rows.push(...(db.prepare(`SELECT ${CELL_COLUMNS}, n, score FROM analysis_cells ${q.clause}`).all(...q.params) as RawCell[]));
      const p = new Sql().in("actor", src).in("target", dst).scope(scope);
      const pend = db.prepare(rawCellsSql(g, "analysis_pending", p.clause)).all(...p.params) as RawCell[];
      rows.push(...pend.filter((r) => inFull(r.kfrom, plan.full!)));
    }
    for (const [first, last] of plan.ragged) {
      const q = new Sql().in("actor", src).in("target", dst).add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).scope(scope);
      rows.push(...(db.prepare(rawCellsSql(g, "events", q.clause)).all(...q.params) as RawCell[]));
    }
    const d = new Sql().add("rowid > ?", w).in("actor", src).in("target", dst).dayWindow(scope).scope(scope);
    rows.push(...(db.prepare(rawCellsSql(g, "events", d.clause)).all(...d.params) as RawCell[]));
    for (const r of rows) {
      // With nested codes (IRQ vs IRQ.PARLIAMENT) a row can read both ways; it counts once, as A→B.
      if (direction === "backward" && directionOf(r, a, b) === "forward") continue;
      if (r.n !== 0) cells.push(toCell(r, direction));
    }
  }
  return cells;
}

const inFull = (k: string, full: NonNullable<ReturnType<typeof windowPlan>["full"]>): boolean =>
  !(full.bounded && k === "") && (full.first === undefined || k >= full.first) && (full.last === undefined || k <= full.last);

function toCell(r: RawCell, direction: "forward" | "backward"): DyadCell {
  return {
    direction,
    from: r.kfrom,
    to: r.kto,
    dimension: r.dimension as Dimension,
    origin: r.origin,
    type: r.type as PloverType,
    quadClass: r.quad_class as QuadClass,
    n: r.n,
    score: r.score,
  };
}

/**
 * Directed edges by QuadClass between all actors in the window (month grain; sub-codes kept apart).
 * @example networkCells(store.db, { from: "2020-01-01", to: "2020-12-31" })
 */
export function networkCells(db: Database.Database, scope: AnalysisScope = {}): EdgeCell[] {
  const w = watermark(db);
  const plan = windowPlan("month", scope.from, scope.to);
  const parts: { sql: string; params: unknown[] }[] = [];
  if (plan.full) {
    const q = new Sql().add("grain = 'M'").fullPeriods(plan.full).scope(scope);
    parts.push({ sql: `SELECT actor, target, quad_class, sum(n) AS n, sum(score) AS score FROM analysis_cells ${q.clause} GROUP BY actor, target, quad_class`, params: q.params });
    const p = new Sql().add("target IS NOT NULL").fullPeriods(plan.full, grainKeySql("M", "day_from")).scope(scope);
    parts.push({ sql: `SELECT actor, target, quad_class, sum(sign) AS n, sum(sign * ${scoreSql()}) AS score FROM analysis_pending ${p.clause} GROUP BY actor, target, quad_class`, params: p.params });
  }
  const raw = (q: Sql) => ({ sql: `SELECT actor, target, quad_class, count(*) AS n, sum(${scoreSql()}) AS score FROM events ${q.clause} GROUP BY actor, target, quad_class`, params: q.params });
  for (const [first, last] of plan.ragged) parts.push(raw(new Sql().add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).add("target IS NOT NULL").scope(scope)));
  parts.push(raw(new Sql().add("rowid > ?", w).add("target IS NOT NULL").dayWindow(scope).scope(scope)));
  const cells: EdgeCell[] = [];
  for (const part of parts) {
    for (const r of db.prepare(part.sql).all(...part.params) as { actor: string; target: string; quad_class: number; n: number; score: number }[]) {
      if (r.n !== 0) cells.push({ actor: r.actor, target: r.target, quadClass: r.quad_class as QuadClass, n: r.n, score: r.score });
    }
  }
  return cells;
}

/**
 * Events of all actors per grain slot under the same filters: the normaliser for `--normalise`.
 * @example periodVolumes(totalCells(store.db, "month", scope), "quarter")
 */
export function totalCells(db: Database.Database, grain: Grain, scope: AnalysisScope = {}): { from: string; to: string; n: number }[] {
  const g = code(grain);
  const w = watermark(db);
  const plan = windowPlan(grain, scope.from, scope.to);
  const out: { from: string; to: string; n: number }[] = [];
  const keys = `${grainKeySql(g, "day_from")} AS kfrom, ${grainKeySql(g, "day_to")} AS kto`;
  const push = (sql: string, params: unknown[]) => out.push(...(db.prepare(sql).all(...params) as { kfrom: string; kto: string; n: number }[]).map((r) => ({ from: r.kfrom, to: r.kto, n: r.n })));
  if (plan.full) {
    const q = new Sql().add("grain = ?", g).fullPeriods(plan.full).scope(scope);
    push(`SELECT kfrom, kto, sum(n) AS n FROM analysis_totals ${q.clause} GROUP BY kfrom, kto`, q.params);
    const p = new Sql().fullPeriods(plan.full, grainKeySql(g, "day_from")).scope(scope);
    push(`SELECT ${keys}, sum(sign) AS n FROM analysis_pending ${p.clause} GROUP BY 1, 2`, p.params);
  }
  for (const [first, last] of plan.ragged) {
    const q = new Sql().add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).scope(scope);
    push(`SELECT ${keys}, count(*) AS n FROM events ${q.clause} GROUP BY 1, 2`, q.params);
  }
  const d = new Sql().add("rowid > ?", w).dayWindow(scope).scope(scope);
  push(`SELECT ${keys}, count(*) AS n FROM events ${d.clause} GROUP BY 1, 2`, d.params);
  return out;
}

export interface ScoredEvent {
  readonly id: string;
  readonly date: string | null;
  readonly actor: string;
  readonly target: string;
  readonly type: string;
  readonly quadClass: number;
  readonly score: number;
  readonly origin: string;
  readonly document: string | null;
  readonly sentence: string | null;
  readonly url: string | null;
}

/**
 * The dyad's strongest events (largest |score| first) whose first day lies in [first, last]: what an
 * analyst reads to see what happened at a break.
 */
export function strongestEvents(db: Database.Database, a: string, b: string, first: string, last: string, limit: number, scope: AnalysisScope = {}): ScoredEvent[] {
  const famA = familyMembers(db, a);
  const famB = familyMembers(db, b);
  const dir = (src: string[], dst: string[]) => new Sql().in("actor", src).in("target", dst).add("day_from >= ? AND day_from <= ?", first, last).scope(scope);
  const f = dir(famA, famB);
  const r = dir(famB, famA);
  const cols = `id, date, actor, target, type, quad_class AS quadClass, ${scoreSql()} AS score, origin, document, sentence, url`;
  return db
    .prepare(`SELECT * FROM (SELECT ${cols} FROM events ${f.clause} UNION SELECT ${cols} FROM events ${r.clause}) ORDER BY abs(score) DESC, date, id LIMIT ?`)
    .all(...f.params, ...r.params, limit) as ScoredEvent[];
}
