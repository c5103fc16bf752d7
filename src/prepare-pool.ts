/** @module Prepares documents ahead of the writer: on a worker thread for big runs, inline otherwise. */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EventScope } from "./domain/scope.js";
import type { IngestOverrides } from "./ingest/read-document.js";
import { prepareDocument, type Prepared } from "./prepare-document.js";

/** Below this many bytes a worker's start-up (loading the NLP model again) costs more than it saves. */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/** Documents prepared ahead of the writer; bounds memory whatever the corpus size. */
const AHEAD = 8;

const workerFile = fileURLToPath(new URL("./prepare-worker.js", import.meta.url));

const totalBytes = (files: readonly string[]): number =>
  files.reduce((n, f) => {
    try {
      return n + statSync(f).size;
    } catch {
      return n;
    }
  }, 0);

/**
 * Yields each file's prepared document in the order given. Large runs read and code on a worker
 * thread (the machine's second core) while the caller writes; the worker is only used from the
 * compiled build, where its JavaScript file exists.
 */
export async function* preparedDocuments(
  files: readonly string[],
  overrides: IngestOverrides,
  options: { extract: boolean; scope?: EventScope; known: () => ReadonlySet<string> },
): AsyncGenerator<Prepared> {
  if (files.length < 2 || !existsSync(workerFile) || totalBytes(files) < WORKER_MIN_BYTES) {
    const known = options.known();
    for (const file of files) yield prepareDocument(file, overrides, { extract: options.extract, scope: options.scope, known });
    return;
  }
  const worker = new Worker(workerFile, { workerData: { overrides, extract: options.extract, scope: options.scope, known: [...options.known()] } });
  const done = new Map<number, Prepared>();
  let waiting: ((p: Prepared) => void) | null = null;
  let failure: Error | null = null;
  let want = 0;
  worker.on("message", ({ seq, prepared }: { seq: number; prepared: Prepared }) => {
    if (seq === want && waiting) {
      const w = waiting;
      waiting = null;
      w(prepared);
    } else done.set(seq, prepared);
  });
  worker.on("error", (e) => {
    failure = e;
    waiting?.({ file: files[want]!, ok: false, problems: [{ code: "internal", message: e.message, place: null, fatal: true }] });
  });
  let sent = 0;
  const send = (): void => {
    while (sent < files.length && sent < want + AHEAD) worker.postMessage({ seq: sent, file: files[sent++] });
  };
  try {
    for (; want < files.length; want++) {
      send();
      const ready = done.get(want);
      if (ready) done.delete(want);
      const prepared = ready ?? (await new Promise<Prepared>((resolve) => (waiting = resolve)));
      if (failure) throw failure;
      yield prepared;
    }
  } finally {
    await worker.terminate();
  }
}
