/** @module `basira network`: actors as nodes, directed edges weighted by QuadClass, as JSON, DOT, GraphML or a table. */
import { NetworkOptions } from "../../analysis/analysis-options.js";
import { networkDot, networkGraphml } from "../../analysis/network-formats.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { intFlag, parseFlags } from "../parse-flags.js";
import { analysisOf, WINDOW_FLAGS } from "./analysis-flags.js";

export const networkCommand: Command = {
  name: "network",
  summary: "the actor network: directed edges weighted by QuadClass, degree and weighted degree per actor",
  usage: "basira network [--from DATE] [--to DATE] [--dimension D] [--origin O] [--min-events N] [--format table|json|dot|graphml]",
  positionals: { min: 0, max: 0 },
  options: {
    ...WINDOW_FLAGS,
    dimension: { type: "string", description: "political|economic|military" },
    "min-events": { type: "string", description: "keep edges carrying at least N events (default 1)" },
    format: { type: "string", description: "table|json|dot|graphml (default table: the actors)" },
  },
  async run(values, _positionals, ctx) {
    const format = maybeFormat(values.format, ["table", "json", "dot", "graphml", "csv"]);
    const input = parseFlags(NetworkOptions, {
      from: values.from,
      to: values.to,
      origin: values.origin,
      dimension: values.dimension,
      minEvents: intFlag(values["min-events"], "min-events"),
    });
    const net = analysisOf(ctx).network(input);
    if (format === "json") ctx.stdout.write(JSON.stringify(net, null, 2) + "\n");
    else if (format === "dot") ctx.stdout.write(networkDot(net));
    else if (format === "graphml") ctx.stdout.write(networkGraphml(net));
    else if (format === "csv") {
      const rows = net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, q1: e.quadClass[1], q2: e.quadClass[2], q3: e.quadClass[3], q4: e.quadClass[4], net: e.net }));
      ctx.stdout.write(renderRows(rows, "csv"));
    } else {
      ctx.stdout.write(renderRows(net.nodes.map((n) => ({ actor: n.id, degree: n.degree, out: n.outDegree, in: n.inDegree, weighted_degree: n.weightedDegree, sent: n.outWeight, received: n.inWeight })), "table"));
      ctx.stderr.write(`${net.nodes.length} actors, ${net.edges.length} edges (--format json|dot|graphml for the edges)\n`);
    }
    return 0;
  },
};
