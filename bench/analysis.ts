/**
 * @module Analysis benchmark: generates N events skewed like real data (a few dyads hold most events)
 * into a SQLite store, rolls them up, then times in one run: the monthly USA–IRQ dyad series (p50 over
 * repeats), the network for one year, and the same dyad query run directly in DuckDB over the same
 * rows as the baseline. Prints JSON with every figure and peak RSS; writes bench/out/analysis/results.json.
 * The generated store is kept (BENCH_DIR, default /tmp/basira-bench-analysis; ~3.5 GB at 10M) and
 * reused by the next run with the same --events (migrations and the rollup refresh bring it up to the
 * current schema first); --fresh generates it from scratch.
 *
 *   npm run bench:analysis -- --events 10000000            # reuses the store when it exists
 *   npm run bench:analysis -- --events 1000000 --repeats 30 --fresh
 */
import { mkdirSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { AnalysisService } from "../src/analysis-service.js";
import { dyadSeries } from "../src/analysis/dyad-series.js";
import type { DyadCell } from "../src/analysis/dyad-cell.js";
import { PLOVER, PLOVER_TYPES } from "../src/domain/plover.js";
import { refreshAnalysis } from "../src/store/analysis-rollups.js";
import { scoreSql } from "../src/store/analysis-score-sql.js";
import { SqliteStore } from "../src/store/sqlite-store.js";

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "10000000" },
    repeats: { type: "string", default: "25" },
    dir: { type: "string", default: process.env.BENCH_DIR ?? "/tmp/basira-bench-analysis" },
    fresh: { type: "boolean", default: false },
  },
});
const N = Number(args.events);
const REPEATS = Number(args.repeats);
const dir = args.dir!;
const out = resolve(fileURLToPath(import.meta.url), "../../../bench/out/analysis");

const now = (): number => performance.now();
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const p50 = (xs: number[]): number => pct(xs, 0.5);
const p95 = (xs: number[]): number => pct(xs, 0.95);
const ms = (x: number): number => Math.round(x * 10) / 10;
const log = (s: string): void => void process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

/** Deterministic uniform in [0,1) from the row number: a multiplicative hash modulo a prime. */
const u = (k: number): string => `(((i * ${[2654435761, 2246822519, 3266489917, 668265263, 374761393, 1181783497, 3432918353, 2869860233, 1540483477, 4021505749][k]}) % 4294967291) / 4294967291.0)`;

const CODES = ["USA", "IRQ", "IRN", "ISR", "PSE", "SYR", "TUR", "SAU", "RUS", "GBR", "FRA", "DEU", "CHN", "EGY", "JOR", "LBN", "KWT", "QAT", "ARE", "YEM"];
const actorName = (k: number): string => (k < CODES.length ? CODES[k]! : `A${String(k).padStart(3, "0")}`);

/**
 * One INSERT … SELECT over a recursive sequence: 35% USA→IRQ / IRQ→USA, 10% USA–IRN, 7% IRQ–IRN,
 * 5% ISR–PSE, the rest spread over 300 actors with a squared (head-heavy) draw. 25% of USA/IRQ sides
 * use a sub-code. Dates 2015–2024, 95% day / 4% month / 1% year precision; 70% imported rows.
 */
function generateSql(): string {
  const typeCase = `CASE CAST(${u(7)} * 16 AS INTEGER) ${PLOVER_TYPES.map((t, k) => `WHEN ${k} THEN '${t}'`).join(" ")} END`;
  const quadCase = `CASE type ${PLOVER_TYPES.map((t) => `WHEN '${t}' THEN ${PLOVER[t].quadClass}`).join(" ")} END`;
  const intensityCase = `CASE type ${PLOVER_TYPES.map((t) => `WHEN '${t}' THEN ${PLOVER[t].intensity}`).join(" ")} END`;
  const usa = `CASE WHEN ${u(3)} < 0.15 THEN 'USA.MILITARY' WHEN ${u(3)} < 0.25 THEN 'USA.GOV' ELSE 'USA' END`;
  const irq = `CASE WHEN ${u(4)} < 0.15 THEN 'IRQ.PARLIAMENT' WHEN ${u(4)} < 0.25 THEN 'IRQ.GOV' ELSE 'IRQ' END`;
  return `
    INSERT INTO events (id, type, mode, context, actor, target, date, date_end, day_from, day_to, precision, dimension, modality,
                        intensity, quad_class, cameo, quantity, trigger, document, span_start, span_end, sentence, footnotes, url,
                        origin, source_id, confidence, source_count)
    SELECT printf('event:%032x', i), type, NULL, '[]', actor, target,
           CASE prec WHEN 'day' THEN day WHEN 'month' THEN substr(day, 1, 7) ELSE substr(day, 1, 4) END, NULL,
           CASE prec WHEN 'day' THEN day WHEN 'month' THEN substr(day, 1, 7) || '-01' ELSE substr(day, 1, 4) || '-01-01' END,
           CASE prec WHEN 'day' THEN day WHEN 'month' THEN date(substr(day, 1, 7) || '-01', '+1 month', '-1 day') ELSE substr(day, 1, 4) || '-12-31' END,
           prec, dimension, 'asserted',
           CASE WHEN imported THEN ${intensityCase} END, ${quadCase}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '[]', NULL,
           CASE WHEN imported THEN 'imported:gdelt' ELSE 'extracted' END, CASE WHEN imported THEN CAST(i AS TEXT) END, 1, 1
    FROM (
      SELECT i, ${typeCase} AS type,
        CASE WHEN u1 < 0.20 THEN ${usa} WHEN u1 < 0.35 THEN ${irq} WHEN u1 < 0.45 THEN (CASE WHEN u2 < 0.5 THEN 'USA' ELSE 'IRN' END)
             WHEN u1 < 0.52 THEN (CASE WHEN u2 < 0.5 THEN 'IRQ' ELSE 'IRN' END) WHEN u1 < 0.57 THEN (CASE WHEN u2 < 0.5 THEN 'ISR' ELSE 'PSE' END)
             ELSE (SELECT code FROM bench_actor WHERE k = CAST(300 * u2 * u2 AS INTEGER)) END AS actor,
        CASE WHEN u1 < 0.20 THEN ${irq} WHEN u1 < 0.35 THEN ${usa} WHEN u1 < 0.45 THEN (CASE WHEN u2 < 0.5 THEN 'IRN' ELSE 'USA' END)
             WHEN u1 < 0.52 THEN (CASE WHEN u2 < 0.5 THEN 'IRN' ELSE 'IRQ' END) WHEN u1 < 0.57 THEN (CASE WHEN u2 < 0.5 THEN 'PSE' ELSE 'ISR' END)
             ELSE (SELECT code FROM bench_actor WHERE k = (CAST(300 * ${u(5)} * ${u(5)} AS INTEGER) + (CAST(300 * u2 * u2 AS INTEGER) = CAST(300 * ${u(5)} * ${u(5)} AS INTEGER))) % 300) END AS target,
        date('2015-01-01', '+' || CAST(${u(6)} * 3653 AS INTEGER) || ' days') AS day,
        CASE WHEN ${u(8)} < 0.95 THEN 'day' WHEN ${u(8)} < 0.99 THEN 'month' ELSE 'year' END AS prec,
        CASE WHEN ${u(9)} < 0.5 THEN 'political' WHEN ${u(9)} < 0.8 THEN 'military' ELSE 'economic' END AS dimension,
        ${u(0)} < 0.7 AS imported
      FROM (SELECT i, ${u(1)} AS u1, ${u(2)} AS u2 FROM seq)
    )`;
}

async function generate(store: SqliteStore): Promise<{ seconds: number; rowsPerSecond: number; rollupSeconds: number }> {
  const db = store.db;
  db.pragma("cache_size = -4000000");
  db.pragma("temp_store = MEMORY");
  db.exec("CREATE TEMP TABLE bench_actor (k INTEGER PRIMARY KEY, code TEXT NOT NULL)");
  const put = db.prepare("INSERT INTO bench_actor VALUES (?, ?)");
  for (let k = 0; k < 300; k++) put.run(k, actorName(k));
  // Secondary indexes are rebuilt once at the end (a sort) rather than maintained row by row.
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const sql = generateSql();
  const t0 = now();
  const CHUNK = 1_000_000;
  for (let start = 1; start <= N; start += CHUNK) {
    const end = Math.min(N, start + CHUNK - 1);
    db.transaction(() => db.prepare(`WITH RECURSIVE seq(i) AS (SELECT ${start} UNION ALL SELECT i + 1 FROM seq WHERE i < ${end}) ${sql}`).run())();
    log(`generated ${end.toLocaleString("en")} events`);
  }
  for (const ix of indexes) db.exec(ix.sql);
  const seconds = (now() - t0) / 1000;
  log(`indexes rebuilt; ${seconds.toFixed(1)} s`);
  const t1 = now();
  refreshAnalysis(db);
  const rollupSeconds = (now() - t1) / 1000;
  log(`rollups built in ${rollupSeconds.toFixed(1)} s`);
  db.exec("ANALYZE");
  return { seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(N / seconds), rollupSeconds: Math.round(rollupSeconds * 10) / 10 };
}

/** Copies the columns the dyad query needs to CSV, loads them into DuckDB, and times the same query there. */
async function duckdbBaseline(store: SqliteStore): Promise<{ loadSeconds: number; p50: number; cells: number; events: number; series: ReturnType<typeof dyadSeries> }> {
  const csv = join(dir, "events.csv");
  const t0 = now();
  const file = createWriteStream(csv);
  file.write("actor,target,day_from,day_to,dimension,origin,type,quad_class,score\n");
  const source = store.db.prepare(`SELECT actor, target, day_from, day_to, dimension, origin, type, quad_class, ${scoreSql()} FROM events`).raw().iterate() as Iterable<unknown[]>;
  let buf: string[] = [];
  for (const r of source) {
    buf.push(r.map((v) => (v === null ? "" : String(v))).join(","));
    if (buf.length === 50_000) {
      if (!file.write(buf.join("\n") + "\n")) await once(file, "drain");
      buf = [];
    }
  }
  file.end(buf.length ? buf.join("\n") + "\n" : "");
  await once(file, "finish");
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const con = await instance.connect();
  await con.run(
    `CREATE TABLE events AS SELECT * FROM read_csv('${csv}', header = true, columns = {actor: 'VARCHAR', target: 'VARCHAR', day_from: 'VARCHAR',
       day_to: 'VARCHAR', dimension: 'VARCHAR', origin: 'VARCHAR', type: 'VARCHAR', quad_class: 'INTEGER', score: 'DOUBLE'})`,
  );
  const loadSeconds = (now() - t0) / 1000;
  log(`DuckDB loaded in ${loadSeconds.toFixed(1)} s`);
  const fam = (col: string, code: string): string => `(${col} = '${code}' OR starts_with(${col}, '${code}.'))`;
  const query = `
    SELECT CASE WHEN ${fam("actor", "USA")} AND ${fam("target", "IRQ")} THEN 'forward' ELSE 'backward' END AS direction,
           coalesce(substr(day_from, 1, 7), '') AS kfrom, coalesce(substr(day_to, 1, 7), '') AS kto, dimension, origin, type, quad_class,
           count(*) AS n, sum(score) AS score
    FROM events WHERE (${fam("actor", "USA")} AND ${fam("target", "IRQ")}) OR (${fam("actor", "IRQ")} AND ${fam("target", "USA")})
    GROUP BY ALL`;
  const times: number[] = [];
  let rows: unknown[][] = [];
  // Timed: the query and its rows as plain values (the SQLite side's timing also includes the series).
  for (let k = 0; k < REPEATS; k++) {
    const t = now();
    rows = (await con.runAndReadAll(query)).getRows() as unknown[][];
    times.push(now() - t);
  }
  const cells: DyadCell[] = rows.map(([direction, kfrom, kto, dimension, origin, type, quad, n, score]) => ({
    direction: direction as DyadCell["direction"],
    from: kfrom as string,
    to: kto as string,
    dimension: dimension as DyadCell["dimension"],
    origin: origin as string,
    type: type as DyadCell["type"],
    quadClass: quad as DyadCell["quadClass"],
    n: Number(n),
    score: score as number,
  }));
  const series = dyadSeries(cells, { a: "USA", b: "IRQ", by: "month" });
  con.closeSync();
  instance.closeSync();
  rmSync(csv);
  return { loadSeconds: Math.round(loadSeconds * 10) / 10, p50: ms(p50(times)), cells: cells.length, events: cells.reduce((s, c) => s + c.n, 0), series };
}

interface Timing<T> {
  result: T;
  readonly wall: number[];
  readonly cpu: number[];
}

/** A read to time: `f` is run once untimed (statements compile, pages come into the cache), then timed. */
function timing<T>(f: () => T): Timing<T> & { run: (k: number) => void } {
  const t: Timing<T> = { result: f(), wall: [], cpu: [] };
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  return Object.assign(t, {
    run(k: number): void {
      for (let i = 0; i < k; i++) {
        const w = now();
        const c = cpu();
        t.result = f();
        t.cpu.push(cpu() - c);
        t.wall.push(now() - w);
      }
    },
  });
}

/** p50 and p95 of wall and CPU time: the machine is shared, so CPU time is the steadier figure. */
const figures = <T>(t: Timing<T>) => ({
  p50Ms: ms(p50(t.wall)),
  p95Ms: ms(p95(t.wall)),
  cpuP50Ms: ms(p50(t.cpu)),
  cpuP95Ms: ms(p95(t.cpu)),
  repeats: t.wall.length,
});

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `analysis-${N}.db`);
  const files = [path, `${path}-wal`, `${path}-shm`];
  let store = SqliteStore.open(path);
  const existing = (store.db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
  if (args.fresh || existing !== N) {
    store.close();
    for (const f of files) rmSync(f, { force: true });
    store = SqliteStore.open(path);
  }
  const generation = args.fresh || existing !== N ? await generate(store) : null;
  // A reused store may predate a rollup (a migration resets them): roll up before timing reads.
  const t0 = now();
  const catchUp = refreshAnalysis(store.db);
  const catchUpSeconds = Math.round((now() - t0) / 100) / 10;
  if (catchUp.added > 0) log(`rolled up ${catchUp.added.toLocaleString("en")} events in ${catchUpSeconds} s`);
  if (generation || catchUp.added > 0) {
    // Time the reads the way the CLI meets the store: a fresh connection, default page cache, WAL checkpointed.
    store.db.exec("ANALYZE");
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    store.close();
    store = SqliteStore.open(path);
  }
  const rssBeforeQueries = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const service = new AnalysisService(store);
  const loadBefore = os.loadavg()[0]!;

  const monthly = timing(() => service.dyad({ a: "USA", b: "IRQ", by: "month" })[0]!);
  const normalised = timing(() => service.dyad({ a: "USA", b: "IRQ", by: "month", normalise: true }));
  const net = timing(() => service.network({ from: "2020", to: "2020" }));
  const ragged = timing(() => service.dyad({ a: "USA", b: "IRQ", by: "month", from: "2019-03-17", to: "2021-08-09" }));
  // Five interleaved rounds, so a burst of load from other jobs on the shared cores falls on every read alike.
  const ROUNDS = 5;
  for (let r = 0; r < ROUNDS; r++) {
    monthly.run(Math.ceil(REPEATS / ROUNDS));
    normalised.run(2);
    net.run(2);
    ragged.run(2);
  }
  const series = monthly.result;
  // Paths without a rollup (read through the dyad index): a sub-code dyad by month, a root dyad by week.
  const subCode = timing(() => service.dyad({ a: "USA.MILITARY", b: "IRQ", by: "month" }));
  subCode.run(3);
  const weekly = timing(() => service.dyad({ a: "USA", b: "IRQ", by: "week", from: "2020", to: "2020" }));
  weekly.run(3);
  const dyadEvents = series.points.reduce((s, p) => s + p.forward.events + p.backward.events, 0) + series.imprecise + series.undated;
  log(`SQLite dyad p50 ${ms(p50(monthly.wall))} ms (CPU ${ms(p50(monthly.cpu))}) over ${dyadEvents} events; network p50 ${ms(p50(net.wall))} ms (CPU ${ms(p50(net.cpu))})`);
  const loadAfter = os.loadavg()[0]!;
  const sqlitePeakRss = Math.round(process.resourceUsage().maxRSS / 1024);
  const duck = await duckdbBaseline(store);
  const same = JSON.stringify(duck.series.points) === JSON.stringify(series.points);
  const rollupRows = Object.fromEntries(
    ["analysis_root_cells", "analysis_dyad_cells", "analysis_edges", "analysis_totals"].map((t) => [t, (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
  store.close();
  const result = {
    date: new Date().toISOString(),
    events: N,
    machine: { cpus: os.cpus().length, node: process.version },
    generation,
    storeReused: generation === null,
    rollupCatchUp: { events: catchUp.added, seconds: catchUpSeconds },
    rollupRows,
    loadAverage: { beforeReads: Math.round(loadBefore * 100) / 100, afterReads: Math.round(loadAfter * 100) / 100 },
    dyadSeriesMonthly: { dyad: "USA–IRQ (sub-codes included)", events: dyadEvents, ...figures(monthly) },
    dyadSeriesNormalised: figures(normalised),
    dyadSeriesRaggedWindow: { window: "2019-03-17..2021-08-09", ...figures(ragged) },
    withoutRollup: { subCodeMonthly: figures(subCode), rootWeeklyOneYear: figures(weekly) },
    networkOneYear: { year: 2020, nodes: net.result.nodes.length, edges: net.result.edges.length, ...figures(net) },
    duckdb: { loadSeconds: duck.loadSeconds, dyadP50Ms: duck.p50, cells: duck.cells, events: duck.events, sameSeries: same },
    ratioToDuckDB: Math.round((p50(monthly.wall) / duck.p50) * 1000) / 1000,
    targets: { dyadP50Ms: 50, ratioToDuckDB: 2, networkMs: 500 },
    // Peak includes generation (4 GB page cache) and DuckDB when they ran in this process; a reused store shows the reads alone before DuckDB.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeQueriesMB: rssBeforeQueries,
    peakRssBeforeDuckdbMB: sqlitePeakRss,
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "results.json"), JSON.stringify(result, null, 2) + "\n");
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

await main();
