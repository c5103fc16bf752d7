/** @module The event score as a SQL expression, generated from the codebooks so SQL and `eventScore` agree. */
import { CAMEO } from "../domain/cameo.js";
import { PLOVER, PLOVER_TYPES } from "../domain/plover.js";

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function cameoCase(expr: string, length: number): string {
  const whens = [...CAMEO.values()]
    .filter((c) => c.code.length === length && c.goldstein !== null)
    .map((c) => `WHEN ${lit(c.code)} THEN ${c.goldstein}`);
  return whens.length ? `CASE ${expr} ${whens.join(" ")} END` : "NULL";
}

/**
 * SQL for the score of an event row (mirrors `eventScore` in src/analysis/event-score.ts):
 * stored intensity, else the CAMEO code's Goldstein (code, then 3- and 2-digit parents), else the
 * PLOVER type's intensity. Column names can be qualified with `prefix` ("e." for a joined table).
 */
export function scoreSql(prefix = ""): string {
  const cameo = `${prefix}cameo`;
  const goldstein = `coalesce(${cameoCase(`substr(${cameo}, 1, 4)`, 4)}, ${cameoCase(`substr(${cameo}, 1, 3)`, 3)}, ${cameoCase(`substr(${cameo}, 1, 2)`, 2)})`;
  const plover = `CASE ${prefix}type ${PLOVER_TYPES.map((t) => `WHEN ${lit(t)} THEN ${PLOVER[t].intensity}`).join(" ")} ELSE 0 END`;
  return `coalesce(${prefix}intensity, CASE WHEN ${cameo} IS NOT NULL THEN ${goldstein} END, ${plover})`;
}

/** SQL for the grain key of a day column: the month `YYYY-MM`, or the Monday of the week; '' when null. */
export function grainKeySql(grain: "M" | "W", column: string): string {
  return grain === "M" ? `coalesce(substr(${column}, 1, 7), '')` : `coalesce(date(${column}, '-6 days', 'weekday 1'), '')`;
}
