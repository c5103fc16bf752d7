/** @module Prints listings as table, json, jsonl or csv: the one place that knows those formats. */
import { z } from "zod";
import { InvalidInput } from "../domain/errors.js";

export const OutputFormat = z.enum(["table", "json", "jsonl", "csv"]);
export type OutputFormat = z.infer<typeof OutputFormat>;

export function maybeFormat(value: unknown, allowed: readonly string[] = OutputFormat.options): string {
  const v = value === undefined ? "table" : String(value);
  if (!allowed.includes(v)) throw new InvalidInput(`--format must be one of ${allowed.join(", ")} (got "${v}")`);
  return v;
}

export type Row = Record<string, unknown>;

const cell = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);

const csvCell = (v: unknown): string => {
  const s = cell(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Width in terminal columns, counting combining marks as zero (Arabic diacritics) — good enough for tables. */
const width = (s: string): number => s.replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").length;

function table(rows: readonly Row[], columns: readonly string[], maxWidth: number): string {
  if (rows.length === 0) return "(none)\n";
  const cap = Math.max(12, Math.floor(maxWidth / Math.max(1, columns.length)) * 2);
  const clip = (s: string): string => {
    const one = s.replace(/\s+/g, " ");
    return width(one) > cap ? `${one.slice(0, cap - 1)}…` : one;
  };
  const body = rows.map((r) => columns.map((c) => clip(cell(r[c]))));
  const widths = columns.map((c, i) => Math.max(width(c), ...body.map((b) => width(b[i]!))));
  const line = (cells: readonly string[]): string =>
    cells.map((s, i) => s + " ".repeat(Math.max(0, widths[i]! - width(s)))).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n") + "\n";
}

/** Renders rows in the chosen format; `columns` picks and orders the table and csv columns. */
export function renderRows(input: readonly object[], format: string, columns?: readonly string[], maxWidth = 160): string {
  const rows = input as readonly Row[];
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  switch (format) {
    case "json":
      return JSON.stringify(rows, null, 2) + "\n";
    case "jsonl":
      return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
    case "csv":
      return [cols.map(csvCell).join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join("\n") + "\n";
    default:
      return table(rows, cols, maxWidth);
  }
}
