// Packed batches (the worker → writer hand-over) give back every field of every row, whatever its text.
import { expect, it } from "vitest";
import type { Event } from "../src/domain/event.js";
import type { Mapped } from "../src/ingest/datasets/import-item.js";
import { datasetEvent } from "../src/ingest/datasets/dataset-event.js";
import { BatchPacker, BatchReader } from "../src/ingest/datasets/row-batch-codec.js";
import { problem } from "../src/domain/problem.js";

const event = (i: number): Event =>
  datasetEvent({
    origin: "imported:acled",
    sourceId: `IRQ${i}`,
    type: i % 2 ? "ASSAULT" : "PROTEST",
    mode: i % 3 ? null : "riot",
    context: i % 4 ? [] : ["military", "territory"],
    actor: `ACTOR${i}`,
    target: i % 5 ? `TARGET${i % 7}` : null,
    date: i % 6 ? "2031-03-04" : "2031-03",
    precision: i % 6 ? "day" : "month",
    intensity: i % 8 ? -i / 10 : null,
    quadClass: 4,
    cameo: null,
    quantity: i % 9 ? null : `${i} killed`,
    // Non-ASCII, astral and empty texts keep their offsets; the last rows' batches are ASCII only.
    sentence: i >= 40 ? null : i % 10 === 0 ? "" : i % 3 ? `قتلى في الموصل ${i} 🚩 — é` : null,
    url: i % 2 ? `https://example.org/${i}` : null,
    confidence: 0.8,
  });

it("round-trips events, other rows, nulls and UTF-8 text across batches and dictionary resets", () => {
  const packer = new BatchPacker(8, 20); // tiny: forces growth and dictionary resets
  const rows: Mapped[] = [];
  for (let i = 0; i < 60; i++) {
    if (i % 13 === 5) rows.push({ kind: "reject", problem: problem("bad-date", `row ${i}`, { file: "f", line: i + 1 }) });
    else if (i === 7) rows.push({ kind: "event", event: { ...event(i), trigger: "clashed" } }); // not lean: sent whole
    else rows.push({ kind: "event", event: event(i) });
  }
  const batches = [];
  packer.skip(3);
  for (let i = 3; i < rows.length; i++) {
    packer.add(rows[i]!, i + 1);
    if (packer.count === 10) batches.push(packer.take(i));
  }
  if (packer.count) batches.push(packer.take(rows.length));
  expect(batches.some((b) => b.reset)).toBe(true);
  expect(batches.map((b) => b.ascii)).toContain(true);
  expect(batches.map((b) => b.ascii)).toContain(false);

  const reader = new BatchReader();
  const back: Mapped[] = [];
  let index = 3;
  for (const b of batches) {
    expect(b.first).toBe(index);
    reader.use(b);
    let packed = 0;
    let other = 0;
    for (let i = 0; i < b.count; i++, index++) {
      expect(b.lines[i]).toBe(index + 1);
      back.push(b.packed[i] === 1 ? { kind: "event", event: reader.event(packed++) } : b.others[other++]!);
    }
  }
  expect(back).toEqual(rows.slice(3));
});
