/** @module Attacks on a named place: the force the place is told to house, else the place's country, is the target. */
import type { CodedEvent } from "./code-sentence.js";
import { struckCountry } from "./lexicon/regional-places.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

/**
 * "fired missiles at Al Udeid, the largest American air base in the region", "rockets hit Camp Taji, a base that
 * hosts coalition troops": a place apposed with the force it houses stands for that force, not for the state it lies
 * in (GUIDELINES: the most specific code the clause supports). Null when the words after the act tell no such thing.
 */
function apposedForce(a: SentenceAnalysis, c: CodedEvent): string | null {
  let comma = -1;
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 8); k++) {
    const w = a.tokens[k]!.norm;
    if (w === ",") {
      // Only an apposition to a name: "at Al Udeid, the …", not a clause after a common noun.
      if (a.tokens[k - 1]?.upper) comma = k;
      break;
    }
    if (w === ";" || w === ".") return null;
  }
  if (comma < 0 || !/^(?:the|a|an)$/.test(a.tokens[comma + 1]?.norm ?? "")) return null;
  for (let k = comma + 2; k < Math.min(a.tokens.length, comma + 12); k++) {
    const w = a.tokens[k]!.norm;
    if (w === "," || w === ";" || !a.tokens[k]!.word) return null;
    const i = a.mentionStart[k] ?? -1;
    if (i < 0) continue;
    const m = a.mentions[i]!;
    const force = m.body === "MILITARY" || m.code.endsWith(".MILITARY") || m.code === "COALITION";
    if (force) return root(m.code) !== root(c.actor) ? m.code : null;
    // "a base north of Baghdad that hosts …": where the base lies is no owner of it.
    if (!/^(?:of|in|near|outside)$/.test(a.tokens[k - 1]?.norm ?? "")) return null;
    k = m.end - 1;
  }
  return null;
}

/**
 * "a strike hit an air-defence radar at an air base near Isfahan", "attacked sites in the provinces of Ilam and
 * Khuzestan": an attack with no party named as its target is aimed at the state where it landed (GUIDELINES:
 * places stand for their country; "a strike near Baghdad" targets Iraq when nothing else is named), unless the place
 * is told to house another party's forces.
 */
export function struckPlace(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (c.type !== "ASSAULT" || c.speculative) return c;
  // A target that is only a state (the place's country) gives way to the force the place is said to house.
  if (c.target !== null && !/^[A-Z]{3}$/.test(c.target)) return c;
  const force = apposedForce(a, c);
  if (force && (c.target === null || root(c.target) !== root(force))) return { ...c, target: force };
  if (c.target !== null) return c;
  const country = struckCountry(a.text.slice(a.tokens[c.end - 1]!.end));
  return country && country !== root(c.actor) ? { ...c, target: country } : c;
}
