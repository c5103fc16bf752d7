/** @module Reads the head of a text stream for format detection without losing it for the parser. */

const HEAD_SIZE = 16 * 1024;

/** Returns the first ~16 KiB and a stream that replays it before the rest. */
export async function sniff(chunks: AsyncIterable<string>): Promise<{ head: string; chunks: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
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
  const replay = async function* (): AsyncGenerator<string> {
    yield* seen;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  return { head: seen.join("").slice(0, HEAD_SIZE), chunks: replay() };
}
