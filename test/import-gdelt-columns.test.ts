// The GDELT layouts (the 2.0 list is derived from the 1.0 list) match GDELT's published column lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { GDELT1_COLUMNS, GDELT2_COLUMNS } from "../src/ingest/datasets/gdelt/gdelt-columns.js";
import { SAMPLES } from "./import-helpers.js";

const schema = (name: string): string => readFileSync(join(SAMPLES, "schema", name), "utf8");

it("lists GDELT 1.0 and 2.0 event columns in GDELT's published order", () => {
  const v1 = schema("GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv").split("\n").map((l) => l.trim()).filter(Boolean).slice(1);
  expect([...GDELT1_COLUMNS]).toEqual(v1);
  const v2 = (parse(schema("GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"), { columns: true }) as { tableId: string }[]).map((r) => r.tableId);
  expect([...GDELT2_COLUMNS]).toEqual(v2);
});
