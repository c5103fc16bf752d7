/** @module The composition root: opens the store and wires the use-cases the CLI and server call. */
import type { Problem } from "./domain/problem.js";
import type { EventScope } from "./domain/scope.js";
import { collectFiles } from "./ingest/collect-files.js";
import type { IngestOverrides } from "./ingest/read-document.js";
import type { Prepared } from "./prepare-document.js";
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
  /** Sentences stored but not yet in the search index (indexed by the next search). */
  readonly searchIndexPending: number;
}

export interface IngestOptions {
  /** Store text only, without coding events (they can be extracted later). Default true. */
  readonly extract?: boolean;
  /** Which coded events to keep (default: the coding guidelines' scope, see src/domain/scope.ts). */
  readonly scope?: EventScope;
}

export type Progress = (done: number, total: number, file: string) => void;

/** Up to this many new sentences are indexed for search at the end of an ingest; more wait for the next search. */
const INDEX_NOW_MAX_SENTENCES = 50_000;

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
    // Reading and extraction code (Readability, linkedom, chrono-node, lexicons) loads only when an
    // ingest runs: every other command, an import above all, starts ~0.6 s sooner and ~50 MB smaller.
    const { preparedDocuments } = await import("./prepare-pool.js");
    const prepared = preparedDocuments(files, overrides, { extract: options.extract ?? true, scope: options.scope, known: () => new Set(this.store.documentIds()) });
    for await (const p of prepared) {
      results.push(this.store_(p));
      progress?.(results.length, files.length, p.file);
    }
    // Small runs are searchable at once; a large run leaves its sentences to the next search, which
    // indexes them in one bulk pass (the index is derived data, so nothing is lost meanwhile).
    if (this.store.searchIndexPending() <= INDEX_NOW_MAX_SENTENCES) this.store.catchUpSearchIndex();
    return { results, problems, searchIndexPending: this.store.searchIndexPending() };
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
