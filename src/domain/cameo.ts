/** @module CAMEO event codes with Goldstein values, QuadClass and their PLOVER equivalents, as data. */
import rows from "./codebooks/data/cameo-codes.json" with { type: "json" };
import type { PloverType, QuadClass } from "./plover.js";

export interface CameoCode {
  /** CAMEO code in its own format: a string such as "064", never a number. */
  readonly code: string;
  readonly root: string;
  readonly description: string;
  readonly goldstein: number | null;
  readonly quadClass: QuadClass | null;
  /** PLOVER equivalent (falls back to the 3- then 2-digit parent); null where PLOVER dropped the code (CAMEO 01, 02). */
  readonly plover: PloverType | null;
  readonly mode: string | null;
  readonly context: string | null;
}

export const CAMEO: ReadonlyMap<string, CameoCode> = new Map(
  (rows as CameoCode[]).map((r) => [r.code, r]),
);

/** Looks up a CAMEO code, falling back to its parent codes ("0871" → "087" → "08"). */
export function cameoCode(code: string): CameoCode | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = CAMEO.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/** QuadClass from the CAMEO root code (GDELT's rule: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4). */
export function quadClassOfRoot(root: string): QuadClass | null {
  const n = Number(root.slice(0, 2));
  if (!Number.isInteger(n) || n < 1 || n > 20) return null;
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}
