/** @module Reads for the analysis: dyad cells, network edges, period volumes and events around a break. */
import type Database from "better-sqlite3";
import type { Dimension } from "../domain/dimension.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import type { OriginChoice } from "../analysis/analysis-options.js";
import { coversActor, type DyadCell } from "../analysis/dyad-cell.js";
import type { EdgeCell } from "../analysis/network.js";
import { addDays, weekStart, type Grain } from "../analysis/period.js";
import { grainKeySql, scoreSql } from "./analysis-score-sql.js";
import { lastDay } from "./day-range.js";
import { append, prepared } from "./analysis-statements.js";

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
  kfrom: string;
  kto: string;
  type: string;
  quad_class: number;
  n: number;
  score: number;
}

const code = (grain: Grain): "M" | "W" => (grain === "week" ? "W" : "M");

type Unit = Grain | "year";

/** Key, first day and last day of the unit period holding `day`. */
function unitOf(unit: Unit, day: string): { key: string; first: string; last: string } {
  if (unit === "year") return { key: day.slice(0, 4), first: `${day.slice(0, 4)}-01-01`, last: `${day.slice(0, 4)}-12-31` };
  if (unit === "month") return { key: day.slice(0, 7), first: `${day.slice(0, 7)}-01`, last: lastDay(day.slice(0, 7)) };
  const monday = weekStart(day);
  return { key: monday, first: monday, last: addDays(monday, 6) };
}

/**
 * The window split into whole unit periods [first, last] (served by rollups) and the ragged day
 * ranges at its ends (served by events). Keys compare as strings: YYYY, YYYY-MM, or a Monday.
 */
export function windowPlan(unit: Unit, from?: string, to?: string) {
  let firstFull: string | undefined;
  let lastFull: string | undefined;
  const ragged: [string, string][] = [];
  if (from !== undefined) {
    const u = unitOf(unit, from);
    firstFull = u.first === from ? u.key : unitOf(unit, addDays(u.last, 1)).key;
    if (u.first !== from) ragged.push([from, to !== undefined && to < u.last ? to : u.last]);
  }
  if (to !== undefined) {
    const u = unitOf(unit, to);
    lastFull = u.last === to ? u.key : unitOf(unit, addDays(u.first, -1)).key;
    const start = from !== undefined && from > u.first ? from : u.first;
    if (u.last !== to && !(from !== undefined && unitOf(unit, from).key === u.key)) ragged.push([start, to]);
  }
  if (firstFull !== undefined && lastFull !== undefined && firstFull > lastFull) return { full: null, ragged };
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
  fullPeriods(full: { readonly first?: string | undefined; readonly last?: string | undefined; readonly bounded: boolean }, column = "kfrom"): this {
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
  (prepared(db, "SELECT last_rowid AS w FROM analysis_watermark WHERE id = 1").get() as { w: number }).w;

/** Actor codes covered by `code` (itself and sub-codes) that occur anywhere in the store. */
export function familyMembers(db: Database.Database, codeValue: string): string[] {
  const params = { lo: codeValue, hi: `${codeValue}/`, w: watermark(db) }; // '/' sorts after '.' and '-'
  const found = new Set<string>();
  // Separate statements: in one UNION the planner scans whole indexes to merge, ignoring the rowid range.
  for (const sql of [
    "SELECT actor FROM analysis_actors WHERE actor >= @lo AND actor < @hi",
    "SELECT actor FROM events NOT INDEXED WHERE rowid > @w AND actor >= @lo AND actor < @hi",
    "SELECT target FROM events NOT INDEXED WHERE rowid > @w AND target >= @lo AND target < @hi",
    "SELECT actor FROM analysis_pending WHERE actor >= @lo AND actor < @hi",
    "SELECT target FROM analysis_pending WHERE target >= @lo AND target < @hi",
  ]) {
    for (const r of prepared(db, sql).raw().all(params) as [string][]) found.add(r[0]);
  }
  return [...found].filter((a) => coversActor(codeValue, a)).sort();
}

/**
 * Rows above the watermark are read by rowid range: NOT INDEXED stops the planner from scanning a
 * whole secondary index (to group or to match codes) when the range holds a handful of rows.
 */
const UNROLLED = "events NOT INDEXED";
type UNROLLED = typeof UNROLLED;

/** Cells come back summed over actor sub-codes, dimensions and origins (filters already applied in SQL). */
const CELL_GROUP = "GROUP BY kfrom, kto, type, quad_class";

/** Raw events (or pending rows) as cells with the same keys as the rollup. */
function rawCellsSql(grain: "M" | "W", table: "events" | UNROLLED | "analysis_pending", clause: string): string {
  const weight = table === "analysis_pending" ? "sign" : "1";
  return `SELECT ${grainKeySql(grain, "day_from")} AS kfrom, ${grainKeySql(grain, "day_to")} AS kto, type, quad_class,
            sum(${weight}) AS n, sum(${weight} * ${scoreSql()}) AS score
          FROM ${table} ${clause} ${CELL_GROUP}`;
}

const isRoot = (c: string): boolean => !c.includes(".");

/**
 * Cells of dyad A–B (both directions, sub-codes included) at the grain the period needs.
 * A monthly (quarterly, yearly) series of two root codes reads the root rollup by exact key; sub-code
 * dyads and weekly series read events through the dyad index by the codes' family lists.
 * @example dyadCells(store.db, "USA", "IRQ", "month", { from: "2019-01-01", to: "2020-12-31" })
 */
export function dyadCells(db: Database.Database, a: string, b: string, grain: Grain, scope: AnalysisScope = {}): DyadCell[] {
  const g = code(grain);
  const w = watermark(db);
  const famA = familyMembers(db, a);
  const famB = familyMembers(db, b);
  const nested = coversActor(a, b) || coversActor(b, a);
  const rollup = isRoot(a) && isRoot(b) && a !== b && g === "M" ? "analysis_root_cells" : null;
  const plan = rollup ? windowPlan(grain, scope.from, scope.to) : { full: null, ragged: [] as [string, string][] };
  const cells: DyadCell[] = [];
  const passes = [["forward", a, b, famA, famB], ["backward", b, a, famB, famA]] as const;
  for (const [direction, src, dst, famSrc, famDst] of passes) {
    const rows: RawCell[] = [];
    // With nested codes (IRQ vs IRQ.PARLIAMENT) a row can read both ways; it counts once, as A→B.
    const dyad = (q: Sql): Sql => {
      q.in("actor", famSrc).in("target", famDst);
      return direction === "backward" && nested ? q.add(`NOT (actor IN (${famA.map(() => "?").join(", ") || "NULL"}) AND target IN (${famB.map(() => "?").join(", ") || "NULL"}))`, ...famA, ...famB) : q;
    };
    if (plan.full && rollup) {
      const q = new Sql().add("grain = ?", g).add("actor = ? AND target = ?", src, dst).fullPeriods(plan.full).scope(scope);
      append(rows, prepared(db, `SELECT kfrom, kto, type, quad_class, sum(n) AS n, sum(score) AS score FROM ${rollup} ${q.clause} ${CELL_GROUP}`).all(...q.params) as RawCell[]);
      const p = dyad(new Sql()).add("target IS NOT NULL").fullPeriods(plan.full, grainKeySql(g, "day_from")).scope(scope);
      append(rows, prepared(db, rawCellsSql(g, "analysis_pending", p.clause)).all(...p.params) as RawCell[]);
      for (const [first, last] of plan.ragged) {
        const q = dyad(new Sql()).add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).scope(scope);
        append(rows, prepared(db, rawCellsSql(g, "events", q.clause)).all(...q.params) as RawCell[]);
      }
      const d = dyad(new Sql().add("rowid > ?", w)).dayWindow(scope).scope(scope);
      append(rows, prepared(db, rawCellsSql(g, UNROLLED, d.clause)).all(...d.params) as RawCell[]);
    } else {
      const q = dyad(new Sql()).dayWindow(scope).scope(scope);
      append(rows, prepared(db, rawCellsSql(g, "events", q.clause)).all(...q.params) as RawCell[]);
    }
    for (const r of rows) {
      if (r.n !== 0) cells.push({ direction, from: r.kfrom, to: r.kto, dimension: null, origin: null, type: r.type as PloverType, quadClass: r.quad_class as QuadClass, n: r.n, score: r.score });
    }
  }
  return cells;
}

const QUADS = (weight: string): string => [1, 2, 3, 4].map((q) => `sum(${weight} * (quad_class = ${q}))`).join(", ");
type EdgeRow = [actor: string, target: string, q1: number, q2: number, q3: number, q4: number, score: number];

/**
 * Directed edges by QuadClass between all actors in the window (sub-codes kept apart). Whole years
 * come from the edge rollup; the days of partial years and unrolled rows from events (day index).
 * A dimension or origin filter reads events through the day index instead (the edge rollup does not
 * split them).
 * @example networkCells(store.db, { from: "2020-01-01", to: "2020-12-31" })
 */
export function networkCells(db: Database.Database, scope: AnalysisScope = {}): EdgeCell[] {
  const cells: EdgeCell[] = [];
  const read = (sql: string, params: unknown[], keep: (r: unknown[]) => boolean = () => true): void => {
    for (const r of prepared(db, sql).raw().all(...params) as unknown[][]) {
      if (!keep(r)) continue;
      const o = r.length - 7; // pending rows lead with their day
      const [actor, target, q1, q2, q3, q4, score] = [r[o], r[o + 1], r[o + 2], r[o + 3], r[o + 4], r[o + 5], r[o + 6]] as EdgeRow;
      if (q1 || q2 || q3 || q4) cells.push({ actor, target, quad: [q1, q2, q3, q4], score });
    }
  };
  const raw = (q: Sql, table = "events"): void =>
    read(`SELECT actor, target, ${QUADS("1")}, sum(${scoreSql()}) FROM ${table} ${q.add("target IS NOT NULL").clause} GROUP BY actor, target`, q.params);
  if (scope.dimension || (scope.origin && scope.origin !== "all")) {
    raw(new Sql().dayWindow(scope).scope(scope));
    return cells;
  }
  const w = watermark(db);
  const years = windowPlan("year", scope.from, scope.to);
  if (years.full) {
    const { first, last } = years.full;
    const q = new Sql().add("grain = 'Y'");
    // One year is one row per pair already; a range of years sums them.
    if (first !== undefined && first === last) q.add("k = ?", first);
    else q.fullPeriods(years.full, "k");
    const group = first !== undefined && first === last ? "" : " GROUP BY actor, target";
    read(`SELECT actor, target, ${group ? "sum(q1), sum(q2), sum(q3), sum(q4), sum(score)" : "q1, q2, q3, q4, score"} FROM analysis_edges ${q.clause}${group}`, q.params);
  }
  for (const [first, last] of years.ragged) raw(new Sql().add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w));
  raw(new Sql().add("rowid > ?", w).dayWindow(scope), UNROLLED);
  // Logged deletions/updates touch only what the rollup served: inside the window, outside the ragged days.
  const inRollup = (day: string | null): boolean =>
    day === null
      ? scope.from === undefined && scope.to === undefined
      : (scope.from === undefined || day >= scope.from) && (scope.to === undefined || day <= scope.to) && !years.ragged.some(([f, l]) => day >= f && day <= l);
  read(
    `SELECT day_from, actor, target, ${QUADS("sign")}, sum(sign * ${scoreSql()}) FROM analysis_pending WHERE target IS NOT NULL GROUP BY 1, 2, 3`,
    [],
    (r) => inRollup(r[0] as string | null),
  );
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
  const push = (sql: string, params: unknown[]) => append(out, (prepared(db, sql).all(...params) as { kfrom: string; kto: string; n: number }[]).map((r) => ({ from: r.kfrom, to: r.kto, n: r.n })));
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
  push(`SELECT ${keys}, count(*) AS n FROM ${UNROLLED} ${d.clause} GROUP BY 1, 2`, d.params);
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
