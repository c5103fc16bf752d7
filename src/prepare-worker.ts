/** @module Worker thread that reads and codes documents while the main thread writes them to the store. */
import { parentPort, workerData } from "node:worker_threads";
import type { EventScope } from "./domain/scope.js";
import type { IngestOverrides } from "./ingest/read-document.js";
import { prepareDocument } from "./prepare-document.js";

interface Job {
  readonly seq: number;
  readonly file: string;
}

const { overrides, extract, scope, known } = workerData as { overrides: IngestOverrides; extract: boolean; scope?: EventScope; known: string[] };
const knownIds = new Set(known);

parentPort!.on("message", (job: Job) => {
  parentPort!.postMessage({ seq: job.seq, prepared: prepareDocument(job.file, overrides, { extract, scope, known: knownIds }) });
});
