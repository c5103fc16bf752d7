/** @module Resume bookkeeping: per file, the rows committed so far and the counts, saved in the same transaction as each batch. */
import type Database from "better-sqlite3";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { sha256 } from "../domain/ids.js";
import { emptyCounts, type ImportCounts } from "./import-counts.js";

export interface ResumePoint {
  readonly rowsDone: number;
  readonly counts: ImportCounts;
}

/** A file's identity: its path, size and modification time; a changed file starts over. */
export function fileKey(origin: string, path: string): string {
  const st = statSync(path);
  return sha256(`${origin}\u0000${resolve(path)}\u0000${st.size}\u0000${st.mtimeMs}`);
}

export class ImportProgress {
  private readonly save_: Database.Statement;
  private readonly get_: Database.Statement;

  constructor(db: Database.Database) {
    this.save_ = db.prepare(
      `INSERT INTO import_progress (file_key, path, format, status, rows_done, counts, started_at, updated_at)
       VALUES (@key, @path, @format, @status, @rows, @counts, @now, @now)
       ON CONFLICT(file_key) DO UPDATE SET status = excluded.status, rows_done = excluded.rows_done,
         counts = excluded.counts, updated_at = excluded.updated_at,
         started_at = CASE WHEN import_progress.status = 'done' THEN excluded.started_at ELSE import_progress.started_at END`,
    );
    this.get_ = db.prepare("SELECT status, rows_done, counts FROM import_progress WHERE file_key = ?");
  }

  /** Where an interrupted import of this file stopped; a finished or unknown file starts from row 0. */
  resumePoint(key: string): ResumePoint {
    const row = this.get_.get(key) as { status: string; rows_done: number; counts: string } | undefined;
    if (!row || row.status !== "running") return { rowsDone: 0, counts: emptyCounts() };
    return { rowsDone: row.rows_done, counts: { ...emptyCounts(), ...(JSON.parse(row.counts) as Partial<ImportCounts>) } };
  }

  save(key: string, path: string, format: string, status: "running" | "done", rowsDone: number, counts: ImportCounts): void {
    this.save_.run({ key, path: resolve(path), format, status, rows: rowsDone, counts: JSON.stringify(counts), now: new Date().toISOString() });
  }
}
