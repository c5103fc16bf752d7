/** @module Event ids for dataset rows: derived from the dataset and its own row id, so re-imports hit the same id. */
import { eventId } from "../../domain/ids.js";

/** Four hex digits per dataset keep numeric-id events of different datasets apart. */
const TAGS: Readonly<Record<string, string>> = { "imported:gdelt": "6d17", "imported:polecat": "70ca", "imported:acled": "acd0" };

/**
 * Numeric ids (GDELT's GLOBALEVENTID) become `event:<tag><16 hex>`: ids then grow with the dataset's own
 * order, so bulk inserts append to the primary-key B-tree instead of scattering (a large share of the
 * import speed). They are 20 hex digits long, so they never collide with the 32-digit hashed ids.
 * @example datasetEventId("imported:gdelt", "564111644") // "event:6d1700000000219fa91c"
 */
export function datasetEventId(origin: string, sourceId: string): string {
  const tag = TAGS[origin];
  if (tag && /^[0-9]{1,15}$/.test(sourceId)) return `event:${tag}${Number(sourceId).toString(16).padStart(16, "0")}`;
  return eventId(origin, sourceId);
}
