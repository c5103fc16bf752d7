/** @module Reads the head of a byte stream for format detection without losing it for the parser. */
import { StringDecoder } from "node:string_decoder";

const HEAD_SIZE = 16 * 1024;

/** Returns the first ~16 KiB as text (BOM removed) and a stream that replays those bytes before the rest. */
export async function sniff(bytes: AsyncIterable<Uint8Array>): Promise<{ head: string; bytes: AsyncIterable<Uint8Array> }> {
  const it = bytes[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_SIZE) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    size += r.value.length;
  }
  const decoder = new StringDecoder("utf8");
  const head = seen.map((b) => decoder.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength))).join("").replace(/^\uFEFF/, "");
  const replay = async function* (): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  return { head: head.slice(0, HEAD_SIZE), bytes: replay() };
}
