/** @module The two GDELT file formats: events (three layouts, per line) and 2.0 mentions (raw TSV or headed CSV). */
import { csvRows } from "../csv-rows.js";
import type { DatasetFormat, RowBatch } from "../dataset-format.js";
import { tsvRows } from "../tsv-rows.js";
import { mapGdeltEvent, GDELT_ORIGIN } from "./map-gdelt-event.js";
import { mapGdeltMention } from "./map-gdelt-mention.js";

export const GDELT_EVENTS: DatasetFormat<string> = {
  name: "gdelt-events",
  origin: GDELT_ORIGIN,
  rows: tsvRows,
  map: mapGdeltEvent,
};

/** Raw mentions files have no header; tools such as gdeltPyR write a lower-case CSV header: both are read. */
export const GDELT_MENTIONS: DatasetFormat<string[]> = {
  name: "gdelt-mentions",
  origin: GDELT_ORIGIN,
  rows: mentionRows,
  map: mapGdeltMention,
};

async function* mentionRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RowBatch<string[]>> {
  const it = bytes[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: async function* () {
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  const start = Buffer.from(first.value.buffer, first.value.byteOffset, Math.min(64, first.value.byteLength)).toString("utf8");
  if (/^(\uFEFF)?globaleventid,/i.test(start)) {
    for await (const b of csvRows(rest, ",")) yield { rows: b.rows.map((r) => [...r.fields]), lines: b.lines };
  } else {
    for await (const b of tsvRows(rest)) yield { rows: b.rows.map((l) => l.split("\t")), lines: b.lines };
  }
}
