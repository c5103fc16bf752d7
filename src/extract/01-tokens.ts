/** @module Stage 1: a fast tokenizer that keeps each token's character offsets in its sentence. */

export interface Token {
  /** Position in the sentence's token list. */
  readonly i: number;
  /** The token exactly as written. */
  readonly text: string;
  /** Lower-cased, curly quotes straightened, acronym dots dropped ("U.S." → "us"). */
  readonly norm: string;
  /** Offsets [start, end) in the sentence text. */
  readonly start: number;
  readonly end: number;
  /** True when the first character is an upper-case letter. */
  readonly upper: boolean;
  /** Letter or digit token rather than punctuation. */
  readonly word: boolean;
}

// Dotted acronyms first ("U.S.", "U.N."), then words with inner apostrophes or digits, numbers with
// separators, then any other single non-space character. Hyphens split words on purpose, so
// "Iranian-backed" and "pro-Tehran" expose their actor part to the gazetteer.
const TOKEN = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|\S/gu;
const LETTER_UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;

function normOf(text: string): string {
  const lower = text.toLowerCase();
  if (text.length === 1) return lower;
  const straight = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
  return text.includes(".") && ACRONYM.test(text) ? straight.replace(/\./g, "") : straight;
}

const ACRONYM = /^(?:\p{L}\.){2,}$/u;

/** Splits a clitic ("Iraq's" → "Iraq" + "'s", "didn't" → "did" + "n't") so both halves keep offsets. */
function pushWord(out: Token[], text: string, start: number): void {
  // Most tokens have no apostrophe: test cheaply before the clitic pattern.
  const m = text.length > 2 && (text.includes("'") || text.includes("’")) ? CLITIC.exec(text) : null;
  if (m) {
    pushToken(out, m[1]!, start);
    pushToken(out, m[2]!, start + m[1]!.length);
  } else pushToken(out, text, start);
}

const CLITIC = /^(.+?)(n['’]t|['’]s|['’]re|['’]ve|['’]ll|['’]d)$/iu;

function pushToken(out: Token[], t: string, s: number): void {
  const c = t.charCodeAt(0);
  // ASCII first characters are classified by code; the Unicode patterns are for the rest.
  const upper = c < 128 ? c >= 65 && c <= 90 : LETTER_UPPER.test(t);
  const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORDISH.test(t);
  out.push({ i: out.length, text: t, norm: normOf(t), start: s, end: s + t.length, upper, word });
}

/**
 * Tokenizes one sentence.
 * @example tokenize("U.S. forces left Iraq's bases.").map((t) => t.norm) // ["us","forces","left","iraq","'s","bases","."]
 */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  let p = 0;
  while (p < n) {
    const c = sentence.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    const end = c < 128 ? asciiTokenEnd(sentence, p, c) : -1;
    if (end > 0) {
      pushWord(out, sentence.slice(p, end), p);
      p = end;
      continue;
    }
    // Where a non-ASCII character decides, TOKEN itself reads the token.
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(sentence);
    if (!m) break;
    pushWord(out, m[0], m.index);
    p = m.index + m[0].length;
  }
  return out;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Common non-ASCII characters that are no letter, mark or digit: curly quotes, dashes, ellipsis, guillemets, no-break space. */
const isPunctuation = (c: number): boolean => (c >= 0x2013 && c <= 0x201f) || c === 0x2026 || c === 0xa0 || c === 0xab || c === 0xbb;

/**
 * The end of TOKEN's match at `p` (an ASCII character that is not a space), found without running the pattern, or
 * -1 when a non-ASCII character (other than common punctuation) would decide it. Running the Unicode pattern once
 * per token made a match array per token: a twentieth of all the memory extraction allocates.
 */
function asciiTokenEnd(s: string, p: number, c: number): number {
  const n = s.length;
  if (isDigit(c)) {
    // \d+(?:[.,]\d+)*
    let q = p + 1;
    while (q < n && isDigit(s.charCodeAt(q))) q++;
    while (q + 1 < n && (s.charCodeAt(q) === 46 || s.charCodeAt(q) === 44) && isDigit(s.charCodeAt(q + 1))) {
      q += 2;
      while (q < n && isDigit(s.charCodeAt(q))) q++;
    }
    return q;
  }
  if (!isAsciiLetter(c)) return p + 1; // \S
  // (?:\p{L}\.){2,}
  let q = p;
  let pairs = 0;
  for (;;) {
    const l = q < n ? s.charCodeAt(q) : 0;
    if (l >= 128 && !isPunctuation(l)) return -1;
    if (!isAsciiLetter(l) || q + 1 >= n || s.charCodeAt(q + 1) !== 46) break;
    q += 2;
    pairs++;
  }
  if (pairs >= 2) return q;
  // [\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)*
  q = p + 1;
  for (;;) {
    const w = q < n ? s.charCodeAt(q) : 0;
    if (isAsciiLetter(w) || isDigit(w)) q++;
    else if (w >= 128 && !isPunctuation(w)) return -1;
    else break;
  }
  for (;;) {
    const a = q < n ? s.charCodeAt(q) : 0;
    if (a !== 39 && a !== 0x2019) return q;
    const l = q + 1 < n ? s.charCodeAt(q + 1) : 0;
    if (l >= 128 && !isPunctuation(l)) return -1;
    if (!isAsciiLetter(l)) return q;
    q += 2;
    for (;;) {
      const w = q < n ? s.charCodeAt(q) : 0;
      if (isAsciiLetter(w)) q++;
      else if (w >= 128 && !isPunctuation(w)) return -1;
      else break;
    }
  }
}

/** The token indexes [first, last) covering character offsets [from, to) of the sentence, or null. */
export function tokenRange(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let s = -1;
  let e = -1;
  for (const t of tokens) {
    if (t.end > from && t.start < to) {
      if (s < 0) s = t.i;
      e = t.i + 1;
    }
  }
  return s < 0 ? null : [s, e];
}
