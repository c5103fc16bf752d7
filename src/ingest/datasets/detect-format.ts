/** @module Tells dataset files apart from their first lines, so a file given to the wrong command is refused early. */
import type { DatasetName } from "./import-item.js";

export const FORMATS = ["gdelt-events", "gdelt-mentions", "polecat-jsonl", "polecat-tsv", "acled-csv"] as const;
export type FormatName = (typeof FORMATS)[number];

export const DATASET_OF: Readonly<Record<FormatName, DatasetName>> = {
  "gdelt-events": "gdelt",
  "gdelt-mentions": "gdelt",
  "polecat-jsonl": "polecat",
  "polecat-tsv": "polecat",
  "acled-csv": "acled",
};

export const FORMAT_LABEL: Readonly<Record<FormatName, string>> = {
  "gdelt-events": "a GDELT events file",
  "gdelt-mentions": "a GDELT 2.0 mentions file",
  "polecat-jsonl": "a POLECAT JSON-lines export",
  "polecat-tsv": "a POLECAT tab-separated export",
  "acled-csv": "an ACLED CSV export",
};

const GDELT_EVENT_WIDTHS = new Set([57, 58, 61]);
const GDELT_MENTION_WIDTH = 16;
const MENTIONS_HEADER = /^globaleventid[,\t]eventtimedate[,\t]mentiontimedate/i;
const ACLED_HEADER = /(^|[,;\t])"?event_id_cnty"?([,;\t]|$)/i;
const POLECAT_HEADER = /(^|\t)"?(Event ID|event_id)"?\t.*(Event Type|event_type)/i;

/**
 * Looks at up to five non-empty lines. GDELT files have no header, so they are known by their column
 * count and a numeric GLOBALEVENTID; the others by their header or by being JSON.
 * @example detectFormat("event_id_cnty,event_date,…") // "acled-csv"
 */
export function detectFormat(head: string): FormatName | null {
  const lines = head
    .split("\n")
    .map((l) => l.replace(/\r$/, ""))
    .filter((l) => l.trim() !== "" && !/^GLOBALEVENTID\t/i.test(l)) // a GDELT header line, as BigQuery exports write it
    .slice(0, 6);
  // The last line of a sample may be cut mid-way; judge by the complete ones when there are several.
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  const first = complete[0];
  if (first === undefined) return null;
  if (MENTIONS_HEADER.test(first)) return "gdelt-mentions";
  if (ACLED_HEADER.test(first)) return "acled-csv";
  if (POLECAT_HEADER.test(first)) return "polecat-tsv";
  if (first.trimStart().startsWith("{")) return "polecat-jsonl";
  const widths = complete.map((l) => l.split("\t").length);
  const numericIds = complete.every((l) => /^\d+\t/.test(l));
  if (numericIds && widths.some((w) => GDELT_EVENT_WIDTHS.has(w))) return "gdelt-events";
  if (numericIds && widths.every((w) => w === GDELT_MENTION_WIDTH)) return "gdelt-mentions";
  return null;
}
