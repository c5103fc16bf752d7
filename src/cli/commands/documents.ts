/** @module `basira documents`: lists the stored documents. */
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";

export const documents: Command = {
  name: "documents",
  summary: "list the stored documents",
  usage: "basira documents [--format table|json|jsonl|csv]",
  positionals: { min: 0, max: 0 },
  options: { format: { type: "string", description: "table|json|jsonl|csv (default table)" } },
  async run(values, _args, ctx) {
    const format = maybeFormat(values.format);
    const rows = ctx.workbench().store.listDocuments();
    const shown = format === "table" ? rows.map((r) => ({ ...r, id: r.id.slice(0, 16) })) : rows;
    ctx.stdout.write(renderRows(shown, format, ["id", "published", "language", "kind", "sentences", "events", "title"]));
    return 0;
  },
};
