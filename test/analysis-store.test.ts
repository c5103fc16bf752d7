// Analysis over a real SQLite fixture store: counts, scores, normalisation, windows, network, turning points.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { join } from "node:path";
import { AnalysisService } from "../src/analysis-service.js";
import type { DyadSeries, SeriesPoint } from "../src/analysis/dyad-series.js";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { refreshAnalysis, unrolledCount } from "../src/store/analysis-rollups.js";
import { dyadCells, networkPairs } from "../src/store/analysis-queries.js";
import { dyadSeries } from "../src/analysis/dyad-series.js";
import { networkOfPairs } from "../src/analysis/network.js";
import { dyadEvents, plantedBreakEvents } from "./fixtures/analysis/dyad-events.js";
import { tempDir } from "./helpers/cli.js";

let store: SqliteStore;
let service: AnalysisService;

beforeEach(() => {
  store = SqliteStore.open(join(tempDir("basira-analysis-"), "fixture.db"));
  store.insertEvents(dyadEvents());
  service = new AnalysisService(store);
});
afterEach(() => store.close());

const point = (series: DyadSeries, period: string): SeriesPoint => series.points.find((p) => p.period === period)!;

describe.each([
  ["before any refresh (raw rows above the watermark)", false],
  ["after a refresh (rollups)", true],
])("dyad USA–IRQ by month, %s", (_name, refreshed) => {
  beforeEach(() => {
    if (refreshed) refreshAnalysis(store.db);
    expect(unrolledCount(store.db)).toBe(refreshed ? 0 : 14);
  });

  test("counts by QuadClass and type, net and mean scores per direction", () => {
    const [s] = service.dyad({ a: "USA", b: "IRQ", by: "month" });
    expect(s!.points.map((p) => p.period)).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    // 2019-11: E1 AGREE 2.5 forward, E2 CONSULT 2.5 backward.
    expect(point(s!, "2019-11").forward).toMatchObject({ events: 1, quadClass: { 1: 1, 2: 0, 3: 0, 4: 0 }, net: 2.5, mean: 2.5 });
    expect(point(s!, "2019-11").backward).toMatchObject({ events: 1, net: 2.5, types: { CONSULT: 1 } });
    // 2019-12: E3, a sub-code (USA.MILITARY) with CAMEO 190 and no stored intensity → Goldstein −10.
    expect(point(s!, "2019-12").forward).toMatchObject({ events: 1, quadClass: { 4: 1 }, net: -10 });
    // 2020-01: E4 −9 (own intensity) + E7 THREATEN −3.5 (month-dated, fits the month) forward;
    // E5 REJECT −2 from IRQ.PARLIAMENT + E6 −10 backward.
    expect(point(s!, "2020-01").forward).toMatchObject({ events: 2, quadClass: { 1: 0, 2: 0, 3: 1, 4: 1 }, net: -12.5, mean: -6.25, types: { ASSAULT: 1, THREATEN: 1 } });
    expect(point(s!, "2020-01").backward).toMatchObject({ events: 2, quadClass: { 3: 1, 4: 1 }, net: -12, mean: -6 });
    // 2020-02: E9 CAMEO 042 → Goldstein 1.9.
    expect(point(s!, "2020-02").forward).toMatchObject({ events: 1, net: 1.9 });
    expect(point(s!, "2020-02").backward).toMatchObject({ events: 0, net: 0, mean: null });
    // E8 is dated only "2020": coarser than a month, so counted apart; E10 has no date.
    expect(s!.imprecise).toBe(1);
    expect(s!.undated).toBe(1);
  });

  test("quarters and years assemble from months; a year-dated event fits its year", () => {
    const [q] = service.dyad({ a: "USA", b: "IRQ", by: "quarter" });
    expect(q!.points.map((p) => [p.period, p.forward.events, p.forward.net, p.backward.net])).toEqual([
      ["2019-Q4", 2, -7.5, 2.5],
      ["2020-Q1", 3, -10.6, -12],
    ]);
    const [y] = service.dyad({ a: "USA", b: "IRQ", by: "year" });
    expect(point(y!, "2020").forward).toMatchObject({ events: 4, net: -1.1, quadClass: { 1: 1, 2: 1, 3: 1, 4: 1 } });
    expect(y!.imprecise).toBe(0);
  });

  test("weeks: month- and year-dated events are imprecise", () => {
    const [w] = service.dyad({ a: "USA", b: "IRQ", by: "week" });
    expect(w!.imprecise).toBe(2);
    expect(point(w!, "2019-12-30").forward).toMatchObject({ events: 1, net: -9 }); // E4, Friday 2020-01-03
    expect(point(w!, "2019-12-23").forward).toMatchObject({ events: 1, net: -10 }); // E3, Sunday 2019-12-29
  });

  test("normalisation divides by the period's volume of all events (all actors, same filters)", () => {
    const [s] = service.dyad({ a: "USA", b: "IRQ", by: "month", normalise: true });
    // 2020-01 volume: E4 E5 E6 E7 E11 E12 = 6.
    expect(point(s!, "2020-01").volume).toBe(6);
    expect(point(s!, "2020-01").forward).toMatchObject({ eventsShare: 0.333333, netShare: -2.083333 });
    // 2019-11 volume: E1 E2 and E14 (no target, still an event) = 3.
    expect(point(s!, "2019-11").volume).toBe(3);
    expect(point(s!, "2019-11").backward.eventsShare).toBe(0.333333);
  });

  test("dimension and origin filters", () => {
    const [mil] = service.dyad({ a: "USA", b: "IRQ", by: "year", dimension: "military" });
    expect(point(mil!, "2020").forward).toMatchObject({ events: 2, net: 0.5 }); // E4 −9 + E8 9.5
    const each = service.dyad({ a: "USA", b: "IRQ", by: "year", dimension: "each" });
    expect(each.map((s) => s.dimension)).toEqual(["political", "economic", "military"]);
    const [imp] = service.dyad({ a: "USA", b: "IRQ", by: "year", origin: "imported" });
    expect(imp!.points.map((p) => [p.period, p.forward.events, p.backward.events])).toEqual([
      ["2019", 1, 0],
      ["2020", 1, 1],
    ]);
  });

  test("a day window takes whole months from rollups and ragged days from events", () => {
    const [s] = service.dyad({ a: "USA", b: "IRQ", by: "month", from: "2020-01-05", to: "2020-02-12" });
    // E5 (01-05) and E6 (01-08) backward, E9 (02-10) forward; E4 (01-03) and E7/E8 (first day 01-01) fall before.
    expect(s!.points.map((p) => [p.period, p.forward.events, p.backward.events])).toEqual([
      ["2020-01", 0, 2],
      ["2020-02", 1, 0],
    ]);
    const [t] = service.dyad({ a: "USA", b: "IRQ", by: "month", from: "2019-12", to: "2020-01" });
    expect(t!.points.map((p) => [p.period, p.forward.events, p.backward.events])).toEqual([
      ["2019-12", 1, 0],
      ["2020-01", 2, 2],
    ]);
    expect(t!.undated).toBe(0);
  });

  test("--explain lists exactly the events a period counts", () => {
    const ids = service.explain({ a: "USA", b: "IRQ", by: "month" }, "2020-01").map((e) => e.provenance.sentence!.split(":")[0]);
    expect(ids.sort()).toEqual(["E4", "E5", "E6", "E7"]);
  });

  test("network: directed edges weighted by QuadClass, degrees and weighted degrees", () => {
    const net = service.network({});
    const edge = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t)!;
    expect(edge("USA", "IRQ")).toMatchObject({ weight: 5, quadClass: { 1: 2, 2: 1, 3: 1, 4: 1 }, net: 1.4 });
    expect(edge("IRQ", "USA")).toMatchObject({ weight: 3, quadClass: { 1: 1, 2: 0, 3: 1, 4: 1 } }); // E2, E6 and undated E10 (REQUEST, q3)
    const node = (id: string) => net.nodes.find((n) => n.id === id)!;
    expect(node("USA")).toMatchObject({ outDegree: 1, inDegree: 3, degree: 4, outWeight: 5, inWeight: 5, weightedDegree: 10 });
    expect(node("IRQ")).toMatchObject({ outDegree: 1, inDegree: 4, outWeight: 3, inWeight: 8, weightedDegree: 11 });
    expect(net.edges).toHaveLength(7);
    const year = service.network({ from: "2020", to: "2020" });
    expect(year.edges.find((e) => e.source === "USA" && e.target === "IRQ")!.weight).toBe(4); // E4 E7 E8 E9
    expect(service.network({ minEvents: 2 }).edges.map((e) => `${e.source}>${e.target}`)).toEqual(["USA>IRQ", "IRQ>USA"]);
  });

  test("compare: half-open ranges side by side", () => {
    const [before, after] = service.compare({ a: "USA", b: "IRQ", periods: ["2019-11-01..2020-01-01", "2020-01-01..2020-03-01"] });
    expect(before).toMatchObject({ first: "2019-11-01", last: "2019-12-31", days: 61 });
    expect(before!.directions.forward).toMatchObject({ events: 2, net: -7.5, topTypes: [{ type: "AGREE", events: 1 }, { type: "ASSAULT", events: 1 }] });
    // E8 (first day 2020-01-01) is in the second range: compare counts every event whose first day is in range.
    expect(after!.directions.forward).toMatchObject({ events: 4, net: -1.1 });
    expect(after!.directions.backward).toMatchObject({ events: 2, net: -12 });
  });
});

test("turning points: PELT finds the planted break at 2019-07 and lists events around it", () => {
  store.insertEvents(plantedBreakEvents());
  const [tp] = service.turningPoints({ a: "AAA", b: "BBB", by: "month" });
  expect(tp!.method).toMatchObject({ method: "PELT", penalty: "MBIC (β = 3·ln n)", minSegment: 2, n: 30 });
  expect(tp!.points.map((p) => p.period)).toEqual(["2019-07"]);
  expect(tp!.points[0]).toMatchObject({ previous: "2019-06", before: 8.333333, after: -30 });
  const around = tp!.points[0]!.events;
  expect(around).toHaveLength(5);
  // July 2019 holds four ASSAULTs (−9 each), the strongest; then the cooperation of June 2019.
  expect(around.map((e) => `${e.date} ${e.type}`)).toEqual([
    "2019-07-02 ASSAULT", "2019-07-03 ASSAULT", "2019-07-04 ASSAULT", "2019-07-05 ASSAULT", "2019-06-02 CONSULT",
  ]);
});

test("deletes and updates of rolled-up events keep reads exact", () => {
  refreshAnalysis(store.db);
  store.db.prepare("UPDATE events SET intensity = 5 WHERE sentence LIKE 'E4:%'").run();
  store.db.prepare("DELETE FROM events WHERE sentence LIKE 'E5:%'").run();
  const [s] = service.dyad({ a: "USA", b: "IRQ", by: "month" });
  expect(point(s!, "2020-01").forward.net).toBe(1.5); // 5 − 3.5
  expect(point(s!, "2020-01").backward.events).toBe(1);
  refreshAnalysis(store.db);
  const [r] = service.dyad({ a: "USA", b: "IRQ", by: "month" });
  expect(r).toEqual(s);
});

test("a rolled-up event whose score alone changes moves the network's net before the refresh folds it in", () => {
  refreshAnalysis(store.db);
  const before = networkOfPairs(networkPairs(store.db)).edges.find((e) => e.source === "USA" && e.target === "IRQ")!;
  // E4 (USA→IRQ, own intensity −9) keeps its pair, day and QuadClass: the pending log nets to zero events.
  store.db.prepare("UPDATE events SET intensity = 5 WHERE sentence LIKE 'E4:%'").run();
  const unfolded = networkOfPairs(networkPairs(store.db)).edges.find((e) => e.source === "USA" && e.target === "IRQ")!;
  expect(unfolded).toEqual({ ...before, net: before.net + 14 });
  // The dyad reads see the logged change too (the store read as it is, without the service's refresh).
  const series = () => dyadSeries(dyadCells(store.db, "USA", "IRQ", "month"), { a: "USA", b: "IRQ", by: "month" });
  const pendingSeries = series();
  expect(point(pendingSeries, "2020-01").forward.net).toBe(1.5); // E4 now 5, E7 −3.5 … as in the test above, E5 kept
  refreshAnalysis(store.db);
  expect(networkOfPairs(networkPairs(store.db)).edges.find((e) => e.source === "USA" && e.target === "IRQ")).toEqual(unfolded);
  expect(series()).toEqual(pendingSeries);
});
