// The analysis commands end to end, in-process, over a fixture store in a temp folder.
import { beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { dyadEvents, plantedBreakEvents } from "./fixtures/analysis/dyad-events.js";
import { runCli, tempDir } from "./helpers/cli.js";

let db: string;
beforeAll(() => {
  db = join(tempDir("basira-analysis-cli-"), "fixture.db");
  const store = SqliteStore.open(db);
  store.insertEvents([...dyadEvents(), ...plantedBreakEvents()]);
  store.db.prepare("INSERT INTO quantities (subject, measure, value, unit, date, text) VALUES ('USA.MILITARY', 'troops', 5200, 'troops', '2019-12', '5,200'), ('USA.MILITARY', 'troops', 2500, 'troops', '2021-01', '2,500')").run();
  store.close();
});

const cli = (...args: string[]) => runCli([...args, "--db", db]);

test("dyad: table, csv, json and svg", async () => {
  const table = await cli("dyad", "USA", "IRQ");
  expect(table.code).toBe(0);
  expect(table.stdout).toMatch(/2020-01\s+USA→IRQ\s+2\s+0\s+0\s+1\s+1\s+-12\.5\s+-6\.25/);
  expect(table.stderr).toContain("1 events dated more coarsely than a month, 1 undated");
  const csv = await cli("dyad", "USA", "IRQ", "--by", "quarter", "--format", "csv", "--normalise");
  expect(csv.stdout.split("\n")[0]).toBe("period,direction,events,q1,q2,q3,q4,net,mean,volume,events_share,net_share,types");
  const json = JSON.parse((await cli("dyad", "USA", "IRQ", "--by", "year", "--format", "json")).stdout);
  expect(json.points.find((p: { period: string }) => p.period === "2020").forward.net).toBe(-1.1);
  const svg = await cli("dyad", "USA", "IRQ", "--dimension", "each", "--format", "svg");
  expect(svg.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test("dyad --explain lists the events behind a period, with their scores", async () => {
  const r = await cli("dyad", "USA", "IRQ", "--explain", "2020-01", "--format", "json");
  const rows = JSON.parse(r.stdout) as { sentence: string; score: number }[];
  expect(rows.map((e) => [e.sentence.split(":")[0], e.score]).sort()).toEqual([["E4", -9], ["E5", -2], ["E6", -10], ["E7", -3.5]]);
  const bad = await cli("dyad", "USA", "IRQ", "--by", "quarter", "--explain", "2020-01");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("is not a quarter");
});

test("bad flags are usage errors", async () => {
  expect((await cli("dyad", "USA", "IRQ", "--by", "fortnight")).stderr).toMatch(/--by "fortnight" is not valid/);
  expect((await cli("dyad", "USA")).code).toBe(2);
  expect((await cli("compare", "USA", "IRQ", "--periods", "2021..2017")).stderr).toContain("run forward");
});

test("turning-points names the method and finds the planted break", async () => {
  const r = await cli("turning-points", "AAA", "BBB");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("PELT, cost normal mean shift, penalty MBIC (β = 3·ln n)");
  expect(r.stdout).toContain("turning point 2019-07 (after 2019-06)");
  const json = JSON.parse((await cli("turning-points", "AAA", "BBB", "--penalty", "BIC", "--format", "json")).stdout);
  expect(json.method.penalty).toBe("BIC (β = 2·ln n)");
});

test("network as json, dot and graphml", async () => {
  const json = JSON.parse((await cli("network", "--from", "2020", "--to", "2020", "--format", "json")).stdout);
  expect(json.edges.find((e: { source: string; target: string }) => e.source === "USA" && e.target === "IRQ").weight).toBe(4);
  const dot = (await cli("network", "--min-events", "2", "--format", "dot")).stdout;
  expect(dot).toContain('"USA" -> "IRQ" [weight=5, q1=2, q2=1, q3=1, q4=1');
  const graphml = (await cli("network", "--format", "graphml")).stdout;
  expect(graphml).toContain('<node id="USA">');
});

test("figures with their sources, and compare side by side", async () => {
  const fig = await cli("figures", "--subject", "USA.MILITARY", "--measure", "troops", "--format", "csv");
  expect(fig.stdout).toContain("USA.MILITARY,troops,2019-12,5200,troops,\"5,200\"");
  const cmp = await cli("compare", "USA", "IRQ", "--periods", "2019-11-01..2020-01-01,2020-01-01..2020-03-01");
  expect(cmp.stdout).toMatch(/2019-11-01\.\.2020-01-01\s+USA→IRQ\s+2/);
});
