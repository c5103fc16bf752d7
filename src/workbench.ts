/** @module The composition root: opens the store and wires the use-cases the CLI and server call. */
import type { Problem } from "./domain/problem.js";
import { collectFiles } from "./ingest/collect-files.js";
import type { IngestOverrides } from "./ingest/read-document.js";
import { prepareDocument, type Prepared } from "./prepare-document.js";
import { preparedDocuments } from "./prepare-pool.js";
import { SqliteStore } from "./store/sqlite-store.js";

export interface IngestFileResult {
  readonly file: string;
  readonly status: "added" | "unchanged" | "rejected";
  readonly id: string | null;
  readonly title: string | null;
  readonly sentences: number;
  readonly events: number;
  readonly problems: Problem[];
}

export interface IngestReport {
  readonly results: IngestFileResult[];
  /** Problems not tied to one file (missing paths, empty directories). */
  readonly problems: Problem[];
}

export interface IngestOptions {
  /** Store text only, without coding events (they can be extracted later). Default true. */
  readonly extract?: boolean;
}

export type Progress = (done: number, total: number, file: string) => void;

const INDEX_BATCH_SENTENCES = 20_000;

export class Workbench {
  constructor(readonly store: SqliteStore) {}

  /**
   * Ingests files and directories: one transaction per document, so a kill mid-run loses nothing
   * stored; documents already stored are left as they are.
   */
  async ingest(paths: readonly string[], overrides: IngestOverrides = {}, progress?: Progress, options: IngestOptions = {}): Promise<IngestReport> {
    const { files, problems } = collectFiles(paths);
    const results: IngestFileResult[] = [];
    progress?.(0, files.length, "");
    const prepared = preparedDocuments(files, overrides, { extract: options.extract ?? true, known: () => new Set(this.store.documentIds()) });
    let unindexed = 0;
    for await (const p of prepared) {
      const r = this.store_(p);
      results.push(r);
      progress?.(results.length, files.length, p.file);
      // Index in batches while the worker prepares the next documents: bulk enough to write few
      // FTS segments, often enough that the indexing overlaps the reading.
      if (r.status === "added" && (unindexed += r.sentences) >= INDEX_BATCH_SENTENCES) {
        this.store.catchUpSearchIndex();
        unindexed = 0;
      }
    }
    this.store.catchUpSearchIndex();
    return { results, problems };
  }

  /** Ingests one file (read, coded and stored in this thread). */
  ingestFile(file: string, overrides: IngestOverrides = {}, options: IngestOptions = {}): IngestFileResult {
    return this.store_(prepareDocument(file, overrides, { extract: options.extract, known: new Set(this.store.documentIds()) }));
  }

  private store_(p: Prepared): IngestFileResult {
    if (!p.ok) return { file: p.file, status: "rejected", id: null, title: null, sentences: 0, events: 0, problems: p.problems };
    const { bundle } = p;
    const inserted = !p.known && this.store.putDocument(bundle).inserted;
    return {
      file: p.file,
      status: inserted ? "added" : "unchanged",
      id: bundle.document.id,
      title: bundle.document.title,
      sentences: bundle.sentences.length,
      events: inserted ? bundle.events.length : 0,
      problems: p.problems,
    };
  }

  close(): void {
    this.store.close();
  }
}

export function openWorkbench(options: { db: string; readonly?: boolean }): Workbench {
  return new Workbench(SqliteStore.open(options.db, { readonly: options.readonly }));
}
