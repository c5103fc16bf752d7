/** @module Figures over time: the quantities sources state (troops, money), one series per subject, measure and unit. */
import { byCode } from "./compare-codes.js";
import type { Quantity } from "../domain/quantity.js";

export interface FigurePoint {
  readonly date: string;
  readonly value: number;
  /** The figure as the source writes it. */
  readonly text: string;
  readonly source: {
    readonly document: string | null;
    readonly sentence: string | null;
    readonly span: readonly [number, number] | null;
    readonly footnotes: readonly string[];
  };
}

export interface FigureSeries {
  readonly subject: string | null;
  readonly measure: string;
  /** Points of different units never share a series: 5,000 troops and 5 billion USD do not add up. */
  readonly unit: string;
  readonly points: readonly FigurePoint[];
  /** Figures the sources give without a date: reported, never plotted. */
  readonly undated: number;
}

/**
 * Groups quantities into series by subject, measure and unit, each point keeping its source.
 * @example figureSeries(store.quantities({ subject: "USA.MILITARY", measure: "troops" }))
 */
export function figureSeries(quantities: readonly Quantity[]): FigureSeries[] {
  const groups = new Map<string, { subject: string | null; measure: string; unit: string; points: FigurePoint[]; undated: number }>();
  for (const q of quantities) {
    const key = `${q.subject ?? ""}\u0000${q.measure}\u0000${q.unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { subject: q.subject, measure: q.measure, unit: q.unit, points: [], undated: 0 }));
    if (q.date === null) {
      g.undated += 1;
      continue;
    }
    g.points.push({
      date: q.date,
      value: q.value,
      text: q.text,
      source: {
        document: q.provenance?.document ?? null,
        sentence: q.provenance?.sentence ?? null,
        span: q.provenance?.span ?? null,
        footnotes: q.provenance?.footnotes ?? [],
      },
    });
  }
  return [...groups.values()]
    .map((g) => ({ ...g, points: g.points.sort((x, y) => byCode(x.date, y.date) || x.value - y.value) }))
    .sort((x, y) => byCode(x.subject ?? "", y.subject ?? "") || byCode(x.measure, y.measure) || byCode(x.unit, y.unit));
}

/** Flat rows for table and CSV output. */
export function figureRows(series: readonly FigureSeries[]): Record<string, string | number | null>[] {
  return series.flatMap((s) =>
    s.points.map((p) => ({
      subject: s.subject,
      measure: s.measure,
      date: p.date,
      value: p.value,
      unit: s.unit,
      text: p.text,
      document: p.source.document,
      sentence: p.source.sentence,
    })),
  );
}
