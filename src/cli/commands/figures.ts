/** @module `basira figures`: quantities the sources state (troops, money) as time series, each point with its source. */
import { FigureOptions } from "../../analysis/analysis-options.js";
import { figureChart } from "../../analysis/dyad-chart.js";
import { figureRows } from "../../analysis/figures.js";
import { renderSvg } from "../../analysis/render-svg.js";
import { NotFound } from "../../domain/errors.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { parseFlags } from "../parse-flags.js";
import { analysisOf } from "./analysis-flags.js";

export const figuresCommand: Command = {
  name: "figures",
  summary: "figures over time (troop levels, money): one series per subject, measure and unit, each point sourced",
  usage: "basira figures [--subject USA.MILITARY] [--measure troops] [--format table|json|csv|svg]",
  positionals: { min: 0, max: 0 },
  options: {
    subject: { type: "string", description: "actor code the figure is about (matches sub-codes)" },
    measure: { type: "string", description: "troops, funds, trade, killed, share …" },
    format: { type: "string", description: "table|json|csv|svg (default table)" },
  },
  async run(values, _positionals, ctx) {
    const format = maybeFormat(values.format, ["table", "json", "csv", "svg"]);
    const input = parseFlags(FigureOptions, { subject: values.subject, measure: values.measure });
    const series = analysisOf(ctx).figures(input);
    if (format === "json") ctx.stdout.write(JSON.stringify(series, null, 2) + "\n");
    else if (format === "svg") {
      const first = series.find((s) => s.points.length > 0);
      if (!first) throw new NotFound("no dated figures match: nothing to chart");
      if (series.length > 1) ctx.stderr.write(`charting ${first.subject ?? "—"} ${first.measure} (${first.unit}); narrow with --subject and --measure to chart another\n`);
      ctx.stdout.write(renderSvg(figureChart(first)));
    } else {
      const rows = figureRows(series);
      ctx.stdout.write(renderRows(rows, format, format === "table" ? ["subject", "measure", "date", "value", "unit", "text", "sentence"] : undefined));
    }
    return 0;
  },
};
