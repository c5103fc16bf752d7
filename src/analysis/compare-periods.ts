/** @module Periods compared side by side: counts, net score and the commonest event types per direction. */
import { byCode } from "./compare-codes.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import type { Direction, DyadCell } from "./dyad-cell.js";
import { round6 } from "./dyad-series.js";

export interface PeriodSummary {
  readonly label: string;
  /** First and last day of the (half-open) range. */
  readonly first: string;
  readonly last: string;
  readonly days: number;
  readonly directions: Readonly<
    Record<
      Direction,
      {
        readonly events: number;
        readonly quadClass: Readonly<Record<QuadClass, number>>;
        readonly net: number;
        readonly mean: number | null;
        /** Events per 30 days, so ranges of unequal length compare fairly. */
        readonly perMonth: number;
        readonly topTypes: readonly { readonly type: PloverType; readonly events: number }[];
      }
    >
  >;
}

export interface PeriodInput {
  readonly label: string;
  readonly first: string;
  readonly last: string;
  /** Cells of the dyad whose first day lies in the range (the store windows them). */
  readonly cells: readonly DyadCell[];
}

const daysBetween = (first: string, last: string): number => Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;

/**
 * One summary per period; ties among top types break alphabetically so output is stable.
 * @example comparePeriods([{ label: "Trump I", first: "2017-01-20", last: "2021-01-19", cells }])
 */
export function comparePeriods(periods: readonly PeriodInput[], options: { readonly top?: number } = {}): PeriodSummary[] {
  const top = options.top ?? 3;
  return periods.map((p) => {
    const days = daysBetween(p.first, p.last);
    const summarise = (direction: Direction) => {
      const quad: Record<QuadClass, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
      const types = new Map<PloverType, number>();
      let events = 0;
      let net = 0;
      for (const c of p.cells) {
        if (c.direction !== direction) continue;
        events += c.n;
        net += c.score;
        quad[c.quadClass] += c.n;
        if (c.n !== 0) types.set(c.type, (types.get(c.type) ?? 0) + c.n);
      }
      const topTypes = [...types.entries()]
        .sort(([ta, a], [tb, b]) => b - a || byCode(ta, tb))
        .slice(0, top)
        .map(([type, n]) => ({ type, events: n }));
      return { events, quadClass: quad, net: round6(net), mean: events ? round6(net / events) : null, perMonth: round6((events * 30) / days), topTypes };
    };
    return { label: p.label, first: p.first, last: p.last, days, directions: { forward: summarise("forward"), backward: summarise("backward") } };
  });
}
