// Killing a multi-file ingest with SIGKILL leaves a consistent database, and re-running completes it.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { BIN, runBin, tempDir } from "./helpers/cli.js";

const counts = (db: string): { documents: number; sentences: number; fts: number } => {
  const d = new Database(db, { readonly: true });
  try {
    const one = (sql: string): number => (d.prepare(sql).get() as { n: number }).n;
    return {
      documents: one("SELECT count(*) AS n FROM documents"),
      sentences: one("SELECT coalesce(sum(sentence_count), 0) AS n FROM documents"),
      fts: one("SELECT count(*) AS n FROM sentences_fts"),
    };
  } finally {
    d.close();
  }
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

it("survives SIGKILL mid-ingest and completes on re-run", async () => {
  const dir = tempDir();
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  const paragraph =
    "On 5 January 2020 the Council of Representatives voted to ask the government to remove foreign forces. " +
    "Washington answered with threats of sanctions, and the Pentagon said 2,500 troops would remain. ";
  for (let i = 0; i < 200; i++) {
    writeFileSync(join(corpus, `doc-${String(i).padStart(3, "0")}.txt`), `Report ${i}\n\n${paragraph.repeat(100)}\nUnique line ${i}.\n`);
  }
  const db = join(dir, "killed.db");
  const child = spawn(process.execPath, [BIN, "ingest", corpus, "--db", db], { stdio: "ignore" });
  // Wait until some, not all, documents are committed, then kill without warning.
  let seen = 0;
  for (let t = 0; t < 600 && seen === 0; t++) {
    await sleep(25);
    try {
      seen = counts(db).documents;
    } catch {
      // The database may not exist yet.
    }
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.on("exit", r));
  const partial = counts(db);
  expect(partial.documents).toBeGreaterThan(0);
  expect(partial.documents).toBeLessThan(200);

  const check = new Database(db);
  expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
  check.close();
  // The search index is derived and caught up in bulk: never ahead of the sentences it indexes.
  expect(partial.fts).toBeLessThanOrEqual(partial.sentences);

  const rerun = runBin(["ingest", corpus, "--db", db, "--format", "json"]);
  expect(rerun.code).toBe(0);
  const reference = join(dir, "clean.db");
  expect(runBin(["ingest", corpus, "--db", reference, "--format", "json"]).code).toBe(0);
  expect(counts(db)).toEqual(counts(reference));
  expect(counts(db).documents).toBe(200);
  expect(counts(db).fts).toBe(counts(db).sentences);
}, 120_000);
