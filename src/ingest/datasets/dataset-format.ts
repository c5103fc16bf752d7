/** @module A dataset file format: how to split its text into rows, and how to map one row. */
import type { FormatName } from "./detect-format.js";
import type { Mapped } from "./import-item.js";

export interface RowBatch<R> {
  readonly rows: readonly R[];
  /** Line number of each row's first line, for the reject record. */
  readonly lines: readonly number[];
}

export interface DatasetFormat<R = unknown> {
  readonly name: FormatName;
  readonly origin: string;
  /** Rows in batches as they stream in; header and blank lines are not rows. */
  rows(bytes: AsyncIterable<Uint8Array>): AsyncIterable<RowBatch<R>>;
  map(row: R, place: { file: string; line: number }): Mapped;
}
