/** @module Ids derived from stable keys: `doc:<sha256>`, `event:<hash>`. */
import * as crypto from "node:crypto";

// crypto.hash (Node >= 20.12) hashes in one call, without a Hash object per id; older Node 20 releases lack it.
const oneShot = typeof crypto.hash === "function" ? crypto.hash : null;

export const sha256 = (s: string): string => (oneShot ? oneShot("sha256", s, "hex") : crypto.createHash("sha256").update(s, "utf8").digest("hex"));

export const documentId = (normalisedText: string): string => `doc:${sha256(normalisedText)}`;

/** An event id from the parts that make it the same event: same keys, same id, so re-runs are idempotent. */
export const eventId = (...keys: readonly (string | number | null | undefined)[]): string => {
  let joined = "";
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (k > 0) joined += "\u241f";
    if (key !== null && key !== undefined) joined += String(key);
  }
  return `event:${sha256(joined).slice(0, 32)}`;
};
