/** @module Splits streamed text into numbered lines, a chunk's worth at a time (no per-line await on the hot path). */

export interface LineBatch {
  /** Line number (1-based) of `lines[0]`. */
  readonly first: number;
  /** Lines without their terminator; empty lines are kept so numbering stays right. */
  readonly lines: readonly string[];
}

export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<LineBatch> {
  let carry = "";
  let next = 1;
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const lines = text.split("\n");
    carry = lines.pop()!;
    if (lines.length === 0) continue;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.endsWith("\r")) lines[i] = l.slice(0, -1);
    }
    yield { first: next, lines };
    next += lines.length;
  }
  if (carry.endsWith("\r")) carry = carry.slice(0, -1);
  if (carry) yield { first: next, lines: [carry] };
}
