/** @module "On the day of the invasion", "the day the war began": the day of an act the text dated before, found by its name. */

/** A sentence that named a day, kept so a later "the day of the X" can find X's day. */
export interface DayTold {
  readonly text: string;
  /** Character offsets of the days named, in `dates` order. */
  readonly at: readonly number[];
  readonly dates: readonly string[];
}

// "On the day of the invasion", "the eve of the vote", "the day after the raid", "the day the war began", "in the
// first days of the war", "the first hours of his detention".
export const DAY_OF_EVENT = /\b(?:on\s+|in\s+)?the\s+(?:(first)\s+)?(day|eve|night|morning|evening|days|hours|weeks)\s+(?:(of|after|before)\s+(?:the|his|her|its|their)\s+([A-Za-z][a-z-]+)|(?:that\s+)?the\s+([a-z]+)\s+(?:began|started|broke\s+out|erupted))\b/g;

// Names of a war told by other words: "the day the war began" is the day "the fighting broke out".
const WAR = new Set(["war", "fighting", "conflict", "hostilities", "clashes", "offensive"]);
const WAR_RE = /\b(?:war|fighting|conflict|hostilities|clashes|offensive)\b/gi;
const BEGIN = /\b(?:began|begun|begin|begins|started|starts|broke out|erupted|launched|opened)\b/i;
// How many day-naming sentences back the act may be told.
const REACH = 40;
// How far (in characters) from its name the act's day must be written: a name further off is another mention.
const NEAR = 60;

/** The pattern that finds the act's name in an earlier sentence: its stem ("invasion" → "invaded"), war's synonyms. */
function namePattern(name: string): RegExp {
  const n = name.toLowerCase();
  if (WAR.has(n)) return WAR_RE;
  const stem = n.length > 5 ? n.slice(0, Math.max(4, n.length - 4)) : n;
  return new RegExp(`\\b${stem.replace(/[^a-z]/g, "")}${n.length > 5 ? "" : "\\b"}`, "gi");
}

/** `day` moved by `k` days. */
function addDays(day: string, k: number): string {
  const t = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + k));
  return t.toISOString().slice(0, 10);
}

/**
 * The day a match of DAY_OF_EVENT names: the day written nearest the act's name (within NEAR characters) in the last sentence that names both
 * (GUIDELINES: Dates, resolved at document level; all mentions of one event carry one date), or null.
 */
export function dayOfEvent(m: RegExpExecArray, told: readonly DayTold[] | undefined): { date: string } | null {
  if (!told?.length) return null;
  const [, first, unit, rel, named, began] = m;
  // "the days after the raid", "the weeks before the vote": no unit the text fixes; "the first days of …" its month.
  const many = unit === "days" || unit === "weeks";
  if ((many || unit === "hours") && (!first || rel !== "of")) return null;
  const re = namePattern((named ?? began)!);
  for (let k = told.length - 1; k >= 0 && told.length - k <= REACH; k--) {
    const s = told[k]!;
    re.lastIndex = 0;
    let best: string | null = null;
    let gap = NEAR + 1;
    for (let w = re.exec(s.text); w; w = re.exec(s.text)) {
      s.at.forEach((at, j) => {
        if (Math.abs(at - w!.index) < gap) [gap, best] = [Math.abs(at - w!.index), s.dates[j]!];
      });
    }
    // "the day the offensive started" is the day its start was told, not the day it was suspended.
    if (best === null || (began && !BEGIN.test(s.text))) continue;
    const shift = rel === "after" ? 1 : rel === "before" || unit === "eve" ? -1 : 0;
    const day: string = shift ? addDays(best, shift) : best;
    return { date: many ? day.slice(0, 7) : day };
  }
  return null;
}
