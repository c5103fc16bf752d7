/** @module `basira dyad A B`: the trajectory of a relationship per period and direction, as a table, data or chart. */
import { DyadOptions } from "../../analysis/analysis-options.js";
import { dyadChart } from "../../analysis/dyad-chart.js";
import { seriesRows } from "../../analysis/dyad-series.js";
import { renderSvg } from "../../analysis/render-svg.js";
import { InvalidInput } from "../../domain/errors.js";
import { eventScore } from "../../analysis/event-score.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { parseFlags } from "../parse-flags.js";
import { analysisOf, SERIES_FLAGS, seriesInput } from "./analysis-flags.js";
import { eventRecord } from "./events.js";

export const dyadCommand: Command = {
  name: "dyad",
  summary: "a dyad's trajectory: events by QuadClass and type and net score per period and direction",
  usage:
    "basira dyad A B [--by week|month|quarter|year] [--dimension D|each] [--from DATE] [--to DATE] [--origin extracted|imported|all] [--normalise] [--explain PERIOD] [--measure net|mean|events] [--format table|json|csv|svg]",
  positionals: { min: 2, max: 2 },
  options: {
    ...SERIES_FLAGS,
    explain: { type: "string", description: "list the events behind one period (e.g. 2020-01, 2020-Q1, 2020)" },
    measure: { type: "string", description: "what the svg chart plots: net|mean|events (default net)" },
    format: { type: "string", description: "table|json|csv|svg (default table)" },
  },
  async run(values, positionals, ctx) {
    const format = maybeFormat(values.format, ["table", "json", "csv", "svg", ...(values.explain ? ["jsonl"] : [])]);
    const input = parseFlags(DyadOptions, seriesInput(values, positionals));
    const analysis = analysisOf(ctx);
    if (typeof values.explain === "string") {
      const events = analysis.explain(input, values.explain);
      const rows = events.map((e) => ({ ...eventRecord(e), score: eventScore(e) }));
      ctx.stdout.write(renderRows(rows, format === "svg" ? "table" : format, format === "table" || format === "svg" ? ["date", "actor", "action", "target", "quad_class", "score", "origin", "sentence"] : undefined));
      return 0;
    }
    const series = analysis.dyad(input);
    if (format === "svg") {
      const measure = values.measure === undefined ? "net" : String(values.measure);
      if (!["net", "mean", "events"].includes(measure)) throw new InvalidInput(`--measure must be net, mean or events (got "${measure}")`);
      ctx.stdout.write(renderSvg(dyadChart(series, { measure: measure as "net" | "mean" | "events" })));
      return 0;
    }
    if (format === "json") {
      ctx.stdout.write(JSON.stringify(series.length === 1 ? series[0] : series, null, 2) + "\n");
      return 0;
    }
    ctx.stdout.write(renderRows(series.flatMap(seriesRows), format));
    for (const s of series) {
      const note = [s.imprecise ? `${s.imprecise} events dated more coarsely than a ${s.by}` : "", s.undated ? `${s.undated} undated` : ""].filter(Boolean).join(", ");
      if (note && format === "table") ctx.stderr.write(`note${s.dimension ? ` (${s.dimension})` : ""}: not placed in any period: ${note}\n`);
    }
    return 0;
  },
};
