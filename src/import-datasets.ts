/** @module Use-case: import event-dataset files (GDELT, POLECAT, ACLED) into the store, streaming, batched, resumable. */
import { existsSync, statSync } from "node:fs";
import type { Problem } from "./domain/problem.js";
import { problem } from "./domain/problem.js";
import { DATASET_OF, detectFormat, FORMAT_LABEL, type FormatName } from "./ingest/datasets/detect-format.js";
import { FORMAT_READERS } from "./ingest/datasets/formats.js";
import type { DatasetName } from "./ingest/datasets/import-item.js";
import { openDatasetFile } from "./ingest/datasets/open-dataset-file.js";
import { canUseWorker, packRows, packRowsOnWorker } from "./ingest/datasets/packed-rows.js";
import { BatchReader } from "./ingest/datasets/row-batch-codec.js";
import { sniff } from "./ingest/datasets/sniff.js";
import { emptyCounts, type ImportCounts } from "./store/import-counts.js";
import { ImportSession, type FileImport } from "./store/import-session.js";
import type { SqliteStore } from "./store/sqlite-store.js";

export interface ImportProgressInfo {
  readonly file: string;
  readonly bytesRead: number;
  readonly size: number;
  readonly rows: number;
}

export interface ImportOptions {
  /** Stop a file at its first bad row and write nothing of it. */
  readonly strict?: boolean;
  /** Rows per committed transaction (default 10 000). */
  readonly batchSize?: number;
  readonly onProgress?: (p: ImportProgressInfo) => void;
  /** Called before the events indexes dropped for a bulk load are rebuilt (seconds for millions of rows). */
  readonly onIndexRebuild?: () => void;
}

export interface FileImportResult {
  readonly file: string;
  readonly format: FormatName | null;
  /** imported: read to the end; refused: wrong or unknown file type; stopped: --strict hit a bad row; failed: unreadable. */
  readonly status: "imported" | "refused" | "stopped" | "failed";
  readonly counts: ImportCounts;
  /** Rows skipped because an earlier, interrupted run had committed them. */
  readonly resumedFrom: number;
  readonly problems: Problem[];
}

export interface ImportReport {
  readonly dataset: DatasetName;
  readonly results: FileImportResult[];
  readonly rejectsFile: string;
}

/**
 * Imports each file in turn; a bad file never stops the others.
 * @example await importDatasets(store, "gdelt", ["20160728.export.CSV.zip"])
 */
export async function importDatasets(
  store: SqliteStore,
  dataset: DatasetName,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const session = new ImportSession(store.db, store.path, dataset, files);
  const results: FileImportResult[] = [];
  try {
    for (const file of files) results.push(await importFile(session, dataset, file, options));
  } finally {
    if (session.bulkLoading) options.onIndexRebuild?.();
    session.close();
  }
  return { dataset, results, rejectsFile: session.rejectsFile };
}

async function importFile(session: ImportSession, dataset: DatasetName, file: string, options: ImportOptions): Promise<FileImportResult> {
  const failed = (status: "refused" | "failed", p: Problem, format: FormatName | null = null): FileImportResult =>
    ({ file, format, status, counts: emptyCounts(), resumedFrom: 0, problems: [p] });
  if (!existsSync(file) || !statSync(file).isFile()) return failed("failed", problem("missing-file", "no such file", { file }));
  const source = openDatasetFile(file);
  let head: string;
  let bytes: AsyncIterable<Uint8Array>;
  try {
    ({ head, bytes } = await sniff(source.bytes));
  } catch (e) {
    return failed("failed", problem("unreadable", `cannot read: ${(e as Error).message}`, { file }));
  }
  if (head.trim() === "") {
    // GDELT publishes the odd empty update: nothing to import is not an error.
    return { file, format: null, status: "imported", counts: emptyCounts(), resumedFrom: 0, problems: [problem("empty-file", "the file is empty", { file }, false)] };
  }
  const format = detectFormat(head);
  if (format === null) {
    return failed("refused", problem("unknown-format", `not ${dataset === "acled" ? "an" : "a"} ${dataset.toUpperCase()} file: its first lines match no dataset format Basira reads`, { file }));
  }
  if (DATASET_OF[format] !== dataset) {
    const right = DATASET_OF[format];
    return failed("refused", problem("wrong-dataset", `this is ${FORMAT_LABEL[format]}, not ${dataset.toUpperCase()}: use \`basira import ${right} ${file}\``, { file }), format);
  }
  const reader = FORMAT_READERS[format];
  if (!reader) return failed("refused", problem("unsupported-format", `${FORMAT_LABEL[format]} cannot be imported yet`, { file }), format);
  const strict = options.strict ?? false;
  const run = session.beginFile(file, reader.origin, format, strict);
  try {
    return await stream(run, reader, bytes, file, format, options, source);
  } catch (e) {
    if (strict) run.abort(problem("unreadable", (e as Error).message, { file }));
    else run.fail();
    return failed("failed", problem("unreadable", `stopped: ${(e as Error).message}`, { file }), format);
  }
}

/** Files from this size on are read and mapped on a worker thread while this one writes (its start-up is ~0.1 s). */
const WORKER_MIN_BYTES = 4 << 20;

async function stream(
  run: FileImport,
  reader: NonNullable<(typeof FORMAT_READERS)[FormatName]>,
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  format: FormatName,
  options: ImportOptions,
  source: { bytesRead(): number; size: number; close(): void },
): Promise<FileImportResult> {
  const batchSize = options.batchSize ?? run.batchSize;
  const { rowsDone: resumedFrom } = run.resume;
  const counts = { ...run.resume.counts };
  let rowIndex = resumedFrom;
  let sinceCheckpoint = 0;
  const problems: Problem[] = [];
  const onWorker = source.size >= WORKER_MIN_BYTES && canUseWorker();
  if (onWorker) source.close(); // the worker opens the file itself
  const batches = onWorker
    ? packRowsOnWorker({ file, format, from: resumedFrom })
    : packRows(reader, bytes, file, resumedFrom, () => source.bytesRead());
  const rows = new BatchReader();
  for await (const b of batches) {
    rows.use(b);
    let packed = 0;
    let other = 0;
    for (let i = 0; i < b.count; i++) {
      rowIndex = b.first + i;
      counts.read++;
      if (b.packed[i] === 1) {
        run.addPacked(rows, packed++, counts);
      } else {
        const mapped = b.others[other++]!;
        if (mapped.kind === "event") run.addEvent(mapped.event, counts);
        else if (mapped.kind === "mention") run.addMention(mapped.mention, counts);
        else if (mapped.kind === "skip") counts.skipped++;
        else {
          counts.rejected++;
          if (problems.length < 100) problems.push(mapped.problem);
          if (run.strict) {
            run.abort(mapped.problem);
            return { file, format, status: "stopped", counts: { ...counts, added: 0, present: 0, corroborated: 0, linked: 0 }, resumedFrom, problems };
          }
          run.addReject(mapped.problem);
        }
      }
      if (++sinceCheckpoint >= batchSize) {
        run.checkpoint(rowIndex + 1, counts);
        sinceCheckpoint = 0;
      }
    }
    rowIndex = b.first + b.count;
    options.onProgress?.({ file, bytesRead: b.bytesRead, size: source.size, rows: counts.read });
  }
  run.finish(rowIndex, counts);
  options.onProgress?.({ file, bytesRead: source.size, size: source.size, rows: counts.read });
  return { file, format, status: "imported", counts, resumedFrom, problems };
}
