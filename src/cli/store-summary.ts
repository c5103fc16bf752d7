/** @module The text summary of what a store holds, printed by `npm start` and `basira status`. */
import type { Workbench } from "../workbench.js";

/** What the store holds: documents, sentences, events by dimension and year. */
export function storeSummary(wb: Workbench): string {
  const s = wb.store.stats();
  const years = [...new Set(s.byDimensionYear.map((r) => r.year))];
  const dims = ["political", "economic", "military"];
  const cell = (d: string, y: string): number => s.byDimensionYear.find((r) => r.dimension === d && r.year === y)?.events ?? 0;
  const lines = [
    `Basira store ${wb.store.path}`,
    `  ${s.documents} documents, ${s.sentences} sentences, ${s.footnotes} footnotes, ${s.events} events, ${s.quantities} figures`,
  ];
  if (years.length) {
    lines.push("", "  events by year and dimension", `  ${"year".padEnd(8)}${dims.map((d) => d.padStart(11)).join("")}${"total".padStart(8)}`);
    for (const y of years) {
      const row = dims.map((d) => cell(d, y));
      lines.push(`  ${y.padEnd(8)}${row.map((n) => String(n).padStart(11)).join("")}${String(row.reduce((a, b) => a + b, 0)).padStart(8)}`);
    }
  }
  if (s.byOrigin.length) lines.push("", `  by origin: ${s.byOrigin.map((o) => `${o.origin} ${o.events}`).join(", ")}`);
  return lines.join("\n");
}

