// Seeded property test: rollups kept by the incremental refresh (inserts, deletes, updates in any order)
// equal a from-scratch recomputation, and every read equals the pure functions run over the raw events.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { AnalysisService } from "../src/analysis-service.js";
import { dayRange, eventCells } from "../src/analysis/dyad-cell.js";
import { dyadSeries } from "../src/analysis/dyad-series.js";
import { network } from "../src/analysis/network.js";
import { eventScore } from "../src/analysis/event-score.js";
import type { Period } from "../src/analysis/period.js";
import { grainOf } from "../src/analysis/period.js";
import { PLOVER_TYPES } from "../src/domain/plover.js";
import { DIMENSIONS } from "../src/domain/dimension.js";
import type { Event } from "../src/domain/event.js";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { recomputedSnapshot, refreshAnalysis, rollupSnapshot } from "../src/store/analysis-rollups.js";
import { dyadEvents, makeEvent } from "./fixtures/analysis/dyad-events.js";
import { join } from "node:path";
import { tempDir } from "./helpers/cli.js";

const SEED = 20261129;
const ACTORS = ["USA", "USA.MILITARY", "IRQ", "IRQ.PARLIAMENT", "IRN"];

const day = fc.integer({ min: 0, max: 70 }).map((d) => new Date(Date.UTC(2019, 11, 10 + d)).toISOString().slice(0, 10));
const date = fc.oneof(
  { weight: 6, arbitrary: day },
  { weight: 2, arbitrary: day.map((d) => d.slice(0, 7)) },
  { weight: 1, arbitrary: day.map((d) => d.slice(0, 4)) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const spec = fc.record({
  actor: fc.constantFrom(...ACTORS),
  target: fc.option(fc.constantFrom(...ACTORS), { freq: 8 }),
  date,
  type: fc.constantFrom(...PLOVER_TYPES),
  intensity: fc.option(fc.integer({ min: -100, max: 100 }).map((x) => x / 10), { freq: 2 }),
  cameo: fc.option(fc.constantFrom("190", "042", "0871", "1056", "20"), { freq: 2 }),
  dimension: fc.constantFrom(...DIMENSIONS),
  origin: fc.constantFrom("extracted", "imported:gdelt", "manual"),
});
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("insert" as const), specs: fc.array(spec, { minLength: 1, maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("refresh" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), to: spec }) },
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(store: SqliteStore, ops: readonly Op[]): void {
  let n = 0;
  for (const o of ops) {
    const ids = () => (store.db.prepare("SELECT id FROM events ORDER BY rowid").pluck().all() as string[]);
    if (o.kind === "insert") {
      store.insertEvents(o.specs.map((s) => makeEvent({ ...s, label: `P${n++}` })));
    } else if (o.kind === "refresh") {
      refreshAnalysis(store.db);
    } else if (o.kind === "delete") {
      const all = ids();
      if (all.length) store.db.prepare("DELETE FROM events WHERE id = ?").run(all[o.pick % all.length]);
    } else {
      const all = ids();
      if (!all.length) continue;
      const e = makeEvent({ ...o.to, label: "update" });
      const row = { actor: e.actor, target: e.target, date: e.date, day_from: dayRange(e)?.first ?? null, day_to: dayRange(e)?.last ?? null, type: e.type, quad_class: e.quadClass, intensity: e.intensity, cameo: e.cameo, dimension: e.dimension, origin: e.origin };
      store.db
        .prepare("UPDATE events SET actor=@actor, target=@target, date=@date, day_from=@day_from, day_to=@day_to, type=@type, quad_class=@quad_class, intensity=@intensity, cameo=@cameo, dimension=@dimension, origin=@origin, source_id=NULL WHERE id=@id")
        .run({ ...row, id: all[o.pick % all.length] });
    }
  }
}

/** The pure oracle: series straight from the raw events, filtered to the window by first day. */
function oracleSeries(events: readonly Event[], a: string, b: string, by: Period, from?: string, to?: string) {
  const inWindow = events.filter((e) => {
    const r = dayRange(e);
    if (!r) return from === undefined && to === undefined;
    return (from === undefined || r.first >= from) && (to === undefined || r.first <= to);
  });
  return dyadSeries(eventCells(inWindow, a, b, grainOf(by)), { a, b, by, from, to });
}

const strip = (s: ReturnType<typeof dyadSeries>) => ({ ...s, points: s.points, imprecise: s.imprecise, undated: s.undated });

describe("incremental rollups against a from-scratch oracle", () => {
  test("after any mix of inserts, refreshes, deletes and updates", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const store = SqliteStore.open(":memory:");
        try {
          apply(store, ops);
          const service = new AnalysisService(store);
          const events = store.events();
          // Reads are exact before a refresh (rollups + unrolled rows + pending log) …
          const queries: [string, string, Period, string?, string?][] = [
            ["USA", "IRQ", "month"],
            ["USA", "IRQ", "quarter", "2019-12-17", "2020-02-03"],
            ["USA", "IRQ", "week", "2019-12-20", "2020-01-31"],
            ["USA.MILITARY", "IRQ", "month"],
            ["IRQ", "IRQ.PARLIAMENT", "month"],
            ["USA", "USA", "year"],
          ];
          const before = queries.map(([a, b, by, from, to]) => service.dyad({ a, b, by, from, to })[0]!);
          queries.forEach(([a, b, by, from, to], i) => expect(strip(before[i]!)).toEqual(strip(oracleSeries(events, a, b, by, from, to))));
          const netBefore = service.network({ from: "2019-12-15", to: "2020" });
          const oracleNet = network(
            events
              .filter((e) => e.target !== null && e.date !== null && dayRange(e)!.first >= "2019-12-15" && dayRange(e)!.first <= "2020-12-31")
              .map((e) => ({ actor: e.actor, target: e.target!, quad: [1, 2, 3, 4].map((q) => Number(q === e.quadClass)) as [number, number, number, number], score: eventScore(e) })),
          );
          expect(netBefore).toEqual(oracleNet);
          // … and the refreshed rollups equal a recomputation from scratch, with identical reads.
          refreshAnalysis(store.db);
          expect(rollupSnapshot(store.db)).toEqual(recomputedSnapshot(store.db));
          queries.forEach(([a, b, by, from, to], i) => expect(service.dyad({ a, b, by, from, to })[0]).toEqual(before[i]));
          expect(service.network({ from: "2019-12-15", to: "2020" })).toEqual(netBefore);
        } finally {
          store.close();
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

test("migration 5 derives the unsplit dyad cells of a store rolled up before it", () => {
  const path = join(tempDir("basira-migration-5-"), "store.db");
  let store = SqliteStore.open(path);
  store.insertEvents(dyadEvents());
  refreshAnalysis(store.db);
  // The store as schema 4 left it: root cells rolled up, no unsplit table; a logged update not yet folded in.
  store.db.exec("DROP TABLE analysis_dyad_cells");
  store.db.pragma("user_version = 4");
  store.db.prepare("UPDATE events SET intensity = 5 WHERE sentence LIKE 'E4:%'").run();
  store.close();
  store = SqliteStore.open(path);
  try {
    expect(store.db.prepare("SELECT count(*) FROM analysis_dyad_cells").pluck().get()).toBeGreaterThan(0);
    refreshAnalysis(store.db);
    expect(rollupSnapshot(store.db)).toEqual(recomputedSnapshot(store.db));
  } finally {
    store.close();
  }
});
