/** @module "Iran's religious leader Ayatollah X today rejected …": a possessor whose role phrase runs up to the verb is its subject. */
import type { ActorMention } from "./02-actors.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Heads of a role phrase: the person acts for the party that owns the role (GUIDELINES: people map to their organisation).
const ROLES: ReadonlySet<string> = new Set([
  "leader", "leaders", "minister", "ministers", "president", "premier", "chief", "head", "spokesman", "spokeswoman",
  "spokesperson", "envoy", "envoys", "ambassador", "diplomat", "diplomats", "negotiator", "negotiators", "representative",
  "delegate", "delegates", "king", "ruler", "commander", "official", "officials", "secretary", "chancellor", "monarch",
  "emir", "cleric", "strongman", "dictator", "delegation",
]);
// Words between a name and its verb: adverbs and auxiliaries ("today", "has again").
const GAP: ReadonlySet<string> = new Set(["today", "yesterday", "tonight", "has", "have", "had", "also", "again", "then", "later", "once", "reportedly", "personally"]);
const NAME_GLUE: ReadonlySet<string> = new Set(["al", "bin", "ibn", "el", "abu", "abdul", "-", "de", "van", "von", "."]);

/**
 * Whether the possessive mention `m` ("Iran 's") owns a role phrase that is the subject of the verb at `verb`: a few
 * lower-case describing words ending in a role noun ("religious leader", "top diplomat"), then the holder's name,
 * dates and adverbs. The registry merges "Iran's leader" itself; this covers the describing words and titles it
 * does not know.
 */
export function possessorSubject(a: SentenceAnalysis, m: ActorMention, verb: number): boolean {
  let k = a.tokens[m.end]?.norm === "'s" ? m.end + 1 : m.end;
  let role = false;
  for (let n = 0; k < verb && n < 4 && !a.tokens[k]!.upper && a.tokens[k]!.word && !a.inDate[k]; n++, k++) role = ROLES.has(a.tokens[k]!.norm);
  if (!role) return false;
  for (let n = 0; k < verb && n < 6 && (a.tokens[k]!.upper || (NAME_GLUE.has(a.tokens[k]!.norm) && n > 0)) && !a.inDate[k]; n++) k++;
  while (k < verb && (a.inDate[k] === 1 || GAP.has(a.tokens[k]!.norm) || a.tokens[k]!.norm.endsWith("ly"))) k++;
  return k === verb;
}
