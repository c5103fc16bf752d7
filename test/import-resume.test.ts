// SIGKILL in the middle of a large GDELT import: the database stays consistent, and running the same
// command again completes the import with the counts of an uninterrupted run.
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { BIN, runBin, tempDir } from "./helpers/cli.js";
import { GDELT1, query } from "./import-helpers.js";

const ROWS = 150_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** ROWS real GDELT 1.0 daily lines, cycled, each with its own GLOBALEVENTID. */
async function bigFile(file: string): Promise<void> {
  const lines = readFileSync(GDELT1, "utf8").split("\n").filter((l) => l.split("\t").length === 58);
  const out = createWriteStream(file);
  for (let i = 0; i < ROWS; i += 5000) {
    const chunk: string[] = [];
    for (let k = i; k < Math.min(ROWS, i + 5000); k++) chunk.push(lines[k % lines.length]!.replace(/^\d+/, String(800_000_000 + k)));
    if (!out.write(`${chunk.join("\n")}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

function rowsDone(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare("SELECT coalesce(max(rows_done), 0) AS n FROM import_progress").get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const fingerprint = (db: string) =>
  query(db, "SELECT count(*) AS n, count(DISTINCT id) AS ids, round(sum(intensity), 2) AS goldstein, sum(quad_class) AS quads FROM events")[0];

it("resumes after SIGKILL and ends with the counts of an uninterrupted run", async () => {
  const dir = tempDir();
  const file = join(dir, "big.export.CSV");
  await bigFile(file);

  const whole = join(dir, "whole.db");
  const uninterrupted = runBin(["import", "gdelt", file, "--db", whole, "--format", "json"]);
  expect(uninterrupted.code).toBe(0);

  const killed = join(dir, "killed.db");
  const child = spawn(process.execPath, [BIN, "import", "gdelt", file, "--db", killed], { stdio: "ignore" });
  let done = 0;
  for (let t = 0; t < 2400 && done === 0; t++) {
    await sleep(25);
    done = rowsDone(killed);
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  expect(done).toBeGreaterThan(0);
  const partial = rowsDone(killed);
  expect(partial).toBeLessThan(ROWS); // killed mid-way, not after the end
  expect(query(killed, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

  const rerun = runBin(["import", "gdelt", file, "--db", killed, "--format", "json"]);
  expect(rerun.code).toBe(0);
  const resumed = JSON.parse(rerun.stdout).results[0];
  const whole1 = JSON.parse(uninterrupted.stdout).results[0];
  expect(resumed.resumedFrom).toBeGreaterThan(0);
  expect(resumed.counts).toEqual(whole1.counts);
  expect(resumed.counts).toMatchObject({ read: ROWS, added: ROWS, rejected: 0 });
  expect(fingerprint(killed)).toEqual(fingerprint(whole));
  expect(query(killed, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
  // The bulk load's dropped indexes are back, whichever run rebuilt them.
  const indexes = (db: string) => query<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name").map((r) => r.name);
  expect(indexes(killed)).toEqual(indexes(whole));
  expect(indexes(killed)).toContain("events_dyad");
  expect(query(killed, "SELECT count(*) AS n FROM import_dropped_indexes")).toEqual([{ n: 0 }]);
}, 240_000);
