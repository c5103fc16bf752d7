/** @module Organisations the registry does not know, named as such ("Transparency International"): parties of their own. */
import { ACTORS } from "../domain/actors.js";
import type { Token } from "./01-tokens.js";
import { type ActorMention, FUNCTION_WORDS, mentionAt } from "./02-actors.js";

// Words that end or head the name of a body outside any state. Committees, commissions, councils, alliances and
// fronts are left out: in this domain they are mostly a state's or a pair's own bodies ("the Higher Coordinating
// Committee") or electoral lists, which the discourse codes. Head nouns the lexicon reads itself (party, group,
// company) are left to it; news agencies report and are not parties.
const ORG_WORDS = new Set([
  "international", "watch", "witness", "organization", "organisation", "association", "federation", "society",
  "foundation", "institute", "union", "observatory", "network", "syndicate",
]);
// Small words inside a name: "Committee to Protect Journalists", "Association of African Jurists".
const INNER = new Set(["of", "for", "to", "and", "on", "the"]);
// Capitalised words that open a sentence, a date or a count rather than a name.
const NOT_NAME: ReadonlySet<string> = new Set([...FUNCTION_WORDS, "at", "our", "both", "several", "many", "some", "two", "three"]);

// One-word names of states ("montenegro", not "Washington"): a body whose name opens with one is that country's, as a demonym in a
// name tells its country ("the National Iranian Gas Company").
const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  ACTORS.filter((x) => x.kind === "state" && /^\p{L}+$/u.test(x.names.en)).map((x) => [x.names.en.toLowerCase(), x.code] as const),
);

const nameWord = (t: Token | undefined): boolean => t !== undefined && t.upper && t.word && !NOT_NAME.has(t.norm);

/**
 * "Transparency International demanded …", "the Committee to Protect Journalists condemned …": a run of capitalised
 * words that an organisation word ends or heads, where the gazetteer found nothing, names a body that acts in its own
 * name (GUIDELINES: people and bodies are coded by their organisation). Its code is its name in capitals
 * (TRANSPARENCY_INTERNATIONAL): without one the act was dropped, or an act it asked for was coded as done.
 */
export function namedBodies(tokens: readonly Token[], ms: ActorMention[]): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.upper || !ORG_WORDS.has(tokens[k]!.norm)) continue;
    let s = k;
    while (nameWord(tokens[s - 1])) s--;
    let e = k + 1;
    while (nameWord(tokens[e])) e++;
    // "… of African Jurists", "… for the Defence of Democracy": the name goes on after a small word.
    for (;;) {
      let j = e;
      while (INNER.has(tokens[j]?.norm ?? "") && j - e < 2) j++;
      if (j === e || !nameWord(tokens[j])) break;
      while (nameWord(tokens[j])) j++;
      e = j;
    }
    // "the U.S.-Iraq Joint Federation": a body a state cue names belongs to that state (or pair), as the gazetteer reads it.
    if (e - s < 2 || tokens[s - 1]?.norm === "-" || ms.some((m) => m.end === s)) continue;
    if (ms.some((m) => m.start < e && m.end > s) || out?.some((m) => m.start < e && m.end > s)) continue;
    out ??= [...ms];
    out.push({ ...mentionAt(codeOf(tokens, s, e), s), end: e, possessive: tokens[e]?.norm === "'s" });
    k = e - 1;
  }
  return out ? out.sort((x, y) => x.start - y.start) : ms;
}

/**
 * The name in capitals, its words joined by "_", small words left out (TRANSPARENCY_INTERNATIONAL); a name opening
 * with a state's name is that state's body ("Montenegro Municipality Association" -> MNE).
 */
function codeOf(tokens: readonly Token[], s: number, e: number): string {
  const state = STATE_NAMES.get(tokens[s]!.norm);
  if (state) return state;
  const words: string[] = [];
  for (let k = s; k < e; k++) if (!INNER.has(tokens[k]!.norm)) words.push(tokens[k]!.norm.toUpperCase().replace(/[^A-Z0-9]/g, ""));
  return words.filter(Boolean).join("_").slice(0, 64);
}
