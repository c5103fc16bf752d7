/** @module The composition root: opens the store and wires the use-cases the CLI and server call. */
import type { Problem } from "./domain/problem.js";
import { extractEvents } from "./extract/extract-events.js";
import { collectFiles } from "./ingest/collect-files.js";
import { readDocument, type IngestOverrides, type ReadDocument } from "./ingest/read-document.js";
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

/** Runs extraction over a read document (unless told not to) and bundles everything the store keeps of it. */
export function analyseDocument(read: ReadDocument, options: { extract?: boolean } = {}) {
  const { document, sentences, footnotes } = read;
  if (options.extract === false) return { document, sentences, footnotes, events: [], quantities: [], problems: [] };
  const extracted = extractEvents({
    documentId: document.id,
    text: document.text,
    published: document.published,
    language: document.language,
    sentences: sentences.map((s) => ({ start: s.span[0], end: s.span[1] })),
    footnotes: new Map(sentences.filter((s) => s.footnotes.length).map((s) => [s.index, s.footnotes])),
  });
  return { document, sentences, footnotes, events: extracted.events, quantities: extracted.quantities, problems: extracted.problems };
}

export class Workbench {
  constructor(readonly store: SqliteStore) {}

  /** Ingests files and directories: one transaction per document, so a kill mid-run loses nothing stored. */
  ingest(paths: readonly string[], overrides: IngestOverrides = {}, progress?: Progress, options: IngestOptions = {}): IngestReport {
    const { files, problems } = collectFiles(paths);
    const results: IngestFileResult[] = [];
    files.forEach((file, i) => {
      progress?.(i, files.length, file);
      results.push(this.ingestFile(file, overrides, options));
    });
    progress?.(files.length, files.length, "");
    this.store.catchUpSearchIndex();
    return { results, problems };
  }

  ingestFile(file: string, overrides: IngestOverrides = {}, options: IngestOptions = {}): IngestFileResult {
    const read = readDocument(file, overrides);
    if (!read.ok) return { file, status: "rejected", id: null, title: null, sentences: 0, events: 0, problems: read.problems };
    const { document } = read.value;
    if (this.store.hasDocument(document.id)) {
      return { file, status: "unchanged", id: document.id, title: document.title, sentences: read.value.sentences.length, events: 0, problems: read.problems };
    }
    const bundle = analyseDocument(read.value, options);
    const { inserted } = this.store.putDocument(bundle);
    return {
      file,
      status: inserted ? "added" : "unchanged",
      id: document.id,
      title: document.title,
      sentences: bundle.sentences.length,
      events: bundle.events.length,
      problems: [...read.problems, ...bundle.problems],
    };
  }

  close(): void {
    this.store.close();
  }
}

export function openWorkbench(options: { db: string; readonly?: boolean }): Workbench {
  return new Workbench(SqliteStore.open(options.db, { readonly: options.readonly }));
}
