/** @module `basira compare A B --periods R1,R2`: periods side by side: counts, net score and top event types. */
import { CompareOptions } from "../../analysis/analysis-options.js";
import { InvalidInput } from "../../domain/errors.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { intFlag, parseFlags } from "../parse-flags.js";
import { analysisOf, WINDOW_FLAGS } from "./analysis-flags.js";

export const compareCommand: Command = {
  name: "compare",
  summary: "compare a dyad across periods: counts, net score and top event types side by side",
  usage: "basira compare A B --periods 2017-01-20..2021-01-20,2021-01-20..2025-01-20 [--dimension D] [--origin O] [--top N] [--format table|json|csv]",
  positionals: { min: 2, max: 2 },
  options: {
    periods: { type: "string", description: "comma-separated half-open ranges FROM..TO (TO itself not included)" },
    dimension: { type: "string", description: "political|economic|military" },
    origin: WINDOW_FLAGS.origin!,
    top: { type: "string", description: "event types listed per period and direction (default 3)" },
    format: { type: "string", description: "table|json|csv (default table)" },
  },
  async run(values, [a, b], ctx) {
    const format = maybeFormat(values.format, ["table", "json", "csv"]);
    if (typeof values.periods !== "string") throw new InvalidInput("--periods is required, e.g. --periods 2017-01-20..2021-01-20,2021-01-20..2025-01-20");
    const input = {
      a,
      b,
      periods: values.periods.split(",").map((p) => p.trim()),
      dimension: values.dimension,
      origin: values.origin,
      top: intFlag(values.top, "top"),
    };
    // Flag-shaped errors here; the service parses again, from the range strings (parsing makes them objects).
    const parsed = parseFlags(CompareOptions, input);
    const summaries = analysisOf(ctx).compare({ ...parsed, periods: input.periods });
    if (format === "json") {
      ctx.stdout.write(JSON.stringify(summaries, null, 2) + "\n");
      return 0;
    }
    const rows = summaries.flatMap((s) =>
      (["forward", "backward"] as const).map((d) => {
        const f = s.directions[d];
        return {
          period: s.label,
          direction: d === "forward" ? `${a}→${b}` : `${b}→${a}`,
          events: f.events,
          per_month: f.perMonth,
          q1: f.quadClass[1],
          q2: f.quadClass[2],
          q3: f.quadClass[3],
          q4: f.quadClass[4],
          net: f.net,
          mean: f.mean,
          top_types: f.topTypes.map((t) => `${t.type}:${t.events}`).join(" "),
        };
      }),
    );
    ctx.stdout.write(renderRows(rows, format));
    return 0;
  },
};
