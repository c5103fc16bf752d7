/** @module Reads for the analysis: dyad cells, network edges, period volumes and events around a break. */
import type Database from "better-sqlite3";
import type { Dimension } from "../domain/dimension.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import type { OriginChoice } from "../analysis/analysis-options.js";
import { coversActor, type DyadCell } from "../analysis/dyad-cell.js";
import type { PairRow } from "../analysis/network.js";
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

/** A cell as SQL returns it (raw rows: a dyad series reads thousands, and arrays cost less than objects). */
type RawCell = [kfrom: string, kto: string, type: PloverType, quadClass: QuadClass, n: number, score: number];

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

/** The watermark, and whether events lie above it or logged changes wait: reads skip the sources that are empty. */
function rollupState(db: Database.Database): { w: number; unrolled: boolean; pending: boolean } {
  const sql = "SELECT last_rowid, (SELECT coalesce(max(rowid), 0) FROM events), EXISTS (SELECT 1 FROM analysis_pending) FROM analysis_watermark WHERE id = 1";
  const [w, top, pending] = prepared(db, sql).raw().get() as [number, number, number];
  return { w, unrolled: top > w, pending: pending === 1 };
}

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

/** A code and its sub-codes in SQL without listing them (`coversActor`'s dot rule; '/' sorts right after '.'). */
const family = (column: string, c: string): [string, string, string, string] => [`(${column} = ? OR (${column} >= ? AND ${column} < ?))`, c, `${c}.`, `${c}/`];

/**
 * Cells of dyad A–B (both directions, sub-codes included) at the grain the period needs.
 * A monthly (quarterly, yearly) series of two root codes reads the root rollup by exact key; sub-code
 * dyads and weekly series read events through the dyad index by the codes' family lists.
 * @example dyadCells(store.db, "USA", "IRQ", "month", { from: "2019-01-01", to: "2020-12-31" })
 */
export function dyadCells(db: Database.Database, a: string, b: string, grain: Grain, scope: AnalysisScope = {}): DyadCell[] {
  const g = code(grain);
  const { w, unrolled, pending } = rollupState(db);
  const unsplit = !scope.dimension && (scope.origin === undefined || scope.origin === "all");
  // Without a dimension or origin filter the cells summed over both are read as they are (no grouping).
  const rollup = isRoot(a) && isRoot(b) && a !== b && g === "M" ? (unsplit ? "analysis_dyad_cells" : "analysis_root_cells") : null;
  const plan = rollup ? windowPlan(grain, scope.from, scope.to) : { full: null, ragged: [] as [string, string][] };
  // Family lists let the dyad index seek each (actor, target) pair; only the reads through it need them.
  const needLists = !(rollup && plan.full) || plan.ragged.length > 0;
  const famA = needLists ? familyMembers(db, a) : [];
  const famB = needLists ? familyMembers(db, b) : [];
  const nested = coversActor(a, b) || coversActor(b, a);
  const cells: DyadCell[] = [];
  const passes = [["forward", a, b, famA, famB], ["backward", b, a, famB, famA]] as const;
  for (const [direction, src, dst, famSrc, famDst] of passes) {
    const rows: RawCell[] = [];
    const read = (sql: string, params: unknown[]): void => append(rows, prepared(db, sql).raw().all(...params) as RawCell[]);
    // With nested codes (IRQ vs IRQ.PARLIAMENT) a row can read both ways; it counts once, as A→B.
    const dyad = (q: Sql): Sql => {
      q.in("actor", famSrc).in("target", famDst);
      return direction === "backward" && nested ? q.add(`NOT (actor IN (${famA.map(() => "?").join(", ") || "NULL"}) AND target IN (${famB.map(() => "?").join(", ") || "NULL"}))`, ...famA, ...famB) : q;
    };
    // The pending log and the unrolled rows are scanned, not sought: codes match by range (never nested here).
    const dyadRange = (q: Sql): Sql => q.add(...family("actor", src)).add(...family("target", dst));
    if (plan.full && rollup) {
      const q = new Sql().add("grain = ?", g).add("actor = ? AND target = ?", src, dst).fullPeriods(plan.full).scope(scope);
      read(unsplit ? `SELECT kfrom, kto, type, quad_class, n, score FROM ${rollup} ${q.clause}` : `SELECT kfrom, kto, type, quad_class, sum(n), sum(score) FROM ${rollup} ${q.clause} ${CELL_GROUP}`, q.params);
      if (pending) {
        const p = dyadRange(new Sql()).fullPeriods(plan.full, grainKeySql(g, "day_from")).scope(scope);
        read(rawCellsSql(g, "analysis_pending", p.clause), p.params);
      }
      for (const [first, last] of plan.ragged) {
        const q = dyad(new Sql()).add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).scope(scope);
        read(rawCellsSql(g, "events", q.clause), q.params);
      }
      if (unrolled) {
        const d = dyadRange(new Sql().add("rowid > ?", w)).dayWindow(scope).scope(scope);
        read(rawCellsSql(g, UNROLLED, d.clause), d.params);
      }
    } else {
      const q = dyad(new Sql()).dayWindow(scope).scope(scope);
      read(rawCellsSql(g, "events", q.clause), q.params);
    }
    for (const [from, to, type, quadClass, n, score] of rows) {
      // Logged changes can net to no events and still move the score (an updated intensity): kept.
      if (n !== 0 || score !== 0) cells.push({ direction, from, to, dimension: null, origin: null, type, quadClass, n, score });
    }
  }
  return cells;
}

/** An event row as one pair row: a 1 in its QuadClass column, its score (times `sign` for the pending log). */
const PAIR_OF_ROW = (weight: string): string =>
  `actor, target, ${[1, 2, 3, 4].map((q) => `${weight} * (quad_class = ${q}) AS q${q}`).join(", ")}, ${weight} * ${scoreSql()} AS score`;

/** Sums pair rows of several sources by (actor, target): one statement, rows in (actor, target) order. */
const PAIR_SUM = (parts: readonly string[]): string =>
  `SELECT actor, target, sum(q1), sum(q2), sum(q3), sum(q4), sum(score) FROM (${parts.join(" UNION ALL ")}) GROUP BY actor, target`;

/**
 * Directed pairs with their events per QuadClass and score sum between all actors in the window
 * (sub-codes kept apart), one row per pair, self-loops left out. Sources: the edge rollup for whole
 * years, events for the days of partial years and for rows not yet rolled up, and the pending log of
 * deletions/updates the rollup served. A dimension or origin filter reads events through the day
 * index instead (the edge rollup does not split them).
 *
 * One year — the common read — is one key range of the rollup, already one row per pair in pair
 * order: it is handed over as a lazy iterator (no GROUP BY, whose sorter costs as much as the read),
 * and the other sources, usually empty, are summed apart and folded in.
 * @example networkOfPairs(networkPairs(store.db, { from: "2020-01-01", to: "2020-12-31" }))
 */
export function networkPairs(db: Database.Database, scope: AnalysisScope = {}, minEvents = 1): Iterable<PairRow> {
  const parts: string[] = [];
  const params: unknown[] = [];
  const part = (sql: string, q: Sql): void => {
    parts.push(`${sql} ${q.clause}`);
    params.push(...q.params);
  };
  const grouped = (): IterableIterator<PairRow> =>
    prepared(db, `${PAIR_SUM(parts)} HAVING actor <> target AND sum(q1) + sum(q2) + sum(q3) + sum(q4) >= ?`).raw().iterate(...params, minEvents) as IterableIterator<PairRow>;
  if (scope.dimension || (scope.origin && scope.origin !== "all")) {
    part(`SELECT ${PAIR_OF_ROW("1")} FROM events`, new Sql().add("target IS NOT NULL").dayWindow(scope).scope(scope));
    return grouped();
  }
  const { w, unrolled, pending } = rollupState(db);
  const years = windowPlan("year", scope.from, scope.to);
  for (const [first, last] of years.ragged) {
    part(`SELECT ${PAIR_OF_ROW("1")} FROM events`, new Sql().add("target IS NOT NULL AND day_from >= ? AND day_from <= ? AND rowid <= ?", first, last, w));
  }
  if (unrolled) part(`SELECT ${PAIR_OF_ROW("1")} FROM ${UNROLLED}`, new Sql().add("rowid > ? AND target IS NOT NULL", w).dayWindow(scope));
  if (pending) {
    // Logged deletions/updates touch only what the rollup served: inside the window, outside the ragged days.
    const p = new Sql().add("target IS NOT NULL");
    if (scope.from !== undefined || scope.to !== undefined) p.add("day_from IS NOT NULL").dayWindow(scope);
    for (const [first, last] of years.ragged) p.add("NOT (day_from >= ? AND day_from <= ?)", first, last);
    part(`SELECT ${PAIR_OF_ROW("sign")} FROM analysis_pending`, p);
  }
  if (!years.full) return parts.length ? grouped() : [];
  const { first, last } = years.full;
  if (first === undefined || first !== last) {
    part("SELECT actor, target, q1, q2, q3, q4, score FROM analysis_edges", new Sql().add("grain = 'Y'").fullPeriods(years.full, "k"));
    return grouped();
  }
  const others = parts.length ? (prepared(db, PAIR_SUM(parts)).raw().all(...params) as PairRow[]) : [];
  const year = "SELECT actor, target, q1, q2, q3, q4, score FROM analysis_edges WHERE grain = 'Y' AND k = ? AND actor <> target";
  if (others.length === 0) return prepared(db, `${year} AND q1 + q2 + q3 + q4 >= ?`).raw().iterate(first, minEvents) as IterableIterator<PairRow>;
  return foldPairs(prepared(db, year).raw().iterate(first) as IterableIterator<PairRow>, others);
}

/** Adds the few pairs of `others` into the rollup's pairs (then appends those the rollup lacks). */
function* foldPairs(rollup: Iterable<PairRow>, others: readonly PairRow[]): Generator<PairRow> {
  const key = (r: PairRow): string => `${r[0]}\u0000${r[1]}`;
  const extra = new Map(others.map((r) => [key(r), r]));
  for (const r of rollup) {
    const o = extra.get(key(r));
    if (o === undefined) {
      yield r;
      continue;
    }
    extra.delete(key(r));
    yield [r[0], r[1], r[2] + o[2], r[3] + o[3], r[4] + o[4], r[5] + o[5], r[6] + o[6]];
  }
  yield* extra.values();
}

/**
 * Events of all actors per grain slot under the same filters: the normaliser for `--normalise`.
 * @example periodVolumes(totalCells(store.db, "month", scope), "quarter")
 */
export function totalCells(db: Database.Database, grain: Grain, scope: AnalysisScope = {}): { from: string; to: string; n: number }[] {
  const g = code(grain);
  const { w, unrolled, pending } = rollupState(db);
  const plan = windowPlan(grain, scope.from, scope.to);
  const out: { from: string; to: string; n: number }[] = [];
  const keys = `${grainKeySql(g, "day_from")} AS kfrom, ${grainKeySql(g, "day_to")} AS kto`;
  const push = (sql: string, params: unknown[]) => append(out, (prepared(db, sql).all(...params) as { kfrom: string; kto: string; n: number }[]).map((r) => ({ from: r.kfrom, to: r.kto, n: r.n })));
  if (plan.full) {
    const q = new Sql().add("grain = ?", g).fullPeriods(plan.full).scope(scope);
    push(`SELECT kfrom, kto, sum(n) AS n FROM analysis_totals ${q.clause} GROUP BY kfrom, kto`, q.params);
    const p = new Sql().fullPeriods(plan.full, grainKeySql(g, "day_from")).scope(scope);
    if (pending) push(`SELECT ${keys}, sum(sign) AS n FROM analysis_pending ${p.clause} GROUP BY 1, 2`, p.params);
  }
  for (const [first, last] of plan.ragged) {
    const q = new Sql().add("day_from >= ? AND day_from <= ?", first, last).add("rowid <= ?", w).scope(scope);
    push(`SELECT ${keys}, count(*) AS n FROM events ${q.clause} GROUP BY 1, 2`, q.params);
  }
  const d = new Sql().add("rowid > ?", w).dayWindow(scope).scope(scope);
  if (unrolled) push(`SELECT ${keys}, count(*) AS n FROM ${UNROLLED} ${d.clause} GROUP BY 1, 2`, d.params);
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
