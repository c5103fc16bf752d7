/** @module The registry of dataset formats, by name. */
import type { DatasetFormat } from "./dataset-format.js";
import type { FormatName } from "./detect-format.js";
import { ACLED_CSV } from "./acled/acled-format.js";
import { GDELT_EVENTS, GDELT_MENTIONS } from "./gdelt/gdelt-formats.js";
import { POLECAT_JSONL, POLECAT_TSV } from "./polecat/polecat-formats.js";

export const FORMAT_READERS: Readonly<Record<FormatName, DatasetFormat<never> | undefined>> = {
  "gdelt-events": GDELT_EVENTS as DatasetFormat<never>,
  "gdelt-mentions": GDELT_MENTIONS as DatasetFormat<never>,
  "polecat-jsonl": POLECAT_JSONL as DatasetFormat<never>,
  "polecat-tsv": POLECAT_TSV as DatasetFormat<never>,
  "acled-csv": ACLED_CSV as DatasetFormat<never>,
};
