/** @module `basira search`: full-text search over every stored sentence, best match first. */
import { InvalidInput } from "../../domain/errors.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";

export const search: Command = {
  name: "search",
  summary: "find sentences by their words (ranked, with snippets)",
  usage: 'basira search "TEXT" [--limit N] [--format table|json|jsonl|csv]',
  positionals: { min: 1, max: 1 },
  options: {
    limit: { type: "string", description: "how many hits (default 20)" },
    format: { type: "string", description: "table|json|jsonl|csv (default table)" },
  },
  async run(values, [text], ctx) {
    const format = maybeFormat(values.format);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new InvalidInput(`--limit must be a positive whole number (got "${String(values.limit)}")`);
    if (!/[\p{L}\p{N}]/u.test(text!)) throw new InvalidInput("search text has no words: give at least one word");
    const { store } = ctx.workbench();
    const pending = store.searchIndexPending();
    if (pending > 0) ctx.stderr.write(`indexing ${pending.toLocaleString("en")} new sentences for search…\n`);
    const hits = store.search(text!, limit);
    const rows = hits.map((h) => ({ ...h, document: format === "table" ? h.document.slice(0, 16) : h.document }));
    ctx.stdout.write(renderRows(rows, format, format === "table" ? ["document", "index", "snippet", "title"] : ["document", "title", "index", "span", "text", "snippet", "rank"]));
    return 0;
  },
};
