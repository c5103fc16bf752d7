/** @module One import run against the store: bulk-load pragmas, per-file transactions, resume points and the rejects file. */
import type Database from "better-sqlite3";
import type { Event } from "../domain/event.js";
import type { Problem } from "../domain/problem.js";
import type { EventMention } from "../ingest/datasets/import-item.js";
import type { ImportCounts } from "./import-counts.js";
import { fileKey, ImportProgress, type ResumePoint } from "./import-progress.js";
import { appendRejects, rejectsPath } from "./import-rejects.js";
import { ImportWriter } from "./import-writer.js";

export interface PendingBatch {
  readonly events: Event[];
  readonly mentions: EventMention[];
  readonly rejects: Problem[];
}

/** One file being imported. Non-strict: each batch commits on its own (resumable). Strict: the whole file is one transaction. */
export class FileImport {
  readonly resume: ResumePoint;
  private readonly key: string;
  private open = true;

  constructor(
    private readonly session: ImportSession,
    private readonly writer: ImportWriter,
    private readonly path: string,
    private readonly format: string,
    readonly strict: boolean,
  ) {
    this.key = fileKey(writer.originName, path);
    this.resume = session.progress.resumePoint(this.key);
    if (strict) session.db.exec("BEGIN");
  }

  /** Writes a batch and records that `rowsDone` rows of the file are done, atomically. */
  commit(batch: PendingBatch, rowsDone: number, counts: ImportCounts): void {
    // Rejects go to their file first: a kill between the two repeats reject lines but never loses one.
    appendRejects(this.session.dbPath, this.session.dataset, batch.rejects);
    this.session.db.transaction(() => {
      if (batch.events.length) this.writer.writeEvents(batch.events, counts);
      if (batch.mentions.length) this.writer.writeMentions(batch.mentions, counts);
      this.session.progress.save(this.key, this.path, this.format, "running", rowsDone, counts);
    })();
  }

  finish(rowsDone: number, counts: ImportCounts): void {
    this.session.progress.save(this.key, this.path, this.format, "done", rowsDone, counts);
    if (this.strict && this.open) this.session.db.exec("COMMIT");
    this.open = false;
  }

  /** Strict mode only: undo everything this run wrote for the file; `problem` is still recorded as a reject. */
  abort(problem: Problem): void {
    appendRejects(this.session.dbPath, this.session.dataset, [problem]);
    if (this.strict && this.open && this.session.db.inTransaction) this.session.db.exec("ROLLBACK");
    this.open = false;
  }
}

export class ImportSession {
  readonly progress: ImportProgress;
  private readonly saved: { synchronous: number; cacheSize: number };

  constructor(
    readonly db: Database.Database,
    readonly dbPath: string,
    readonly dataset: string,
  ) {
    this.saved = {
      synchronous: db.pragma("synchronous", { simple: true }) as number,
      cacheSize: db.pragma("cache_size", { simple: true }) as number,
    };
    // Bulk-load settings. synchronous=OFF skips fsync at WAL checkpoints: a killed process loses nothing
    // (the OS has the pages), only a power cut could; an import can be re-run, so that trade is right here.
    db.pragma("synchronous = OFF");
    // 64 MiB of page cache keeps the indexes' hot pages in memory (well inside the 300 MB budget).
    db.pragma("cache_size = -65536");
    db.pragma("temp_store = MEMORY");
    this.progress = new ImportProgress(db);
  }

  get rejectsFile(): string {
    return rejectsPath(this.dbPath);
  }

  beginFile(path: string, origin: string, format: string, strict: boolean): FileImport {
    return new FileImport(this, new ImportWriter(this.db, origin), path, format, strict);
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
    this.db.pragma(`synchronous = ${this.saved.synchronous}`);
    this.db.pragma(`cache_size = ${this.saved.cacheSize}`);
  }
}
