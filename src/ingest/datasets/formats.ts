/** @module The registry of dataset formats, by name. */
import type { DatasetFormat } from "./dataset-format.js";
import type { FormatName } from "./detect-format.js";
import { GDELT_EVENTS, GDELT_MENTIONS } from "./gdelt/gdelt-formats.js";

export const FORMAT_READERS: Readonly<Record<FormatName, DatasetFormat<never> | undefined>> = {
  "gdelt-events": GDELT_EVENTS as DatasetFormat<never>,
  "gdelt-mentions": GDELT_MENTIONS as DatasetFormat<never>,
  "polecat-jsonl": undefined,
  "polecat-tsv": undefined,
  "acled-csv": undefined,
};
