/** @module Stage 5: figures in a sentence — money with scale and currency, troops, percentages, days, casualties. */
import { tokenRange, type Token } from "./01-tokens.js";

export interface QuantityMention {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** As written, with its qualifier: "about $13 billion", "2,500 troops". */
  readonly text: string;
  readonly value: number;
  /** USD, IQD, EUR, %, troops, days, people, attacks … */
  readonly unit: string;
  /** What is measured: funds, troops, share, days, killed, attacks, count. */
  readonly measure: string;
  /** "to 2,500", "at 5,200": a level rather than a change. */
  readonly level: boolean;
}

const QUALIFIER = "(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more than|less than|fewer than|at least|up to|as many as|as much as|an estimated|estimated|just over|just under)\\s+)?";
const NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const SCALE = "(thousand|million|billion|trillion|bn|m|k)";
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD", dollar: "USD", usd: "USD", dinars: "IQD", dinar: "IQD", iqd: "IQD", euros: "EUR", euro: "EUR",
  rials: "IRR", riyals: "SAR", pounds: "GBP",
};
const SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "US$": "USD", "€": "EUR", "£": "GBP" };

const PEOPLE_UNITS: Readonly<Record<string, [string, string]>> = {
  troops: ["troops", "troops"], soldiers: ["troops", "troops"], personnel: ["troops", "troops"], forces: ["troops", "troops"],
  "service members": ["troops", "troops"], servicemembers: ["troops", "troops"], marines: ["troops", "troops"],
  advisers: ["troops", "troops"], advisors: ["troops", "troops"], fighters: ["fighters", "people"],
  killed: ["killed", "people"], dead: ["killed", "people"], deaths: ["killed", "people"], casualties: ["casualties", "people"],
  wounded: ["wounded", "people"], injured: ["wounded", "people"], people: ["people", "people"], civilians: ["people", "people"],
  protesters: ["people", "people"], demonstrators: ["people", "people"], detainees: ["detained", "people"],
  arrests: ["arrests", "people"], attacks: ["attacks", "attacks"], strikes: ["attacks", "attacks"], rockets: ["rockets", "rockets"],
  missiles: ["rockets", "rockets"], drones: ["drones", "drones"], days: ["days", "days"], day: ["days", "days"],
  months: ["months", "months"], month: ["months", "months"], barrels: ["oil", "barrels"], megawatts: ["electricity", "MW"],
};

const RE_MONEY_SYMBOL = new RegExp(`${QUALIFIER}(US\\$|\\$|€|£)\\s?${NUM}(?:\\s?${SCALE}\\b)?`, "gi");
const RE_MONEY_WORD = new RegExp(`${QUALIFIER}${NUM}\\s?${SCALE}?\\s+(?:(?:US|U\\.S\\.|Iraqi)\\s+)?(dollars?|usd|dinars?|iqd|euros?|rials|riyals|pounds)\\b`, "gi");
const RE_PERCENT = new RegExp(`${QUALIFIER}${NUM}\\s?(?:%|percent\\b|per cent\\b)`, "gi");
const RE_PEOPLE = new RegExp(
  `${QUALIFIER}${NUM}(?:-|\\s)(?:(?:more|additional|further|other|U\\.S\\.|US|foreign|coalition|[A-Z][a-z]+(?:an|ian|ish|ese|i|ch))\\s+)?(${Object.keys(PEOPLE_UNITS).join("|")})\\b`,
  "gi",
);
// A level with the unit earlier in the sentence: "the number of troops was estimated at 5,200", "cut to 2,500".
const RE_BARE_LEVEL = new RegExp(`\\b(?:to|at|from|of)\\s+${QUALIFIER}${NUM}\\b(?!\\s*(?:%|percent|per cent)|[.,]?\\d|\\s+(?:troops|soldiers|billion|million|days|people))`, "gi");

// Substrings every currency word of RE_MONEY_WORD contains, lower-cased.
const MONEY_WORDS = ["dollar", "usd", "dinar", "iqd", "euro", "rials", "riyals", "pounds"];
// Every match of RE_PEOPLE contains one of its units: its leading qualifier makes the pattern try ~20 words at every
// character, so a sentence with no unit word skips it.
const PEOPLE_WORDS = Object.keys(PEOPLE_UNITS);

/** Every match of a global pattern, without the copy of the pattern `matchAll` makes on each call. */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const num = (s: string): number => Number(s.replace(/,/g, ""));
const isYear = (s: string): boolean => /^(19|20)\d\d$/.test(s);

/**
 * Finds the figures of a sentence.
 * @example findQuantities("They withdrew 500 troops.", tokens) // [{ text: "500 troops", value: 500, unit: "troops", measure: "troops" }]
 */
export function findQuantities(text: string, tokens: readonly Token[]): QuantityMention[] {
  if (!/\d/.test(text)) return [];
  const out: QuantityMention[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, raw: string, value: number, unit: string, measure: string): void => {
    const t = raw.trim();
    const from = index + raw.indexOf(t);
    const to = from + t.length;
    if (taken.some(([a, b]) => from < b && a < to)) return;
    const range = tokenRange(tokens, from, to);
    if (!range) return;
    taken.push([from, to]);
    const level = /\b(?:to|at)\s*$/i.test(text.slice(Math.max(0, from - 16), from)) || /estimated|remain|stay|stationed/i.test(text.slice(Math.max(0, from - 40), from));
    out.push({ start: range[0], end: range[1], text: t, value, unit, measure, level });
  };
  // Each pattern runs only when the sentence holds a word or sign it cannot match without.
  const lower = text.toLowerCase();
  for (const m of text.includes("$") || text.includes("€") || text.includes("£") ? matches(RE_MONEY_SYMBOL, text) : []) {
    add(m.index, m[0], num(m[2]!) * (SCALES[(m[3] ?? "").toLowerCase()] ?? 1), SYMBOLS[m[1]!.toUpperCase()] ?? "USD", "funds");
  }
  for (const m of MONEY_WORDS.some((w) => lower.includes(w)) ? matches(RE_MONEY_WORD, text) : []) {
    add(m.index, m[0], num(m[1]!) * (SCALES[(m[2] ?? "").toLowerCase()] ?? 1), CURRENCY_WORDS[m[3]!.toLowerCase()] ?? "USD", "funds");
  }
  for (const m of text.includes("%") || lower.includes("per") ? matches(RE_PERCENT, text) : []) add(m.index, m[0], num(m[1]!), "%", "share");
  for (const m of PEOPLE_WORDS.some((w) => lower.includes(w)) ? matches(RE_PEOPLE, text) : []) {
    if (isYear(m[1]!) && !/,/.test(m[1]!)) continue;
    const [measure, unit] = PEOPLE_UNITS[m[2]!.toLowerCase()] ?? ["count", "count"];
    add(m.index, m[0], num(m[1]!), unit, measure);
  }
  // Bare numbers count only when the sentence talks about troop numbers.
  if (/\b(?:troops|soldiers|forces|personnel)\b/i.test(text)) {
    for (const m of matches(RE_BARE_LEVEL, text)) {
      if (isYear(m[1]!)) continue;
      const n = num(m[1]!);
      if (n < 50) continue;
      const prep = /^\S+\s+/.exec(m[0])![0].length;
      add(m.index + prep, m[0].slice(prep), n, "troops", "troops");
      const last = out.at(-1);
      if (last && last.measure === "troops" && !/troops/.test(last.text)) {
        out[out.length - 1] = { ...last, text: `${last.text} troops` };
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
