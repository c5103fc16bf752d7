/** @module Rows of a delimited file with a header (ACLED CSV, POLECAT TSV, GDELT mentions CSV), via csv-parse. */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { RowBatch } from "./dataset-format.js";

const BATCH = 2000;

/** A record keyed by normalised header name, with its width so a short or long row can be rejected. */
export interface HeaderedRow {
  readonly values: Readonly<Record<string, string>>;
  readonly fields: readonly string[];
  readonly width: number;
  readonly expected: number;
}

/** Header names normalised: "Event ID" → "event_id", so exports with either spelling map alike. */
export const normaliseHeader = (h: string): string =>
  h.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");

/**
 * Yields records keyed by normalised header. Quotes are honoured for CSV (ACLED notes hold commas and
 * line breaks) and ignored for TSV, where a quote is just a character.
 */
export async function* csvRows(bytes: AsyncIterable<Uint8Array>, delimiter: "," | "\t"): AsyncGenerator<RowBatch<HeaderedRow>> {
  const parser = Readable.from(bytes).pipe(
    parse({ delimiter, quote: delimiter === "," ? '"' : null, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }),
  );
  let header: string[] | null = null;
  let rows: HeaderedRow[] = [];
  let lines: number[] = [];
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (header === null) {
      header = record.map(normaliseHeader);
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i]!] = record[i] ?? "";
    rows.push({ values, fields: record, width: record.length, expected: header.length });
    // info.lines is the line the record ends on; records spanning lines are rare, so report that line.
    lines.push(info.lines);
    if (rows.length >= BATCH) {
      yield { rows, lines };
      rows = [];
      lines = [];
    }
  }
  if (rows.length) yield { rows, lines };
}
