/** @module Dyad trajectories: per period and direction, counts by QuadClass and PLOVER type and a net score. */
import { byCode } from "./compare-codes.js";
import type { Dimension } from "../domain/dimension.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import { originMatches, type OriginChoice } from "./analysis-options.js";
import type { Direction, DyadCell } from "./dyad-cell.js";
import { SCORING } from "./event-score.js";
import { periodBounds, periodOfDay, periodOfKey, periodRange, type Period } from "./period.js";

export interface DirectionFigures {
  readonly events: number;
  /** Counts by QuadClass 1..4 (verbal coop., material coop., verbal conflict, material conflict). */
  readonly quadClass: Readonly<Record<QuadClass, number>>;
  readonly types: Readonly<Partial<Record<PloverType, number>>>;
  /** Sum of event scores: above zero the period leaned to cooperation, below to conflict. */
  readonly net: number;
  /** net / events, null for an empty period. */
  readonly mean: number | null;
  /** events / the period's total volume (all actors, same filters); null unless normalised. */
  readonly eventsShare: number | null;
  /** net / the period's total volume; null unless normalised. */
  readonly netShare: number | null;
}

export interface SeriesPoint {
  readonly period: string;
  readonly first: string;
  readonly last: string;
  /** Events of every dyad in the period under the same filters (the normaliser), null unless normalised. */
  readonly volume: number | null;
  readonly forward: DirectionFigures;
  readonly backward: DirectionFigures;
}

export interface DyadSeries {
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly dimension: Dimension | null;
  readonly origin: OriginChoice;
  readonly normalised: boolean;
  readonly scoring: string;
  readonly points: readonly SeriesPoint[];
  /** Events whose date is coarser than the period (a year-dated event in a monthly series): counted here, not placed. */
  readonly imprecise: number;
  readonly undated: number;
}

export interface DyadSeriesOptions {
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly dimension?: Dimension | undefined;
  readonly origin?: OriginChoice | undefined;
  /** First and last day of the window; they also fix the ends of the period grid. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Period → total volume, for normalisation (see `periodVolumes`). */
  readonly volumes?: ReadonlyMap<string, number> | undefined;
}

/** Floats summed in different orders differ in the 15th digit; six decimals keep outputs stable. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 + 0;

interface Acc {
  events: number;
  quad: Record<QuadClass, number>;
  types: Partial<Record<PloverType, number>>;
  net: number;
}
const emptyAcc = (): Acc => ({ events: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, types: {}, net: 0 });

/** The period a cell belongs in, or null when its date range spans more than one period. */
export function placeCell(cell: Pick<DyadCell, "from" | "to">, by: Period): string | null {
  const p = periodOfKey(cell.from, by);
  return periodOfKey(cell.to, by) === p ? p : null;
}

/**
 * Sums cells into a gap-free series of periods (empty periods are zeros, so a quiet month reads as
 * quiet rather than disappearing).
 * @example dyadSeries(eventCells(events, "USA", "IRQ", "month"), { a: "USA", b: "IRQ", by: "quarter" })
 */
export function dyadSeries(cells: readonly DyadCell[], options: DyadSeriesOptions): DyadSeries {
  const { by, dimension, origin = "all", volumes } = options;
  const acc = new Map<string, Record<Direction, Acc>>();
  let imprecise = 0;
  let undated = 0;
  for (const c of cells) {
    if (dimension && c.dimension !== null && c.dimension !== dimension) continue;
    if (c.origin !== null && !originMatches(c.origin, origin)) continue;
    if (c.from === "") {
      undated += c.n;
      continue;
    }
    const period = placeCell(c, by);
    if (period === null) {
      imprecise += c.n;
      continue;
    }
    let slot = acc.get(period);
    if (!slot) acc.set(period, (slot = { forward: emptyAcc(), backward: emptyAcc() }));
    const a = slot[c.direction];
    a.events += c.n;
    a.quad[c.quadClass] += c.n;
    // A cell of logged changes can net to no events yet move the score (an updated intensity).
    if (c.n !== 0) a.types[c.type] = (a.types[c.type] ?? 0) + c.n;
    a.net += c.score;
  }
  const seen = [...acc.keys()].sort();
  const first = options.from ? periodOfDay(options.from, by) : seen[0];
  const last = options.to ? periodOfDay(options.to, by) : seen[seen.length - 1];
  const grid = first !== undefined && last !== undefined ? periodRange(first, last, by) : [];
  const points = grid.map((period): SeriesPoint => {
    const slot = acc.get(period) ?? { forward: emptyAcc(), backward: emptyAcc() };
    const volume = volumes ? (volumes.get(period) ?? 0) : null;
    return { period, ...periodBounds(period, by), volume, forward: figures(slot.forward, volume), backward: figures(slot.backward, volume) };
  });
  return {
    a: options.a,
    b: options.b,
    by,
    dimension: dimension ?? null,
    origin,
    normalised: volumes !== undefined,
    scoring: SCORING,
    points,
    imprecise,
    undated,
  };
}

function figures(a: Acc, volume: number | null): DirectionFigures {
  const share = (x: number): number | null => (volume === null ? null : volume === 0 ? 0 : round6(x / volume));
  return {
    events: a.events,
    quadClass: a.quad,
    types: Object.fromEntries(Object.entries(a.types).sort(([x], [y]) => byCode(x, y))),
    net: round6(a.net),
    mean: a.events === 0 ? null : round6(a.net / a.events),
    eventsShare: share(a.events),
    netShare: share(a.net),
  };
}

/** Per-period totals of all events (the normaliser): cells of every actor pair summed by period. */
export function periodVolumes(
  totals: readonly { readonly from: string; readonly to: string; readonly n: number }[],
  by: Period,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of totals) {
    if (t.from === "") continue;
    const p = placeCell(t, by);
    if (p !== null) out.set(p, (out.get(p) ?? 0) + t.n);
  }
  return out;
}

/** Both directions added up: the dyad as one relationship (what turning points are sought in). */
export function combined(point: SeriesPoint): { events: number; net: number } {
  return { events: point.forward.events + point.backward.events, net: round6(point.forward.net + point.backward.net) };
}

/** Flat rows (one per period and direction) for table and CSV output. */
export function seriesRows(series: DyadSeries): Record<string, string | number | null>[] {
  return series.points.flatMap((p) =>
    (["forward", "backward"] as const).map((d) => {
      const f = p[d];
      return {
        period: p.period,
        ...(series.dimension ? { dimension: series.dimension } : {}),
        direction: d === "forward" ? `${series.a}→${series.b}` : `${series.b}→${series.a}`,
        events: f.events,
        q1: f.quadClass[1],
        q2: f.quadClass[2],
        q3: f.quadClass[3],
        q4: f.quadClass[4],
        net: f.net,
        mean: f.mean,
        ...(series.normalised ? { volume: p.volume, events_share: f.eventsShare, net_share: f.netShare } : {}),
        types: Object.entries(f.types).map(([t, n]) => `${t}:${n}`).join(" "),
      };
    }),
  );
}
