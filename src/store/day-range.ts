/** @module First and last day covered by a partial date ("2020-02" → 2020-02-01 … 2020-02-29). */

export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(d).padStart(2, "0")}`;
  }
  return date;
}
