/**
 * @module A dataset file's rows read, mapped and packed in batches: on a worker thread for large files
 * (the main thread only writes), in this thread otherwise. Both run the same `packRows`.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DatasetFormat } from "./dataset-format.js";
import type { FormatName } from "./detect-format.js";
import { BatchPacker, type PackedBatch } from "./row-batch-codec.js";

/** Rows per packed batch: large enough that messages are few, small enough that batches die young. */
export const PACK_ROWS = 4096;
/** Batches the worker may run ahead of the writer: bounds memory, keeps both threads busy. */
const AHEAD = 4;

/** Reads rows from `bytes`, skips the first `from`, maps and packs the rest. */
export async function* packRows(
  reader: DatasetFormat<never>,
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  from: number,
  bytesRead: () => number,
): AsyncGenerator<PackedBatch> {
  const packer = new BatchPacker(PACK_ROWS);
  const place = { file, line: 0 };
  let index = 0;
  for await (const { rows, lines } of reader.rows(bytes)) {
    let i = 0;
    if (index < from) {
      i = Math.min(rows.length, from - index);
      index += i;
      packer.skip(i);
    }
    for (; i < rows.length; i++, index++) {
      place.line = lines[i]!;
      packer.add(reader.map(rows[i]!, place), place.line);
      if (packer.count >= PACK_ROWS) yield packer.take(bytesRead());
    }
  }
  if (packer.count > 0) yield packer.take(bytesRead());
}

const workerFile = fileURLToPath(new URL("./pack-worker.js", import.meta.url));

/** True when the compiled worker script is there (not when running from TypeScript sources, e.g. in tests). */
export const canUseWorker = (): boolean => existsSync(workerFile);

export interface WorkerJob {
  readonly file: string;
  readonly format: FormatName;
  readonly from: number;
}

type FromWorker = { batch: PackedBatch } | { done: true } | { error: string };

/** `packRows` of a file on a worker thread; the batches arrive here as transferred buffers. */
export async function* packRowsOnWorker(job: WorkerJob): AsyncGenerator<PackedBatch> {
  const worker = new Worker(workerFile, {
    workerData: { ...job, ahead: AHEAD },
    // A small young generation: the worker's garbage dies within a batch, and the default (≈ 48 MB)
    // added ≈ 35 MB to the import's peak RSS (measured 230 → 197 MB at 1M rows) for no speed.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const queue: PackedBatch[] = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  worker.on("message", (m: FromWorker) => {
    if ("batch" in m) queue.push(m.batch);
    else if ("done" in m) done = true;
    else failure = new Error(m.error);
    notify();
  });
  worker.on("error", (e) => {
    failure = e;
    notify();
  });
  worker.on("exit", (code) => {
    if (!done && !failure) failure = new Error(`the reader thread stopped (exit code ${code})`);
    notify();
  });
  try {
    for (;;) {
      const b = queue.shift();
      if (b !== undefined) {
        worker.postMessage(1); // one more batch may be read ahead
        yield b;
      } else if (failure) throw failure;
      else if (done) return;
      else await new Promise<void>((r) => (wake = r));
    }
  } finally {
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}
