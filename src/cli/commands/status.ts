/** @module `basira status`: what the store holds (documents, sentences, events by dimension and year). */
import { type Command } from "../command.js";
import { storeSummary } from "../store-summary.js";

export const status: Command = {
  name: "status",
  summary: "summarise what the store holds",
  usage: "basira status [--format table|json]",
  positionals: { min: 0, max: 0 },
  options: { format: { type: "string", description: "table|json (default table)" } },
  async run(values, _args, ctx) {
    const wb = ctx.workbench();
    ctx.stdout.write(values.format === "json" ? JSON.stringify(wb.store.stats(), null, 2) + "\n" : storeSummary(wb) + "\n");
    return 0;
  },
};
