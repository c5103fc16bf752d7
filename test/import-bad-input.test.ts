// Bad rows go to the rejects file with file, line and reason (exit 1); --strict writes nothing of the
// file (exit 2); a file of the wrong dataset is refused with the right command named.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/cli.js";
import { count, FIXTURES, GDELT1, importJson } from "./import-helpers.js";

const BAD_GDELT = join(FIXTURES, "gdelt1-bad-lines.tsv");
const BAD_ACLED = join(FIXTURES, "acled-bad-rows.csv");

const rejectsOf = (file: string): { file: string; line: number; code: string; reason: string }[] =>
  readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));

describe("bad rows", () => {
  it("rejects each bad GDELT line kind with its line number, keeps the good ones, exits 1", async () => {
    const db = join(tempDir(), "bad.db");
    const { code, summary, stderr } = await importJson(db, "gdelt", [BAD_GDELT]);
    expect(code).toBe(1);
    expect(summary.results[0]!.counts).toMatchObject({ read: 6, added: 2, rejected: 4 });
    const rejects = rejectsOf(summary.rejectsFile);
    expect(summary.rejectsFile).toBe(`${db}.rejects.jsonl`);
    expect(rejects.map((r) => [r.line, r.code])).toEqual([
      [2, "wrong-column-count"],
      [3, "bad-date"],
      [4, "bad-goldstein"],
      [5, "unknown-cameo"],
    ]);
    expect(rejects.every((r) => r.file.endsWith("gdelt1-bad-lines.tsv") && r.reason.length > 0)).toBe(true);
    expect(stderr).toContain("4 rejected row(s)");
    expect(count(db, "SELECT count(*) FROM events")).toBe(2);
  });

  it("--strict stops at the first bad line with nothing of that file written, exit 2", async () => {
    const db = join(tempDir(), "strict.db");
    const { code, summary } = await importJson(db, "gdelt", [BAD_GDELT], ["--strict"]);
    expect(code).toBe(2);
    expect(summary.results[0]).toMatchObject({ status: "stopped" });
    expect(summary.results[0]!.counts).toMatchObject({ added: 0, rejected: 1 });
    expect(count(db, "SELECT count(*) FROM events")).toBe(0);
    expect(count(db, "SELECT count(*) FROM import_progress")).toBe(0);
    expect(rejectsOf(summary.rejectsFile).map((r) => r.line)).toEqual([2]);
  });

  it("--strict still imports a clean file in full", async () => {
    const db = join(tempDir(), "strict-ok.db");
    const { code, summary } = await importJson(db, "gdelt", [GDELT1], ["--strict"]);
    expect(code).toBe(0);
    expect(summary.results[0]!.counts).toMatchObject({ added: 710 });
  });

  it("rejects bad ACLED rows: bad date, non-numeric fatalities, wrong column count, unknown type", async () => {
    const db = join(tempDir(), "acled.db");
    const { code, summary } = await importJson(db, "acled", [BAD_ACLED]);
    expect(code).toBe(1);
    expect(summary.results[0]!.counts).toMatchObject({ read: 5, added: 1, rejected: 4 });
    expect(rejectsOf(summary.rejectsFile).map((r) => [r.line, r.code])).toEqual([
      [2, "bad-date"],
      [3, "bad-fatalities"],
      [4, "wrong-column-count"],
      [5, "unknown-event-type"],
    ]);
  });
});

describe("wrong file types", () => {
  it.each([
    ["gdelt", "acled-synthetic.csv", "basira import acled"],
    ["gdelt", "polecat-synthetic.jsonl", "basira import polecat"],
    ["gdelt", "polecat-synthetic.tsv", "basira import polecat"],
    ["acled", "gdelt1-daily-5.tsv", "basira import gdelt"],
    ["polecat", "gdelt2-mentions-5.csv", "basira import gdelt"],
    ["acled", "polecat-synthetic.tsv", "basira import polecat"],
  ])("`basira import %s %s` is refused, naming `%s`", async (dataset, file, right) => {
    const db = join(tempDir(), "wrong.db");
    const { code, summary, stderr } = await importJson(db, dataset, [join(FIXTURES, file)]);
    expect(code).toBe(2);
    expect(summary.results[0]).toMatchObject({ status: "refused" });
    expect(stderr).toContain(right);
    expect(count(db, "SELECT count(*) FROM events")).toBe(0);
  });

  it("refuses a file that is no dataset at all, and a missing file", async () => {
    const dir = tempDir();
    const db = join(dir, "x.db");
    const notes = join(FIXTURES, "..", "README.md");
    const { code, summary } = await importJson(db, "gdelt", [notes, join(dir, "missing.tsv")]);
    expect(code).toBe(2);
    expect(summary.results.map((r) => r.status)).toEqual(["refused", "failed"]);
  });

  it("an unknown dataset name is a usage error", async () => {
    const { code, stderr } = await importJson(join(tempDir(), "x.db"), "icews", [GDELT1]);
    expect(code).toBe(2);
    expect(stderr).toContain("gdelt, polecat, acled");
  });
});
