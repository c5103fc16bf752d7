/** @module Opens a dataset file as a stream of byte chunks, unpacking `.gz` and `.zip` (as GDELT ships them) on the fly. */
import { createReadStream, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { Unzip, UnzipInflate } from "fflate";

export interface DatasetFile {
  readonly path: string;
  /** Size on disk (compressed size for .gz/.zip): the denominator of progress and ETA. */
  readonly size: number;
  /** Bytes of the file on disk consumed so far. */
  bytesRead(): number;
  /** The (unpacked) bytes in chunks of any size; a chunk may end in the middle of a line or a character. */
  readonly bytes: AsyncIterable<Uint8Array>;
  /** Stops reading and releases the file (when another reader takes over, e.g. a worker thread). */
  close(): void;
}

/** 256 KiB reads: per-chunk overhead is already negligible, and a chunk's rows die young in V8's heap. */
const READ_SIZE = 256 << 10;

export function openDatasetFile(path: string): DatasetFile {
  const size = statSync(path).size;
  let read = 0;
  const stream = createReadStream(path, { highWaterMark: READ_SIZE });
  const raw = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  };
  const bytes = /\.zip$/i.test(path) ? unzipFirst(raw(), path) : /\.gz$/i.test(path) ? gunzip(raw()) : raw();
  return { path, size, bytesRead: () => read, bytes, close: () => void stream.destroy() };
}

async function* gunzip(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const z = createGunzip({ chunkSize: READ_SIZE });
  const feed = (async () => {
    for await (const b of raw) if (!z.write(b)) await new Promise((r) => z.once("drain", r));
    z.end();
  })();
  feed.catch((e: Error) => z.destroy(e));
  for await (const out of z) yield out as Buffer;
  await feed;
}

/** Streams the first file of a ZIP archive (GDELT archives hold exactly one). */
async function* unzipFirst(raw: AsyncIterable<Buffer>, path: string): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let found = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (found || file.name.endsWith("/")) return;
    found = true;
    file.ondata = (err, data) => {
      if (err) failure = err;
      else if (data.length) out.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let last: Buffer | null = null;
  for await (const b of raw) {
    // Hold one chunk back so the final push can say `final`.
    if (last) unzip.push(last, false);
    last = b;
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  }
  unzip.push(last ?? new Uint8Array(0), true);
  if (failure) throw failure;
  if (!found) throw new Error(`${path}: the zip archive holds no file`);
  while (out.length) yield out.shift()!;
}
