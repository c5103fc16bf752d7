/** @module CAMEO actor codes (GDELT's country, known-group and type columns) → Basira actor codes, as data. */

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

/** CAMEO known-group codes with a Basira equivalent; others are kept verbatim. */
export const KNOWN_GROUPS: Readonly<Record<string, string>> = {
  ISIS: "ISIS",
  ISI: "ISIS",
};
