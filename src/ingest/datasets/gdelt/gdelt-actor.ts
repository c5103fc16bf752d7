/** @module Maps one GDELT actor (code, name, country, group and type columns) to a Basira actor code. */
import { COUNTRY_TYPE_SUFFIX, KNOWN_GROUPS, NAMED_ACTORS, TYPE_SUFFIX } from "./gdelt-actors.js";

export interface GdeltActorFields {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  readonly knownGroup: string;
  readonly type1: string;
  readonly type2: string;
}

const INVALID = /[^A-Za-z0-9_.:-]/g;

/** Dataset codes kept verbatim must still be valid actor codes: odd characters become `_`, 64 chars at most. */
export const cleanCode = (code: string): string => code.replace(INVALID, "_").slice(0, 64);

/** Memo: GDELT repeats a few thousand actor combinations across millions of rows. */
const memo = new Map<string, string | null>();

/**
 * Returns the Basira code, or null when the row has no actor at all.
 * @example gdeltActor({ code: "IRQMIL", name: "IRAQ", country: "IRQ", knownGroup: "", type1: "MIL", type2: "" }) // "IRQ.MILITARY"
 */
export function gdeltActor(a: GdeltActorFields): string | null {
  const key = `${a.code}\u0001${a.name}\u0001${a.country}\u0001${a.knownGroup}\u0001${a.type1}\u0001${a.type2}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = compute(a);
    if (memo.size > 100_000) memo.clear(); // bound the memo: constant memory whatever the file
    memo.set(key, hit);
  }
  return hit;
}

function compute(a: GdeltActorFields): string | null {
  if (!a.code && !a.name && !a.country) return null;
  const named = a.name ? NAMED_ACTORS.find(([n]) => a.name.includes(n)) : undefined;
  if (named) return named[1];
  const group = a.knownGroup ? KNOWN_GROUPS[a.knownGroup] : undefined;
  if (group) return group;
  if (a.country) {
    const type = a.type1 || a.type2;
    if (!type) return cleanCode(a.country);
    const suffix = COUNTRY_TYPE_SUFFIX[a.country]?.[type] ?? TYPE_SUFFIX[type] ?? type;
    return cleanCode(suffix ? `${a.country}.${suffix}` : a.country);
  }
  // No country: a bare role ("GOV", "CVL") or group code, kept verbatim as GDELT wrote it.
  return a.code ? cleanCode(a.code) : "UNK";
}
