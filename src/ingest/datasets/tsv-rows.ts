/** @module Rows of a headerless, quote-free tab-separated file (GDELT): its non-empty lines, unsplit. */
import type { RowBatch } from "./dataset-format.js";
import { readLines } from "./read-lines.js";

/** Lines are left whole: the mapper finds the columns it needs (see map-gdelt-event.ts). */
export async function* tsvRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RowBatch<string>> {
  for await (const { first, lines } of readLines(bytes)) {
    const rows: string[] = [];
    const numbers: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l === "") continue;
      rows.push(l);
      numbers.push(first + i);
    }
    if (rows.length) yield { rows, lines: numbers };
  }
}
