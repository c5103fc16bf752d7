/** @module `basira ingest`: reads documents into the store, one transaction per document. */
import { InvalidInput } from "../../domain/errors.js";
import { DayDate } from "../../domain/iso-date.js";
import { formatProblem } from "../../domain/problem.js";
import { GUIDELINES_SCOPE, parseScope } from "../../domain/scope.js";
import { IngestOverrides } from "../../ingest/read-document.js";
import { EXIT, type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { progressBar } from "../progress-bar.js";

export const ingest: Command = {
  name: "ingest",
  summary: "read reports and articles (.txt, .md, .html) into the store and extract their events",
  usage: "basira ingest FILE|DIR... [--published YYYY-MM-DD] [--title T] [--source S] [--lang en|ar] [--scope CODES|all]",
  positionals: { min: 1 },
  options: {
    published: { type: "string", description: "publication date YYYY-MM-DD (overrides the file's)" },
    title: { type: "string", description: "title (overrides the file's)" },
    source: { type: "string", description: "where the document came from (overrides the path)" },
    lang: { type: "string", description: "language: en or ar (overrides detection)" },
    scope: { type: "string", description: `keep events with a side among these actor codes, or all (default ${GUIDELINES_SCOPE.join(",")})` },
    "skip-extraction": { type: "boolean", description: "store the text only, without coding events" },
    format: { type: "string", description: "table|json|jsonl|csv (default table)" },
  },
  async run(values, paths, ctx) {
    const format = maybeFormat(values.format);
    if (values.published !== undefined && !DayDate.safeParse(values.published).success) {
      throw new InvalidInput(`--published "${String(values.published)}" is not a date: use YYYY-MM-DD, e.g. --published 2025-03-19`);
    }
    if (values.lang !== undefined && values.lang !== "en" && values.lang !== "ar") {
      throw new InvalidInput(`--lang "${String(values.lang)}" is not supported: use en or ar`);
    }
    const scope = values.scope === undefined ? GUIDELINES_SCOPE : parseScope(String(values.scope));
    if (scope === null) throw new InvalidInput(`--scope must be actor codes separated by commas, e.g. USA,IRQ,IRN, or all (got "${String(values.scope)}")`);
    const overrides = IngestOverrides.parse({ published: values.published, title: values.title, source: values.source, lang: values.lang });
    const bar = progressBar(ctx.stderr);
    const report = await ctx.workbench().ingest(paths, overrides, (done, total, file) => bar.update(done, total, file), {
      extract: !values["skip-extraction"],
      scope,
    });
    bar.finish();
    for (const p of [...report.problems, ...report.results.flatMap((r) => r.problems)]) {
      ctx.stderr.write(`${p.fatal ? "error" : "warning"}: ${formatProblem(p)}\n`);
    }
    const rows = report.results.map((r) => ({
      status: r.status,
      id: format === "table" && r.id ? r.id.slice(0, 16) : r.id,
      title: r.title,
      sentences: r.sentences,
      events: r.events,
      file: r.file,
    }));
    ctx.stdout.write(renderRows(rows, format, ["status", "id", "title", "sentences", "events", "file"]));
    const rejected = report.results.filter((r) => r.status === "rejected").length + report.problems.length;
    const accepted = report.results.length - report.results.filter((r) => r.status === "rejected").length;
    if (format === "table" && report.results.length + report.problems.length > 1) {
      const added = report.results.filter((r) => r.status === "added").length;
      ctx.stderr.write(`${added} added, ${accepted - added} unchanged, ${rejected} rejected\n`);
    }
    if (report.searchIndexPending > 0) {
      ctx.stderr.write(`note: ${report.searchIndexPending.toLocaleString("en")} sentences will be indexed for search by the next \`basira search\`\n`);
    }
    // Nothing stored and something rejected: nothing was done.
    if (accepted === 0) return EXIT.usage;
    return rejected > 0 ? EXIT.partial : EXIT.ok;
  },
};
