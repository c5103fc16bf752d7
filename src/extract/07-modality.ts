/** @module Stage 7: negation (no event) and modality (author forecasts and hypotheticals are speculative). */
import { ASIDE, appositiveStart, type SentenceAnalysis } from "./sentence-analysis.js";

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "cannot", "failed", "fails", "fail", "none", "nobody"]);
// Cues that make the author's statement a forecast or hypothesis rather than a report.
export const SPECULATIVE: ReadonlySet<string> = new Set([
  "may", "might", "could", "would", "will", "shall", "should", "must", "'ll", "'d", "likely", "unlikely", "expected",
  "possible", "possibly", "potential", "potentially", "probably", "perhaps", "if", "unless", "whether", "seems", "seem",
  "intends", "intend", "plans", "aims", "hope", "hopes", "risk", "predicted", "anticipated", "forecast", "can",
  "poised", "scheduled", "slated", "considering", "upcoming", "next", "coming", "planning", "mulling", "weighing",
]);
// Words that announce a future only before "to": "is set to", "is due to", "is about to", "is going to".
const BEFORE_TO = new Set(["set", "due", "about", "going", "ready", "prepared"]);
// Adjectives that make only the event right after them unreal: "possible sanctions", "future cooperation".
const PREMODIFIERS = new Set(["future", "possible", "potential", "planned", "proposed", "prospective", "eventual", "hypothetical", "likely"]);
const CLAUSE_STOP = new Set([",", ";", ":", "(", ")", "—", "which", "who", "that", "but", "while", "whereas", "because", "after", "following", "since"]);
const MODALS = new Set(["may", "might", "could", "would", "will", "can", "should", "'ll"]);
const HYPOTHETICAL_OPENERS = new Set(["if", "unless", "should", "were", "suppose", "assuming"]);

const FORGONE_HEADS: Readonly<Record<string, string>> = { than: "rather", of: "instead" };

function forgoneBefore(a: SentenceAnalysis, start: number): boolean {
  let k = start - 1;
  if (a.tokens[k]?.norm === "to") k--;
  const w = a.tokens[k]?.norm ?? "";
  return FORGONE_HEADS[w] !== undefined && a.tokens[k - 1]?.norm === FORGONE_HEADS[w];
}

export interface Modality {
  readonly negated: boolean;
  readonly speculative: boolean;
}

/**
 * Reads negation and modality to the left of an event's anchor, within its clause.
 * @example modalityAt(a, anchorOf("withdraw")) // "did not withdraw" → { negated: true }
 */
export function modalityAt(a: SentenceAnalysis, anchor: number, eventStart: number, nominal = false): Modality {
  // "rather than downgrade relations", "instead of imposing sanctions": the act named is the one not taken.
  let negated = forgoneBefore(a, eventStart);
  let speculative = false;
  const dateTok = a.inDate;
  for (let k = anchor - 1, n = 0; k >= 0; k--, n++) {
    const w = a.tokens[k]!.norm;
    // Inside an aside (", especially …") the clause it hangs on still governs.
    if (w === "," && ASIDE.has(a.tokens[k + 1]?.norm ?? "")) continue;
    if (w === "," && !dateTok[k]) {
      // ", particularly factions close to Iran," is an aside: read through it.
      const open = appositiveStart(a, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (CLAUSE_STOP.has(w) && !dateTok[k]) break;
    if (SPECULATIVE.has(w) && !dateTok[k]) speculative = true;
    if (BEFORE_TO.has(w) && a.tokens[k + 1]?.norm === "to") speculative = true;
    if (n < 3 && PREMODIFIERS.has(w)) speculative = true;
    if (n < 5 && NEGATORS.has(w)) negated = true;
  }
  // Words inside the event phrase itself ("possible sanctions", "no strikes") count too.
  for (let k = eventStart; k < anchor; k++) {
    const w = a.tokens[k]!.norm;
    if ((SPECULATIVE.has(w) || PREMODIFIERS.has(w)) && !dateTok[k]) speculative = true;
    if (NEGATORS.has(w)) negated = true;
  }
  // "Further designations of militia leaders are also likely": the forecast follows its subject.
  for (let k = eventStart, n = 0; k < a.tokens.length && n < 10; k++, n++) {
    const w = a.tokens[k]!.norm;
    if (CLAUSE_STOP.has(w) && w !== "that") break;
    if ((w === "are" || w === "is" || w === "was" || w === "were" || w === "remain" || w === "seem" || w === "seems") && k > anchor) {
      const after = a.tokens.slice(k + 1, k + 3).map((t) => t.norm);
      if (after.some((x) => x === "likely" || x === "expected" || x === "possible" || x === "unlikely" || x === "planned")) speculative = true;
      break;
    }
  }
  // "rocket attacks on the bases could resume": a noun act that is the subject of a modal is a forecast.
  if (nominal) {
    for (let k = anchor + 1, n = 0; k < a.tokens.length && n < 12; k++, n++) {
      const w = a.tokens[k]!.norm;
      if (CLAUSE_STOP.has(w) || w === "and" || w === "or") break;
      if (MODALS.has(w) && !dateTok[k]) {
        speculative = true;
        break;
      }
      // A finite verb ends the subject ("attacks killed two").
      if (/^[a-z]+ed$/.test(w) && k > anchor + 1) break;
    }
  }
  const first = a.tokens.find((t) => t.word)?.norm;
  if (first && HYPOTHETICAL_OPENERS.has(first)) speculative = true;
  return { negated, speculative };
}
