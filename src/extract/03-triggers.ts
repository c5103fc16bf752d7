/** @module Stage 3: trigger matches — lexicon patterns found in a sentence, overlaps resolved longest-first. */
import type { Token } from "./01-tokens.js";
import { type CompiledPattern, compilePatterns, matchIndexed } from "./lexicon/pattern.js";
import { TRIGGERS, type TriggerEntry } from "./lexicon/triggers.js";
import { DETECTION_TRIGGERS } from "./lexicon/triggers-detection.js";
import { BREADTH_TRIGGERS } from "./lexicon/triggers-breadth.js";
import { STANCE_TRIGGERS } from "./lexicon/triggers-stance.js";
import { FALLBACK_TRIGGERS } from "./lexicon/verb-classes.js";
import { CODEBOOK_TRIGGERS } from "./lexicon/triggers-codebook.js";
import { COOPERATION_TRIGGERS } from "./lexicon/triggers-cooperation.js";
import { CONFLICT_TRIGGERS } from "./lexicon/triggers-conflict.js";

export interface TriggerMatch {
  readonly entry: TriggerEntry;
  /** Token range [start, end) of the whole pattern. */
  readonly start: number;
  readonly end: number;
}

interface Indexed {
  readonly entry: TriggerEntry;
  readonly pattern: CompiledPattern;
  readonly order: number;
}

const INDEX = new Map<string, Indexed[]>();
// The verb classes come last: at a tie in length every lexicon entry beats them.
[...TRIGGERS, ...DETECTION_TRIGGERS, ...STANCE_TRIGGERS, ...BREADTH_TRIGGERS, ...CODEBOOK_TRIGGERS, ...COOPERATION_TRIGGERS, ...CONFLICT_TRIGGERS,
  ...FALLBACK_TRIGGERS].forEach((entry, order) => {
  for (const pattern of compilePatterns(entry.p)) {
    for (const f of pattern.firstForms) {
      const list = INDEX.get(f) ?? [];
      list.push({ entry, pattern, order });
      INDEX.set(f, list);
    }
  }
});

// A filter over INDEX keys by first and last letter and length (no false negatives): most words of a sentence
// fail it, which is cheaper than hashing them for a map look-up.
const shapeOf = (w: string): number => (((w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) * 31 + w.length) & 0xffff);
const KEY_SHAPES = new Uint8Array(0x10000);
for (const key of INDEX.keys()) if (key.length) KEY_SHAPES[shapeOf(key)] = 1;

/** The lexicon entries a word may start, if any. */
function candidates(w: string): Indexed[] | undefined {
  return w.length && KEY_SHAPES[shapeOf(w)] ? INDEX.get(w) : undefined;
}

/** Cheap pre-check: can any token start a trigger? Sentences without one skip most stages. */
export function mayHaveTrigger(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (candidates(t.norm)) return true;
  return false;
}

/**
 * All trigger matches of a sentence, without overlaps: at each start the longest pattern wins
 * (ties go to the earlier lexicon entry), and a match inside a longer earlier match is dropped.
 * @example findTriggers(tokenize("Trump imposed sanctions on Iran.")) // one SANCTION match over "imposed sanctions"
 */
export function findTriggers(tokens: readonly Token[], blocked?: Uint8Array, afterModifier?: Uint8Array): TriggerMatch[] {
  SAW_FALLBACK = false;
  let found = scan(tokens, false, blocked, afterModifier);
  // The verb classes are read only where the lexicon finds no event: in a sentence with another act a class verb is
  // more often part of it ("sanctions hit the economy", "said Iraq had condemned the aggression") than an act of its
  // own. Governors ("said", "urged") and weak entries code nothing alone and do not count.
  if (SAW_FALLBACK && !found.some((m) => m.entry.type !== null && !m.entry.gov && !m.entry.weak)) found = scan(tokens, true, blocked, afterModifier);
  const kept = dropMannerVerbs(tokens, removeOverlaps(found));
  return kept.some((m) => tokens[m.start]!.norm === "jointly") ? kept.filter((m, k, all) => !jointSpeech(tokens, m, all[k - 1], all[k + 1])) : kept;
}

/**
 * "protested by recalling its ambassador", "retaliated by firing rockets": a verb followed at once by "by" and a
 * gerund act says how the gerund's act was meant; the gerund is the act done (GUIDELINES: the act, not its framing),
 * so the verb before "by" codes nothing. A verb with an object between ("backed Kyiv by sending arms") keeps both.
 */
function dropMannerVerbs(tokens: readonly Token[], ms: TriggerMatch[]): TriggerMatch[] {
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k]!;
    const n = ms[k + 1]!;
    if (n.start !== m.end + 1 || tokens[m.end]!.norm !== "by" || m.entry.pos !== "v" || m.entry.gov || n.entry.type === null) continue;
    if (!tokens[n.start]!.norm.endsWith("ing")) continue;
    return ms.filter((x) => x !== m);
  }
  return ms;
}

// Set by `scan` when a word could start a verb-class entry (lexicon/verb-classes.ts).
let SAW_FALLBACK = false;

/** The best match at each token; verb-class entries only when `fallback` is set. */
function scan(tokens: readonly Token[], fallback: boolean, blocked?: Uint8Array, afterModifier?: Uint8Array): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Words inside actor names and dates are not triggers ("Popular Mobilization", "March 9").
    if (blocked?.[i]) continue;
    const list = candidates(tokens[i]!.norm);
    if (!list) continue;
    // Noun readings are matched first, into a reused buffer: the tests below ask for their ends several times.
    // Other readings are matched only when the choice below looks at them (a verb in a noun slot often is not).
    if (ENDS.length < list.length) ENDS = new Int32Array(list.length * 2);
    const ends = ENDS;
    // The furthest end of a noun reading; "a noun fits" when it is >= 0.
    let nounEnd = -1;
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci]!;
      if (c.entry.pos !== "n") continue;
      const end = matchIndexed(c.pattern, tokens, i);
      ends[ci] = end;
      if (end > nounEnd) nounEnd = end;
    }
    // After a state name a word that can be a noun is one ("US pressure", "US strike"); "Iraq signed" stays a verb.
    // At the start of a sentence or heading, or before a verb ("if attacks continued"), an -s form is a plural noun.
    const nounFits = nounEnd >= 0;
    const w = tokens[i]!.norm;
    const prev = tokens[i - 1]?.norm;
    const next = tokens[i + 1]?.norm ?? "";
    const mod = afterModifier?.[i];
    const nounSlot =
      (mod === 1 && nounFits && !(w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing"))) ||
      // "US sanctions on Tehran" (noun) against "Iran attacks Iraq" (verb): a preposition after it decides.
      (mod === 1 && nounFits && w.endsWith("s") && (NOUN_NEXT.has(next) || VERB_AFTER.has(next))) ||
      mod === 2 ||
      looksNominal(tokens, i) ||
      (nounFits && (prev === undefined || prev === ":" || prev === "(")) ||
      // Capitalised mid-sentence: a heading in title case ("Energy Dependence Under Sanctions").
      (nounFits && prev !== undefined && tokens[i]!.upper) ||
      (nounFits && w.endsWith("s") && !w.endsWith("ss") && (VERB_AFTER.has(next) || /^[a-z]+ed$/.test(next) || NO_SUBJECT.has(prev ?? "")));
    // After a bare state name a longer verb pattern still wins: "Iran cut electricity exports" (cut: base = past).
    const stateBefore = mod === 1 && !looksNominal(tokens, i);
    // The best candidate so far, in locals rather than an object per improvement (this runs at every trigger word).
    let best: Indexed | null = null;
    let bestEnd = -1;
    for (let ci = 0; ci < list.length; ci++) {
      const c = list[ci]!;
      if (c.entry.fallback && !fallback) {
        SAW_FALLBACK = true;
        continue;
      }
      if (c.entry.pos === "v" && nounSlot && !stateBefore) continue;
      const end = c.entry.pos === "n" ? ends[ci]! : matchIndexed(c.pattern, tokens, i);
      if (c.entry.pos === "v" && nounSlot && end <= Math.max(nounEnd, i + 1)) continue;
      if (end < 0) continue;
      if (!best || end > bestEnd || (end === bestEnd && c.order < best.order)) {
        best = c;
        bestEnd = end;
      }
    }
    if (best) found.push({ entry: best.entry, start: i, end: bestEnd });
  }
  return found;
}

// Match ends of the candidates at one token (reused: findTriggers runs for every sentence).
let ENDS = new Int32Array(64);

/** "It was announced jointly", "jointly declared": the adverb says how the statement was made; no joint act follows. */
function jointSpeech(tokens: readonly Token[], m: TriggerMatch, prev: TriggerMatch | undefined, next: TriggerMatch | undefined): boolean {
  if (m.end - m.start !== 1 || tokens[m.start]!.norm !== "jointly") return false;
  const speech = (x: TriggerMatch | undefined): boolean => x?.entry.gov === "announce" || x?.entry.gov === "say";
  return (speech(prev) && prev!.end === m.start) || (speech(next) && next!.start === m.end);
}

// Auxiliaries and modals: a word before them is a subject noun ("attacks continued", "strikes have").
const VERB_AFTER = new Set([
  "have", "has", "had", "were", "are", "was", "is", "will", "would", "may", "might", "could", "can", "continue",
  "continued", "rose", "fell", "increased", "resumed", "broke", "erupted", "spread", "began", "grew", "became",
]);

const NOUN_NEXT = new Set(["on", "against", "of", "over", "in", "targeting", "that", "and", "to"]);

// A present-tense verb needs a subject right before it; after these an -s form is a plural noun ("and protests over …").
const NO_SUBJECT = new Set(["and", "or", ",", "but", "while", "amid", "after", "before", "with", "without", "into", "over", "against"]);

// After these a verb form is a noun: "the fight", "of battles", "its support".
const NOUN_BEFORE = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of", "for", "in", "with", "from",
  "such", "any", "no", "each", "every", "some", "further", "new", "more", "'s", "two", "three", "four", "five", "six",
  "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds",
]);
// Counts among them, which can also stand for a crowd that acts.
const COUNTS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds"]);
// Adjectives that make the next word a noun: "economic pressures", "popular protests".
const ADJECTIVES = new Set([
  "economic", "political", "popular", "recent", "strategic", "financial", "diplomatic", "regional", "international",
  "mass", "widespread", "ongoing", "massive", "fresh", "repeated", "alleged", "possible", "potential", "bilateral",
  "joint", "direct", "indirect", "unprecedented", "violent", "peaceful", "large", "major", "daily", "weekly", "tough",
  "harsh", "strict", "additional", "limited", "temporary", "deadly", "public", "verbal", "formal", "informal",
  "commercial", "security", "nationwide", "local", "sporadic", "frequent", "continued", "renewed", "intense",
  // Nouns used as modifiers: "street protests", "border clashes".
  "street", "border",
]);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function looksNominal(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm;
  // A capitalised adjective inside a sentence ends a name ("Amnesty International condemned"), it modifies nothing.
  if (prev !== undefined && ((ADJECTIVES.has(prev) && (i < 2 || !tokens[i - 1]!.upper)) || isDigitCode(prev.charCodeAt(0)))) return true;
  if (prev === undefined || !NOUN_BEFORE.has(prev)) return false;
  const w = tokens[i]!.norm;
  // "several attacks" is a noun, but "hundreds protested", "dozens rallied": a past form after a count is its verb.
  if (COUNTS.has(prev) && w.endsWith("ed")) return false;
  // "by imposing", "after receiving": a gerund after a preposition is still a verb.
  return !(w.endsWith("ing") && prev !== "the" && prev !== "a" && prev !== "its" && prev !== "their" && prev !== "his" && prev !== "this");
}

function removeOverlaps(ms: TriggerMatch[]): TriggerMatch[] {
  // One match or none overlaps nothing (the common case outside long sentences).
  if (ms.length < 2) return ms;
  // Longer matches first; keep a match only if it does not overlap one already kept.
  const byLength = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const m of byLength) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
