/** @module Turning points of a dyad: where the combined net score series shifts its mean (PELT). */
import type { Penalty } from "./analysis-options.js";
import { pelt, type ChangePointMethod } from "./change-points.js";
import { combined, round6, type DyadSeries } from "./dyad-series.js";

export interface TurningPoint {
  /** The first period of the new regime. */
  readonly period: string;
  readonly first: string;
  /** The period before the break. */
  readonly previous: string;
  /** Mean of the measure over the segment before and after the break. */
  readonly before: number;
  readonly after: number;
  readonly shift: number;
}

export interface TurningPoints {
  readonly a: string;
  readonly b: string;
  readonly by: DyadSeries["by"];
  /** `net` (sum of scores, both directions), or `net share` (net / period volume) when normalised. */
  readonly measure: "net" | "net share";
  readonly method: ChangePointMethod;
  readonly values: readonly { readonly period: string; readonly value: number }[];
  readonly points: readonly TurningPoint[];
}

/**
 * Runs PELT on the dyad's combined net score (both directions) per period.
 * @example turningPoints(dyadSeries(cells, { a: "USA", b: "IRQ", by: "month" }), { penalty: "MBIC" })
 */
export function turningPoints(
  series: DyadSeries,
  options: { readonly penalty?: Penalty; readonly minSegment?: number; readonly sigma?: number } = {},
): TurningPoints {
  const values = series.points.map((p) => {
    const { net } = combined(p);
    const value = series.normalised ? (p.volume ? round6(net / p.volume) : 0) : net;
    return { period: p.period, value };
  });
  const result = pelt(
    values.map((v) => v.value),
    options,
  );
  const points = result.changes.map((i, k): TurningPoint => {
    const p = series.points[i]!;
    const before = round6(result.means[k]!);
    const after = round6(result.means[k + 1]!);
    return { period: p.period, first: p.first, previous: series.points[i - 1]!.period, before, after, shift: round6(after - before) };
  });
  return {
    a: series.a,
    b: series.b,
    by: series.by,
    measure: series.normalised ? "net share" : "net",
    method: { ...result.method, sigma: round6(result.method.sigma), beta: round6(result.method.beta) },
    values,
    points,
  };
}
