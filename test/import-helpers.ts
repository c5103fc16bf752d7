/** @module Shared bits of the import tests: sample paths, a run wrapper, and counts read straight from SQLite. */
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runCli, type CliRun } from "./helpers/cli.js";

export const SAMPLES = "/work/shared/data/event-data/gdelt";
export const GDELT1 = join(SAMPLES, "v1/gdelt1-events-sample-20160728.tsv");
export const GDELT2 = join(SAMPLES, "v2/gdelt2-events-sample-20170701234500.tsv");
export const MENTIONS = join(SAMPLES, "v2/gdelt2-mentions-sample-20170701234500.csv");
export const FIXTURES = join(ROOT, "test/fixtures/datasets");

export const lineCount = (file: string): number => readFileSync(file, "utf8").split("\n").filter((l) => l !== "").length;

export interface Summary {
  dataset: string;
  rejectsFile: string;
  results: { file: string; format: string | null; status: string; counts: Record<string, number>; problems: { code: string; message: string }[] }[];
}

/** `basira import DATASET FILES --format json` in-process; returns the run and its parsed summary. */
export async function importJson(db: string, dataset: string, files: string[], extra: string[] = []): Promise<CliRun & { summary: Summary }> {
  const run = await runCli(["import", dataset, ...files, "--db", db, "--format", "json", ...extra]);
  return { ...run, summary: run.stdout ? (JSON.parse(run.stdout) as Summary) : { dataset, rejectsFile: "", results: [] } };
}

export function query<T = Record<string, unknown>>(db: string, sql: string, ...params: unknown[]): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}

export const count = (db: string, sql: string, ...params: unknown[]): number =>
  Object.values(query(db, sql, ...params)[0] ?? { n: 0 })[0] as number;
