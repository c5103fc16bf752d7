/**
 * @module Import benchmark: `basira import gdelt` of N synthetic GDELT 1.0 rows against `sqlite3 .import`
 * of the same file into a plain table, in one run; rows/s, the ratio and peak RSS of each.
 *
 *   npm run build && node bench/import.mjs                 # 1M and 3M rows
 *   node bench/import.mjs 200000                           # any sizes
 *
 * Each size runs BENCH_REPEAT times (default 2), alternating which tool goes first; the best time of
 * each tool is compared (the machine may be shared) and the highest peak RSS is reported.
 * Results go to bench/out/import/results.json. Needs the sqlite3 CLI (installed with apt-get if missing).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const work = process.env.BENCH_DIR ?? "/tmp/basira-bench-import";
const out = join(root, "bench/out/import");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1_000_000, 3_000_000];
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));

/** A small deterministic PRNG so every run imports the same rows. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Real CAMEO codes with GDELT's Goldstein values, so mapping does the work it does on real files.
const CODES = JSON.parse(readFileSync(join(root, "src/domain/codebooks/data/cameo-codes.json"), "utf8")).filter((c) => c.code.length >= 3 && c.goldstein !== null);
const COUNTRIES = ["USA", "IRQ", "IRN", "SYR", "TUR", "SAU", "ISR", "GBR", "FRA", "RUS", "CHN", "IND", "PAK", "AFG", "EGY", "JOR", "KWT", "LBN", "YEM", "DEU", "NGA", "KEN", "AUS", "CAN", "MEX", "BRA", "ZAF", "JPN", "KOR", "PRK"];
const TYPES = ["", "", "", "GOV", "MIL", "COP", "BUS", "CVL", "LEG", "JUD", "REB", "OPP", "MED", "EDU", "HLH", "LAB"];
const PLACES = ["Baghdad, Baghdad, Iraq", "Washington, District of Columbia, United States", "Tehran, Tehran, Iran", "Basra, Al Basrah, Iraq", "Erbil, Arbil, Iraq"];
/** GDELT adds 150–230 thousand events a day; the generator writes consecutive daily files' worth. */
const ROWS_PER_DAY = 200_000;

/** Zipf-like pick: a few actors (USA, GOV …) dominate GDELT, as in the real samples. */
const skewed = (r, n) => Math.min(n - 1, Math.floor(n * r() ** 2.5));

function actor(r) {
  if (r() < 0.08) return ["", "", "", "", "", "", "", "", "", ""]; // GDELT often leaves one side empty
  const c = r() < 0.85 ? COUNTRIES[skewed(r, COUNTRIES.length)] : "";
  const t = TYPES[skewed(r, TYPES.length)];
  const code = `${c}${t}` || "CVL";
  return [code, `${c || "SOME"} ${t}`.trim(), c, "", "", "", "", t, "", ""];
}

function geo(r) {
  const p = PLACES[Math.floor(r() * PLACES.length)];
  return ["4", p, "IZ", "IZ07", (30 + r() * 10).toFixed(4), (40 + r() * 10).toFixed(4), String(Math.floor(r() * 1e7))];
}

const ymd = (d) => d.toISOString().slice(0, 10).replace(/-/g, "");

/**
 * One 58-column GDELT 1.0 daily row. As in the real samples, ~95% of a daily file's events carry the
 * day the file was added; the rest are older events newly reported (days to years back).
 */
function row(r, i) {
  const code = CODES[skewed(r, CODES.length)];
  const added = new Date(Date.UTC(2016, 0, 1) + Math.floor(i / ROWS_PER_DAY) * 86_400_000);
  const back = r() < 0.95 ? 0 : r() < 0.7 ? 1 + Math.floor(r() * 30) : 1 + Math.floor(r() * 3650);
  const day = new Date(added.getTime() - back * 86_400_000);
  const date = ymd(day);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + 1;
  const fields = [
    String(500_000_000 + i), date, date.slice(0, 6), String(y), (y + m / 12).toFixed(4),
    ...actor(r), ...actor(r),
    r() < 0.4 ? "1" : "0", code.code, code.code.slice(0, 3), code.root, String(code.quadClass), code.goldstein.toFixed(1),
    String(1 + Math.floor(r() * 20)), String(1 + Math.floor(r() * 5)), String(1 + Math.floor(r() * 20)), (r() * 10 - 5).toFixed(6),
    ...geo(r), ...geo(r), ...geo(r),
    ymd(added), `http://news.example.com/${y}/${m}/${i.toString(36)}-story.html`,
  ];
  if (fields.length !== 58) throw new Error(`generator wrote ${fields.length} columns`);
  return fields.join("\t");
}

async function generate(n, file) {
  if (existsSync(file)) return;
  const r = rng(42);
  const w = createWriteStream(file);
  for (let i = 0; i < n; i += 10_000) {
    const lines = [];
    for (let k = i; k < Math.min(n, i + 10_000); k++) lines.push(row(r, k));
    if (!w.write(`${lines.join("\n")}\n`)) await new Promise((res) => w.once("drain", res));
  }
  await new Promise((res) => w.end(res));
}

function ensureSqlite3() {
  if (spawnSync("sqlite3", ["-version"]).status === 0) return;
  console.log("installing the sqlite3 CLI (apt-get install -y sqlite3)…");
  execFileSync("apt-get", ["install", "-y", "sqlite3"], { stdio: "inherit" });
}

/** Runs a command under GNU time: wall seconds, CPU seconds (user + system) and peak RSS (MB). */
function timed(cmd, args, input) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], { input, encoding: "utf8", maxBuffer: 64 << 20 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (res.status !== 0 && res.status !== 1) throw new Error(`${cmd} failed (${res.status}): ${res.stderr}`);
  const [rssKb, user, sys] = res.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { secs, cpu: user + sys, rssMb: Math.round(rssKb / 1024), stdout: res.stdout };
}

function sqliteImport(file, db) {
  const cols = Array.from({ length: 58 }, (_, i) => `c${i} TEXT`).join(", ");
  // ascii mode with tab/newline separators: no quote processing, the same bytes Basira reads.
  const script = `CREATE TABLE t (${cols});\n.mode ascii\n.separator "\\t" "\\n"\n.import ${file} t\n`;
  return timed("sqlite3", [db], script);
}

function basiraImport(file, db) {
  return timed(process.execPath, [join(root, "bin/basira.js"), "import", "gdelt", file, "--db", db, "--format", "json"]);
}

async function main() {
  ensureSqlite3();
  mkdirSync(work, { recursive: true });
  mkdirSync(out, { recursive: true });
  const results = [];
  for (const n of SIZES) {
    const file = join(work, `gdelt1-daily-${n}.tsv`);
    await generate(n, file);
    const mb = statSync(file).size / 1e6;
    const clean = () => {
      for (const f of [`${file}.sqlite3.db`, `${file}.basira.db`]) for (const x of ["", "-wal", "-shm", ".rejects.jsonl"]) rmSync(f + x, { force: true });
    };
    const runs = { sqlite3: [], basira: [] };
    let cliRows = 0;
    let summary = null;
    for (let r = 0; r < REPEAT; r++) {
      clean();
      const order = r % 2 === 0 ? ["sqlite3", "basira"] : ["basira", "sqlite3"];
      for (const tool of order) {
        if (tool === "sqlite3") {
          runs.sqlite3.push(sqliteImport(file, `${file}.sqlite3.db`));
          cliRows = Number(execFileSync("sqlite3", [`${file}.sqlite3.db`, "SELECT count(*) FROM t"], { encoding: "utf8" }).trim());
        } else {
          const b = basiraImport(file, `${file}.basira.db`);
          runs.basira.push(b);
          summary = JSON.parse(b.stdout).results[0].counts;
        }
      }
    }
    clean();
    // On a shared machine wall time depends on the neighbours; CPU time much less: report both.
    const best = (xs) => Math.min(...xs.map((x) => x.secs));
    const bestCpu = (xs) => Math.min(...xs.map((x) => x.cpu));
    const peak = (xs) => Math.max(...xs.map((x) => x.rssMb));
    const cli = { secs: best(runs.sqlite3), cpu: bestCpu(runs.sqlite3), rssMb: peak(runs.sqlite3) };
    const basira = { secs: best(runs.basira), cpu: bestCpu(runs.basira), rssMb: peak(runs.basira) };
    const result = {
      rows: n,
      fileMb: Math.round(mb),
      repeats: REPEAT,
      sqlite3: { secs: +cli.secs.toFixed(2), cpuSecs: +cli.cpu.toFixed(2), all: runs.sqlite3.map((x) => +x.secs.toFixed(2)), rowsPerSec: Math.round(cliRows / cli.secs), rssMb: cli.rssMb, rows: cliRows },
      basira: { secs: +basira.secs.toFixed(2), cpuSecs: +basira.cpu.toFixed(2), all: runs.basira.map((x) => +x.secs.toFixed(2)), rowsPerSec: Math.round(summary.added / basira.secs), rssMb: basira.rssMb, added: summary.added, rejected: summary.rejected },
      ratio: +(cli.secs / basira.secs).toFixed(2),
      cpuRatio: +(cli.cpu / basira.cpu).toFixed(2),
      load: (await import("node:os")).loadavg().map((x) => +x.toFixed(1)),
    };
    results.push(result);
    console.log(
      `${n.toLocaleString("en")} rows (${result.fileMb} MB): sqlite3 .import ${result.sqlite3.secs}s wall ${result.sqlite3.cpuSecs}s CPU (${result.sqlite3.rssMb} MB RSS), ` +
        `basira import ${result.basira.secs}s wall ${result.basira.cpuSecs}s CPU (${result.basira.rssMb} MB RSS), ratio ${result.ratio}× wall ${result.cpuRatio}× CPU (target ≥ 0.7), ` +
        `added ${summary.added}, rejected ${summary.rejected}, load ${result.load.join(" ")}`,
    );
  }
  writeFileSync(join(out, "results.json"), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
}

await main();
