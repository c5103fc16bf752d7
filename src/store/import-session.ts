/** @module One import run against the store: bulk-load pragmas, per-file transactions, resume points and the rejects file. */
import type Database from "better-sqlite3";
import { statSync } from "node:fs";
import type { Event } from "../domain/event.js";
import type { Problem } from "../domain/problem.js";
import type { EventMention } from "../ingest/datasets/import-item.js";
import type { BatchReader } from "../ingest/datasets/row-batch-codec.js";
import type { ImportCounts } from "./import-counts.js";
import { fileKey, ImportProgress, type ResumePoint } from "./import-progress.js";
import { dropSecondaryIndexes, restoreIndexes } from "./import-bulk-load.js";
import { appendRejects, rejectsPath } from "./import-rejects.js";
import { ImportWriter } from "./import-writer.js";

/**
 * One file being imported. Non-strict: rows are written inside a transaction that commits at every
 * checkpoint together with the resume point, so a kill loses at most the batch in flight. Strict: the
 * whole file is one transaction, rolled back at the first bad row.
 */
export class FileImport {
  readonly resume: ResumePoint;
  private readonly key: string;
  private readonly rejects: Problem[] = [];
  private inTransaction = false;

  constructor(
    private readonly session: ImportSession,
    private readonly writer: ImportWriter,
    private readonly path: string,
    private readonly format: string,
    readonly strict: boolean,
  ) {
    this.key = fileKey(writer.originName, path);
    this.resume = session.progress.resumePoint(this.key);
    if (!writer.canBulkLoad) session.endBulkLoad(); // corroboration will query the dyad index
    else if (!strict) session.considerBulkLoad();
  }

  /**
   * Rows per commit. 50k-row commits in bulk loads saved a little CPU but raised the peak RSS of a
   * 3M-row import from 234 to 304 MB (over the 300 MB budget), so 10k it is.
   */
  get batchSize(): number {
    return 10_000;
  }

  private begin(): void {
    if (this.inTransaction) return;
    this.session.db.exec("BEGIN");
    this.inTransaction = true;
  }

  addEvent(e: Event, counts: ImportCounts): void {
    this.begin();
    this.writer.addEvent(e, counts);
  }

  addPacked(r: BatchReader, j: number, counts: ImportCounts): void {
    this.begin();
    this.writer.addPacked(r, j, counts);
  }

  addMention(m: EventMention, counts: ImportCounts): void {
    this.begin();
    this.writer.addMention(m, counts);
  }

  addReject(p: Problem): void {
    this.rejects.push(p);
  }

  /** Records that `rowsDone` rows are done; outside strict mode this commits them. */
  checkpoint(rowsDone: number, counts: ImportCounts): void {
    this.save("running", rowsDone, counts);
    if (!this.strict) this.commit();
  }

  finish(rowsDone: number, counts: ImportCounts): void {
    this.save("done", rowsDone, counts);
    this.commit();
  }

  /** Strict mode: undo everything this run wrote for the file; `problem` is still recorded as a reject. */
  abort(problem: Problem): void {
    appendRejects(this.session.dbPath, this.session.dataset, [...this.rejects, problem]);
    this.rejects.length = 0;
    if (this.inTransaction) this.session.db.exec("ROLLBACK");
    this.inTransaction = false;
  }

  /** The file broke off (unreadable data): drop the batch in flight; committed batches stay and resume later. */
  fail(): void {
    if (this.inTransaction) this.session.db.exec("ROLLBACK");
    this.inTransaction = false;
    appendRejects(this.session.dbPath, this.session.dataset, this.rejects);
    this.rejects.length = 0;
  }

  private save(status: "running" | "done", rowsDone: number, counts: ImportCounts): void {
    this.begin();
    this.writer.flush(counts);
    this.session.progress.save(this.key, this.path, this.format, status, rowsDone, counts);
  }

  private commit(): void {
    // Rejects go to their file first: a kill between the two repeats reject lines but never loses one.
    appendRejects(this.session.dbPath, this.session.dataset, this.rejects);
    this.rejects.length = 0;
    if (this.inTransaction) this.session.db.exec("COMMIT");
    this.inTransaction = false;
  }
}

/** Bytes per row of an uncompressed dataset file (GDELT ≈ 350, ACLED more), and a typical compression ratio. */
const BYTES_PER_ROW = 350;
const COMPRESSION = 8;
/** Below this many rows the index rebuild costs more than it saves. */
const BULK_MIN_ROWS = 100_000;
/** Stored rows per new row up to which dropping and rebuilding the indexes is cheaper (see considerBulkLoad). */
const REBUILD_BREAK_EVEN = 3;

function estimatedRows(path: string): number {
  try {
    return (statSync(path).size / BYTES_PER_ROW) * (/\.(gz|zip)$/i.test(path) ? COMPRESSION : 1);
  } catch {
    return 0; // a missing file is reported by the caller
  }
}

export class ImportSession {
  readonly progress: ImportProgress;
  private readonly saved: { synchronous: number; cacheSize: number; autocheckpoint: number };
  private bulk = false;

  /** Rows the session's files will bring, estimated from their sizes. */
  private readonly plannedRows: number;

  constructor(
    readonly db: Database.Database,
    readonly dbPath: string,
    readonly dataset: string,
    files: readonly string[] = [],
  ) {
    this.plannedRows = files.reduce((n, f) => n + estimatedRows(f), 0);
    this.saved = {
      synchronous: db.pragma("synchronous", { simple: true }) as number,
      cacheSize: db.pragma("cache_size", { simple: true }) as number,
      autocheckpoint: db.pragma("wal_autocheckpoint", { simple: true }) as number,
    };
    // Bulk-load settings. synchronous=OFF skips fsync at WAL checkpoints: a killed process loses nothing
    // (the OS has the pages), only a power cut could; an import can be re-run, so that trade is right here.
    db.pragma("synchronous = OFF");
    // 32 MiB of page cache holds the hot index pages; more buys little and counts against the 300 MB budget.
    // (temp_store stays FILE: the index rebuild sorts spill to disk instead of growing memory.)
    db.pragma("cache_size = -32768");
    // Fewer, larger checkpoints: pages changed by several batches are copied back to the database once.
    db.pragma("wal_autocheckpoint = 8192");
    this.progress = new ImportProgress(db);
    // A previous import killed mid-load left its indexes dropped: put them back first.
    restoreIndexes(db);
  }

  /**
   * Drops the events indexes for the rest of the session when this file is big next to the table.
   * Measured at 1M GDELT rows: keeping the indexes up to date costs ≈ 29 µs per new row more than
   * loading without them; rebuilding them costs ≈ 7.5 µs per row in the table. So the rebuild pays
   * once the new rows reach about a third of the rows already stored. The new rows are estimated from
   * the sizes of all the session's files, so thirty daily files count as one big load.
   */
  considerBulkLoad(): void {
    if (this.bulk) return;
    const rows = this.plannedRows;
    if (rows < BULK_MIN_ROWS) return;
    const stored = this.db.prepare("SELECT count(*) FROM events").pluck().get() as number;
    if (rows * REBUILD_BREAK_EVEN < stored) return;
    dropSecondaryIndexes(this.db);
    this.bulk = true;
  }

  /** Rebuilds the dropped indexes now, for a file that needs them while it loads. */
  endBulkLoad(): void {
    if (!this.bulk) return;
    restoreIndexes(this.db);
    this.bulk = false;
  }

  /** True once a file of this session dropped the events indexes (they are rebuilt on close). */
  get bulkLoading(): boolean {
    return this.bulk;
  }

  get rejectsFile(): string {
    return rejectsPath(this.dbPath);
  }

  beginFile(path: string, origin: string, format: string, strict: boolean): FileImport {
    return new FileImport(this, new ImportWriter(this.db, origin), path, format, strict);
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
    if (this.bulk) restoreIndexes(this.db);
    this.db.pragma(`synchronous = ${this.saved.synchronous}`);
    this.db.pragma(`cache_size = ${this.saved.cacheSize}`);
    this.db.pragma(`wal_autocheckpoint = ${this.saved.autocheckpoint}`);
  }
}
