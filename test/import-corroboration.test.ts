// An imported row reporting an event already in the store from another origin (same dyad, type, day)
// is linked to it and raises its source count instead of becoming a second event.
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Event } from "../src/domain/event.js";
import { eventId } from "../src/domain/ids.js";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { tempDir } from "./helpers/cli.js";
import { count, FIXTURES, importJson, query } from "./import-helpers.js";

const extracted: Event = {
  id: eventId("test", "clash"),
  type: "ASSAULT",
  mode: null,
  context: [],
  actor: "IRQ.MILITARY",
  target: "ISIS",
  date: "2031-03-04",
  dateEnd: null,
  precision: "day",
  dimension: "military",
  modality: "asserted",
  intensity: -9,
  quadClass: 4,
  cameo: null,
  quantity: null,
  trigger: "clashed",
  provenance: { document: null, span: null, sentence: "Iraqi forces clashed with ISIS.", footnotes: [], url: null },
  origin: "manual",
  sourceId: null,
  confidence: 1,
  sourceCount: 1,
};

it("links a matching ACLED row to the stored event and counts it once, even when imported twice", async () => {
  const db = join(tempDir(), "c.db");
  const store = SqliteStore.open(db);
  store.insertEvents([extracted]);
  store.close();
  const first = await importJson(db, "acled", [join(FIXTURES, "acled-synthetic.csv")]);
  expect(first.summary.results[0]!.counts).toMatchObject({ read: 8, added: 6, corroborated: 1, skipped: 1 });
  expect(query(db, "SELECT source_count FROM events WHERE id = ?", extracted.id)).toEqual([{ source_count: 2 }]);
  expect(query(db, "SELECT event, origin, source_id FROM event_corroborations")).toEqual([
    { event: extracted.id, origin: "imported:acled", source_id: "XYZ1001" },
  ]);
  const second = await importJson(db, "acled", [join(FIXTURES, "acled-synthetic.csv")]);
  expect(second.summary.results[0]!.counts).toMatchObject({ added: 0, corroborated: 0, present: 7 });
  expect(query(db, "SELECT source_count FROM events WHERE id = ?", extracted.id)).toEqual([{ source_count: 2 }]);
  expect(count(db, "SELECT count(*) FROM events")).toBe(7);
});
