import { expect, test } from "vitest";
import type { Quantity } from "../domain/quantity.js";
import { figureRows, figureSeries } from "./figures.js";

const q = (date: string | null, value: number, unit = "troops"): Quantity => ({
  subject: "USA.MILITARY", measure: "troops", value, unit, date, text: String(value),
  provenance: { document: "doc:" + "a".repeat(64), span: [0, 10], sentence: `${value} troops`, footnotes: ["3"], url: null },
});

test("one series per unit, sorted by date, each point with its source; undated counted", () => {
  const series = figureSeries([q("2021-01", 2500), q("2019-12", 5200), q(null, 5000), q("2020", 3, "bases")]);
  expect(series.map((s) => [s.unit, s.points.length, s.undated])).toEqual([["bases", 1, 0], ["troops", 2, 1]]);
  expect(series[1]!.points.map((p) => [p.date, p.value])).toEqual([["2019-12", 5200], ["2021-01", 2500]]);
  expect(series[1]!.points[0]!.source).toEqual({ document: "doc:" + "a".repeat(64), sentence: "5200 troops", span: [0, 10], footnotes: ["3"] });
  expect(figureRows(series)[1]).toMatchObject({ date: "2019-12", value: 5200, sentence: "5200 troops" });
});
