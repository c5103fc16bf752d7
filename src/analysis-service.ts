/** @module Analysis use-cases over a store: dyad series, turning points, network, figures, period comparison. */
import { DIMENSIONS, type Dimension } from "./domain/dimension.js";
import type { Event } from "./domain/event.js";
import { InvalidInput } from "./domain/errors.js";
import { CompareOptions, DyadOptions, FigureOptions, NetworkOptions, TurningPointOptions } from "./analysis/analysis-options.js";
import { comparePeriods, type PeriodSummary } from "./analysis/compare-periods.js";
import { directionOf } from "./analysis/dyad-cell.js";
import { dyadSeries, periodVolumes, placeCell, type DyadSeries } from "./analysis/dyad-series.js";
import { figureSeries, type FigureSeries } from "./analysis/figures.js";
import { networkOfPairs, type Network } from "./analysis/network.js";
import { addDays, grainKey, grainOf, isPeriod, periodBounds } from "./analysis/period.js";
import { turningPoints, type TurningPoint, type TurningPoints } from "./analysis/turning-points.js";
import { dyadCells, networkPairs, strongestEvents, totalCells, type ScoredEvent } from "./store/analysis-queries.js";
import { refreshAnalysis, unrolledCount, type RefreshReport } from "./store/analysis-rollups.js";
import { firstDay, lastDay } from "./store/day-range.js";
import type { SqliteStore } from "./store/sqlite-store.js";
import { dayRange } from "./analysis/dyad-cell.js";

export interface TurningPointReport extends TurningPoints {
  readonly dimension: Dimension | null;
  readonly points: readonly (TurningPoint & { readonly events: readonly ScoredEvent[] })[];
}

/** Below this many not-yet-rolled-up events, reads just add them on the fly rather than take the write lock. */
const REFRESH_THRESHOLD = 5_000;

/** Page cache for analysis reads, in KiB (SQLite's default is 2 MiB): a year of network edges is ~40 MiB of rollup pages. */
const CACHE_KIB = 64 * 1024;

export class AnalysisService {
  constructor(readonly store: SqliteStore) {
    // Repeated reads (the web workbench, a brief's several charts) then stay in process memory even where
    // the OS is quick to drop file pages; the cache only grows as pages are read.
    const current = store.db.pragma("cache_size", { simple: true }) as number;
    if (current >= 0 || -current < CACHE_KIB) store.db.pragma(`cache_size = -${CACHE_KIB}`);
  }

  /** Rolls up new events when the store is writable and enough have arrived; reads are exact either way. */
  refresh(force = false): RefreshReport | null {
    const db = this.store.db;
    if (db.readonly) return null;
    if (!force && unrolledCount(db) < REFRESH_THRESHOLD && !this.hasPending()) return null;
    try {
      return refreshAnalysis(db);
    } catch (e) {
      // Another process holds the write lock (a long import): reading without refreshing is still exact.
      if ((e as { code?: string }).code === "SQLITE_BUSY") return null;
      throw e;
    }
  }

  /** How many events the next read will roll up first (0 when the store is read-only: reads add them on the fly). */
  pendingRollup(): number {
    const n = unrolledCount(this.store.db);
    return this.store.db.readonly || n < REFRESH_THRESHOLD ? 0 : n;
  }

  private hasPending(): boolean {
    return this.store.db.prepare("SELECT 1 FROM analysis_pending LIMIT 1").get() !== undefined;
  }

  /** One series, or one per dimension when `dimension` is `each`. */
  dyad(input: DyadOptions): DyadSeries[] {
    const o = DyadOptions.parse(input);
    this.refresh();
    const window = { from: o.from ? firstDay(o.from) : undefined, to: o.to ? lastDay(o.to) : undefined };
    const dims: (Dimension | undefined)[] = o.dimension === "each" ? [...DIMENSIONS] : [o.dimension];
    const grain = grainOf(o.by);
    return dims.map((dimension) => {
      const scope = { ...window, dimension, origin: o.origin };
      const cells = dyadCells(this.store.db, o.a, o.b, grain, scope);
      const volumes = o.normalise ? periodVolumes(totalCells(this.store.db, grain, scope), o.by) : undefined;
      return dyadSeries(cells, { a: o.a, b: o.b, by: o.by, dimension, origin: o.origin, ...window, volumes });
    });
  }

  /** The events behind one period of a dyad series: exactly those it counts. */
  explain(input: DyadOptions, period: string): Event[] {
    const o = DyadOptions.parse(input);
    if (!isPeriod(period, o.by)) throw new InvalidInput(`--explain "${period}" is not a ${o.by} (e.g. ${examplePeriod[o.by]})`);
    const { first, last } = periodBounds(period, o.by);
    const from = o.from && firstDay(o.from) > first ? firstDay(o.from) : first;
    const to = o.to && lastDay(o.to) < last ? lastDay(o.to) : last;
    const grain = grainOf(o.by);
    return this.store
      .events({ dyad: [o.a, o.b], from, to, ...(o.dimension && o.dimension !== "each" ? { dimension: o.dimension } : {}), ...(o.origin !== "all" ? { origin: o.origin } : {}) })
      .filter((e) => {
        const r = dayRange(e);
        if (!r || r.first < from || r.first > to || directionOf(e, o.a, o.b) === null) return false;
        return placeCell({ from: grainKey(r.first, grain), to: grainKey(r.last, grain) }, o.by) === period;
      });
  }

  turningPoints(input: TurningPointOptions): TurningPointReport[] {
    const o = TurningPointOptions.parse(input);
    return this.dyad(o).map((series) => {
      const tp = turningPoints(series, { penalty: o.penalty, minSegment: o.minSegment });
      const scope = { dimension: series.dimension ?? undefined, origin: o.origin };
      return {
        ...tp,
        dimension: series.dimension,
        points: tp.points.map((p) => {
          const first = periodBounds(p.previous, o.by).first;
          const last = periodBounds(p.period, o.by).last;
          return { ...p, events: o.around ? strongestEvents(this.store.db, o.a, o.b, first, last, o.around, scope) : [] };
        }),
      };
    });
  }

  network(input: NetworkOptions): Network {
    const o = NetworkOptions.parse(input);
    this.refresh();
    const scope = { from: o.from ? firstDay(o.from) : undefined, to: o.to ? lastDay(o.to) : undefined, dimension: o.dimension, origin: o.origin };
    return networkOfPairs(networkPairs(this.store.db, scope, o.minEvents), { minEvents: o.minEvents });
  }

  figures(input: FigureOptions): FigureSeries[] {
    const o = FigureOptions.parse(input);
    return figureSeries(this.store.quantities({ subject: o.subject, measure: o.measure }));
  }

  /** Ranges are half-open, FROM..TO covers FROM up to the day before TO, so back-to-back terms never share a day. */
  compare(input: CompareOptions): PeriodSummary[] {
    const o = CompareOptions.parse(input);
    this.refresh();
    const periods = o.periods.map((p) => {
      const first = firstDay(p.from);
      const last = addDays(firstDay(p.to), -1);
      const cells = dyadCells(this.store.db, o.a, o.b, "month", { from: first, to: last, dimension: o.dimension, origin: o.origin });
      return { label: p.label, first, last, cells };
    });
    return comparePeriods(periods, { top: o.top });
  }
}

const examplePeriod = { week: "2020-01-06 (a Monday)", month: "2020-01", quarter: "2020-Q1", year: "2020" } as const;
