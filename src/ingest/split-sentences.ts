/** @module Fast rule-based sentence segmentation that keeps exact character offsets. */

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

// Abbreviations whose final period does not end a sentence ("U.S. forces", "Gen. Miller", "Jan. 3").
const ABBREVIATIONS = new Set([
  "u.s", "u.k", "u.n", "e.g", "i.e", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "adm",
  "sen", "rep", "gov", "pres", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "al",
]);

const TERMINAL = /[.!?؟…]/;
const CLOSERS = /["'”’»)\]]/;

/** True when the period at `i` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviation(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("J. Smith") and dotted acronyms ("U.S.") are initials.
  return /^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 3;
}

/** Is the text after `k` the start of a new sentence (capital, digit, quote, Arabic letter, or a break)? */
function startsSentence(text: string, k: number): boolean {
  const c = text[k];
  if (c === undefined) return true;
  return /[\p{Lu}\p{N}"'“‘«([\u0600-\u06FF-]/u.test(c);
}

/**
 * Splits text into sentences. A sentence ends at terminal punctuation (plus closing quotes,
 * brackets and footnote markers such as "[3]") followed by space and a sentence start, or at a
 * line break after terminal punctuation or a colon, or at a blank line. A single line break
 * inside a sentence does not end it, because reports wrap lines mid-sentence.
 * Spans are trimmed of surrounding white space and never empty.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  // Jump between candidate characters instead of testing every one: most of a text is neither.
  const candidates = /[\n.!?؟…]/g;
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    let i = found.index;
    const c = text[i]!;
    if (c === "\n") {
      // Blank line, or a line ending in terminal punctuation or a colon: the sentence ends here.
      let p = i - 1;
      while (p >= start && (text[p] === " " || text[p] === "\t" || text[p] === "\r")) p--;
      const prev = p >= start ? text[p]! : "";
      const blank = /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40)) || i + 1 >= n;
      const listOrHeading = /^[ \t]*([-*•#>]|\d+[.)]\s|\[\d+\])/.test(text.slice(i + 1, i + 8));
      if (blank || prev === "" || TERMINAL.test(prev) || prev === ":" || CLOSERS.test(prev) || listOrHeading) {
        push(i + 1);
      }
      continue;
    }
    if (c === "." && isAbbreviation(text, i)) continue;
    // Decimal numbers ("2.5") and ellipses inside words are not sentence ends.
    if (c === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    let k = i + 1;
    while (k < n && (TERMINAL.test(text[k]!) || CLOSERS.test(text[k]!))) k++;
    // Footnote markers directly after the full stop belong to the sentence: "… in 2020.[3]"
    for (let m = /^\[\d+\]/.exec(text.slice(k, k + 8)); m; m = /^\[\d+\]/.exec(text.slice(k, k + 8))) k += m[0].length;
    if (k >= n) {
      candidates.lastIndex = k;
      continue;
    }
    if (!/\s/.test(text[k]!)) continue;
    let w = k;
    while (w < n && (text[w] === " " || text[w] === "\t")) w++;
    if (text[w] === "\n" || startsSentence(text, w)) {
      push(k);
      i = k - 1;
    }
    candidates.lastIndex = i + 1;
  }
  push(n);
  return spans;
}
