/** @module `basira extract FILE`: prints the events coded from one text, Markdown or HTML file, touching no database. */
import { InvalidInput } from "../../domain/errors.js";
import { isPartialDate } from "../../domain/iso-date.js";
import { formatProblem } from "../../domain/problem.js";
import { GUIDELINES_SCOPE, parseScope } from "../../domain/scope.js";
import { toRecord } from "../../extract/event-record.js";
import { readDocument } from "../../ingest/read-document.js";
import { codeDocument } from "../../prepare-document.js";
import { EXIT, type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";

const TABLE_COLUMNS = ["date", "actor", "action", "target", "dimension", "modality", "quantity", "trigger", "confidence"];

export const extractCommand: Command = {
  name: "extract",
  summary: "print the events coded from a file (no database)",
  usage: "basira extract FILE [--published YYYY-MM-DD] [--scope CODES|all] [--format jsonl|json|table]",
  positionals: { min: 1, max: 1 },
  options: {
    published: { type: "string", description: "publication date YYYY[-MM[-DD]], the anchor for relative dates (default: the file's metadata)" },
    scope: { type: "string", description: `keep events with a side among these actor codes, or all (default ${GUIDELINES_SCOPE.join(",")})` },
    format: { type: "string", description: "jsonl|json|table (default table)" },
  },
  async run(values, args, ctx) {
    const format = maybeFormat(values.format, ["jsonl", "json", "table"]);
    const published = values.published === undefined ? undefined : String(values.published);
    if (published !== undefined && !isPartialDate(published)) {
      throw new InvalidInput(`--published must be a date YYYY[-MM[-DD]] (got "${published}")`);
    }
    const scope = values.scope === undefined ? GUIDELINES_SCOPE : parseScope(String(values.scope));
    if (scope === null) throw new InvalidInput(`--scope must be actor codes separated by commas, e.g. USA,IRQ,IRN, or all (got "${String(values.scope)}")`);
    const file = args[0]!;
    const read = readDocument(file, published ? { published } : {});
    for (const p of read.problems) ctx.stderr.write(`basira extract: ${formatProblem(p)}\n`);
    if (!read.ok) return EXIT.usage;
    if (!read.value.document.published) {
      ctx.stderr.write("basira extract: no publication date (pass --published): relative dates stay unresolved\n");
    }
    const coded = codeDocument(read.value, scope);
    for (const p of coded.problems) ctx.stderr.write(`basira extract: ${formatProblem(p)}\n`);
    const rows = coded.bundle.events.map((e) => ({ ...toRecord(e) }));
    ctx.stdout.write(renderRows(rows, format, format === "table" ? TABLE_COLUMNS : undefined));
    return coded.problems.some((p) => p.fatal) ? EXIT.partial : EXIT.ok;
  },
};
