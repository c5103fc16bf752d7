/** @module Objects told with their place: "cut supplies to the Afghan refugee camp in Pakistan" is aimed at the camp's owner, not the place. */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

// "in Pakistan", "near the Iraqi border": a party after these words says where the object is.
const PLACE_WORDS: ReadonlySet<string> = new Set(["in", "near", "at", "inside", "outside", "along", "on"]);
// "on the Thai border": a state named as the modifier of these nouns is a place too.
const EDGES: ReadonlySet<string> = new Set(["border", "borders", "frontier", "side"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "eastern", "western", "northern", "southern"]);

/** The index of the place word before the mention at `start`, past its determiners, or -1. */
function placeWord(a: SentenceAnalysis, start: number): number {
  let k = start - 1;
  while (k > 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return PLACE_WORDS.has(a.tokens[k]?.norm ?? "") ? k : -1;
}

/** Whether the words in [from, to) stay inside one noun phrase: no comma, clause break or other act. */
function onePhrase(a: SentenceAnalysis, c: CodedEvent, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = a.tokens[k]!.norm;
    if (w === "," || w === ";" || w === ":" || w === "and" || w === "or" || w === "that" || w === "which" || w === "who") return false;
  }
  for (const t of a.triggers) if (t.start >= Math.max(from, c.end) && t.start < to) return false;
  return true;
}

/**
 * "reduced food supplies to the biggest Cambodian refugee camp in Thailand", "shelled Kurdish rebel camps near the
 * Iraqi border": when the party the clause took as target only says where the object lies, and the object itself is
 * named by another party's demonym or possessive, that party is the target (GUIDELINES: the most specific code the
 * clause supports; a place is a target only when nothing else is named).
 */
export function placedObject(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (c.target === null || c.speculative) return c;
  let place = -1;
  let tr = "";
  for (const m of a.mentions) {
    if (m.code !== c.target || m.start < c.end) continue;
    const p = placeWord(a, m.start);
    if (p >= 0) [place, tr] = [p, root(m.code)];
    else if (m.modifier && EDGES.has(a.tokens[m.end]?.norm ?? "") && a.tokens[m.start - 1]?.norm === "the") [place, tr] = [m.start - 1, root(m.code)];
    break;
  }
  if (place < 0) return c;
  const actor = root(c.actor);
  for (const x of a.mentions) {
    if (x.start <= c.start || x.start >= place) continue;
    if (!(x.modifier || x.possessive) || root(x.code) === actor || root(x.code) === tr) continue;
    if (onePhrase(a, c, c.end, place)) return { ...c, target: x.code };
  }
  return c;
}
