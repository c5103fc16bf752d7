/** @module Worker thread: reads, maps and packs one dataset file's rows, AHEAD batches at most in flight. */
import { parentPort, workerData } from "node:worker_threads";
import { FORMAT_READERS } from "./formats.js";
import { openDatasetFile } from "./open-dataset-file.js";
import { packRows, type WorkerJob } from "./packed-rows.js";
import { transferList } from "./row-batch-codec.js";

const job = workerData as WorkerJob & { ahead: number };
const port = parentPort!;
let credits = job.ahead;
let wake: (() => void) | null = null;
port.on("message", (n: number) => {
  credits += n;
  wake?.();
  wake = null;
});

try {
  const reader = FORMAT_READERS[job.format]!;
  const source = openDatasetFile(job.file);
  for await (const b of packRows(reader, source.bytes, job.file, job.from, source.bytesRead)) {
    while (credits <= 0) await new Promise<void>((r) => (wake = r));
    credits--;
    port.postMessage({ batch: b }, transferList(b));
  }
  port.postMessage({ done: true });
} catch (e) {
  port.postMessage({ error: (e as Error).message });
}
