/** @module Maps one GDELT actor (code, name, country, group and type columns) to a Basira actor code. */
import { cleanCode, namedActor, roleCode } from "../actor-codes.js";

export interface GdeltActorFields {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  readonly knownGroup: string;
  readonly type1: string;
  readonly type2: string;
}

/** CAMEO known-group codes with a Basira equivalent; others are kept verbatim. */
const KNOWN_GROUPS: Readonly<Record<string, string>> = {
  ISIS: "ISIS",
  ISI: "ISIS",
};

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
  const named = namedActor(a.name);
  if (named) return named;
  const group = a.knownGroup ? KNOWN_GROUPS[a.knownGroup] : undefined;
  if (group) return group;
  if (a.country) {
    return roleCode(a.country, a.type1 || a.type2);
  }
  // No country: a bare role ("GOV", "CVL") or group code, kept verbatim as GDELT wrote it.
  return a.code ? cleanCode(a.code) : "UNK";
}
