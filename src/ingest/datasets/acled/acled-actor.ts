/** @module ACLED actor names (free text such as "Military Forces of Iraq (2022-)") → Basira actor codes. */
import { cleanCode, namedActor, roleCode } from "../actor-codes.js";
import { countryCode } from "../country-codes.js";
import { ACLED_INTER_ROLES } from "./acled-event-types.js";

/** "Military Forces of Iraq (2022-)", "Police Forces of the United States (2021-)", "Government of Iraq (2022-)". */
const STATE_BODY = /^(Military|Police|Naval|Air) Forces? of (?:the )?([^()]+?)\s*(?:\(|$)|^Government of (?:the )?([^()]+?)\s*(?:\(|$)/i;
/** "Protesters (Iraq)", "Rioters (Iran)", "Civilians (Syria)". */
const IN_COUNTRY = /\(([^()]+)\)\s*$/;

/**
 * @example acledActor("Military Forces of Iraq (2022-)", "1", "Iraq") // "IRQ.MILITARY"
 * @example acledActor("Protesters (Iraq)", "6", "Iraq") // "IRQ.PUBLIC"
 */
export function acledActor(name: string, inter: string, eventCountry: string): string | null {
  const n = name.trim();
  if (!n) return null;
  const named = namedActor(n);
  if (named) return named;
  if (/^unidentified\b/i.test(n)) return "UNK";
  const state = STATE_BODY.exec(n);
  if (state) {
    const country = countryCode(state[2] ?? state[3]!) ?? cleanCode(state[2] ?? state[3]!);
    return roleCode(country, state[3] !== undefined ? "GOV" : "MIL");
  }
  const role = ACLED_INTER_ROLES[inter.trim().toLowerCase()];
  if (role === "CVL") {
    const where = IN_COUNTRY.exec(n)?.[1] ?? eventCountry;
    const country = countryCode(where);
    if (country) return roleCode(country, role);
  }
  // Named armed groups and anything else: the name itself, as a verbatim code.
  return cleanCode(n.replace(IN_COUNTRY, "").trim());
}
