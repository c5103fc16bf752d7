// Golden SVG snapshots of the analysis charts (Plot-style): normalised, TZ=UTC; a mismatch writes NAME-changed.svg.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { dyadChart, figureChart } from "../src/analysis/dyad-chart.js";
import { eventCells } from "../src/analysis/dyad-cell.js";
import { dyadSeries } from "../src/analysis/dyad-series.js";
import { figureSeries } from "../src/analysis/figures.js";
import { renderSvg } from "../src/analysis/render-svg.js";
import { turningPoints } from "../src/analysis/turning-points.js";
import { DIMENSIONS } from "../src/domain/dimension.js";
import type { Quantity } from "../src/domain/quantity.js";
import { dyadEvents, plantedBreakEvents } from "./fixtures/analysis/dyad-events.js";

const GOLDEN = resolve(import.meta.dirname, "golden");

/** Rounds every decimal to 2 places, so a float in the 15th digit never fails a snapshot. */
const normalise = (svg: string): string => svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

function assertGolden(name: string, svg: string): void {
  mkdirSync(GOLDEN, { recursive: true });
  const file = join(GOLDEN, `${name}.svg`);
  const changed = join(GOLDEN, `${name}-changed.svg`);
  const actual = normalise(svg);
  if (!existsSync(file)) {
    writeFileSync(file, actual); // first run (or regenerate by deleting the golden file)
    return;
  }
  if (readFileSync(file, "utf8") === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from the golden snapshot: compare test/golden/${name}-changed.svg, then replace the golden if intended`);
}

test("timezone is pinned to UTC for snapshots", () => {
  expect(process.env.TZ).toBe("UTC");
});

test("dyad USA–IRQ net score by month", () => {
  const series = dyadSeries(eventCells(dyadEvents(), "USA", "IRQ", "month"), { a: "USA", b: "IRQ", by: "month" });
  const svg = renderSvg(dyadChart(series));
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain("USA→IRQ");
  assertGolden("dyad-usa-irq-month", svg);
});

test("dyad per dimension, faceted", () => {
  const cells = eventCells(dyadEvents(), "USA", "IRQ", "month");
  const series = DIMENSIONS.map((dimension) => dyadSeries(cells, { a: "USA", b: "IRQ", by: "quarter", dimension }));
  assertGolden("dyad-usa-irq-quarter-each", renderSvg(dyadChart(series, { measure: "events" })));
});

test("planted break with its turning point marked", () => {
  const series = dyadSeries(eventCells(plantedBreakEvents(), "AAA", "BBB", "month"), { a: "AAA", b: "BBB", by: "month" });
  const tp = turningPoints(series);
  expect(tp.points.map((p) => p.period)).toEqual(["2019-07"]);
  assertGolden("turning-points-planted", renderSvg(dyadChart(series, { turningPoints: tp.points })));
});

test("figures: US troop levels in Iraq", () => {
  const q = (date: string, value: number, text: string): Quantity => ({
    subject: "USA.MILITARY", measure: "troops", value, unit: "troops", date, text,
    provenance: { document: null, span: null, sentence: `About ${text} US troops were in Iraq.`, footnotes: [], url: null },
  });
  const [troops] = figureSeries([q("2019-12", 5200, "5,200"), q("2020-09", 3000, "3,000"), q("2021-01", 2500, "2,500"), q("2024-09", 2500, "2,500")]);
  assertGolden("figures-usa-troops", renderSvg(figureChart(troops!)));
});
