/**
 * @module Ingest benchmark: MB/s and documents/s on a generated ≥ 50 MB corpus, against a baseline
 * (read + decode + insert the raw text into a plain table) in the same run; search p50 over the
 * stored sentences against a LIKE scan; peak RSS of each phase, measured in its own process.
 *
 *   npm run bench:ingest                 # 50 MB
 *   npm run bench:ingest -- --mb 200     # bigger corpus
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openWorkbench } from "../src/workbench.js";

const here = fileURLToPath(import.meta.url);
const out = resolve(here, "../../../bench/out/ingest");

/** A small deterministic PRNG so every run ingests the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ACTORS = ["The United States", "Iraq", "The Iraqi parliament", "Washington", "Baghdad", "The Pentagon", "Tehran", "Kataib Hezbollah", "The Treasury", "Prime Minister al-Sudani"];
const VERBS = ["announced sanctions on", "met officials from", "accused", "signed an agreement with", "threatened", "withdrew troops from", "praised", "called on", "criticised", "hosted a delegation from"];
const TARGETS = ["Iraq", "the United States", "Iran", "the Popular Mobilization Forces", "the Kurdistan Regional Government", "the coalition", "armed factions", "the central bank"];
const TAILS = ["after talks in Baghdad", "in a statement", "according to officials", "despite objections", "as part of the strategic dialogue", "for the second time this year"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORDS = "energy electricity gas waiver dinar oil revenue troops drone strike embassy militia election protest budget dialogue mission advisers convoy border pipeline contract loan reform court warrant vote resolution".split(" ");

/** A long-tailed vocabulary (8,000 made-up words drawn Zipf-like), as real text has. */
const SYLLABLES = "ba da ka la ma na ra sa ta za bi di ki li mi ni ri si ti zi bu du ku lu mu nu ru su tu zu".split(" ");
const VOCAB = Array.from({ length: 8000 }, (_, i) => SYLLABLES[i % 30]! + SYLLABLES[Math.floor(i / 30) % 30]! + SYLLABLES[Math.floor(i / 900) % 30]!);
const zipf = (r: () => number): string => VOCAB[Math.min(VOCAB.length - 1, Math.floor(Math.exp(r() * Math.log(VOCAB.length + 1)) - 1))]!;

function sentence(r: () => number, i: number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const day = 1 + Math.floor(r() * 28);
  const year = 2017 + Math.floor(r() * 9);
  const n = Math.floor(r() * 5000);
  return `On ${day} ${pick(MONTHS)} ${year} ${pick(ACTORS)} ${pick(VERBS)} ${pick(TARGETS)} over ${pick(WORDS)} and ${pick(WORDS)} worth ${n} million dollars ${pick(TAILS)} near ${zipf(r)} and ${zipf(r)} (ref ${i.toString(36)}).`;
}

function generate(mb: number): { files: number; bytes: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "corpus"), { recursive: true });
  const r = rng(42);
  let bytes = 0;
  let files = 0;
  let k = 0;
  while (bytes < mb * 1024 * 1024) {
    const paras: string[] = [];
    for (let p = 0; p < 40; p++) {
      const ss: string[] = [];
      for (let s = 0; s < 8; s++) ss.push(sentence(r, k++) + (s === 7 && p % 10 === 0 ? `[${p / 10 + 1}]` : ""));
      paras.push(ss.join(" "));
    }
    const notes = [1, 2, 3, 4].map((n) => `[${n}] Source ${n} of report ${files}.`).join("\n");
    const md = files % 2 === 0;
    const body = `${paras.join("\n\n")}\n\n## Notes\n${notes}\n`;
    const text = md ? `---\ntitle: "Report ${files}"\npublished: 2025-0${1 + (files % 9)}-1${files % 10}\n---\n# Report ${files}\n\n${body}` : `Report ${files}\n\n${body}`;
    writeFileSync(join(out, "corpus", `r${String(files).padStart(5, "0")}.${md ? "md" : "txt"}`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}

const rss = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Baseline: what any store must do at least — read, decode, one insert per document, one transaction each. */
function baseline(): object {
  const db = new Database(join(out, "baseline.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE docs (name TEXT PRIMARY KEY, text TEXT)");
  const ins = db.prepare("INSERT INTO docs VALUES (?, ?)");
  const dir = join(out, "corpus");
  const t0 = performance.now();
  for (const f of readdirSync(dir).sort()) {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(dir, f)));
    db.transaction(() => ins.run(f, text))();
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, rssMb: rss() };
}

async function basira(): Promise<object> {
  const wb = openWorkbench({ db: join(out, "basira.db") });
  const t0 = performance.now();
  const report = await wb.ingest([join(out, "corpus")], {}, undefined, { extract: false });
  const ms = performance.now() - t0;
  // A large run leaves the search index to the next search: time that catch-up on its own.
  const t1 = performance.now();
  const indexed = wb.store.catchUpSearchIndex();
  const indexMs = performance.now() - t1;
  const stats = wb.store.stats();
  wb.close();
  return { ms, indexMs, indexed, rssMb: rss(), rejected: report.results.filter((r) => r.status === "rejected").length, sentences: stats.sentences };
}

function search(): object {
  const wb = openWorkbench({ db: join(out, "basira.db") });
  const r = rng(7);
  // Analysts' queries: a topic word with a rarer name or term, or a phrase of common words.
  const queries = Array.from({ length: 200 }, (_, i) =>
    i % 4 === 3 ? `${TARGETS[Math.floor(r() * TARGETS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]}` : `${WORDS[Math.floor(r() * WORDS.length)]} ${zipf(r)}`,
  );
  for (const q of queries.slice(0, 10)) wb.store.search(q, 20);
  const times = queries.map((q) => {
    const t = performance.now();
    wb.store.search(q, 20);
    return performance.now() - t;
  });
  // The baseline: a scan of the stored text with LIKE, as without a search index.
  const like = wb.store.db.prepare("SELECT no FROM documents WHERE text LIKE ? LIMIT 20");
  const likeTimes = queries.slice(0, 10).map((q) => {
    const t = performance.now();
    like.all(`%${q.split(" ")[1]} zzz%`);
    return performance.now() - t;
  });
  wb.close();
  const p = (a: number[], q: number): number => [...a].sort((x, y) => x - y)[Math.floor(q * (a.length - 1))]!;
  return { p50: p(times, 0.5), p95: p(times, 0.95), likeP50: p(likeTimes, 0.5), rssMb: rss() };
}

function phase(name: string): Record<string, number> {
  spawnSync("sync"); // the previous phase's write-back must not land inside this one
  const r = spawnSync(process.execPath, [here, "--phase", name], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

const args = process.argv.slice(2);
if (args[0] === "--phase") {
  const fn = { baseline, basira, search }[args[1] as "baseline" | "basira" | "search"];
  console.log(JSON.stringify(await fn()));
} else {
  const mb = Number(args[args.indexOf("--mb") + 1] ?? 50) || 50;
  const g = generate(mb);
  // Flush the freshly written corpus first, so the kernel's write-back does not land inside a timed phase.
  spawnSync("sync");
  const corpusMb = g.bytes / 1024 / 1024;
  const base = phase("baseline");
  const ours = phase("basira");
  const s = phase("search");
  const mbps = (ms: number): number => corpusMb / (ms / 1000);
  const fmt = (n: number, d = 1): string => n.toFixed(d);
  console.log(`corpus: ${g.files} documents, ${fmt(corpusMb)} MB, ${ours.sentences} sentences (db ${fmt(statSync(join(out, "basira.db")).size / 1048576)} MB)`);
  console.log(`baseline (read + decode + plain insert): ${fmt(mbps(base.ms!))} MB/s, ${fmt(g.files / (base.ms! / 1000))} docs/s, peak RSS ${base.rssMb} MB`);
  console.log(`basira ingest (no extraction):          ${fmt(mbps(ours.ms!))} MB/s, ${fmt(g.files / (ours.ms! / 1000))} docs/s, peak RSS ${ours.rssMb} MB, rejected ${ours.rejected}`);
  console.log(`  ratio basira/baseline: ${fmt(base.ms! / ours.ms!, 2)}x  (target: >= 20 MB/s absolute)`);
  console.log(`search index catch-up (first search after the run): ${ours.indexed} sentences, ${fmt(mbps(ours.indexMs!))} MB/s; ingest + index end to end ${fmt(mbps(ours.ms! + ours.indexMs!))} MB/s`);
  console.log(`search over ${ours.sentences} sentences: p50 ${fmt(s.p50!, 2)} ms, p95 ${fmt(s.p95!, 2)} ms; LIKE scan p50 ${fmt(s.likeP50!, 1)} ms (FTS ${fmt(s.likeP50! / s.p50!, 0)}x faster); peak RSS ${s.rssMb} MB  (target p50 < 20 ms)`);
}
