/** @module Stage 4: date expressions of a sentence, resolved against the publication date at the precision the text gives. */
import * as chrono from "chrono-node/en";
import { tokenRange, type Token } from "./01-tokens.js";
import { DAY_OF_EVENT, dayOfEvent, type DayTold } from "./day-of-event.js";

export interface DateMention {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  /** End of an explicit range ("2017-2021"), else null. */
  readonly dateEnd: string | null;
  /** "by 2020", "until March": a bound rather than the time of the act. */
  readonly deadline: boolean;
  /** "the 2015 nuclear deal": a year modifying the noun after it dates only that noun. */
  readonly attributive?: boolean;
  /** "a day earlier": counted back from the narrative's last day, which stays the anchor. */
  readonly lookBack?: boolean;
  /** "After the strikes, …": the day of the act named, a lower bound of the acts after it, dating none itself. */
  readonly bound?: boolean;
  /**
   * The month of the day the sentence before named, for a sentence that names no time of its own: the narrative
   * goes on at an unstated distance, like "days later" (GUIDELINES: Dates), so only the month. No token range.
   */
  readonly carried?: boolean;
  /** "… attacks on US forces since October, denounced …": a span's start inside a clause dates only that clause. */
  readonly sinceClause?: boolean;
}

/** What earlier sentences of the document tell us: the publication date and the last year named. */
export interface DateContext {
  readonly published: string | null;
  lastYear: number | null;
  /** The last day-precise date named, the anchor of "two days later". */
  lastDay?: string | null;
  /** The time the previous sentence told last, at its precision (see `anchorIn`): "In May, … . The next day" is in May. */
  lastTime?: string | null;
  /** A year the previous sentence named (not in a range): the year of "on 28 January" in a narrative. */
  recentYear?: number | null;
  /**
   * The last month or day the story told (written or itself resolved), kept over undated sentences for
   * STORY_REACH sentences: "On 16 October 2017 … . … on 20 October … . In November …" stays in 2017 (see `yearFor`).
   */
  storyTime?: string | null;
  storyAt?: number;
  /** The day the previous sentence named, if any. */
  recentDay?: string | null;
  /** The sentences that named a day, for "on the day of the invasion" (see `dayOfEvent`). */
  daysTold?: DayTold[];
  /** The previous sentence was only that day (a heading). */
  recentHeading?: boolean;
  /** The last month named (YYYY-MM, from a month or a day), the month of "that month", "the following month". */
  lastMonth?: string | null;
  /** Index of the sentence being read, set by the caller before `findDates`. */
  sentence?: number;
  /** When given, `findDates` adds the times each sentence tells (see `narrativeDates`). */
  timeline?: TimePoint[];
  /** The document is a statement of its authors (its title says so): its undated acts are its own, see `narrativeDates`. */
  statement?: boolean;
  /** Sentences that go on from the act told just before ("then", "also", "Under it, …"), see `isSequel`. */
  sequels?: Set<number>;
}

/** A time a sentence tells as the time of something (not a deadline, a range or a year naming a noun). */
export interface TimePoint {
  readonly sentence: number;
  /** Token index in its sentence. */
  readonly start: number;
  readonly date: string;
  /** "since October": the start of a span, no point of the narrative; an act it dates is none either. */
  readonly span?: boolean;
  /** A line that is only this date ("### 13 April", "- 12 April"): it dates the acts under it. */
  readonly heading?: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_WORD = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const YEAR = "((?:19|20)\\d\\d)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

interface Rule {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray, ctx: DateContext, text: string) => { date: string; dateEnd?: string } | null;
  /** Cues (any of them) the pattern cannot match without: a sentence lacking them skips the rule. */
  readonly cue: number;
  /** Cues that must all be present as well (each is a substring every match contains). */
  readonly also?: number;
}

// Cheap facts about a sentence that the date patterns need (see `cuesOf`): most sentences skip most rules.
const DIGIT = 1;
const YEAR_NUM = 2;
const MONTH_NAME = 4;
const YEAR_WORD = 8;
const MONTH_UNIT = 16;
const DAY_WORD = 32;
const WEEK_WORD = 64;
const TONIGHT = 128;
const TIME_WORD = 256;
// Finer cues, each a substring (or word) every match of the rules that need it contains, so the sentences that have
// the coarse cue but cannot match skip the rule's scan.
const MONTH_EXACT = 512;
const WEEKDAY = 1024;
const DASH = 2048;
const FROM_BETWEEN = 4096;
const SPAN_PREP = 8192;
const PAST_LAST = 16384;
// TIME_CUE as the sentence gate used it before TIME_WORD was made exact: only a sentence whose one cue is a month
// name still needs it (see `findDates`).
const TIME_LOOSE = 32768;
// A season word ("that spring", "in the summer of 2019"): `cuesOf` sets it only where SEASON can match.
const SEASON_WORD = 65536;
// A month name as the rules accept it: capitalised (the case-insensitive bare-month rule keeps only those).
const MONTH_CUE = /J[Aa][Nn]|F[Ee][Bb]|M[Aa][RrYy]|A[Pp][Rr]|J[Uu][NnLl]|A[Uu][Gg]|S[Ee][Pp]|O[Cc][Tt]|N[Oo][Vv]|D[Ee][Cc]/;
const TIME_CUE = /eve|morning|afternoon|night|hour|minute/;
// "the eve": the only match of RELATIVE on "eve" ends the word ("every", "never", "seven" do not count).
const EVE = /eve(?![a-z])/;
// A month as the case-sensitive rules write it (MONTH_WORD), a whole word: "Marines", "Decision" are not.
const MONTH_EXACT_CUE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const WEEKDAY_CUE = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;

/** The cues of a sentence: each is a substring every match of the rules that need it contains. */
function cuesOf(text: string): number {
  let c = 0;
  if (/\d/.test(text)) c |= /(?:19|20)\d\d/.test(text) ? DIGIT | YEAR_NUM : DIGIT;
  if (MONTH_CUE.test(text)) c |= MONTH_EXACT_CUE.test(text) ? MONTH_NAME | MONTH_EXACT : MONTH_NAME;
  if (c & YEAR_NUM) {
    if (text.includes("-") || text.includes("\u2013") || text.includes("\u2014") || text.includes("/")) c |= DASH;
    if (text.includes("from") || text.includes("between")) c |= FROM_BETWEEN;
    if (text.includes("and") && (text.includes("ver") || text.includes("uring") || text.includes("hrough") || text.includes("cross"))) c |= SPAN_PREP;
  } else if (c & DIGIT && (text.includes("-") || text.includes("\u2013"))) c |= DASH;
  // Lower-casing maps two non-ASCII letters to ASCII ones (the Kelvin sign, dotted İ) that the case-insensitive
  // patterns and ANY_DATE do not take for k and i: blank them first so the cues stay exact.
  const lower = (text.includes("\u212A") || text.includes("\u0130") ? text.replace(/[\u212A\u0130]/g, "\uFFFD") : text).toLowerCase();
  if (lower.includes("year")) c |= YEAR_WORD;
  if (lower.includes("month")) c |= MONTH_UNIT;
  if (lower.includes("day")) c |= WEEKDAY_CUE.test(text) ? DAY_WORD | TIME_WORD | WEEKDAY : DAY_WORD | TIME_WORD;
  if (lower.includes("week")) c |= WEEK_WORD | TIME_WORD;
  if (lower.includes("tonight")) c |= TONIGHT;
  // A word every match of RELATIVE and DAYS_AFTER_CLAUSE contains.
  if (!(c & TIME_WORD) && (lower.includes("hour") || lower.includes("minute") || lower.includes("night") || lower.includes("morning") || lower.includes("afternoon") || lower.includes("evening") || EVE.test(lower))) c |= TIME_WORD;
  if (c & MONTH_NAME && !(c & (SURE_DATE_CUES | TIME_WORD)) && TIME_CUE.test(lower)) c |= TIME_LOOSE;
  if (c & (MONTH_UNIT | YEAR_WORD) && (lower.includes("past") || lower.includes("last"))) c |= PAST_LAST;
  if ((lower.includes("spring") || lower.includes("summer") || lower.includes("autumn") || lower.includes("winter") || lower.includes("fall")) && SEASON_CUE.test(text)) c |= SEASON_WORD;
  return c;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const monthOf = (w: string): number => MONTHS[w.toLowerCase().replace(/\.$/, "")] ?? 0;
const pubParts = (ctx: DateContext): [number, number, number] | null => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(ctx.published ?? "");
  return m ? [Number(m[1]), Number(m[2] ?? 12), Number(m[3] ?? 31)] : null;
};

/**
 * The year of a date written without one: the year the narrative is in (named earlier in the sentence or in
 * the sentence before), else the latest year in which month/day falls on or before publication
 * ("on March 9" → that March 9 or the one before).
 */
function yearFor(ctx: DateContext, month: number, day: number | null, narrative: number | null = null): number | null {
  const p = pubParts(ctx);
  if (narrative !== null && (!p || narrative < p[0] || (narrative === p[0] && month <= p[1]))) return narrative;
  if (!p) return ctx.lastYear;
  const story = storyYear(ctx, month, day, p);
  if (story !== null) return story;
  const [y, m, d] = p;
  const after = month > m || (month === m && day !== null && day > d);
  return after ? y - 1 : y;
}

// How many sentences the story's time outlives its last month or day.
const STORY_REACH = 2;

/**
 * A story told more than a year before publication goes forward from its last time: "On 16 October 2017 … . In
 * November …" is the first November on or after it, unless that is after publication (then the latest before it).
 */
function storyYear(ctx: DateContext, month: number, day: number | null, p: readonly [number, number, number]): number | null {
  const t = ctx.storyTime;
  if (!t || ctx.sentence === undefined || ctx.storyAt === undefined || ctx.sentence - ctx.storyAt > STORY_REACH) return null;
  const ty = Number(t.slice(0, 4));
  const tm = Number(t.slice(5, 7));
  const td = t.length === 10 ? Number(t.slice(8, 10)) : 0;
  const y = month > tm || (month === tm && (day ?? 31) >= td) ? ty : ty + 1;
  const after = y > p[0] || (y === p[0] && (month > p[1] || (month === p[1] && day !== null && day > p[2])));
  return after ? null : y;
}

const valid = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

// A season named as a time: after a preposition or determiner, or with its year; "fall" only where it cannot be a
// noun of change ("the fall of Mosul", "a fall in prices").
const SEASON = new RegExp(`\\b(?:([Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|[Bb]y|[Ss]ince|[Uu]ntil)\\s+)?(?:([Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he)\\s+)?(?:(?:early|late|mid-?)\\s*)?(spring|summer|autumn|fall|winter)\\b(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`, "g");
const SEASON_CUE = /(?:spring|summer|autumn|winter|(?:that|this|last|the)\s+fall)\b/;
// The month each season ends in, for "last summer"; winter, astride two years, fixes none.
const SEASON_END: Readonly<Record<string, number>> = { spring: 5, summer: 8, autumn: 11, fall: 11 };

/** The year of a season named as a time, or null where the text does not fix it. */
function season(m: RegExpExecArray, ctx: DateContext, text: string): { date: string } | null {
  const [, prep, det, name, year] = m;
  if (year) return { date: year };
  const which = det?.toLowerCase();
  if ((!prep && !which) || name === "winter" || which === "next") return null;
  if (name === "fall" && (!which || which === "the") && !prep) return null;
  if (name === "fall" && /^\s+(?:of|in)\b/.test(text.slice(m.index + m[0].length))) return null;
  const p = pubParts(ctx);
  if (which === "this") return p ? { date: String(p[0]) } : null;
  if (which === "last") return p ? { date: String(p[1] > SEASON_END[name!]! ? p[0] : p[0] - 1) } : null;
  // "that spring", "in the summer": the year the narrative is in.
  const y = yearBefore(text, m.index) ?? ctx.lastYear;
  return y ? { date: String(y) } : null;
}

// Ordered: longer forms first; each match blanks its characters so shorter rules do not re-match them.
const RULES: readonly Rule[] = [
  // "from June onward", "from 2019 onwards": a span from that time to publication (GUIDELINES: Dates, ranges).
  { re: new RegExp(`\\b[Ff]rom\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_WORD}(?:,?\\s+${YEAR})?\\s+on(?:wards?)?\\b`, "g"), make: (m, ctx, text) => onward(ctx, monthOf(m[1]!), m[2] ? Number(m[2]) : narrativeYear(ctx, text, m.index), Boolean(m[2])), cue: MONTH_EXACT },
  { re: new RegExp(`\\b[Ff]rom\\s+${YEAR}\\s+on(?:wards?)?\\b`, "g"), make: (m, ctx) => onward(ctx, 0, Number(m[1]), true), cue: YEAR_NUM },
  // "between October and February", "from March to June 2021": a span of months, the first before the second.
  { re: new RegExp(`\\b(?:[Bb]etween|[Ff]rom)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_WORD}(?:,?\\s+${YEAR})?\\s+(?:and|to|until|through)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_WORD}(?:,?\\s+${YEAR})?\\b`, "g"), make: (m, ctx, text) => monthSpan(ctx, monthOf(m[1]!), m[2] ? Number(m[2]) : null, monthOf(m[3]!), m[4] ? Number(m[4]) : null, narrativeYear(ctx, text, m.index)), cue: MONTH_EXACT },
  // "Through 2018 and 2019", "during 2019 and 2020": a span named by its two years.
  { re: new RegExp(`\\b(?:[Tt]hrough(?:out)?|[Dd]uring|[Aa]cross|[Oo]ver)\\s+${YEAR}\\s+and\\s+${YEAR}\\b`, "g"), make: (m) => (Number(m[2]) > Number(m[1]) ? { date: m[1]!, dateEnd: m[2]! } : null), cue: YEAR_NUM, also: SPAN_PREP },
  { re: new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|through)\\s+${YEAR}\\b`, "g"), make: (m) => ({ date: m[1]!, dateEnd: m[2]! }), cue: YEAR_NUM, also: FROM_BETWEEN },
  { re: new RegExp(`\\b${YEAR}\\s*[-–—/]\\s*${YEAR}\\b`, "g"), make: (m) => (Number(m[2]) > Number(m[1]) ? { date: m[1]!, dateEnd: m[2]! } : null), cue: YEAR_NUM, also: DASH },
  // "on 3-4 March", "between 13 and 14 April 2024", "March 3-4": a span of days, dated from its first.
  { re: new RegExp(`\\b(\\d{1,2})\\s*(?:[-–]|\\s(?:to|and|until)\\s)\\s*${DAY}\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+${YEAR})?\\b`, "g"), make: (m, ctx, text) => dayRange(ctx, monthOf(m[3]!), Number(m[1]), Number(m[2]), m[4] ? Number(m[4]) : narrativeYear(ctx, text, m.index), Boolean(m[4])), cue: DIGIT, also: MONTH_EXACT },
  { re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})\\s*[-–]\\s*${DAY}(?:,?\\s+${YEAR})?\\b`, "g"), make: (m, ctx, text) => dayRange(ctx, monthOf(m[1]!), Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : narrativeYear(ctx, text, m.index), Boolean(m[4])), cue: DIGIT, also: MONTH_EXACT | DASH },
  { re: new RegExp(`\\b${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}\\b`, "g"), make: (m) => day(Number(m[3]), monthOf(m[1]!), Number(m[2])), cue: YEAR_NUM, also: MONTH_EXACT },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+${YEAR}\\b`, "g"), make: (m) => day(Number(m[3]), monthOf(m[2]!), Number(m[1])), cue: YEAR_NUM, also: MONTH_EXACT },
  { re: new RegExp(`\\b${MONTH_WORD},?\\s+(?:of\\s+)?${YEAR}\\b`, "g"), make: (m) => ({ date: `${m[2]}-${pad(monthOf(m[1]!))}` }), cue: YEAR_NUM, also: MONTH_EXACT },
  {
    // "in March of last year", "in May of this year".
    re: new RegExp(`\\b${MONTH_WORD}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "g"),
    make: (m, ctx) => {
      const y = rel(ctx, m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0, "year");
      return y ? { date: `${y.date}-${pad(monthOf(m[1]!))}` } : null;
    },
    cue: MONTH_EXACT, also: YEAR_WORD,
  },
  {
    re: new RegExp(`\\b${MONTH_WORD}\\s+of\\s+(?:the\\s+same|that)\\s+year\\b`, "g"),
    make: (m, ctx, text) => {
      const y = yearBefore(text, m.index) ?? ctx.lastYear;
      return y ? { date: `${y}-${pad(monthOf(m[1]!))}` } : null;
    },
    cue: MONTH_EXACT, also: YEAR_WORD,
  },
  { re: new RegExp(`\\b${MONTH_WORD}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?(?:19|20)\\d\\d)`, "g"), make: (m, ctx, text) => dayNoYear(ctx, monthOf(m[1]!), Number(m[2]), narrativeYear(ctx, text, m.index)), cue: DIGIT, also: MONTH_EXACT },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH_WORD}\\b`, "g"), make: (m, ctx, text) => dayNoYear(ctx, monthOf(m[2]!), Number(m[1]), narrativeYear(ctx, text, m.index)), cue: DIGIT, also: MONTH_EXACT },
  {
    // A bare month needs a preposition, so the modal "may" is never read as May.
    re: new RegExp(`\\b(?:in|since|until|during|by|early|late|mid|mid-|last|this|of)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_WORD}\\b(?!\\s+\\d)`, "gi"),
    make: (m, ctx, text) => {
      const month = monthOf(m[1]!);
      if (!month || !/^[A-Z]/.test(m[1]!)) return null;
      // "last March" counts back from publication: the latest March before the month of publication.
      if (/^last\s/i.test(m[0])) return lastMonthNamed(ctx, month);
      const y = yearFor(ctx, month, null, narrativeYear(ctx, text, m.index));
      return y ? { date: `${y}-${pad(month)}` } : null;
    },
    cue: MONTH_NAME,
  },
  {
    re: /\b(?:the\s+same|that)\s+year\b/g,
    make: (m, ctx, text) => {
      const y = yearBefore(text, m.index) ?? ctx.lastYear;
      return y ? { date: String(y) } : null;
    },
    cue: YEAR_WORD,
  },
  {
    // "has pressed Baghdad throughout the year": the year the sentence or the one before names, else publication's.
    re: /\b(?:throughout|during|over|across|for\s+(?:much|most)\s+of)\s+the\s+year\b/gi,
    make: (m, ctx, text) => {
      const y = yearBefore(text, m.index) ?? ctx.recentYear ?? pubParts(ctx)?.[0];
      return y ? { date: String(y) } : null;
    },
    cue: YEAR_WORD,
  },
  {
    // "later that month", "the same month", "the following month", "two months later": counted from the month named last.
    re: /\b(?:(?:later|earlier)\s+(?:that|the\s+same)|that\s+same|the\s+same|that|the\s+(following|next|previous))\s+month\b|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\s+(later|earlier)\b/gi,
    make: (m, ctx, text) => {
      const from = monthBefore(text, m.index, ctx) ?? ctx.lastMonth;
      if (!from) return null;
      const k = m[1] ? (m[1].toLowerCase() === "previous" ? -1 : 1) : m[2] ? (COUNT[m[2].toLowerCase()] ?? 0) * (m[3]!.toLowerCase() === "earlier" ? -1 : 1) : 0;
      return { date: addMonths(from, k) };
    },
    cue: MONTH_UNIT,
  },
  {
    // "the following year", "a year later": counted from the year named last.
    re: /\bthe\s+(following|next|previous)\s+year\b|\b(a|one|two|three|four|five)\s+years?\s+(later|earlier)\b/gi,
    make: (m, ctx, text) => {
      const y = yearBefore(text, m.index) ?? ctx.lastYear;
      if (!y) return null;
      const k = m[1] ? (m[1].toLowerCase() === "previous" ? -1 : 1) : (COUNT[m[2]!.toLowerCase()] ?? 0) * (m[3]!.toLowerCase() === "earlier" ? -1 : 1);
      return { date: String(y + k) };
    },
    cue: YEAR_WORD,
  },
  {
    // "two weeks ago", "a month ago", "three years ago": counted back from publication, a day only for days.
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
    make: (m, ctx) => ago(ctx, COUNT[m[1]!.toLowerCase()] ?? WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]), m[2]!.toLowerCase()),
    cue: DAY_WORD | WEEK_WORD | MONTH_UNIT | YEAR_WORD,
  },
  { re: /\blast\s+year\b/gi, make: (_m, ctx) => rel(ctx, -1, "year"), cue: YEAR_WORD },
  { re: /\b(?:(?:earlier|later)\s+)?(this|last)\s+week\b/gi, make: (m, ctx) => weekOf(ctx, m[1]!.toLowerCase() === "last"), cue: WEEK_WORD },
  {
    re: /\b(?<!(?:last|this|next)\s)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    // "on Saturday 26 October", "Sunday, March 3": the weekday only names the day of the date written after it.
    make: (m, ctx, text) => (DATE_AFTER_WEEKDAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? null : weekday(ctx, m[1]!)),
    cue: WEEKDAY,
  },
  { re: /\byesterday\b/gi, make: (_m, ctx) => (ctx.published?.length === 10 ? dayOffset(ctx, 1) : null), cue: DAY_WORD },
  { re: /\b(?:today|tonight)\b/gi, make: (_m, ctx) => (ctx.published?.length === 10 ? dayOffset(ctx, 0) : null), cue: DAY_WORD | TONIGHT },
  { re: /\b(?:this|earlier\s+this|later\s+this)\s+year\b/gi, make: (_m, ctx) => rel(ctx, 0, "year"), cue: YEAR_WORD },
  { re: /\blast\s+month\b/gi, make: (_m, ctx) => rel(ctx, -1, "month"), cue: MONTH_UNIT },
  { re: /\b(?:this|earlier\s+this)\s+month\b/gi, make: (_m, ctx) => rel(ctx, 0, "month"), cue: MONTH_UNIT },
  {
    re: /\b(?:over|during|in)\s+the\s+(?:past|last)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months|years)\b/gi,
    make: (m, ctx) => pastRange(ctx, m[1]!, m[2]!),
    cue: MONTH_UNIT | YEAR_WORD, also: PAST_LAST,
  },
  // "that spring", "in the summer of 2019", "last autumn": a season fixes only its year (GUIDELINES: Dates, precision).
  { re: DAY_OF_EVENT, make: (m, ctx) => dayOfEvent(m, ctx.daysTold), cue: DAY_WORD | TIME_WORD },
  { re: SEASON, make: (m, ctx, text) => season(m, ctx, text), cue: SEASON_WORD },
  { re: new RegExp(`(?<![\\d,.$])\\b${YEAR}\\b(?![\\d,.]\\d|\\s*(?:troops|soldiers|people|dollars|barrels|km|kilometers|%))`, "g"), make: (m) => ({ date: m[1]! }), cue: YEAR_NUM },
];

const DATE_AFTER_WEEKDAY = new RegExp(`^,?\\s+(?:${DAY}\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+\\d)`);

/** A year named just before: earlier in this sentence (outside ranges) or in the sentence before. */
function narrativeYear(ctx: DateContext, text: string, index: number): number | null {
  // "the 2008 Strategic Framework Agreement" names a thing, "held since 2014" a span's start, not the narrative's time.
  const here = [...text.slice(0, index).matchAll(/(?<![-–\d]|\b(?:the|a|an|its|their|his|her|since)\s)\b((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)/gi)];
  if (here.length) return Number(here.at(-1)![1]);
  // "On 8 March …, and the exemption expired on 9 March 2025": a year written later in the sentence is its year too.
  const later = ctx.recentYear == null ? /\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/.exec(text.slice(index + 1)) : null;
  return later ? Number(later[1]) : (ctx.recentYear ?? null);
}

/** The last year written before `index` in the sentence ("in 2020, and in August of the same year"). */
function yearBefore(text: string, index: number): number | null {
  const all = [...text.slice(0, index).matchAll(/\b((?:19|20)\d\d)\b/g)];
  return all.length ? Number(all.at(-1)![1]) : null;
}

const MONTH_YEAR_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s+(?:\\d{1,2},?\\s+)?${YEAR}\\b|\\b\\d{1,2}\\s+${MONTH_WORD},?\\s+${YEAR}\\b`, "g");

// "in July", "since early March": a month named without its year (a preposition keeps the modal "may" out).
const BARE_MONTH_BEFORE = new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|of)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_WORD}\\b(?!\\s+\\d)`, "g");

const DAY_MONTH_BEFORE = new RegExp(`\\b(\\d{1,2})\\s+(?:of\\s+)?${MONTH_WORD}\\b(?!,?\\s+\\d)|\\b${MONTH_WORD}\\s+(\\d{1,2})\\b(?!,?\\s+\\d)`, "g");

/**
 * The last month named before `index` in the sentence ("in November 2022 …, and later that month"; "cut exports in July,
 * which set off protests that month"), a month without its year taking the narrative's or publication's year.
 */
function monthBefore(text: string, index: number, ctx: DateContext): string | null {
  let last: string | null = null;
  let at = -1;
  MONTH_YEAR_BEFORE.lastIndex = 0;
  for (let m = MONTH_YEAR_BEFORE.exec(text); m && m.index < index; m = MONTH_YEAR_BEFORE.exec(text)) {
    last = m[1] ? `${m[2]}-${pad(monthOf(m[1]))}` : `${m[4]}-${pad(monthOf(m[3]!))}`;
    at = m.index;
  }
  BARE_MONTH_BEFORE.lastIndex = 0;
  for (let m = BARE_MONTH_BEFORE.exec(text); m && m.index < index; m = BARE_MONTH_BEFORE.exec(text)) {
    if (m.index <= at) continue;
    const month = monthOf(m[1]!);
    const y = month ? yearFor(ctx, month, null, narrativeYear(ctx, text, m.index)) : null;
    if (y) {
      last = `${y}-${pad(month)}`;
      at = m.index;
    }
  }
  // "on 9 September the commander announced that forces would fall … that month": a day written without its year.
  DAY_MONTH_BEFORE.lastIndex = 0;
  for (let m = DAY_MONTH_BEFORE.exec(text); m && m.index < index; m = DAY_MONTH_BEFORE.exec(text)) {
    if (m.index <= at) continue;
    const month = monthOf(m[2] ?? m[3]!);
    const y = month ? yearFor(ctx, month, Number(m[1] ?? m[4]), narrativeYear(ctx, text, m.index)) : null;
    if (y) last = `${y}-${pad(month)}`;
  }
  return last;
}

function addMonths(month: string, k: number): string {
  const t = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + k, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

function day(y: number, m: number, d: number): { date: string } | null {
  if (!m) return null;
  return valid(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}` } : { date: `${y}-${pad(m)}` };
}

function dayRange(ctx: DateContext, m: number, d1: number, d2: number, year: number | null, written: boolean): { date: string; dateEnd: string } | null {
  if (!m || d1 < 1 || d2 <= d1 || d2 > 31) return null;
  const y = written ? year : yearFor(ctx, m, d1, year);
  if (!y || !valid(y, m, d1) || !valid(y, m, d2)) return null;
  return { date: `${y}-${pad(m)}-${pad(d1)}`, dateEnd: `${y}-${pad(m)}-${pad(d2)}` };
}

/** "between October and February": the end month's year as written or the latest before publication, the start's before it. */
function monthSpan(ctx: DateContext, m1: number, y1: number | null, m2: number, y2: number | null, narrative: number | null): { date: string; dateEnd: string } | null {
  if (!m1 || !m2) return null;
  const end = y2 ?? (y1 !== null ? (m2 >= m1 ? y1 : y1 + 1) : yearFor(ctx, m2, null, narrative));
  if (!end) return null;
  const start = y1 ?? (m1 <= m2 ? end : end - 1);
  const date = `${start}-${pad(m1)}`;
  const dateEnd = `${end}-${pad(m2)}`;
  return dateEnd > date ? { date, dateEnd } : null;
}

/** The span from `month` (0: the whole year) of `year` to publication, at the precision the text gives. */
function onward(ctx: DateContext, month: number, year: number | null, written: boolean): { date: string; dateEnd: string } | null {
  const p = pubParts(ctx);
  const y = written || !month ? year : yearFor(ctx, month, null, year);
  if (!y || !p) return null;
  const date = month ? `${y}-${pad(month)}` : String(y);
  const dateEnd = month ? `${p[0]}-${pad(p[1])}` : String(p[0]);
  return dateEnd > date ? { date, dateEnd } : null;
}

function dayNoYear(ctx: DateContext, m: number, d: number, narrative: number | null): { date: string } | null {
  if (!m || d < 1 || d > 31) return null;
  const y = yearFor(ctx, m, d, narrative);
  if (!y) return null;
  return valid(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}` } : null;
}

function lastMonthNamed(ctx: DateContext, month: number): { date: string } | null {
  const p = pubParts(ctx);
  if (!p) return null;
  return { date: `${month < p[1] ? p[0] : p[0] - 1}-${pad(month)}` };
}

function rel(ctx: DateContext, offset: number, unit: "year" | "month"): { date: string } | null {
  const p = pubParts(ctx);
  if (!p) return null;
  if (unit === "year") return { date: String(p[0] + offset) };
  const t = new Date(Date.UTC(p[0], p[1] - 1 + offset, 1));
  return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}` };
}

function pastRange(ctx: DateContext, count: string, unit: string): { date: string; dateEnd: string } | null {
  const p = pubParts(ctx);
  const k = Number.isFinite(Number(count)) ? Number(count) : (WORD_NUMBERS[count.toLowerCase()] ?? 0);
  if (!p || !k) return null;
  if (unit.toLowerCase().startsWith("year")) return { date: String(p[0] - k), dateEnd: String(p[0]) };
  const t = new Date(Date.UTC(p[0], p[1] - 1 - k, 1));
  return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`, dateEnd: `${p[0]}-${pad(p[1])}` };
}

// Week-relative phrases are left to chrono, which knows the calendar arithmetic; weekdays and
// yesterday/today are common enough to resolve directly (chrono costs more than all other rules together).
const CHRONO_CUE = /\b(?:last week|this week|\d+ days? ago|a week ago|(?:last|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function dayOffset(ctx: DateContext, back: number): { date: string } | null {
  const p = pubParts(ctx);
  if (!p || p[2] === 31 && ctx.published?.length !== 10) return null;
  const t = new Date(Date.UTC(p[0], p[1] - 1, p[2] - back));
  return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` };
}

/**
 * "this week" (Monday to publication), "last week" (the Monday to Sunday before): the unit its first and last days
 * share — the month, else the year (GUIDELINES: Dates, the precision the text supports).
 */
function weekOf(ctx: DateContext, last: boolean): { date: string } | null {
  const p = pubParts(ctx);
  if (!p || ctx.published?.length !== 10) return null;
  const sinceMonday = (new Date(Date.UTC(p[0], p[1] - 1, p[2])).getUTCDay() + 6) % 7;
  const from = dayOffset(ctx, sinceMonday + (last ? 7 : 0))!.date;
  const to = dayOffset(ctx, last ? sinceMonday + 1 : 0)!.date;
  const unit = from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : null;
  return unit ? { date: unit } : null;
}

/** "two weeks ago": the day for days; weeks and months name only the month they fall in, years the year. */
function ago(ctx: DateContext, k: number, unit: string): { date: string } | null {
  const p = pubParts(ctx);
  if (!p || !k) return null;
  if (unit.startsWith("year")) return { date: String(p[0] - k) };
  if (unit.startsWith("month")) return rel(ctx, -k, "month");
  if (ctx.published?.length !== 10) return null;
  const d = dayOffset(ctx, unit.startsWith("week") ? 7 * k : k);
  return d && unit.startsWith("week") ? { date: d.date.slice(0, 7) } : d;
}

/** "said Tuesday": the most recent such day on or before publication (GUIDELINES: Dates). */
function weekday(ctx: DateContext, name: string): { date: string } | null {
  const p = pubParts(ctx);
  if (!p || ctx.published?.length !== 10) return null;
  const pubDay = new Date(Date.UTC(p[0], p[1] - 1, p[2])).getUTCDay();
  return dayOffset(ctx, (pubDay - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7);
}

const CHRONO_CUES = new RegExp(CHRONO_CUE.source, "gi");

/** Runs chrono on a small window around each cue: its cost grows with the text it reads. */
function chronoDates(text: string, ctx: DateContext): { index: number; length: number; date: string }[] {
  const p = pubParts(ctx);
  if (!p || !CHRONO_CUE.test(text)) return [];
  const out: { index: number; length: number; date: string }[] = [];
  for (const m of text.matchAll(CHRONO_CUES)) {
    const from = Math.max(0, m.index - 24);
    for (const d of chronoWindow(text.slice(from, m.index + m[0].length + 24), p)) {
      if (!out.some((o) => o.index === d.index + from)) out.push({ ...d, index: d.index + from });
    }
  }
  return out;
}

function chronoWindow(text: string, p: [number, number, number]): { index: number; length: number; date: string }[] {
  const ref = new Date(Date.UTC(p[0], p[1] - 1, p[2], 12));
  return chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).flatMap((r) => {
    const s = r.start;
    if (!s.isCertain("weekday") && !s.isCertain("day") && !/yesterday|today|tonight|ago|week/i.test(r.text)) return [];
    let d = s.date();
    // "said Tuesday": the most recent such day on or before publication.
    if (d.getTime() > ref.getTime() + 12 * 3600e3) d = new Date(d.getTime() - 7 * 86400e3);
    const date = /week/i.test(r.text) && !/ago/i.test(r.text)
      ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return [{ index: r.index, length: r.text.length, date }];
  });
}

// Counted from the last day the text named (GUIDELINES: dates resolved at document level): "two days later",
// "a week later", "the next day"; "a day earlier", "the day before"; "the same day", "hours later"; "five days
// after the bombing"; "within days" (only the month is fixed, like "days later").
const NUM = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)";
const RELATIVE = new RegExp(
  [
    `\\b(?:${NUM}\\s+)?(days?|weeks?)\\s+(later|afterwards|earlier)\\b`,
    `\\bthe\\s+(?:next|following)\\s+(day|morning|evening|night|week)\\b`,
    // "the day before" counts back only at a clause end: in "the day before he met X" it counts from the meeting.
    `\\bthe\\s+(?:day\\s+before|previous\\s+day|eve)(?=\\s*(?:[,.;:)]|$))`,
    `\\b(?:on\\s+)?(?:the\\s+same|that|later\\s+that|earlier\\s+that)\\s+(?:day|morning|afternoon|evening|night|week)\\b|\\b(?:hours|minutes)\\s+later\\b|\\b(?:earlier|later)\\s+in\\s+the\\s+day\\b|\\bwithin\\s+(?:hours|the\\s+hour|minutes)\\b`,
    // "five days after the bombing": the act named is most likely the last one dated, but not surely, so only
    // the month is kept.
    `\\b(?:${NUM}\\s+)?(days?|weeks?)\\s+(after|before)\\s+(?=(?:the|this|that|its|their)\\s)`,
    `\\bwithin\\s+(?:a\\s+few\\s+)?days\\b`,
    // "In the days that followed", "over the following weeks": like "days later", only the month of the day before.
    `\\b(?:in|over|during)\\s+the\\s+(?:(?:following|ensuing|subsequent)\\s+(?:few\\s+)?(?:days|weeks)|(?:days|weeks)\\s+that\\s+followed)\\b`,
  ].join("|"),
  "gi",
);
const COUNT: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function shift(anchor: string, days: number, monthOnly: boolean): string {
  const [y, m, d] = anchor.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  const month = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
  return monthOnly ? month : `${month}-${pad(t.getUTCDate())}`;
}

/** The date a relative phrase names, counted from `anchor` (a day), or null. */
function relative(m: RegExpExecArray, anchor: string): string | null {
  const [, n1, unit1, dir1, next, n5, unit5, dir5] = m;
  if (unit1) {
    const week = unit1.toLowerCase().startsWith("week");
    const sign = dir1!.toLowerCase() === "earlier" ? -1 : 1;
    // A bare "Days later" fixes only the month (GUIDELINES: Dates); weeks are too coarse for a day.
    if (n1 === undefined) return /s$/i.test(unit1) || week ? shift(anchor, sign * (week ? 7 : 0), true) : shift(anchor, sign, false);
    const k = COUNT[n1.toLowerCase()] ?? Number(n1);
    return shift(anchor, sign * k * (week ? 7 : 1), week);
  }
  // "the following week" fixes only the month, like "a week later".
  if (next) return next.toLowerCase() === "week" ? shift(anchor, 7, true) : shift(anchor, 1, false);
  if (unit5) {
    const week = unit5.toLowerCase().startsWith("week");
    // "days after the clash", like "days later", and "the day after the raid": only the month of the act named.
    if (n5 === undefined) return /^days?$/i.test(unit5) ? shift(anchor, /^day$/i.test(unit5) && dir5!.toLowerCase() === "after" ? 1 : /^day$/i.test(unit5) ? -1 : 0, true) : null;
    const k = COUNT[n5.toLowerCase()] ?? Number(n5);
    return shift(anchor, (dir5!.toLowerCase() === "before" ? -1 : 1) * k * (week ? 7 : 1), true);
  }
  const w = m[0].toLowerCase();
  // "the eve", "the day before" (not "the same evening").
  if (/\bbefore\b|previous|\beve\b/.test(w)) return shift(anchor, -1, false);
  // "within days", "that week", "the same week": the month of the day named.
  if (/days|week/.test(w)) return shift(anchor, 0, true);
  return anchor;
}

/** A time the narrative moves to: not a deadline, a span, a year naming a noun, a look back or a time to come. */
const isTimePoint = (d: DateMention, published: string | null): boolean =>
  !d.dateEnd && !d.deadline && !d.attributive && !d.lookBack && !d.bound && !d.carried && (!published || notBefore(published, d.date));

/**
 * The time told last before token `at` among `dates`, the anchor of "the next day", "two days later". A time coarser
 * than a day ("in May, …; the next day") fixes only itself (GUIDELINES: Dates, "Days later" → the month) unless it
 * lies before a day told earlier in the sentence: then it is a flashback ("retook on 5 May the town it lost in March")
 * and the day stays the anchor.
 */
function anchorIn(dates: readonly DateMention[], at: number, published: string | null): string | null {
  let day: string | null = null;
  let time: string | null = null;
  for (const d of dates) {
    if (d.end > at || !isTimePoint(d, published)) continue;
    time = d.date;
    if (d.date.length === 10) day = d.date;
  }
  return time && time.length < 10 && day && !notBefore(time, day) ? day : time;
}

/** Every match of a global pattern, without the copy of the pattern `matchAll` makes on each call. */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

// ", a day after missiles struck Erbil": a clause (not a noun phrase, counted from the act it names) after a dated one.
const DAYS_AFTER_CLAUSE = new RegExp(`,\\s+(?:just\\s+|only\\s+)?(?:${NUM}\\s+(days?|weeks?)|(hours|minutes))\\s+(after)\\s+(?!(?:the|this|that|these|those|its|their|his|her)\\s)`, "gi");

/**
 * "Iraq recalled its ambassador on Tuesday, a day after Iranian missiles struck Erbil": the act of the after-clause
 * came that many days before the date of the clause it follows (a week fixes only the month; "hours after", the same
 * day, like "hours later"). The date is put on the word "after", which opens the clause, so only the clause's acts
 * take it.
 */
function daysBeforeMain(work: string, tokens: readonly Token[], out: DateMention[]): void {
  for (const m of matches(DAYS_AFTER_CLAUSE, work)) {
    const at = m.index + m[0].toLowerCase().lastIndexOf("after");
    const range = tokenRange(tokens, at, at + 5);
    if (!range) continue;
    const main = out.filter((d) => d.end <= range[0] && d.date.length === 10 && !d.dateEnd && !d.deadline).at(-1);
    if (!main) continue;
    const week = m[2]?.toLowerCase().startsWith("week") ?? false;
    const k = m[3] ? 0 : (COUNT[m[1]!.toLowerCase()] ?? Number(m[1]));
    out.push({ start: range[0], end: range[1], date: shift(main.date, -k * (week ? 7 : 1), week), dateEnd: null, deadline: false, lookBack: true });
  }
  out.sort((a, b) => a.start - b.start);
}

// Words that place a sentence's acts relative to another act or time: such a sentence does not simply go on.
// The words of PLACED, for a token scan.
const PLACING = new Set(["after", "following", "since", "later", "then", "earlier", "previously", "afterwards", "subsequently", "before", "until", "when", "once", "response", "retaliation", "meanwhile"]);
const PLACED = /\b(?:after|following|since|later|then|earlier|previously|afterwards|subsequently|before|until|when|once|response|retaliation|meanwhile)\b/i;

// "After the strikes, …", "Following this attack, …": an opener naming an act told before, with no date of its own.
const AFTER_TOLD = /^\W*(?:After|Following)\s+(?:the|this|these|that|those)\s+[^,;:.]{1,40},/;
// "US officials have since warned …": after the last act told.
const HAVE_SINCE = /\b(?:has|have)\s+since\b/i;

/**
 * Acts placed only after the act told last and before publication (GUIDELINES: Dates, consequence rule and its
 * exception): when that act's day falls in the month of publication, the bounds fix the month. An opener gets a
 * bound on its first word (code-sentence turns it into the month for the clause after it); "have since" the month.
 */
function afterToldAct(text: string, tokens: readonly Token[], ctx: DateContext, out: DateMention[]): void {
  const last = ctx.lastDay;
  if (!last || !ctx.published || ctx.published.length < 7 || last.slice(0, 7) !== ctx.published.slice(0, 7)) return;
  if (AFTER_TOLD.test(text)) {
    const first = tokens.findIndex((t) => t.word);
    if (first >= 0) out.push({ start: first, end: first + 1, date: last, dateEnd: null, deadline: false, lookBack: true, bound: true });
    return;
  }
  const m = HAVE_SINCE.exec(text);
  const range = m ? tokenRange(tokens, m.index, m.index + m[0].length) : null;
  if (range) out.push({ start: range[1] - 1, end: range[1], date: last.slice(0, 7), dateEnd: null, deadline: false, lookBack: true });
}

const WITHIN_OF = new RegExp(`\\b(?:within|in\\s+the\\s+(?:first\\s+)?)\\s*${NUM}\\s+(days?|weeks?|months?)\\s+(?:of|after|since|following)\\b`, "gi");

/**
 * "Within seven weeks of the inauguration on 20 January 2025, Washington had …": the acts fell between that day
 * and seven weeks later (or publication, if sooner), so the date is the unit those bounds fix — the month, the
 * year, or nothing (GUIDELINES: Dates, bounds). The day named is the bound, not the date of the acts.
 */
function withinOf(text: string, tokens: readonly Token[], ctx: DateContext, out: DateMention[]): void {
  for (const m of matches(WITHIN_OF, text)) {
    const range = tokenRange(tokens, m.index, m.index + m[0].length);
    if (!range) continue;
    const i = out.findIndex((d) => d.start >= range[1] && d.start <= range[1] + 6 && d.date.length >= 7 && !d.dateEnd);
    if (i < 0) continue;
    const from = out[i]!;
    const k = COUNT[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase();
    const [y, mo, d] = from.date.split("-").map(Number) as [number, number, number?];
    const end = new Date(Date.UTC(y, mo - 1 + (unit.startsWith("month") ? k : 0), (d ?? 28) + (unit.startsWith("week") ? 7 * k : unit.startsWith("day") ? k : 0)));
    let last = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}`;
    if (ctx.published && ctx.published.slice(0, 7) < last) last = ctx.published.slice(0, 7);
    const date = last === from.date.slice(0, 7) ? last : last.slice(0, 4) === from.date.slice(0, 4) ? last.slice(0, 4) : null;
    if (date) out[i] = { ...from, start: range[0], date, dateEnd: null };
    else out.splice(i, 1);
  }
}

// Words that place an act against another time than the opening date ("…, and later …", "after the vote").
const OTHER_TIME = new Set(["after", "following", "before", "prompting", "prompted", "until", "when", "later", "earlier", "previously", "then", "afterwards", "subsequently", "since", ";"]);

/**
 * "Since early October, protesters have demanded …, and more than 400 have been killed by security forces": a
 * date that opens the sentence, and is its only date, dates every act the sentence reports after it, however long
 * the sentence — unless a word places an act at another time. Returns the dates for events starting at `starts`.
 */
export function openingDates(tokens: readonly Token[], dates: readonly DateMention[], starts: readonly number[]): (DateMention | null)[] {
  const d = dates.length === 1 ? dates[0]! : null;
  if (!d || d.deadline || d.attributive || d.bound || d.carried || d.lookBack) return starts.map(() => null);
  // Only list markers, "In", "On", "Since", "During" may come before it; a comma closes it.
  const lead = tokens.slice(0, d.start).every((t) => !t.word || /^(in|on|since|during|by|early|late|from|throughout)$/.test(t.norm));
  // A comma closes it, or a colon after a list item's date ("- 6 April: the ministers met …"), or the subject starts
  // right after it ("In February 2019 Trump said …, and Salih replied …").
  const after = tokens[d.end];
  if (!lead || !after || (after.norm !== "," && after.norm !== ":" && !after.word)) return starts.map(() => null);
  return starts.map((k) => (k > d.end && !tokens.slice(d.end, k).some((t) => OTHER_TIME.has(t.norm)) ? d : null));
}

// "would not stay beyond 1 November", "a budget for 2018": a bound or the period a thing covers, not the time of an act.
const DEADLINE_BEFORE = /\b(?:by|until|till|before|beyond|for|no later than)\s*$/i;

// Sentences with none of these are taken to hold no date expression (the cues above, when present, save the test).
const ANY_DATE = /\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|year|month|week|day|hours|minutes|yesterday|today|tonight/i;
const SURE_DATE_CUES = DIGIT | YEAR_WORD | MONTH_UNIT | DAY_WORD | WEEK_WORD | TONIGHT | SEASON_WORD;

// "Joint Statement of the United States and …", "Final communiqué of …": a title naming the document a statement.
const STATEMENT_TITLE = /^\W*(?:\S+\s+){0,3}(?:joint\s+statement|joint\s+declaration|communiqu[eé]|readout)\b/i;
const SEQUEL_WORDS = new Set(["then", "also"]);
const UNDER_IT = new Set(["it", "this", "that", "the", "its", "these"]);

/**
 * "Baghdad then summoned …", "The delegation also held talks …", "Under it, the two countries agreed …": the sentence
 * tells the next step, a parallel act or the content of the act told just before, so at the same unstated distance
 * as "days later" (GUIDELINES: Dates).
 */
function isSequel(text: string, tokens: readonly Token[]): boolean {
  if (!text.includes("then") && !text.includes("also") && !text.includes("Under")) return false;
  const first = tokens.findIndex((t) => t.word);
  if (first >= 0 && tokens[first]!.norm === "under" && UNDER_IT.has(tokens[first + 1]?.norm ?? "")) return true;
  return tokens.some((t) => SEQUEL_WORDS.has(t.norm));
}

/**
 * Finds and resolves the date expressions of one sentence; updates `ctx.lastYear` for later sentences.
 * @example findDates("In May 2018, Trump announced…", tokens, { published: "2025-03-19", lastYear: null }) // [{ date: "2018-05", … }]
 */
export function findDates(text: string, tokens: readonly Token[], ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  if (ctx.sequels && ctx.sentence !== undefined && isSequel(text, tokens)) ctx.sequels.add(ctx.sentence);
  if (ctx.sentence !== undefined && ctx.sentence < 2 && STATEMENT_TITLE.test(text)) ctx.statement = true;
  const before = ctx.lastTime ?? null;
  ctx.lastTime = null;
  const cues = cuesOf(text);
  // Without a sure cue or a month name no rule runs, so the full path below ends as this one does: ANY_DATE need not
  // be tested ('may'). With a month name alone, the gate is the one the month rules were written against.
  if (!(cues & (SURE_DATE_CUES | TIME_WORD)) && (!(cues & MONTH_NAME) || (!(cues & TIME_LOOSE) && !ANY_DATE.test(text))) && !(ctx.lastDay && (AFTER_TOLD.test(text) || HAVE_SINCE.test(text)))) {
    ctx.recentYear = null;
    if (ctx.recentDay && !PLACED.test(text)) out.push({ start: 0, end: 0, date: ctx.recentHeading ? ctx.recentDay : ctx.recentDay.slice(0, 7), dateEnd: null, deadline: false, carried: true });
    ctx.recentDay = null;
    ctx.recentHeading = false;
    return out;
  }
  let work = text;
  const push = (index: number, length: number, date: string, dateEnd: string | null): void => {
    const range = tokenRange(tokens, index, index + length);
    if (!range) return;
    const deadline = DEADLINE_BEFORE.test(text.slice(Math.max(0, index - 14), index));
    const attributive = /^\d{4}$/.test(date) && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, index - 6), index)) && /^\s+[a-z]/.test(text.slice(index + length, index + length + 3));
    const since = tokens[range[0]]!.norm === "since" ? range[0] : tokens[range[0] - 1]?.norm === "since" ? range[0] - 1 : -1;
    const sinceClause = since > 0 && tokens.slice(0, since).some((t) => t.word);
    out.push({ start: range[0], end: range[1], date, dateEnd, deadline, ...(attributive ? { attributive } : {}), ...(sinceClause ? { sinceClause } : {}) });
    work = work.slice(0, index) + " ".repeat(length) + work.slice(index + length);
  };
  for (const rule of RULES) {
    if (!(cues & rule.cue) || (rule.also !== undefined && (cues & rule.also) !== rule.also)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(work); m; m = rule.re.exec(work)) {
      const r = rule.make(m, ctx, text);
      if (r) push(m.index, m[0].length, r.date, r.dateEnd ?? null);
    }
  }
  if (cues & (DAY_WORD | WEEK_WORD)) for (const c of chronoDates(work, ctx)) push(c.index, c.length, c.date, null);
  out.sort((a, b) => a.start - b.start);
  for (const m of cues & TIME_WORD ? matches(RELATIVE, work) : []) {
    const range = tokenRange(tokens, m.index, m.index + m[0].length);
    if (!range) continue;
    // Else the time of the sentence before, else the last day told (GUIDELINES: Dates, resolved at document level).
    const anchor = anchorIn(out, range[0], ctx.published) ?? before ?? ctx.lastDay;
    const d = anchor ? (anchor.length === 10 ? relative(m, anchor) : anchor) : null;
    // A look back ("a day earlier") does not move the narrative on: later phrases still count from the anchor.
    if (d) out.push({ start: range[0], end: range[1], date: d, dateEnd: null, deadline: false, ...(d < anchor! ? { lookBack: true } : {}) });
  }
  out.sort((a, b) => a.start - b.start);
  if (cues & (DAY_WORD | WEEK_WORD | MONTH_UNIT)) withinOf(text, tokens, ctx, out);
  if (cues & TIME_WORD) daysBeforeMain(work, tokens, out);
  if (out.length === 0) afterToldAct(text, tokens, ctx, out);
  for (const d of out) {
    const y = Number(d.date.slice(0, 4));
    if (!d.dateEnd) ctx.lastYear = y;
    if (d.date.length === 10 && !d.lookBack) ctx.lastDay = d.date;
    if (d.date.length >= 7 && !d.dateEnd && !d.deadline && !d.lookBack) ctx.lastMonth = d.date.slice(0, 7);
  }
  ctx.lastTime = anchorIn(out, tokens.length, ctx.published);
  // Only a year written with its month ("in March 2020") sets the narrative year of the next sentence; a bare
  // year ("ties were cut in 2016") is background, and "on 10 March" then counts from publication.
  if (ctx.timeline && ctx.sentence !== undefined) noteTimes(ctx.timeline, ctx.sentence, tokens, out, ctx.published);
  const narrated = out.filter((d) => d.date.length >= 7 && !d.dateEnd && /(?:19|20)\d\d/.test(text.slice(tokens[d.start]!.start, tokens[d.end - 1]!.end)));
  ctx.recentYear = narrated.length ? Number(narrated.at(-1)!.date.slice(0, 4)) : null;
  const told = out.filter((d) => d.date.length >= 7 && isTimePoint(d, ctx.published));
  if (told.length && ctx.sentence !== undefined) {
    ctx.storyTime = told.at(-1)!.date;
    ctx.storyAt = ctx.sentence;
  }
  const days = out.filter((d) => d.date.length === 10 && !d.lookBack && !d.bound && !d.deadline);
  if (days.length) (ctx.daysTold ??= []).push({ text, at: days.map((d) => tokens[d.start]!.start), dates: days.map((d) => d.date) });
  const carried = out.length === 0 && ctx.recentDay && !PLACED.test(text) ? ctx.recentDay : null;
  ctx.recentDay = days.length && !isDateline(tokens, out, ctx.published) ? days.at(-1)!.date : null;
  // Under a heading that is only a day ("### 13 April") the act is of that day.
  const underHeading = carried !== null && ctx.recentHeading === true;
  ctx.recentHeading = ctx.recentDay !== null && out.length === 1 && tokens.every((t) => !t.word || (t.i >= out[0]!.start && t.i < out[0]!.end));
  if (carried) out.push({ start: 0, end: 0, date: underHeading ? carried : carried.slice(0, 7), dateEnd: null, deadline: false, carried: true });
  return out;
}

/** Whether date `a` is not before `b`, compared at the precision both have. */
const notBefore = (a: string, b: string): boolean => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) >= b.slice(0, n);
};

const DATELINE_WORDS = new Set(["posted", "updated", "published", "modified", "issued", "dated"]);

/**
 * "- March 19, 2025", "Updated April 16, 2024": a line that is only the publication date, or a date the line says
 * is the document's, dates the document, not its narrative. A heading "13 April" does scope what follows.
 */
function isDateline(tokens: readonly Token[], dates: readonly DateMention[], published: string | null): boolean {
  if (dates.length !== 1) return false;
  let other: Token | null = null;
  for (const t of tokens) {
    if (!t.word || (t.i >= dates[0]!.start && t.i < dates[0]!.end)) continue;
    if (other) return false;
    other = t;
  }
  return dates[0]!.date === published || (other !== null && DATELINE_WORDS.has(other.norm));
}

/** The times a sentence tells, for `narrativeDates`: "since October" opens a span, it is no point of the narrative. */
function noteTimes(timeline: TimePoint[], sentence: number, tokens: readonly Token[], dates: readonly DateMention[], published: string | null): void {
  for (const d of dates) {
    if (d.deadline || d.attributive || d.dateEnd || d.carried || d.bound || d.lookBack) continue;
    if (published && !notBefore(published, d.date)) continue;
    if (isDateline(tokens, dates, published)) return;
    const span = tokens[d.start]?.norm === "since" || tokens[d.start - 1]?.norm === "since";
    const heading = dates.length === 1 && tokens.every((t) => !t.word || (t.i >= d.start && t.i < d.end));
    timeline.push({ sentence, start: d.start, date: d.date, ...(span ? { span } : {}), ...(heading ? { heading } : {}) });
  }
}

/** An act as the document tells it, in text order: what narrative dating needs. */
export interface ToldAct {
  readonly sentence: number;
  readonly start: number;
  readonly date: string | null;
  readonly dateEnd: string | null;
  readonly speculative: boolean;
}

/**
 * Where an act stands in its sentence's narrative: `clause` is the first token of its clause (times told earlier in
 * the sentence, before that, bound it); null for a state or span rather than a step ("have urged", "are stationed").
 */
export interface NarrativeStep {
  readonly clause: number;
  /** "After the raid, …", "later": the sentence places its acts against another act (GUIDELINES: consequence rule). */
  readonly placed?: boolean;
}

// How far (in sentences) a told time bounds the undated acts after or before it.
const NARRATIVE_REACH = 12;
// How far before the text's first time a headline or lede may stand.
const OPENING_REACH = 3;

/** The day, month or year on which two dates agree, or null: the unit the bounds still fix (GUIDELINES: Dates). */
function commonUnit(from: string, to: string): string | null {
  for (const n of [10, 7, 4]) if (from.length >= n && to.length >= n && from.slice(0, n) === to.slice(0, n)) return from.slice(0, n);
  return null;
}

const beforeIn = (p: { sentence: number; start: number }, e: ToldAct): boolean => p.sentence < e.sentence || (p.sentence === e.sentence && p.start < e.start);

/**
 * "Late on 13 April Iran launched … . Nearly all were intercepted. US destroyers shot down 80 drones": an act the
 * text tells without a date of its own falls after the time told just before it and before the next later time
 * told (or publication). Where those bounds agree on a day or a month, the act takes it (GUIDELINES: Dates,
 * resolved at document level; the consequence rule's exception, "the bounds still fix a unit"); a year told alone
 * bounds at the year. A sequel (see `isSequel`) in the sentence right after its bound takes the bound's month, like
 * "days later"; an act under a heading that is only a date ("### 13 April") takes that date. Times are those of
 * dated acts and of `ctx.timeline` (headings, "In March, …").
 * `events` are in text order; `step` places each act in its sentence, or says it is no step of the narrative.
 */
export function narrativeDates<T extends ToldAct>(events: readonly T[], ctx: DateContext, step: (e: T) => NarrativeStep | null): T[] {
  const published = ctx.published;
  const timeline = ctx.timeline ?? [];
  const points: TimePoint[] = timeline.filter((p) => !p.span);
  const spans = new Set(timeline.filter((p) => p.span).map((p) => `${p.sentence}|${p.date}`));
  const steps = events.map(step);
  events.forEach((e, k) => {
    // "have attacked US forces since October" is a span, not a step of the narrative.
    if (e.speculative || !e.date || e.dateEnd || !steps[k] || (spans.size && spans.has(`${e.sentence}|${e.date}`))) return;
    if (!published || notBefore(published, e.date)) points.push({ sentence: e.sentence, start: e.start, date: e.date });
  });
  if (!points.length) return ctx.statement && published ? events.map((e, k) => (e.date || e.speculative || !steps[k] ? e : { ...e, date: published, dateEnd: null })) : [...events];
  points.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  let next = 0;
  return events.map((e, k) => {
    while (next < points.length && beforeIn(points[next]!, e)) next++;
    const here = steps[k];
    if (e.date || e.speculative || !here) return e;
    // A time earlier in the same clause that did not date the act belongs to another act ("condemned on Tuesday the
    // strikes that killed …"): only times of earlier clauses and sentences bound it.
    let last = next - 1;
    while (last >= 0 && points[last]!.sentence === e.sentence && points[last]!.start >= here.clause) last--;
    const low = last >= 0 ? points[last]! : null;
    if (!low) return opening(e, points, next, published);
    if (e.sentence - low.sentence > NARRATIVE_REACH) return e;
    // The latest time of the bounding sentence: an earlier one there is a flashback ("… since it began in November").
    let from = low.date;
    for (let j = last - 1; j >= 0 && points[j]!.sentence === low.sentence; j--) if (!notBefore(from, points[j]!.date)) from = points[j]!.date;
    const sequel = e.sentence - low.sentence === 1 && ctx.sequels?.has(e.sentence);
    const unit = low.heading ? low.date : bounded(from, points, next, e, published);
    // Bounds that agree only on the year are the weakest answer: a sequel's month or the statement's own date first.
    const date = (unit && unit.length > 4 ? unit : null) ?? (sequel ? from.slice(0, 7) : null);
    // The document's own statement (GUIDELINES: Dates, "performative acts of the document itself … take the
    // publication date").
    // A year alone is given only to an act the text does not place after another (the consequence rule keeps those
    // undated unless their month is fixed).
    const own = date ?? (ctx.statement && published ? published : null) ?? (here.placed ? null : unit);
    return own ? { ...e, date: own, dateEnd: null } : e;
  });
}

/** The unit shared by `from` and the next later time told after `e` (or publication). */
function bounded(from: string, points: readonly TimePoint[], next: number, e: ToldAct, published: string | null): string | null {
  let to = published;
  for (let j = next; j < points.length; j++) {
    const p = points[j]!;
    if (p.sentence - e.sentence > NARRATIVE_REACH) break;
    // A coarser time that holds the lower bound ("2024" after "13 April 2024") bounds nothing.
    if (notBefore(p.date, from) && !(p.date.length < from.length && from.startsWith(p.date))) {
      to = p.date;
      break;
    }
  }
  return to ? commonUnit(from, to) : null;
}

/**
 * "Turkey agrees to pause after Pence talks" above "Turkey agreed on Thursday …": a headline or lede told before the
 * text's first time is its latest news, between that time and publication.
 */
function opening<T extends ToldAct>(e: T, points: readonly TimePoint[], next: number, published: string | null): T {
  let first: TimePoint | null = null;
  for (let j = next; j < points.length && !first && points[j]!.sentence - e.sentence <= OPENING_REACH; j++) if (points[j]!.sentence > e.sentence) first = points[j]!;
  if (!published || !first) return e;
  const date = commonUnit(first.date, published);
  return date ? { ...e, date, dateEnd: null } : e;
}

const PERFECT = new Set(["have", "has", "'ve", "had", "'d"]);
const ONGOING = new Set(["is", "are", "remain", "remains", "remained", "continue", "continues"]);
// "said that it had downed missiles": reported speech shifts the past back a tense; the act is narrated all the same.
const REPORTING = new Set(["said", "says", "told", "announced", "claimed", "reported", "stated", "added", "confirmed", "that", "it", "they", "he", "she"]);
const BETWEEN = new Set(["also", "already", "long", "repeatedly", "since", "not", "never", "still", "been", "recently", "now", "so", "far", ","]);
const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–"]);

/**
 * Where the act whose verb is at `start` stands in the narrative (see `NarrativeStep`): "have urged", "had already
 * spent", "are stationed", "troops remain" tell states, spans or acts before the time told (GUIDELINES: Dates:
 * undated, ongoing), so the narrative's bounds do not date them.
 */
export function narrativeStep(tokens: readonly Token[], inDate: Uint8Array, start: number): NarrativeStep | null {
  const w = tokens[start]?.norm ?? "";
  if (ONGOING.has(w)) return null;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const t = tokens[k]!.norm;
    if (t === "had" || t === "'d") {
      if (!(REPORTING.has(tokens[k - 1]?.norm ?? "") && REPORTING.has(tokens[k - 2]?.norm ?? ""))) return null;
      break;
    }
    if (PERFECT.has(t) || ONGOING.has(t)) return null;
    if (!BETWEEN.has(t) && !t.endsWith("ly")) break;
  }
  let clause = start;
  while (clause > 0 && !(CLAUSE_BREAK.has(tokens[clause - 1]!.norm) && !inDate[clause - 1])) clause--;
  for (const t of tokens) if (PLACING.has(t.norm)) return { clause, placed: true };
  return { clause };
}
