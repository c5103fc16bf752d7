/** @module POLECAT's two export formats: tab-separated with a header, and JSON lines (PLOVER records). */
import { problem } from "../../../domain/problem.js";
import { csvRows, normaliseHeader, type HeaderedRow } from "../csv-rows.js";
import type { DatasetFormat, RowBatch } from "../dataset-format.js";
import type { Mapped } from "../import-item.js";
import { readLines } from "../read-lines.js";
import { mapPolecatEvent, POLECAT_ORIGIN, type PolecatRecord } from "./map-polecat-event.js";

export const POLECAT_TSV: DatasetFormat<HeaderedRow> = {
  name: "polecat-tsv",
  origin: POLECAT_ORIGIN,
  rows: (bytes) => csvRows(bytes, "\t"),
  map(row, place): Mapped {
    if (row.width !== row.expected) {
      return { kind: "reject", problem: problem("wrong-column-count", `expected ${row.expected} columns (as the header), found ${row.width}`, place) };
    }
    return mapPolecatEvent(row.values, place);
  },
};

export const POLECAT_JSONL: DatasetFormat<string> = {
  name: "polecat-jsonl",
  origin: POLECAT_ORIGIN,
  rows: jsonLines,
  map(line, place): Mapped {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { kind: "reject", problem: problem("bad-json", "the line is not valid JSON", place) };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { kind: "reject", problem: problem("bad-json", "the line is not a JSON object", place) };
    }
    return mapPolecatEvent(flatten(value as Record<string, unknown>), place);
  },
};

async function* jsonLines(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RowBatch<string>> {
  for await (const { first, lines } of readLines(bytes)) {
    const rows: string[] = [];
    const numbers: number[] = [];
    lines.forEach((l, i) => {
      if (l.trim() === "") return;
      rows.push(l);
      numbers.push(first + i);
    });
    if (rows.length) yield { rows, lines: numbers };
  }
}

/** Older PLOVER records say source/target where newer ones say actor/recipient. */
const ROLE_ALIASES: Readonly<Record<string, string>> = { source: "actor", target: "recipient", actor: "actor", recipient: "recipient" };

/**
 * Flattens a JSON record to the TSV field names: `{actor: {name, country, sector}}` → actor_name,
 * actor_country, primary_actor_sector; arrays (contexts) are joined with ";".
 */
function flatten(o: Record<string, unknown>): PolecatRecord {
  const out: Record<string, string> = {};
  const text = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.map(text).join(";") : String(v));
  for (const [k, v] of Object.entries(o)) {
    const key = normaliseHeader(k);
    const role = ROLE_ALIASES[key];
    if (role && v !== null && typeof v === "object" && !Array.isArray(v)) {
      const a = v as Record<string, unknown>;
      out[`${role}_name`] = text(a.name ?? a.text ?? a.code);
      out[`${role}_country`] = text(a.country);
      out[`primary_${role}_sector`] = text(a.primary_sector ?? a.sector ?? a.sectors ?? a.agent);
    } else if (role) {
      out[`${role}_name`] = text(v);
    } else {
      out[key] = text(v);
    }
  }
  return out;
}
