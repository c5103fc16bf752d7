/** @module A tiny pattern language for lexicon entries, compiled to token matchers. */
import type { Token } from "../01-tokens.js";
import { nounForms, verbForms } from "./inflect.js";

/**
 * Pattern syntax, space separated:
 * - `word` a literal (matched on the token's normalised form);
 * - `impose/v` every verb form, `sanction/n` singular and plural;
 * - `a|an|the` alternatives (each may carry /v or /n); an alternative of several words joins them with `_`:
 *   `maximum_pressure|sanction/n` is "maximum pressure" or "sanction(s)" (see `expandPhrases`), whereas
 *   `maximum pressure|sanction/n` is "maximum" followed by "pressure" or "sanction(s)";
 * - `x?` an optional element; `*` a gap of up to three words, `**` of up to six (never across , ; : or brackets);
 * - `A || B` whole alternative patterns (see `compilePatterns`).
 */
export interface CompiledPattern {
  readonly elements: readonly Element[];
  /** Normalised forms the first element accepts: the index key. */
  readonly firstForms: readonly string[];
}

interface Element {
  readonly forms: ReadonlySet<string> | null;
  readonly optional: boolean;
  readonly gap?: number;
}

const GAP_MAX = 3;
const GAP_LONG = 6;
const GAP_STOP = new Set([",", ";", ":", "(", ")", "[", "]", ".", "?", "!", "—", "–"]);

function formsOf(alt: string): string[] {
  if (alt.endsWith("/v")) return verbForms(alt.slice(0, -2));
  if (alt.endsWith("/n")) return nounForms(alt.slice(0, -2));
  return [alt];
}

/** Compiles `A || B || …` into one pattern per alternative. */
export function compilePatterns(source: string): CompiledPattern[] {
  return source.split("||").flatMap(expandPhrases).map(compilePattern);
}

/**
 * Rewrites an alternation holding `_`-joined phrases into whole patterns, one per phrase and one for the single
 * words: `reinstate/v * maximum_pressure|sanction/n` → `reinstate/v * maximum pressure`, `reinstate/v * sanction/n`.
 */
export function expandPhrases(source: string): string[] {
  const words = source.trim().split(/\s+/);
  const i = words.findIndex((w) => w.includes("_"));
  if (i < 0) return [source];
  const alts = words[i]!.split("|");
  if (words[i]!.endsWith("?")) throw new Error(`a phrase alternative cannot be optional: ${source}`);
  const phrases = alts.filter((a) => a.includes("_")).map((a) => a.replaceAll("_", " "));
  const singles = alts.filter((a) => !a.includes("_"));
  const variants = singles.length > 0 ? [...phrases, singles.join("|")] : phrases;
  return variants.flatMap((v) => expandPhrases([...words.slice(0, i), v, ...words.slice(i + 1)].join(" ")));
}

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      if (raw === "*") return { forms: null, optional: true, gap: GAP_MAX };
      if (raw === "**") return { forms: null, optional: true, gap: GAP_LONG };
      const optional = raw.endsWith("?");
      const body = optional ? raw.slice(0, -1) : raw;
      // "a| b" or "a||b" inside a word: an empty alternative would silently match nothing it was meant to.
      if (body.split("|").some((alt) => alt === "" || alt === "/v" || alt === "/n" || alt.includes("_")))
        throw new Error(`malformed alternation "${raw}" in pattern: ${source}`);
      return { forms: new Set(body.split("|").flatMap(formsOf)), optional } as Element;
    });
  const first = elements[0];
  if (!first?.forms || first.optional) throw new Error(`pattern must start with a word: ${source}`);
  return { elements, firstForms: [...first.forms] };
}

/** Matches `p` at token `at`; returns the index after the match, or -1. Longest alternative wins. */
export function matchPattern(p: CompiledPattern, tokens: readonly Token[], at: number): number {
  return matchFrom(p.elements, tokens, 0, at);
}

/**
 * `matchPattern` for a pattern found under the index key `tokens[at].norm` (one of its `firstForms`): the first
 * element, a required word, is known to match, so matching starts at the second.
 */
export function matchIndexed(p: CompiledPattern, tokens: readonly Token[], at: number): number {
  return matchFrom(p.elements, tokens, 1, at + 1);
}

// A plain recursive function rather than a closure per call: this runs for every candidate at every trigger word.
function matchFrom(elements: readonly Element[], tokens: readonly Token[], e0: number, t0: number): number {
  let e = e0;
  let t = t0;
  // Required words match in a loop: recursion is needed only where the pattern branches (optional words, gaps).
  for (let el = elements[e]; el !== undefined && el.forms !== null && !el.optional; el = elements[++e]) {
    const tok = tokens[t++];
    if (tok === undefined || !el.forms.has(tok.norm)) return -1;
  }
  if (e === elements.length) return t;
  const el = elements[e]!;
  if (el.forms === null) {
    const max = el.gap ?? GAP_MAX;
    let best = -1;
    // A hyphen inside a compound ("short - range") does not count as a word of the gap.
    for (let g = 0, words = 0; words <= max; g++) {
      if (g > 0) {
        const tok = tokens[t + g - 1];
        if (!tok || GAP_STOP.has(tok.norm)) break;
        if (tok.norm !== "-") words++;
        if (words > max) break;
      }
      const r = matchFrom(elements, tokens, e + 1, t + g);
      // A gap counts only when something after it matched: "called it a crime and Qatar …" ends at "crime".
      if (g === 0 || r > t + g) best = Math.max(best, r);
    }
    return best;
  }
  const tok = tokens[t];
  const hit = tok !== undefined && el.forms.has(tok.norm) ? matchFrom(elements, tokens, e + 1, t + 1) : -1;
  return el.optional ? Math.max(hit, matchFrom(elements, tokens, e + 1, t)) : hit;
}
