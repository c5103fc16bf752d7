/** @module Calendar periods (week, month, quarter, year) and the rollup grains they are built from. */
import { z } from "zod";

export const PERIODS = ["week", "month", "quarter", "year"] as const;
export const Period = z.enum(PERIODS);
export type Period = z.infer<typeof Period>;

/**
 * The grain a period is assembled from: weeks from week cells, the rest from month cells
 * (a month lies in exactly one quarter and one year; a week may straddle two months).
 */
export type Grain = "week" | "month";
export const grainOf = (by: Period): Grain => (by === "week" ? "week" : "month");

const DAY_MS = 86_400_000;
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** Adds `n` days to a YYYY-MM-DD day (UTC, so no daylight-saving drift). */
export const addDays = (day: string, n: number): string => toDay(msOf(day) + n * DAY_MS);

/** The Monday of the ISO week holding `day`. */
export function weekStart(day: string): string {
  const weekday = (new Date(msOf(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The grain key of a day: its month `YYYY-MM`, or the Monday `YYYY-MM-DD` of its week. */
export const grainKey = (day: string, grain: Grain): string => (grain === "week" ? weekStart(day) : day.slice(0, 7));

/** The period a grain key falls in: `2020-01` → `2020-Q1` by quarter, `2020` by year. */
export function periodOfKey(key: string, by: Period): string {
  if (by === "week" || by === "month") return key;
  if (by === "year") return key.slice(0, 4);
  return `${key.slice(0, 4)}-Q${Math.ceil(Number(key.slice(5, 7)) / 3)}`;
}

/** The period of a day, e.g. `periodOfDay("2020-01-03", "quarter")` → `"2020-Q1"`. */
export const periodOfDay = (day: string, by: Period): string => periodOfKey(grainKey(day, grainOf(by)), by);

/** First and last day of a period label. */
export function periodBounds(period: string, by: Period): { first: string; last: string } {
  switch (by) {
    case "week":
      return { first: period, last: addDays(period, 6) };
    case "month":
      return { first: `${period}-01`, last: addDays(nextPeriodFirst(period, by), -1) };
    case "quarter": {
      const month = (Number(period.slice(6)) - 1) * 3 + 1;
      const first = `${period.slice(0, 4)}-${String(month).padStart(2, "0")}-01`;
      return { first, last: addDays(nextPeriodFirst(period, by), -1) };
    }
    case "year":
      return { first: `${period}-01-01`, last: `${period}-12-31` };
  }
}

function nextPeriodFirst(period: string, by: Period): string {
  const year = Number(period.slice(0, 4));
  if (by === "week") return addDays(period, 7);
  if (by === "year") return `${year + 1}-01-01`;
  const month = by === "month" ? Number(period.slice(5, 7)) : (Number(period.slice(6)) - 1) * 3 + 1;
  const next = month + (by === "month" ? 1 : 3);
  return next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, "0")}-01`;
}

/** The period after `period`. */
export const nextPeriod = (period: string, by: Period): string => periodOfDay(nextPeriodFirst(period, by), by);

/** Every period from `first` to `last` inclusive, so empty periods show as zeros rather than vanish. */
export function periodRange(first: string, last: string, by: Period): string[] {
  const out: string[] = [];
  for (let p = first; p <= last; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** Whether a string is a valid period label for `by` (used to check `--explain PERIOD`). */
export function isPeriod(label: string, by: Period): boolean {
  const shape = { week: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ }[by];
  if (!shape.test(label)) return false;
  return by !== "week" || (!Number.isNaN(msOf(label)) && weekStart(label) === label);
}
