/** @module Stage 2: actor mentions from the gazetteer (registry names, state cues + body nouns, sponsor links). */
import { ACTORS } from "../domain/actors.js";
import type { Token } from "./01-tokens.js";
import { tokenize } from "./01-tokens.js";
import { nounForms } from "./lexicon/inflect.js";
import { CITY_NAMES } from "./lexicon/places.js";
import { type Body, DEMONYMS, HEADS, HOLDER_TITLES, LEAD_WORDS, MODIFIERS, SPONSOR_WORDS, SUBCODES } from "./lexicon/actor-heads.js";

export interface ActorMention {
  readonly code: string;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** Followed by "'s". */
  readonly possessive: boolean;
  /** A bare demonym or state used as a modifier ("Iranian influence"): names no actor by itself. */
  readonly modifier: boolean;
  /** Named members listed after "such as" / "including": the mention stands for them. */
  readonly members: readonly ActorMention[];
  /** Part of another mention's member list. */
  readonly member: boolean;
  /** The body noun that names it ("factions" → ARMED), when it has one. */
  readonly body: Body | null;
  /** "these factions": a bare body noun pointing back at an earlier mention. */
  readonly anaphor: boolean;
  /**
   * "the government", "the council", "its army": a generic head whose party the discourse tells (focus-country.ts
   * resolves it); its code is GENERIC until then.
   */
  readonly generic?: GenericHead;
}

/** A generic head noun phrase: what the discourse needs to tell whose it is. */
export interface GenericHead {
  readonly body: Body;
  /** Its head word ("council", "government"), for the nearest earlier mention with the same head. */
  readonly head: string;
  /** Owned by a pronoun opening a clause ("Its foreign ministry said"): the party is the one the pronoun stands for. */
  readonly owned: boolean;
  /** What the lexicon alone says ("the parliament" → IRQ.PARLIAMENT), or null. */
  readonly fallback: string | null;
  /** "federal troops", "the federal cabinet": the central government's, not a region's (IRQ vs IRQ.KRG). */
  readonly federal?: boolean;
}

/** The code of a generic head before the discourse resolves it. */
export const GENERIC = "?";

/** A party the text does not name at token `k` but context supplies (a pronoun's referent, a pair's side): one token, no flags. */
export const mentionAt = (code: string, k: number): ActorMention => ({ code, start: k, end: k + 1, possessive: false, modifier: false, members: [], member: false, body: null, anaphor: false });

interface Entry {
  readonly words: readonly string[];
  /** Compare the exact text (short all-capital aliases such as "US", "GE"). */
  readonly exact: readonly string[] | null;
  readonly code: string | null;
  /** A state whose name or demonym this is: it can combine with a body noun. */
  readonly state: string | null;
  readonly demonym: boolean;
  readonly body: Body | null;
}

const STATE_CODES = new Set(ACTORS.filter((a) => a.kind === "state").map((a) => a.code));
const KNOWN_CODES = new Set(ACTORS.map((a) => a.code));

function nameEntry(alias: string, code: string): Entry {
  const toks = tokenize(alias);
  const bare = alias.replace(/\./g, "");
  const exact = /^[A-Z]{2,4}$/.test(bare) ? toks.map((t) => t.text.replace(/\./g, "")) : null;
  const words = toks.map((t) => t.norm);
  const state = STATE_CODES.has(code) ? code : null;
  const demonym = words.length === 1 && DEMONYMS.has(words[0]!);
  return { words, exact, code, state, demonym, body: null };
}

function headEntries(): Entry[] {
  return HEADS.flatMap((h) => {
    const parts = h.words.split(" ");
    const last = parts.at(-1)!;
    const lastForms = last.endsWith("/n") ? nounForms(last.slice(0, -2)) : [last];
    return lastForms.map((f) => ({
      words: [...parts.slice(0, -1), f],
      exact: null,
      code: h.alone,
      state: null,
      demonym: false,
      body: h.body,
    }));
  });
}

const SKELETONS = new Map<string, string>();
const NAME_SKELETON = new Map<string, readonly Entry[]>();

// Index by first word; longer entries first so the longest match wins.
const INDEX = new Map<string, Entry[]>();
for (const e of [...ACTORS.flatMap((a) => [a.names.en, ...a.aliases.en].map((n) => nameEntry(n, a.code))), ...headEntries()]) {
  if (e.words.length === 0) continue;
  const list = INDEX.get(e.words[0]!) ?? [];
  list.push(e);
  INDEX.set(e.words[0]!, list);
}
for (const list of INDEX.values()) for (const e of list) {
  if (!e.code || e.body || e.state || e.exact || e.words.length < 2) continue;
  const w0 = canonWord(e.words[0]!);
  if (w0.length < 6) continue;
  const key = skeleton(w0);
  NAME_SKELETON.set(key, [...(NAME_SKELETON.get(key) ?? []), e]);
}
for (const list of INDEX.values()) list.sort((x, y) => y.words.length - x.words.length || (x.body ? 1 : 0) - (y.body ? 1 : 0));
// INDEX split by the second word, keeping each list's order: the one-word entries alone, and under a second word
// the one-word entries and those whose second word it is.
interface FirstWord {
  /** The one-word entries. */
  readonly single: readonly Entry[];
  /** Second word → the one-word entries and those whose second word it is; null when no entry has a second word. */
  readonly bySecond: ReadonlyMap<string, readonly Entry[]> | null;
}
const BY_SECOND = new Map<string, FirstWord>();
for (const [key, list] of INDEX) {
  const seconds = new Set(list.filter((e) => e.words.length > 1).map((e) => e.words[1]!));
  const m = new Map<string, readonly Entry[]>();
  for (const w of seconds) m.set(w, list.filter((e) => e.words.length === 1 || e.words[1] === w));
  BY_SECOND.set(key, { single: list.filter((e) => e.words.length === 1), bySecond: m.size ? m : null });
}
// The entries a tolerant match may try, under the same first-word keys and in the same order.
const TOLERANT = new Map<string, readonly Entry[]>();
for (const [key, list] of INDEX) {
  const usable = list.filter((e) => e.code && !e.body && !e.state && !e.exact);
  if (usable.length) TOLERANT.set(key, usable);
}

interface Raw {
  readonly entry: Entry;
  readonly start: number;
  readonly end: number;
}

/** A consonant skeleton for transliterated names: "Muhandis"/"Mohandes", "Fayyadh"/"Fayad", "Qassem"/"Qasim". */
function skeleton(w: string): string {
  let out = SKELETONS.get(w);
  if (out === undefined) {
    out = w.replace(/q/g, "k").replace(/(?!^)h/g, "").replace(/(?!^)[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
    // Memoised: the same capitalised words recur sentence after sentence. Bounded so a huge vocabulary cannot grow it.
    if (SKELETONS.size >= 50_000) SKELETONS.clear();
    SKELETONS.set(w, out);
  }
  return out;
}

const SKELETON_NAMES = new Map<string, readonly Entry[] | null>();
/** The name entries whose first word has the skeleton of `w`: one memo look-up for a capitalised word seen before, not two. */
function namesOfSkeleton(w: string): readonly Entry[] | undefined {
  let names = SKELETON_NAMES.get(w);
  if (names === undefined) {
    names = NAME_SKELETON.get(skeleton(w)) ?? null;
    // Bounded like SKELETONS.
    if (SKELETON_NAMES.size >= 50_000) SKELETON_NAMES.clear();
    SKELETON_NAMES.set(w, names);
  }
  return names ?? undefined;
}

/** Canonical spelling of a name word: "Abou" is "Abu", "el-" is "al-". */
function canonWord(w: string): string {
  return w === "abou" || w === "abo" ? "abu" : w === "el" ? "al" : w;
}

/**
 * Tolerant match of a person or organisation name ("Abou Mahdi al-Mohandes" for "Abu Mahdi al-Muhandis"):
 * hyphens and the article "al-" are optional, "Abou" is "Abu", and capitalised words of six letters or more
 * match on their consonant skeleton. States and demonyms keep the exact match.
 */
function tolerantMatch(tokens: readonly Token[], i: number, indexed: boolean): Raw | null {
  const first = tokens[i]!;
  const k0 = canonWord(first.norm);
  const k1 = first.norm === "al" && tokens[i + 1]?.norm === "-" && tokens[i + 2] ? canonWord(tokens[i + 2]!.norm) : null;
  // Most words start no name: look the keys up before building a candidate list. TOLERANT's keys are INDEX keys,
  // so a word the exact index lacks (`indexed` false) is looked up only when its canonical spelling differs.
  const a0 = indexed || k0 !== first.norm ? TOLERANT.get(k0) : undefined;
  const s0 = first.upper && k0.length >= 6 ? namesOfSkeleton(k0) : undefined;
  const a1 = k1 === null ? undefined : TOLERANT.get(k1);
  const s1 = k1 !== null && first.upper && k1.length >= 6 ? namesOfSkeleton(k1) : undefined;
  if (!a0 && !s0 && !a1 && !s1) return null;
  for (const list of [a0, s0, a1, s1]) {
    if (list) for (const e of list) {
      const r = tolerantAt(tokens, i, e);
      if (r) return r;
    }
  }
  return null;
}

function tolerantAt(tokens: readonly Token[], i: number, e: Entry): Raw | null {
  if (!e.code || e.body || e.state || e.exact) return null;
  const { words, skeletons } = tolerantWords(e);
  let j = i;
  let k = 0;
  while (k < words.length) {
    while (tokens[j]?.norm === "-") j++;
    const t = tokens[j];
    if (!t) break;
    const w = canonWord(t.norm);
    if (w === words[k] || (t.upper && w.length >= 6 && skeletons[k] !== null && skeleton(w) === skeletons[k])) { j++; k++; continue; }
    if (words[k] === "al" && k > 0) { k++; continue; }
    if (w === "al" && tokens[j + 1]?.norm === "-") { j += 2; continue; }
    break;
  }
  return k === words.length && j > i && words.length > 1 ? { entry: e, start: i, end: j } : null;
}

interface TolerantWords {
  readonly words: readonly string[];
  /** Each word's consonant skeleton, or null for words under six letters (compared exactly). */
  readonly skeletons: readonly (string | null)[];
}
const TOLERANT_WORDS = new Map<Entry, TolerantWords>();
/** An entry's words without hyphens, in canonical spelling, with their skeletons (made once per entry, not per try). */
function tolerantWords(e: Entry): TolerantWords {
  let tw = TOLERANT_WORDS.get(e);
  if (!tw) {
    const words = e.words.filter((w) => w !== "-").map(canonWord);
    tw = { words, skeletons: words.map((w) => (w.length >= 6 ? skeleton(w) : null)) };
    TOLERANT_WORDS.set(e, tw);
  }
  return tw;
}

// A filter over INDEX keys by first and last letter and length (no false negatives): most words of a sentence
// fail it, which is cheaper than hashing them for a map look-up.
const shapeOf = (w: string): number => (((w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) * 31 + w.length) & 0xffff);
const KEY_SHAPES = new Uint8Array(0x10000);
for (const key of INDEX.keys()) if (key.length) KEY_SHAPES[shapeOf(key)] = 1;

function matchAt(tokens: readonly Token[], i: number): Raw | null {
  const w = tokens[i]!.norm;
  const first = w.length && KEY_SHAPES[shapeOf(w)] ? BY_SECOND.get(w) : undefined;
  if (!first) return tolerantMatch(tokens, i, false);
  // Only entries of one word, or whose second word is the next token, can match here.
  const list = (first.bySecond !== null && i + 1 < tokens.length ? first.bySecond.get(tokens[i + 1]!.norm) : undefined) ?? first.single;
  for (const e of list) {
    let ok = wordsAt(tokens, i, e);
    // "Ayn al-Assad", "Abu Ghraib": an Arabic name particle before a match makes it part of a place or person name.
    if (ok && e.code && i >= 2 && tokens[i - 1]!.norm === "-" && NAME_PARTICLES.has(tokens[i - 2]!.norm)) ok = false;
    // A name glued to a following capitalised word is part of a longer name ("Baghdad International Airport").
    // A demonym inside a proper name still tells the country ("the National Iranian Gas Company").
    // Tested last: it may match again at the next word.
    if (ok && e.code && !e.body && !e.demonym) {
      const j = i + e.words.length;
      const next = tokens[j];
      if (next && next.upper && next.word && !FUNCTION_WORDS.has(next.norm) && j < tokens.length - 1 && !matchAt(tokens, j)) ok = false;
    }
    if (ok) return { entry: e, start: i, end: i + e.words.length };
  }
  return tolerantMatch(tokens, i, true);
}

/**
 * Whether entry `e` (taken from BY_SECOND at token `i`) matches the tokens from `i`. Its first word is the index
 * key and its second the next token's, both equal by construction, so only later words are compared — unless
 * the entry also asks for an exact spelling, which every word must pass.
 */
function wordsAt(tokens: readonly Token[], i: number, e: Entry): boolean {
  const n = e.words.length;
  for (let k = e.exact ? 0 : 2; k < n; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.norm !== e.words[k] || (e.exact && (t.text.includes(".") ? t.text.replace(/\./g, "") : t.text) !== e.exact[k])) return false;
  }
  return true;
}

const NAME_PARTICLES = new Set(["al", "el", " al'", "bin", "ibn", "abu"]);

// Capitalised words that start a new phrase rather than continue a name ("Soleimani This prompted …").
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in", "and", "the",
  "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "as", "but", "for", "with", "by", "from",
  "to", "of", "a", "an", "after", "before", "following", "while", "when", "since", "during", "despite", "because",
  "if", "or", "its", "their", "his", "her", "however", "meanwhile", "first", "second", "third", "then", "also",
]);

function rawMatches(tokens: readonly Token[]): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < tokens.length; ) {
    const r = tokens[i]!.word ? matchAt(tokens, i) : null;
    if (r) {
      out.push(r);
      i = r.end;
    } else i++;
  }
  return out;
}

/** A title of head nouns only, right before a capitalised name of a state's person (not a demonym or the state's name alone). */
function titleOfName(tokens: readonly Token[], g: Group, next: Group | undefined): boolean {
  const r = next?.parts[0];
  if (!r || r.start !== g.end || !r.entry.state || r.entry.demonym || g.sponsor || !tokens[g.end - 1]!.upper || !tokens[r.start]!.upper) return false;
  return g.parts.every((p) => p.entry.body) && TITLE_END.test(g.parts.at(-1)!.entry.words.at(-1)!);
}

interface Group {
  start: number;
  end: number;
  parts: Raw[];
  sponsor: string | null;
  led: boolean;
}

/** Joins raw matches that form one noun phrase: "the Iraqi federal police", "Iran-backed armed factions". */
function groupRaw(tokens: readonly Token[], raws: readonly Raw[], sentenceText: string): Group[] {
  const groups: Group[] = [];
  let g: Group | null = null;
  for (const r of raws) {
    let sponsor: string | null = null;
    let led = false;
    let joinable = g !== null;
    if (g) {
      // Only modifiers, "'s", "-" and link words may sit between two parts of one group.
      for (let k = g.end; k < r.start && joinable; k++) {
        const t = tokens[k]!;
        // "Iran-backed militias" is one phrase; "Washington backed India" is a clause: a sponsor word written
        // without its hyphen links only to a following body, never to a state that could be the verb's object.
        if (SPONSOR_WORDS.has(t.norm) && tokens[k - 1]?.norm !== "-" && r.entry.code && STATE_CODES.has(r.entry.code)) {
          joinable = false;
          continue;
        }
        if (SPONSOR_WORDS.has(t.norm) || LEAD_WORDS.has(t.norm)) continue;
        joinable = MODIFIERS.has(t.norm) || t.norm === "'s" || t.norm === "-" || t.norm === "the";
      }
      // A line break ends a noun phrase: headings run into the next line without punctuation.
      if (joinable && sentenceText.slice(tokens[g.end - 1]!.end, tokens[r.start]!.start).includes("\n")) joinable = false;
      // Heads come after their state ("Iraqi parliament"); a head then a state is two phrases ("Unit Iraq").
      if (joinable && r.entry.state && r.entry.code && STATE_CODES.has(r.entry.code) && g.parts.at(-1)!.entry.body) {
        joinable = false;
      }
      // Two states side by side ("Iraq-US relations") are two actors, unless one sponsors ("pro-Tehran Iraqi").
      if (joinable && !g.sponsor && r.entry.state && g.parts.some((p) => p.entry.state) && !g.parts.some((p) => p.entry.body)) {
        const between = tokens.slice(g.end, r.start).map((t) => t.norm);
        joinable = between.some((w) => SPONSOR_WORDS.has(w) || LEAD_WORDS.has(w));
      }
    }
    if (g && joinable) {
      const between = tokens.slice(g.end, r.start).map((t) => t.norm);
      if (between.some((w) => SPONSOR_WORDS.has(w))) sponsor = stateOf(g);
      if (between.some((w) => LEAD_WORDS.has(w))) led = true;
      g.parts.push(r);
      g.end = r.end;
      g.sponsor ??= sponsor;
      g.led ||= led;
      continue;
    }
    g = { start: r.start, end: r.end, parts: [r], sponsor: null, led: false };
    // "pro-Tehran" / "pro-Iranian": the state is a sponsor.
    if (tokens[r.start - 1]?.norm === "-" && tokens[r.start - 2]?.norm === "pro" && r.entry.state) {
      g.start = r.start - 2;
      g.sponsor = r.entry.state;
    }
    // "Iran-backed" with no body noun following yet: keep the sponsor pending.
    if (tokens[r.end]?.norm === "-" && tokens[r.end + 1] && SPONSOR_WORDS.has(tokens[r.end + 1]!.norm) && r.entry.state) {
      g.sponsor = r.entry.state;
      g.end = r.end + 2;
    }
    groups.push(g);
  }
  return groups;
}

const ROLE_HEADS = new Set([
  "leader", "leaders", "commander", "commanders", "official", "officials", "member", "members", "spokesman",
  "spokesperson", "chief", "head", "minister", "ministers", "president", "officer", "officers", "adviser", "advisers",
]);

const stateOf = (g: Group): string | null => g.parts.find((p) => p.entry.state)?.entry.state ?? null;
const isSpecific = (code: string | null): boolean => code !== null && !STATE_CODES.has(code);

/** The code a group names, or null when it names nobody (a lone "troops", a lone "Iran-backed"). */
function resolve(g0: Group): string | null {
  if (g0.parts.length === 1 && !g0.sponsor && !g0.led) return resolveOne(g0.parts[0]!.entry);
  // "ISIS suspects", "militia attackers": an unnamed-person noun after a named party is that party's.
  const g = g0.parts.length > 1 && g0.parts.some((p) => p.entry.code === "UNK") ? { ...g0, parts: g0.parts.filter((p) => p.entry.code !== "UNK") } : g0;
  // "Armenian gunmen": a nationality alone does not make unnamed attackers its state's agents (GUIDELINES: UNK).
  if (g !== g0 && g.parts.every((p) => p.entry.demonym)) return "UNK";
  const heads = g.parts.filter((p) => p.entry.body);
  // "Kataib Hezbollah leader Abu Fadak": the organisation before a role noun is who acts.
  const roleAt = g.parts.findIndex((p) => p.entry.body && ROLE_HEADS.has(p.entry.words.at(-1)!));
  const firstSpecific = g.parts.find((p) => !p.entry.body && isSpecific(p.entry.code));
  const specific = roleAt > 0 && firstSpecific && g.parts.indexOf(firstSpecific) < roleAt
    ? firstSpecific
    : [...g.parts].reverse().find((p) => !p.entry.body && isSpecific(p.entry.code));
  // "Iraqi militia leaders", "militia commanders": a role noun keeps the body named before it.
  const head = (heads.filter((p) => !ROLE_HEADS.has(p.entry.words.at(-1)!)).at(-1) ?? heads.at(-1))?.entry ?? null;
  const states = g.parts.filter((p) => p.entry.state && p.entry.state !== g.sponsor);
  if (g.sponsor) {
    if (specific && specific.entry.code !== g.sponsor) return specific.entry.code;
    if (!head) return null;
    if (g.sponsor === "IRN") {
      if (head.body === "ARMED" || head.body === "MILITARY") return "IRAN_BACKED_MILITIAS";
      return "IRQ.IRAN_ALIGNED";
    }
    const own = states[0]?.entry.state;
    return own ? sub(own, head.body!) : null;
  }
  if (g.led && head?.body === "COALITION") return "COALITION";
  // "coalition troops", "coalition forces": the coalition's own units.
  if (heads.some((p) => p.entry.body === "COALITION") && !states.length) return "COALITION";
  if (specific) return specific.entry.code;
  const state = states.at(-1)?.entry.state ?? null;
  if (state && head) return head.body === "COALITION" ? "COALITION" : sub(state, head.body!);
  if (state) return state;
  return head?.code ?? null;
}

/**
 * `resolve` for the common group of one entry and no sponsor or leader, without its lists: a head noun names its
 * own code (the coalition's units are the coalition), a name its code, a state itself. No entry is both a state and
 * a head noun.
 */
function resolveOne(e: Entry): string | null {
  if (e.body) return e.body === "COALITION" ? "COALITION" : e.code;
  if (isSpecific(e.code)) return e.code;
  return e.state;
}

function sub(state: string, body: Body): string {
  const code = SUBCODES[state]?.[body] ?? state;
  return KNOWN_CODES.has(code) ? code : state;
}

// Role words that pass an actor through "of": "the commander of the Quds Force", "leaders of the PMF".
const ROLE_WORDS = new Set([
  "commander", "commanders", "leader", "leaders", "chairman", "head", "chief", "deputy", "member", "members", "elements",
  "fighters", "spokesman", "official", "officials", "militants", "remnants", "cells", "units", "forces", "troops",
  "president", "minister", "ministers", "director", "secretary", "founder", "emir", "amir", "representative",
  "representatives", "envoy", "ambassador", "delegation", "government", "army", "parliament", "some", "most", "many",
  "board", "council", "committee", "office", "unit", "bureau", "secretariat", "division", "wing", "governor", "governors",
]);
const ROLE_FILLER = new Set(["the", "a", "an", "top", "senior", "second", "former", "deputy", "vice", "some", "of"]);
const LIST_INTRO = ["such as", "including", "notably", "namely", "like", "especially", "particularly", "among them"];
const LIST_GLUE = new Set([",", "and", "or", "the", "as", "well", "both", "also"]);

/**
 * Finds actor mentions in a tokenized sentence.
 * @example findActors(tokenize("Iran-backed factions such as Kataib Hezbollah attacked U.S. bases."))
 */
export function findActors(tokens: readonly Token[], sentenceText = "", names?: Map<string, string>): ActorMention[] {
  const raws = rawMatches(tokens);
  const groups = groupRaw(tokens, names?.size ? [...raws, ...learnedMatches(tokens, raws, names)].sort((x, y) => x.start - y.start) : raws, sentenceText);
  let mentions: ActorMention[] = [];
  // A place in a locative phrase gives way when the sentence names two other parties (an actor and a target):
  // "a strike near Baghdad" still targets Iraq when nothing else is named.
  const locative = groups.map((g) => isLocative(tokens, g));
  const resolved = groups.map(resolve);
  const others = groups.filter((g, i) => !locative[i] && (resolved[i] !== null || g.parts.some((p) => p.entry.body === "PUBLIC"))).length;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (locative[gi] && others >= 2) continue;
    // "ethnic Azerbaijanis", "ethnic Albanians", "ethnic Albanian civilians": a people, not the state of that name.
    if (tokens[g.start - 1]?.norm === "ethnic" && g.parts.every((p) => p.entry.state || p.entry.body === "PUBLIC")) continue;
    // "protesters in Damascus": the place names whose public they are, before the Iraqi default of a bare "protesters".
    const place = locative[gi + 1] && (others >= 2 || resolved[gi] !== null) ? publicOfPlace(tokens, g, groups[gi + 1]) : null;
    const code = resolved[gi] !== null ? (place ?? resolved[gi]) : place;
    // "Foreign Minister Mevlut Cavusoglu": a bare title is the named person's, not its default owner (USA.STATE).
    if (code && titleOfName(tokens, g, groups[gi + 1])) continue;
    const gen = genericHead(tokens, g, code ?? null, groups[gi + 1]?.start === g.end);
    if (gen) {
      const start = gen.owned ? g.start - 1 : g.start;
      mentions.push({ code: GENERIC, start, end: g.end, possessive: tokens[g.end]?.norm === "'s", modifier: false, members: [], member: false, body: null, anaphor: false, generic: gen });
      continue;
    }
    if (!code) {
      // "the group's sites", "the militia's leader": a definite, possessive body noun points back at a named group.
      const lone = g.parts.length === 1 ? g.parts[0]!.entry : null;
      if (lone?.body === "ARMED" && tokens[g.start - 1]?.norm === "the" && tokens[g.end]?.norm === "'s") {
        mentions.push({ code: "", start: g.start, end: g.end, possessive: true, modifier: false, members: [], member: false, body: "ARMED", anaphor: true });
      }
      continue;
    }
    // "recalled its own ambassador", "their embassy": a bare body noun owned by a pronoun is the subject's own,
    // not the default body the noun names alone (an unqualified "ambassador" is American only by default).
    if (!g.sponsor && g.parts.every((p) => p.entry.body) && OWNERS.has(tokens[tokens[g.start - 1]?.norm === "own" ? g.start - 2 : g.start - 1]?.norm ?? "")) continue;
    const only = g.parts.length === 1 ? g.parts[0]!.entry : null;
    const possessive = tokens[g.end]?.norm === "'s" || tokens[g.end]?.norm === "'";
    // A lone state name or demonym before a non-actor noun is a modifier ("Iranian influence", "US presence").
    const next = tokens[g.end];
    // A demonym before a capitalised name is that organisation's country ("Iranian Gas Company"), not a modifier.
    const inName = next !== undefined && next.upper && next.word;
    const modifier = only !== null && only.state !== null && !possessive && ((only.demonym && !inName) || (next !== undefined && !inName && MODIFIED_NOUNS.has(next.norm)));
    // The body of the last head noun, and whether every part is one, counted without a list per group.
    let heads = 0;
    let body: Body | null = null;
    for (const p of g.parts) if (p.entry.body) {
      heads++;
      body = p.entry.body;
    }
    const bare = heads === g.parts.length && !g.sponsor;
    const anaphor = bare && ANAPHORIC.has(tokens[g.start - 1]?.norm ?? "");
    mentions.push({ code, start: g.start, end: g.end, possessive, modifier, members: [], member: false, body, anaphor });
  }
  mentions = shareBodies(tokens, mergeRoles(tokens, mentions));
  if (names) learnNames(tokens, mentions, names);
  return attachMembers(tokens, mentions);
}

// Singular institutions (and "authorities") that a definite article ties to the party in focus: "the government
// condemned", "the council demanded", "the army said". Armed-group nouns point back at the group last named.
const DEFINITE_HEADS = new Set([
  "government", "cabinet", "ministry", "council", "presidency", "authorities", "regime", "leadership", "president",
  "premier", "minister", "speaker", "parliament", "army", "military", "navy", "kingdom", "group", "militia", "faction",
  "movement", "organisation", "organization", "delegation", "country", "nation", "officials",
  "militants", "fighters", "rebels", "insurgents", "monarch",
]);
// Words between the article and a generic head that keep it generic: "the caretaker government", "the interior ministry".
const HEAD_MODIFIERS = new Set([
  "interior", "oil", "electricity", "health", "justice", "trade", "finance", "planning", "energy", "water", "education",
  "transport", "communications", "industry", "labour", "labor", "culture", "agriculture", "housing", "economy",
  "whole", "entire", "same", "neighbouring", "neighboring", "host",
]);
const FEDERAL_BODIES: ReadonlySet<Body> = new Set(["MILITARY", "ROOT", "JUDICIARY", "LEGISLATURE", "FINANCE"]);
// Envoys and missions named without their state.
const MISSION_HEADS = new Set([
  "embassy", "embassies", "diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors", "consulate", "consulates",
  "chargé", "charge", "affaires", "consul", "consuls",
]);
// Words that open a clause before an owning pronoun: "Its army held drills", "…, and its foreign ministry said".
const CLAUSE_OPENERS = new Set([",", "and", "but", "while", ";", "when", "as", "meanwhile"]);

/**
 * "the government", "the Ministerial Council for National Security", "its foreign ministry": a phrase made of
 * head nouns only (no state, name or sponsor), definite or owned by a clause-opening pronoun, names a party
 * only through the discourse (GUIDELINES: actors from context). Null for anything else, and for "the government
 * of Iraq", where the role passes to the name after "of".
 */
function genericHead(tokens: readonly Token[], g: Group, code: string | null, named = false): GenericHead | null {
  if (g.sponsor || !g.parts.every((p) => p.entry.body !== null) || tokens[g.end]?.norm === "of") return null;
  // "President Trump": a title before a name the registry knows is that person's (titleOfName), not a generic head.
  const next = tokens[g.end];
  const last = g.parts.at(-1)!.entry;
  const head = last.words.at(-1)!;
  const body = last.body!;
  // "Prime Minister Ali Zaidi", a person the registry does not know: only the discourse says whose the title is.
  if (next?.upper && next.word && !FUNCTION_WORDS.has(next.norm)) return !named && g.parts.length === 1 && HOLDER_TITLES.has(head) ? { body, head, owned: false, fallback: code } : null;
  let k = g.start - 1;
  if (tokens[k]?.norm === "own") k--;
  const owner = tokens[k]?.norm ?? "";
  if (OWNERS.has(owner)) {
    const before = tokens[k - 1]?.norm;
    if (k === g.start - 1 && (k === 0 || CLAUSE_OPENERS.has(before!))) return { body, head, owned: true, fallback: code };
    return null;
  }
  // "federal troops took back Sinjar", "the federal cabinet": the federation's unit, whatever region is in focus.
  if (FEDERAL_BODIES.has(body) && (tokens[g.start - 1]?.norm === "federal" || (tokens[g.start - 1]?.norm !== undefined && MODIFIERS.has(tokens[g.start - 1]!.norm) && tokens[g.start - 2]?.norm === "federal"))) {
    return { body, head, owned: false, fallback: code, federal: true };
  }
  // "a new ambassador", "the chargé", "the embassy": the lexicon's US default holds only where the US is in focus.
  if (body === "DIPLOMACY" && MISSION_HEADS.has(head)) return { body, head, owned: false, fallback: code };
  if (!DEFINITE_HEADS.has(head) || body === "PUBLIC" || body === "COALITION") return null;
  // Capitalised words of an unknown name may sit between the article and the head: "the Ministerial Council".
  k = g.start - 1;
  while (k >= 0 && tokens[k]!.word && ((tokens[k]!.upper && !FUNCTION_WORDS.has(tokens[k]!.norm)) || HEAD_MODIFIERS.has(tokens[k]!.norm) || (MODIFIERS.has(tokens[k]!.norm) && !OWNERS.has(tokens[k]!.norm)))) k--;
  const definite = tokens[k]?.norm === "the" || (k < 0 && tokens[g.start]!.upper);
  return definite ? { body, head, owned: false, fallback: code } : null;
}

// Titles and honorifics around a name: not names themselves.
const HONORIFICS = new Set(["prince", "princess", "sheikh", "king", "emir", "general", "gen", "mr", "mrs", "ms", "dr", "sayyid", "ayatollah", "president", "minister", "sultan", "crown", "lieutenant", "colonel", "major", "brigadier", "admiral"]);
const NAME_GLUE = new Set(["bin", "ibn", "al", "el", "abu", "abdul", "-"]);
// Role nouns after which a name is that role's holder: "Saudi Foreign Minister Faisal bin Farhan".
const TITLE_END = /^(?:minister|secretary|adviser|advisor|envoy|ambassador|spokesman|spokeswoman|spokesperson|president|commander|chief|leader|general|prince|king|emir|premier|chancellor|director|official)$/;

/** The capitalised name words at `from` (particles allowed inside), as a token range, or null. */
function nameAt(tokens: readonly Token[], from: number): [number, number] | null {
  let k = from;
  while (k < tokens.length && k - from < 6) {
    const t = tokens[k]!;
    if (t.word && t.upper && !FUNCTION_WORDS.has(t.norm)) k++;
    else if (NAME_GLUE.has(t.norm) && k > from && tokens[k + 1]?.upper) k++;
    else break;
  }
  return k > from ? [from, k] : null;
}

/**
 * A person the registry does not know, introduced with a title or an apposition ("Saudi Foreign Minister Prince
 * Faisal bin Farhan", "Ali Shamkhani, Iran's top security official,"), acts for that code when named again later
 * in the document ("Prince Faisal visited Tehran"): people map to their organisation (GUIDELINES: Actor codes).
 */
function learnNames(tokens: readonly Token[], ms: readonly ActorMention[], names: Map<string, string>): void {
  const learn = (range: [number, number] | null, code: string): void => {
    if (!range) return;
    for (let k = range[0]; k < range[1]; k++) {
      const w = tokens[k]!.norm;
      if (w.length >= 4 && !HONORIFICS.has(w) && !NAME_GLUE.has(w) && !INDEX.has(w)) names.set(w, code);
    }
  };
  for (const m of ms) {
    // Both ways of introducing a person end the mention with a title word.
    if (!m.code || m.code === "UNK" || m.code === GENERIC || m.modifier || !TITLE_END.test(tokens[m.end - 1]!.norm)) continue;
    const rangeFree = (r: [number, number] | null): [number, number] | null => (r && !ms.some((o) => o !== m && o.start < r[1] && o.end > r[0]) ? r : null);
    // Title, then name: "… Foreign Minister Faisal bin Farhan".
    learn(rangeFree(nameAt(tokens, m.end)), m.code);
    // Title, then the name set off by commas: "The Iraqi national security adviser, Qasim Fahd, visited …".
    if (tokens[m.end]?.norm === ",") {
      const r = nameAt(tokens, m.end + 1);
      if (r && tokens[r[1]]?.norm === ",") learn(rangeFree(r), m.code);
    }
    // Name, then apposition: "Ali Shamkhani, Iran's top security official", "Ahmed Karim, a senior adviser to the
    // Iraqi prime minister".
    let c = m.start - 1;
    while (c > m.start - 7 && APPOSITION_ROLE.has(tokens[c]?.norm ?? "")) c--;
    if (tokens[c]?.norm === ",") {
      let k = c - 1;
      while (k >= 0 && (tokens[k]!.upper || NAME_GLUE.has(tokens[k]!.norm)) && tokens[k]!.norm !== ",") k--;
      const r = nameAt(tokens, k + 1);
      if (r && r[1] === c) learn(rangeFree(r), m.code);
    }
  }
}

// Words of an apposition before the party whose person it names: ", a senior adviser to the Iraqi prime minister".
const APPOSITION_ROLE = new Set([
  "a", "an", "the", "senior", "top", "chief", "close", "former", "deputy", "adviser", "advisor", "aide", "spokesman",
  "spokeswoman", "spokesperson", "envoy", "representative", "member", "to", "of", "for",
]);

/** Raw matches for names learnt earlier in the document, where the registry found nothing. */
function learnedMatches(tokens: readonly Token[], raws: readonly Raw[], names: ReadonlyMap<string, string>): Raw[] {
  const covered = new Uint8Array(tokens.length);
  for (const r of raws) covered.fill(1, r.start, r.end);
  const out: Raw[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const code = t.upper && t.word && !covered[k] ? names.get(t.norm) : undefined;
    if (!code) continue;
    // The rest of the name ("Faisal bin Farhan") belongs to the same mention.
    let end = k + 1;
    while (end < tokens.length && !covered[end] && (names.get(tokens[end]!.norm) === code || (NAME_GLUE.has(tokens[end]!.norm) && names.get(tokens[end + 1]?.norm ?? "") === code))) end++;
    out.push({ entry: { words: tokens.slice(k, end).map((x) => x.norm), exact: null, code, state: STATE_CODES.has(code) ? code : null, demonym: false, body: null }, start: k, end });
    k = end - 1;
  }
  return out;
}

const ANAPHORIC = new Set(["these", "those", "such", "same", "said"]);

const OWNERS = new Set(["its", "their", "his", "her"]);
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)$/;
const LOCATIVE = new Set(["in", "at", "near", "across", "throughout", "around", "outside", "inside", "within"]);

/** The text of a group, lower case: "abu dhabi". */
const groupWords = (tokens: readonly Token[], g: Group): string =>
  // Most groups are one word: its norm is the text, with no list or join.
  g.end - g.start === 1 ? tokens[g.start]!.norm : tokens.slice(g.start, g.end).map((t) => t.norm).join(" ");

/**
 * "targets in northern Syria", "a strike in eastern Baghdad", "met in Beijing": a place in a locative phrase is
 * where the act happened, not a party (GUIDELINES: actor/target codes). A country after a compass word, or a city
 * after a locative preposition, is dropped; "struck the city of Erbil" and "sanctions on Tehran" keep theirs.
 */
function isLocative(tokens: readonly Token[], g: Group): boolean {
  if (g.parts.length !== 1 || g.sponsor || tokens[g.end]?.norm === "'s" || tokens[g.end]?.norm === "-") return false;
  const e = g.parts[0]!.entry;
  if (!e.state || e.body) return false;
  let k = g.start - 1;
  const compass = COMPASS.test(tokens[k]?.norm ?? "");
  if (compass) k--;
  // "north-western Syria": the hyphenated compass word.
  if (compass && tokens[k]?.norm === "-" && /^(?:north|south)$/.test(tokens[k - 1]?.norm ?? "")) k -= 2;
  while (tokens[k]?.norm === "the") k--;
  if (!LOCATIVE.has(tokens[k]?.norm ?? "")) return false;
  // "its embassy in Baghdad": a mission is accredited to the state whose capital holds it.
  if (/^(?:embass(?:y|ies)|consulates?|missions?|ambassadors?|envoys?)$/.test(tokens[k - 1]?.norm ?? "")) return false;
  // "targets across Yemen", "raids throughout Syria": a whole country spanned is where the act happened.
  return compass || SPANNING.has(tokens[k]!.norm) || CITY_NAMES.has(groupWords(tokens, g));
}
const SPANNING = new Set(["across", "throughout"]);

/** "crowds in Tehran", "residents of Basra": people named by a place are that state's public. */
function publicOfPlace(tokens: readonly Token[], g: Group, next: Group | undefined): string | null {
  const only = g.parts.length === 1 ? g.parts[0]!.entry : null;
  if (only?.body !== "PUBLIC" || !next) return null;
  const state = next.parts.length === 1 ? next.parts[0]!.entry.state : null;
  const gap = tokens.slice(g.end, next.start).map((t) => t.norm).filter((w) => w !== "the" && !COMPASS.test(w));
  if (!state || gap.length !== 1 || (gap[0] !== "in" && gap[0] !== "of")) return null;
  return sub(state, "PUBLIC");
}

// Nouns a state name often modifies without acting: "Iraq-US relations", "US presence", "Iran policy".
const MODIFIED_NOUNS = new Set([
  "relations", "relationship", "ties", "influence", "economy", "presence", "interests", "interest", "policy", "policies",
  "side", "territory", "soil", "airspace", "sovereignty", "oil", "gas", "electricity", "budget", "stocks", "revenues",
  "dues", "border", "borders", "affairs", "officials", "remittances", "market", "markets", "dinar", "dollar", "security",
  "stability", "independence", "people", "population", "debt", "file", "question", "issue", "crisis", "war", "context",
  "role", "position", "stance", "strategy", "agenda", "nuclear", "elections", "election", "banks", "bank", "assets",
]);

/** "Iraqi and American forces": a bare demonym coordinated with "<demonym> <body>" shares the body. */
function shareBodies(tokens: readonly Token[], ms: ActorMention[]): ActorMention[] {
  return ms.map((m, i) => {
    const next = ms[i + 1];
    // "US and Iraqi forces" too: a bare state name before "and <demonym> <body>".
    const bare = m.modifier || (STATE_CODES.has(m.code) && m.end - m.start <= 2 && !m.possessive);
    if (!bare || !next || next.start !== m.end + 1 || tokens[m.end]?.norm !== "and") return m;
    const body = next.body ?? bodyOfCode(next.code);
    if (!body || !STATE_CODES.has(next.code.split(".")[0]!)) return m;
    return { ...m, code: sub(m.code, body), modifier: false, body };
  });
}

/** The body a sub-code stands for: IRQ.MILITARY → MILITARY ("Iraqi forces" is a registry name, not a head). */
function bodyOfCode(code: string): Body | null {
  const [root] = code.split(".");
  const subs = SUBCODES[root!] ?? {};
  return (Object.keys(subs) as Body[]).find((b) => subs[b] === code) ?? null;
}

function mergeRoles(tokens: readonly Token[], ms: ActorMention[]): ActorMention[] {
  return ms.map((m, idx) => {
    let k = m.start - 1;
    while (k >= 0 && tokens[k]!.norm === "the") k--;
    if (tokens[k]?.norm !== "of") return m;
    let s = k - 1;
    let role = false;
    while (s >= 0 && (ROLE_WORDS.has(tokens[s]!.norm) || ROLE_FILLER.has(tokens[s]!.norm))) {
      role ||= ROLE_WORDS.has(tokens[s]!.norm);
      s--;
    }
    const prev = ms[idx - 1];
    // "the commander of the Quds Force": the commander acts for the Quds Force. Never swallow another mention.
    if (!role || (prev && prev.end > s + 1)) return m;
    return { ...m, start: s + 1 };
  });
}

/** Cheap test before building the text after a mention: its first word must fit the start of a list intro. */
function mayIntroduceList(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (w === ",") continue;
    // One of the two words is a prefix of the other only if they share their first letter: most words stop here.
    return LIST_INTRO_FIRST.has(w.charCodeAt(0)) && LIST_INTRO.some((intro) => intro.startsWith(w) || w.startsWith(intro));
  }
  return false;
}
const LIST_INTRO_FIRST = new Set(LIST_INTRO.map((intro) => intro.charCodeAt(0)));

function attachMembers(tokens: readonly Token[], ms: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.member) continue;
    if (!mayIntroduceList(tokens, m.end)) {
      out.push(m);
      continue;
    }
    const after = tokens.slice(m.end, m.end + 3).map((t) => t.norm).filter((w) => w !== ",").join(" ");
    const intro = LIST_INTRO.find((w) => after.startsWith(w));
    if (!intro) {
      out.push(m);
      continue;
    }
    const members: ActorMention[] = [];
    let j = i + 1;
    let cursor = m.end;
    while (cursor < tokens.length && tokens[cursor]!.norm === ",") cursor++;
    cursor += intro.split(" ").length;
    for (; j < ms.length; j++) {
      const c = ms[j]!;
      const gap = tokens.slice(cursor, c.start);
      if (!gap.every((t) => LIST_GLUE.has(t.norm))) break;
      members.push({ ...c, member: true });
      cursor = c.end;
    }
    const named = members.filter((x) => x.code !== m.code);
    out.push(named.length ? { ...m, members: named } : m);
    for (const x of members) out.push(x);
    i = j - 1;
  }
  return out;
}
