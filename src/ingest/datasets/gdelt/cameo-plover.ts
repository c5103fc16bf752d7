/** @module CAMEO event code → PLOVER type, mode and context, from the codebook plus our gap table; memoised. */
import { cameoCode } from "../../../domain/cameo.js";
import type { PloverType } from "../../../domain/plover.js";
import { CAMEO_GAPS } from "./cameo-gaps.js";

export interface PloverCoding {
  readonly type: PloverType;
  readonly mode: string | null;
  /** Frozen and shared between rows with the same code (the store serialises it once per array). */
  readonly context: readonly string[];
  /** True for CAMEO 01 statements, coded by analogy (see cameo-gaps.ts). */
  readonly analogy: boolean;
}

/**
 * Contexts the codebook leaves out but the guidelines need for the dimension: sanctions and embargoes
 * are economic measures even though PLOVER files 163 under `diplomatic`.
 */
const EXTRA_CONTEXT: Readonly<Record<string, readonly string[]>> = { "163": ["economic"], "1631": ["economic"] };

const memo = new Map<string, PloverCoding | null>();

/** Null for a code that is not CAMEO (not even by its parent): the row is rejected. */
export function cameoToPlover(code: string): PloverCoding | null {
  let hit = memo.get(code);
  if (hit === undefined) {
    hit = compute(code);
    if (memo.size < 10_000) memo.set(code, hit); // codes are few; the cap only guards against junk input
  }
  return hit;
}

function compute(code: string): PloverCoding | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  const entry = cameoCode(code);
  if (!entry) return null;
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const gap = CAMEO_GAPS[c];
    if (gap) return Object.freeze({ ...gap, context: Object.freeze([...gap.context]), analogy: c.startsWith("01") });
  }
  if (!entry.plover) return null;
  const base = entry.context ? entry.context.split(/;\s*/).filter(Boolean) : [];
  const extra = EXTRA_CONTEXT[code] ?? EXTRA_CONTEXT[code.slice(0, 3)] ?? [];
  const context = Object.freeze([...new Set([...base, ...extra])]);
  return Object.freeze({ type: entry.plover, mode: entry.mode, context, analogy: false });
}
