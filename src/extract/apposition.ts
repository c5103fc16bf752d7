/** @module Descriptive appositions ("Kataib Hezbollah, an Iran-backed faction, …"): the named parties before them act. */
import { ACTORS } from "../domain/actors.js";
import type { ActorMention } from "./02-actors.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

const ARMED_GROUPS: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "armed_group").map((x) => x.code));
// Words that may open an apposition before its head noun: ", two Iran-aligned factions", ", an armed group".
const OPENERS = /^(?:the|a|an|two|three|four|both|several|rival|main|its|their)$/;

/**
 * "Kataib Hezbollah and Harakat al-Nujaba, two Iran-aligned factions that …, denounced": a mention made of a
 * body noun ("factions", "group") set off by a comma right after named parties describes them, so the named
 * parties (each with its own code) are the subject, not the generic code of the description (GUIDELINES: Actor
 * codes, "use the most specific code"; one record per code). Returns the last named mention, or null.
 */
export function describedParty(a: SentenceAnalysis, m: ActorMention): ActorMention | null {
  if (m.body === null || m.possessive || m.modifier) return null;
  let k = m.start - 1;
  while (k >= 0 && OPENERS.test(a.tokens[k]!.norm)) k--;
  if (a.tokens[k]?.norm !== ",") return null;
  const i = a.mentionEnd[k] ?? -1;
  const named = i >= 0 ? a.mentions[i]! : null;
  if (!named || named.body !== null || named.modifier || named.possessive || named.code === "UNK") return null;
  const fits = root(named.code) === root(m.code) || (m.body === "ARMED" && ARMED_GROUPS.has(named.code));
  return fits ? named : null;
}
