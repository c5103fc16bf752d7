/** @module The ACLED CSV export format (header row, quoted fields). */
import { csvRows, type HeaderedRow } from "../csv-rows.js";
import type { DatasetFormat } from "../dataset-format.js";
import { ACLED_ORIGIN, mapAcledEvent } from "./map-acled-event.js";

export const ACLED_CSV: DatasetFormat<HeaderedRow> = {
  name: "acled-csv",
  origin: ACLED_ORIGIN,
  rows: (bytes) => csvRows(bytes, ","),
  map: mapAcledEvent,
};
