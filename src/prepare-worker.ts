/** @module Worker thread that reads and codes documents while the main thread writes them to the store. */
import { parentPort, workerData } from "node:worker_threads";
import type { IngestOverrides } from "./ingest/read-document.js";
import { prepareDocument } from "./prepare-document.js";

interface Job {
  readonly seq: number;
  readonly file: string;
}

const { overrides, extract, known } = workerData as { overrides: IngestOverrides; extract: boolean; known: string[] };
const knownIds = new Set(known);

parentPort!.on("message", (job: Job) => {
  parentPort!.postMessage({ seq: job.seq, prepared: prepareDocument(job.file, overrides, { extract, known: knownIds }) });
});
