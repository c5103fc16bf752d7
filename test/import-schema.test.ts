// Migration 4: dataset rows enter only the events table and its key; document lookups keep their index.
import Database from "better-sqlite3";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { tempDir } from "./helpers/cli.js";
import { count, GDELT1, importJson, lineCount, query } from "./import-helpers.js";

it("keeps no (origin, source_id) index, yet a re-import adds nothing and the document index serves lookups", async () => {
  const db = join(tempDir(), "s.db");
  SqliteStore.open(db).close();
  const indexes = query<{ name: string; sql: string | null }>(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name");
  expect(indexes.map((i) => i.name)).not.toContain("events_origin_source");
  expect(indexes.find((i) => i.name === "events_document")?.sql).toMatch(/WHERE document IS NOT NULL/);

  const first = await importJson(db, "gdelt", [GDELT1]);
  expect(first.summary.results[0]!.counts).toMatchObject({ added: lineCount(GDELT1), rejected: 0 });
  const again = await importJson(db, "gdelt", [GDELT1]);
  expect(again.summary.results[0]!.counts).toMatchObject({ added: 0, present: lineCount(GDELT1) });
  expect(count(db, "SELECT count(*) AS n FROM events")).toBe(lineCount(GDELT1));
  // Dataset ids stay unique per (origin, source_id) through the primary key alone.
  expect(count(db, "SELECT count(*) AS n FROM (SELECT 1 FROM events GROUP BY origin, source_id HAVING count(*) > 1)")).toBe(0);

  const d = new Database(db, { readonly: true });
  try {
    const plan = d.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE document = ?").all("doc:x") as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toMatch(/USING (COVERING )?INDEX events_document/);
  } finally {
    d.close();
  }
});
