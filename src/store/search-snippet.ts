/** @module Snippets for search hits: the sentence around its first matching word, matches in [brackets]. */

/** Lower-case, without Latin or Arabic diacritics, so "Muhandis" finds "Muhandís" as FTS5's tokenizer does. */
const fold = (s: string): string => s.normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").toLowerCase();

/**
 * Marks the query's words in a sentence and clips it to about `words` words around the first mark.
 * @example searchSnippet("US troops left Iraq in 2011.", ["troops"]) // "US [troops] left Iraq in 2011."
 */
export function searchSnippet(sentence: string, queryWords: readonly string[], words = 16): string {
  const wanted = new Set(queryWords.map(fold));
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  let out = "";
  let last = 0;
  let first = -1;
  tokens.forEach((t, i) => {
    if (!wanted.has(fold(t[0]))) return;
    if (first === -1) first = i;
    out += `${sentence.slice(last, t.index)}[${t[0]}]`;
    last = t.index + t[0].length;
  });
  out += sentence.slice(last);
  if (tokens.length <= words || first === -1) return first === -1 && tokens.length > words ? clip(sentence, tokens, 0, words) : out;
  // Re-tokenise the marked text and clip around the first mark.
  const marked = [...out.matchAll(/\[?[\p{L}\p{N}\p{M}]+\]?/gu)];
  const at = marked.findIndex((t) => t[0].startsWith("["));
  return clip(out, marked, Math.max(0, at - Math.floor(words / 3)), words);
}

function clip(text: string, tokens: RegExpMatchArray[], from: number, words: number): string {
  const start = from === 0 ? 0 : tokens[from]!.index!;
  const endToken = tokens[Math.min(tokens.length - 1, from + words - 1)]!;
  const end = from + words >= tokens.length ? text.length : endToken.index! + endToken[0].length;
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}
