/** @module Ids derived from stable keys: `doc:<sha256>`, `event:<hash>`. */
import { createHash } from "node:crypto";

export const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

export const documentId = (normalisedText: string): string => `doc:${sha256(normalisedText)}`;

/** An event id from the parts that make it the same event: same keys, same id, so re-runs are idempotent. */
export const eventId = (...keys: readonly (string | number | null | undefined)[]): string =>
  `event:${sha256(keys.map((k) => (k === null || k === undefined ? "" : String(k))).join("\u241f")).slice(0, 32)}`;
