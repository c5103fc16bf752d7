import { describe, expect, test } from "vitest";
import type { DyadCell } from "./dyad-cell.js";
import { dyadSeries, periodVolumes, placeCell, seriesRows } from "./dyad-series.js";

const cell = (c: Partial<DyadCell>): DyadCell => ({
  direction: "forward", from: "2020-01", to: "2020-01", dimension: "political", origin: "extracted", type: "CONSULT", quadClass: 1, n: 1, score: 2.5, ...c,
});

describe("dyadSeries", () => {
  test("sums per period and direction, fills gaps with zeros", () => {
    const s = dyadSeries(
      [cell({ n: 2, score: 5 }), cell({ direction: "backward", type: "ASSAULT", quadClass: 4, score: -9 }), cell({ from: "2020-03", to: "2020-03", score: 1 })],
      { a: "USA", b: "IRQ", by: "month" },
    );
    expect(s.points.map((p) => p.period)).toEqual(["2020-01", "2020-02", "2020-03"]);
    expect(s.points[0]!.forward).toEqual({ events: 2, quadClass: { 1: 2, 2: 0, 3: 0, 4: 0 }, types: { CONSULT: 2 }, net: 5, mean: 2.5, eventsShare: null, netShare: null });
    expect(s.points[0]!.backward).toMatchObject({ events: 1, net: -9, quadClass: { 4: 1 } });
    expect(s.points[1]!.forward).toMatchObject({ events: 0, net: 0, mean: null });
  });

  test("imprecise and undated cells are counted apart, and filters apply", () => {
    const cells = [cell({ from: "2020-01", to: "2020-12" }), cell({ from: "", to: "" }), cell({ dimension: "military" }), cell({ origin: "imported:gdelt" })];
    const s = dyadSeries(cells, { a: "A", b: "B", by: "month", dimension: "political", origin: "extracted" });
    expect([s.imprecise, s.undated, s.points.length]).toEqual([1, 1, 0]);
    expect(dyadSeries(cells, { a: "A", b: "B", by: "year" }).points[0]!.forward.events).toBe(3);
    expect(placeCell({ from: "2020-01", to: "2020-03" }, "quarter")).toBe("2020-Q1");
  });

  test("normalisation by period volume", () => {
    const volumes = periodVolumes([{ from: "2020-01", to: "2020-01", n: 8 }, { from: "2020-01", to: "2020-12", n: 5 }], "month");
    expect([...volumes]).toEqual([["2020-01", 8]]);
    const s = dyadSeries([cell({ n: 2, score: 5 })], { a: "A", b: "B", by: "month", volumes });
    expect(s.points[0]!.forward).toMatchObject({ eventsShare: 0.25, netShare: 0.625 });
    expect(seriesRows(s)[0]).toMatchObject({ period: "2020-01", direction: "A→B", volume: 8, events_share: 0.25 });
  });
});
