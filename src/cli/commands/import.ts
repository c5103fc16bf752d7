/** @module `basira import gdelt|polecat|acled FILE...`: imports event datasets with a summary per file. */
import { InvalidInput } from "../../domain/errors.js";
import { formatProblem } from "../../domain/problem.js";
import { importDatasets, type ImportProgressInfo } from "../../import-datasets.js";
import { DATASETS, type DatasetName } from "../../ingest/datasets/import-item.js";
import { EXIT, type CliContext, type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";

const COLUMNS = ["file", "format", "status", "read", "added", "present", "corroborated", "rejected", "skipped", "linked"];

export const importCommand: Command = {
  name: "import",
  summary: "import event datasets (GDELT 1.0/2.0, POLECAT, ACLED files; plain, .gz or .zip), mapped to PLOVER",
  usage: "basira import gdelt|polecat|acled FILE... [--strict] [--format table|json]",
  positionals: { min: 2 },
  options: {
    strict: { type: "boolean", description: "stop a file at its first bad row, writing nothing of it (exit 2)" },
    format: { type: "string", description: "table|json (default table)" },
  },
  async run(values, [dataset, ...files], ctx) {
    const format = maybeFormat(values.format, ["table", "json"]);
    if (!DATASETS.includes(dataset as DatasetName)) {
      throw new InvalidInput(`unknown dataset "${dataset}": use one of ${DATASETS.join(", ")}, e.g. basira import gdelt FILE`);
    }
    const bar = rateBar(ctx.stderr);
    const report = await importDatasets(ctx.workbench().store, dataset as DatasetName, files, {
      strict: values.strict === true,
      onProgress: bar.update,
      onIndexRebuild: bar.rebuilding,
    });
    bar.finish();
    for (const r of report.results) for (const p of r.problems.slice(0, 5)) ctx.stderr.write(`${p.code}: ${formatProblem(p)}\n`);
    const rows = report.results.map((r) => ({ file: r.file, format: r.format, status: r.status, ...r.counts }));
    if (format === "json") {
      ctx.stdout.write(`${JSON.stringify({ dataset: report.dataset, rejectsFile: report.rejectsFile, results: report.results }, null, 2)}\n`);
    } else {
      ctx.stdout.write(renderRows(rows, "table", COLUMNS));
    }
    const rejected = report.results.reduce((n, r) => n + r.counts.rejected, 0);
    if (rejected > 0) ctx.stderr.write(`${rejected} rejected row(s) listed in ${report.rejectsFile}\n`);
    const bad = report.results.filter((r) => r.status !== "imported");
    if (bad.length === report.results.length || report.results.some((r) => r.status === "stopped")) return EXIT.usage;
    return rejected > 0 || bad.length > 0 ? EXIT.partial : EXIT.ok;
  },
};

/** A one-line progress bar with rows/s and ETA (by bytes read), drawn on stderr only when it is a terminal. */
function rateBar(stderr: CliContext["stderr"]): { update: (p: ImportProgressInfo) => void; rebuilding: () => void; finish: () => void } {
  if (!stderr.isTTY) return { update: () => {}, rebuilding: () => {}, finish: () => {} };
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const update = (p: ImportProgressInfo): void => {
    const now = Date.now();
    if (now - last < 200 && p.bytesRead < p.size) return;
    last = now;
    const secs = Math.max(0.001, (now - started) / 1000);
    const frac = p.size > 0 ? Math.min(1, p.bytesRead / p.size) : 1;
    const eta = frac > 0 ? (secs / frac) * (1 - frac) : 0;
    const width = 24;
    const fill = Math.round(frac * width);
    const name = p.file.length > 30 ? `…${p.file.slice(-29)}` : p.file;
    stderr.write(
      `\r[${"#".repeat(fill)}${"-".repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}% ${p.rows.toLocaleString("en")} rows ` +
        `${Math.round(p.rows / secs).toLocaleString("en")} rows/s ETA ${clock(eta)} ${name}\x1b[K`,
    );
    drawn = true;
  };
  const rebuilding = (): void => {
    stderr.write("\rrebuilding the events indexes after the bulk load…\x1b[K");
    drawn = true;
  };
  return { update, rebuilding, finish: () => void (drawn && stderr.write("\r\x1b[K")) };
}

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, "0")}`;
