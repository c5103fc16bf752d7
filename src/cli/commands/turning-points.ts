/** @module `basira turning-points A B`: where a dyad's net score shifts (PELT), with the events around each break. */
import { TurningPointOptions } from "../../analysis/analysis-options.js";
import { dyadChart } from "../../analysis/dyad-chart.js";
import { renderSvg } from "../../analysis/render-svg.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { intFlag, parseFlags } from "../parse-flags.js";
import { analysisOf, numberFlag, SERIES_FLAGS, seriesInput } from "./analysis-flags.js";

export const turningPointsCommand: Command = {
  name: "turning-points",
  summary: "turning points of a dyad: breaks in its net score series (PELT), with the events around each",
  usage:
    "basira turning-points A B [--by month] [--dimension D|each] [--from DATE] [--to DATE] [--origin O] [--normalise] [--penalty MBIC|BIC|NUMBER] [--min-segment N] [--around N] [--format table|json|svg]",
  positionals: { min: 2, max: 2 },
  options: {
    ...SERIES_FLAGS,
    penalty: { type: "string", description: "MBIC (β = 3·ln n, default), BIC (β = 2·ln n) or a number β" },
    "min-segment": { type: "string", description: "fewest periods between two breaks (default 2)" },
    around: { type: "string", description: "events listed around each break, strongest first (default 5)" },
    format: { type: "string", description: "table|json|svg (default table)" },
  },
  async run(values, positionals, ctx) {
    const format = maybeFormat(values.format, ["table", "json", "svg"]);
    const penalty = values.penalty === undefined ? undefined : /^(MBIC|BIC)$/i.test(String(values.penalty)) ? String(values.penalty).toUpperCase() : numberFlag(values.penalty, "penalty");
    const input = parseFlags(TurningPointOptions, {
      ...seriesInput(values, positionals),
      penalty,
      minSegment: intFlag(values["min-segment"], "min-segment"),
      around: intFlag(values.around, "around"),
    });
    const analysis = analysisOf(ctx);
    const reports = analysis.turningPoints(input);
    if (format === "json") {
      ctx.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
      return 0;
    }
    if (format === "svg") {
      const series = analysis.dyad(input);
      const points = reports.flatMap((r) => r.points);
      ctx.stdout.write(renderSvg(dyadChart(series, { measure: "net", turningPoints: points })));
      return 0;
    }
    for (const r of reports) {
      const m = r.method;
      ctx.stdout.write(
        `${r.a}–${r.b}${r.dimension ? ` (${r.dimension})` : ""}: ${m.method}, cost ${m.cost}, penalty ${m.penalty} β=${m.beta}, σ=${m.sigma} (${m.sigmaEstimate}), ` +
          `min segment ${m.minSegment}, ${m.n} ${r.by} periods, measure ${r.measure}\n`,
      );
      if (r.points.length === 0) ctx.stdout.write("no turning point found\n\n");
      for (const p of r.points) {
        ctx.stdout.write(`\nturning point ${p.period} (after ${p.previous}): mean ${r.measure} ${p.before} → ${p.after} (shift ${p.shift})\n`);
        ctx.stdout.write(renderRows(p.events.map((e) => ({ date: e.date, actor: e.actor, action: e.type, target: e.target, score: e.score, sentence: e.sentence ?? e.url })), "table"));
      }
      ctx.stdout.write("\n");
    }
    return 0;
  },
};
