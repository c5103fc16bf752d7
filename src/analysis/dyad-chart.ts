/** @module Chart specs (Observable Plot options) for dyad series and figures: one spec for CLI, web and brief. */
import * as Plot from "@observablehq/plot";
import type { DyadSeries } from "./dyad-series.js";
import type { FigureSeries } from "./figures.js";
import type { TurningPoint } from "./turning-points.js";

const utc = (day: string): Date => new Date(`${day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day}T00:00:00Z`);

/** Colours fixed per direction so A→B looks the same in every chart of a brief. */
const DIRECTION_COLOURS = ["#4269d0", "#ff725c"];

export interface DyadChartOptions {
  /** `net` (default), `mean` (net per event) or `events`. */
  readonly measure?: "net" | "mean" | "events";
  readonly turningPoints?: readonly TurningPoint[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * Lines of the chosen measure per direction over time, a zero rule, and a dashed rule at each turning
 * point. Direct labels at the line ends replace a legend, so the SVG stands alone.
 * @example renderSvg(dyadChart(series, { measure: "net" }))
 */
export function dyadChart(input: DyadSeries | readonly DyadSeries[], options: DyadChartOptions = {}): Plot.PlotOptions {
  const all: readonly DyadSeries[] = Array.isArray(input) ? input : [input as DyadSeries];
  const series = all[0]!;
  const facet = all.length > 1; // one row per dimension when the series were asked per dimension
  const measure = options.measure ?? "net";
  const key = series.normalised && measure !== "mean" ? (measure === "net" ? "netShare" : "eventsShare") : measure;
  const labels = [`${series.a}→${series.b}`, `${series.b}→${series.a}`];
  const data = all.flatMap((s) =>
    s.points.flatMap((p) =>
      (["forward", "backward"] as const).map((d, i) => ({ date: utc(p.first), direction: labels[i]!, value: p[d][key] ?? 0, dimension: s.dimension ?? "all" })),
    ),
  );
  const yLabel = {
    net: series.normalised ? "Net score per event of all actors" : "Net cooperation–conflict score",
    mean: "Mean score per event",
    events: series.normalised ? "Share of all events" : "Events",
  }[measure];
  const scope = [facet ? "per dimension" : (series.dimension ?? "all dimensions"), series.origin === "all" ? "all origins" : series.origin].join(", ");
  const fy = facet ? "dimension" : undefined;
  return {
    width: options.width ?? 720,
    height: options.height ?? (facet ? 200 * all.length : 360),
    marginTop: 40,
    marginRight: 90,
    ariaLabel: `${series.a}–${series.b} ${yLabel} by ${series.by}`,
    x: { type: "utc", label: null },
    y: { label: yLabel, grid: true },
    ...(facet ? { fy: { label: null, domain: all.map((s) => s.dimension ?? "all") } } : {}),
    color: { domain: labels, range: DIRECTION_COLOURS },
    marks: [
      Plot.text([`${series.a}–${series.b}: ${yLabel.toLowerCase()} by ${series.by} (${scope})`], {
        frameAnchor: "top-left",
        dy: -30,
        fontSize: 13,
        fontWeight: "bold",
        textAnchor: "start",
        ...(facet ? { facet: "super" as const } : {}),
      }),
      Plot.ruleY([0], { stroke: "#888" }),
      ...(options.turningPoints ?? []).map((t) => Plot.ruleX([utc(t.first)], { stroke: "#333", strokeDasharray: "4,3", strokeWidth: 1 })),
      Plot.lineY(data, { x: "date", y: "value", stroke: "direction", strokeWidth: 1.5, fy }),
      Plot.dot(data, { x: "date", y: "value", fill: "direction", r: 2, fy }),
      Plot.text(data, Plot.selectLast({ x: "date", y: "value", z: "direction", text: "direction", fill: "direction", dx: 6, textAnchor: "start", fy })),
    ],
  };
}

/**
 * A figure series as a step-free line with a dot per sourced point (figures are reports, not a
 * continuous measurement, so each dot is one source's statement).
 */
export function figureChart(series: FigureSeries, options: { readonly width?: number; readonly height?: number } = {}): Plot.PlotOptions {
  const data = series.points.map((p) => ({ date: utc(p.date), value: p.value }));
  const title = `${series.subject ?? "—"}: ${series.measure} (${series.unit})`;
  return {
    width: options.width ?? 720,
    height: options.height ?? 320,
    marginTop: 40,
    marginLeft: 60,
    ariaLabel: title,
    x: { type: "utc", label: null },
    y: { label: `${series.measure} (${series.unit})`, grid: true },
    marks: [
      Plot.text([title], { frameAnchor: "top-left", dy: -30, fontSize: 13, fontWeight: "bold", textAnchor: "start" }),
      Plot.lineY(data, { x: "date", y: "value", stroke: "#4269d0" }),
      Plot.dot(data, { x: "date", y: "value", fill: "#4269d0", r: 3 }),
    ],
  };
}
