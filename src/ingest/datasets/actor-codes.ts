/** @module Actor roles and names → Basira actor codes, as data (CAMEO role codes, names of the groups the guidelines code). */

/**
 * CAMEO role/type codes → the Basira sub-code appended to the country (`IRQ` + `MIL` → `IRQ.MILITARY`).
 * `""` means the state itself (`USA` + `GOV` → `USA`): the guidelines code the government as the country.
 * Basira's MILITARY covers security forces, police and intelligence (guideline rule for IRQ.MILITARY).
 * Codes not listed are kept verbatim (`IRQ` + `EDU` → `IRQ.EDU`).
 */
export const TYPE_SUFFIX: Readonly<Record<string, string>> = {
  GOV: "",
  ELI: "",
  MIL: "MILITARY",
  COP: "MILITARY",
  SPY: "MILITARY",
  LEG: "PARLIAMENT",
  JUD: "JUDICIARY",
  BUS: "BUSINESS",
  MNC: "BUSINESS",
  CVL: "PUBLIC",
  OPP: "PARTIES",
  PTY: "PARTIES",
  REB: "MILITIAS",
  INS: "MILITIAS",
  SEP: "MILITIAS",
};

/** Per-country names for the same role, where the guidelines use them (the US legislature is CONGRESS). */
export const COUNTRY_TYPE_SUFFIX: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  USA: { LEG: "CONGRESS" },
};

/**
 * Actor names (GDELT writes them in capitals) that name a Basira actor outright; checked as substrings,
 * first match wins, so the more specific names come first.
 */
export const NAMED_ACTORS: readonly (readonly [string, string])[] = [
  ["QUDS FORCE", "IRN.IRGC"],
  ["REVOLUTIONARY GUARD", "IRN.IRGC"],
  ["KATAIB HEZBOLLAH", "KATAIB_HEZBOLLAH"],
  ["KATAIB HIZBOLLAH", "KATAIB_HEZBOLLAH"],
  ["ASAIB AHL AL-HAQ", "ASAIB_AHL_AL_HAQ"],
  ["ASAIB AHL AL HAQ", "ASAIB_AHL_AL_HAQ"],
  ["POPULAR MOBILIZATION", "PMF"],
  ["POPULAR MOBILISATION", "PMF"],
  ["HASHD AL-SHAABI", "PMF"],
  ["ISLAMIC STATE", "ISIS"],
  ["ISIL", "ISIS"],
  ["DAESH", "ISIS"],
  ["PESHMERGA", "IRQ.KRG"],
  ["KURDISTAN REGIONAL GOVERNMENT", "IRQ.KRG"],
];

const INVALID = /[^A-Za-z0-9_.:-]/g;

/** Dataset codes kept verbatim must still be valid actor codes: odd characters become `_`, 64 chars at most. */
export const cleanCode = (code: string): string => code.replace(INVALID, "_").replace(/_+$/, "").slice(0, 64) || "UNK";

/** The Basira actor a name designates outright (case-insensitive substring), if any. */
export function namedActor(name: string): string | undefined {
  if (!name) return undefined;
  const upper = name.toUpperCase();
  return NAMED_ACTORS.find(([n]) => upper.includes(n))?.[1];
}

/**
 * Country plus role: `roleCode("IRQ", "MIL")` → `IRQ.MILITARY`, `roleCode("USA", "GOV")` → `USA`;
 * an unknown role is kept verbatim (`IRQ.EDU`).
 */
export function roleCode(country: string, role: string): string {
  if (!role) return cleanCode(country);
  const suffix = COUNTRY_TYPE_SUFFIX[country]?.[role] ?? TYPE_SUFFIX[role] ?? role;
  return cleanCode(suffix ? `${country}.${suffix}` : country);
}
