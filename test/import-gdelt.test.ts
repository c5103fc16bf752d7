// GDELT import: the real samples (1.0 daily, 1.0 back-file, 2.0 export, 2.0 mentions), plain, .gz and
// .zip, field round trip through `basira events`, idempotency, and the CAMEO/actor mappings.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { Event } from "../src/domain/event.js";
import { cameoToPlover } from "../src/ingest/datasets/gdelt/cameo-plover.js";
import { gdeltActor } from "../src/ingest/datasets/gdelt/gdelt-actor.js";
import { runCli, tempDir } from "./helpers/cli.js";
import { count, GDELT1, GDELT2, importJson, lineCount, MENTIONS } from "./import-helpers.js";

describe("basira import gdelt on the real samples", () => {
  it("imports 1.0 (daily and back-file layouts) and 2.0 with 0 rejects; rows = lines", async () => {
    const db = join(tempDir(), "g.db");
    const { code, summary } = await importJson(db, "gdelt", [GDELT1, GDELT2]);
    expect(code).toBe(0);
    const [v1, v2] = summary.results;
    expect(v1!.counts).toMatchObject({ read: lineCount(GDELT1), added: 710, rejected: 0 });
    expect(v2!.counts).toMatchObject({ read: lineCount(GDELT2), added: 1592, rejected: 0 });
    expect(count(db, "SELECT count(*) FROM events WHERE origin = 'imported:gdelt'")).toBe(710 + 1592);
    expect(count(db, "SELECT count(*) FROM events WHERE origin = 'imported:gdelt' AND url IS NULL")).toBe(201); // back-file rows
  });

  it("keeps a row's fields through `basira events --format json`", async () => {
    const db = join(tempDir(), "g.db");
    await importJson(db, "gdelt", [GDELT1, GDELT2]);
    const run = await runCli(["events", "--db", db, "--origin", "imported:gdelt", "--format", "json", "--limit", "10000"]);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(2302);
    // 1.0 daily line 2: 564111654 20150729 … GOV CABINET … EventCode 0834, QuadClass 2, Goldstein 5.0
    expect(rows.find((r) => r.source_id === "564111654")).toMatchObject({
      date: "2015-07-29", actor: "GOV", target: null, action: "CONCEDE", cameo: "0834", intensity: 5, quad_class: 2,
      origin: "imported:gdelt", url: "http://www.dailyexcelsior.com/1-addl-tax-dropped-gst-bill/", confidence: 0.5, source_count: 1,
    });
    // 2.0 line 1: 669666350 20070704, no Actor1, Actor2 CVL NEIGHBORHOOD, 040, QuadClass 1, Goldstein 1.0
    expect(rows.find((r) => r.source_id === "669666350")).toMatchObject({
      date: "2007-07-04", actor: "UNK", target: "CVL", action: "CONSULT", cameo: "040", intensity: 1, quad_class: 1,
      url: "http://www.cvilletomorrow.org/news/article/27698-riverbend-planning-major-belmont-development/",
    });
    // Back-file line: 1553729 19820102 USA AMERICAN … SLV … 190, QuadClass 4, Goldstein -10, no SOURCEURL.
    expect(rows.find((r) => r.source_id === "1553729")).toMatchObject({
      date: "1982-01-02", actor: "USA", target: "SLV", action: "ASSAULT", cameo: "190", intensity: -10, quad_class: 4,
      dimension: "military", url: null,
    });
  });

  it("stores events that pass the domain schema (rows are built without zod on the hot path)", async () => {
    const db = join(tempDir(), "g.db");
    await importJson(db, "gdelt", [GDELT1]);
    const run = await runCli(["events", "--db", db, "--format", "jsonl", "--limit", "10000"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(710); // the events listing decodes each row with Event.parse
  });

  it("reads .gz and .zip files as GDELT ships them", async () => {
    const dir = tempDir();
    const text = readFileSync(GDELT1);
    writeFileSync(join(dir, "20160728.export.CSV.gz"), gzipSync(text));
    writeFileSync(join(dir, "20160728.export.CSV.zip"), zipSync({ "20160728.export.CSV": new Uint8Array(text) }));
    const gz = await importJson(join(dir, "gz.db"), "gdelt", [join(dir, "20160728.export.CSV.gz")]);
    const zip = await importJson(join(dir, "zip.db"), "gdelt", [join(dir, "20160728.export.CSV.zip")]);
    expect(gz.summary.results[0]!.counts).toMatchObject({ read: 710, added: 710, rejected: 0 });
    expect(zip.summary.results[0]!.counts).toMatchObject({ read: 710, added: 710, rejected: 0 });
  });

  it("reports a truncated .gz as failed and still imports the next file", async () => {
    const dir = tempDir();
    const gz = gzipSync(readFileSync(GDELT1));
    writeFileSync(join(dir, "cut.export.CSV.gz"), gz.subarray(0, Math.floor(gz.length / 2)));
    const { code, summary } = await importJson(join(dir, "cut.db"), "gdelt", [join(dir, "cut.export.CSV.gz"), GDELT2]);
    expect(code).toBe(1);
    expect(summary.results.map((r) => r.status)).toEqual(["failed", "imported"]);
    expect(summary.results[1]!.counts).toMatchObject({ added: 1592 });
  });

  it("is idempotent: importing twice adds nothing", async () => {
    const dir = tempDir();
    const db = join(dir, "g.db");
    const file = join(dir, "copy.tsv");
    copyFileSync(GDELT1, file);
    await importJson(db, "gdelt", [file]);
    const again = await importJson(db, "gdelt", [file]);
    expect(again.code).toBe(0);
    expect(again.summary.results[0]!.counts).toMatchObject({ read: 710, added: 0, present: 710 });
    expect(count(db, "SELECT count(*) FROM events")).toBe(710);
  });

  it("tells the three layouts apart per line, in one file; skips a header line; accepts an empty file", async () => {
    const dir = tempDir();
    const fixtures = join(import.meta.dirname, "fixtures/datasets");
    const mixed = ["gdelt2-events-4.tsv", "gdelt1-daily-5.tsv", "gdelt1-backfile-3.tsv"].map((f) => readFileSync(join(fixtures, f), "utf8")).join("");
    const header = ["GLOBALEVENTID", "SQLDATE", ...Array.from({ length: 56 }, (_, i) => `C${i}`)].join("\t");
    writeFileSync(join(dir, "mixed.tsv"), `${header}\n${mixed}`);
    writeFileSync(join(dir, "empty.export.CSV"), "");
    const { code, summary } = await importJson(join(dir, "m.db"), "gdelt", [join(dir, "mixed.tsv"), join(dir, "empty.export.CSV")]);
    expect(code).toBe(0);
    expect(summary.results[0]!.counts).toMatchObject({ added: 12, rejected: 0, skipped: 1 });
    expect(summary.results[1]).toMatchObject({ status: "imported", counts: { read: 0 } });
  });

  it("imports 2.0 mentions and links them to their events", async () => {
    const dir = tempDir();
    const db = join(dir, "m.db");
    // The sample's mentions do not join the sample's events, so give one event a mentioned id.
    const first = readFileSync(MENTIONS, "utf8").split("\n")[1]!.split(",")[0]!;
    const line = readFileSync(GDELT2, "utf8").split("\n")[0]!.split("\t");
    line[0] = first;
    writeFileSync(join(dir, "one-event.tsv"), `${line.join("\t")}\n`);
    await importJson(db, "gdelt", [join(dir, "one-event.tsv")]);
    const { code, summary } = await importJson(db, "gdelt", [MENTIONS]);
    expect(code).toBe(0);
    expect(summary.results[0]).toMatchObject({ format: "gdelt-mentions", status: "imported" });
    expect(summary.results[0]!.counts.read).toBe(lineCount(MENTIONS) - 1); // minus the header
    expect(summary.results[0]!.counts.rejected).toBe(0);
    expect(summary.results[0]!.counts.linked).toBeGreaterThanOrEqual(1);
    const linked = count(
      db,
      "SELECT count(*) FROM event_mentions m JOIN events e ON e.origin = m.origin AND e.source_id = m.event_source_id",
    );
    expect(linked).toBeGreaterThanOrEqual(1);
  });
});

describe("GDELT mappings", () => {
  it.each([
    [{ code: "IRQMIL", name: "IRAQ", country: "IRQ", knownGroup: "", type1: "MIL", type2: "" }, "IRQ.MILITARY"],
    [{ code: "USAMIL", name: "UNITED STATES", country: "USA", knownGroup: "", type1: "MIL", type2: "" }, "USA.MILITARY"],
    [{ code: "USAGOV", name: "UNITED STATES", country: "USA", knownGroup: "", type1: "GOV", type2: "" }, "USA"],
    [{ code: "USALEG", name: "CONGRESS", country: "USA", knownGroup: "", type1: "LEG", type2: "" }, "USA.CONGRESS"],
    [{ code: "IRQLEG", name: "PARLIAMENT", country: "IRQ", knownGroup: "", type1: "LEG", type2: "" }, "IRQ.PARLIAMENT"],
    [{ code: "IRNMIL", name: "REVOLUTIONARY GUARD", country: "IRN", knownGroup: "", type1: "MIL", type2: "" }, "IRN.IRGC"],
    [{ code: "IRQEDU", name: "BAGHDAD UNIVERSITY", country: "IRQ", knownGroup: "", type1: "EDU", type2: "" }, "IRQ.EDU"],
    [{ code: "IRQ", name: "IRAQ", country: "IRQ", knownGroup: "", type1: "", type2: "" }, "IRQ"],
    [{ code: "CVL", name: "RESIDENTS", country: "", knownGroup: "", type1: "CVL", type2: "" }, "CVL"],
    [{ code: "", name: "", country: "", knownGroup: "", type1: "", type2: "" }, null],
  ])("actor %o → %s", (fields, expected) => {
    expect(gdeltActor(fields)).toBe(expected);
  });

  it("codes CAMEO by the codebook, 02 appeals as REQUEST, 01 statements by analogy, and refuses non-codes", () => {
    expect(cameoToPlover("190")).toMatchObject({ type: "ASSAULT", analogy: false });
    expect(cameoToPlover("0834")).toMatchObject({ type: "CONCEDE", context: ["political_institutions"] });
    expect(cameoToPlover("026")).toMatchObject({ type: "REQUEST", mode: "meet", analogy: false });
    expect(cameoToPlover("0211")).toMatchObject({ type: "REQUEST", mode: "assist" });
    expect(cameoToPlover("010")).toMatchObject({ type: "SUPPORT", analogy: true });
    expect(cameoToPlover("016")).toMatchObject({ type: "REJECT", analogy: true });
    expect(cameoToPlover("163")!.context).toContain("economic");
    expect(cameoToPlover("999")).toBeNull();
    expect(cameoToPlover("abc")).toBeNull();
  });

  it("produces events the domain schema accepts for every CAMEO code in the codebook", async () => {
    const { CAMEO } = await import("../src/domain/cameo.js");
    for (const code of CAMEO.keys()) {
      const c = cameoToPlover(code);
      expect(c, code).not.toBeNull();
      expect(Event.shape.type.safeParse(c!.type).success, code).toBe(true);
    }
  });
});

it("writes every column of the events table (the writer's column list matches the store's)", async () => {
  const { IMPORT_COLUMNS } = await import("../src/store/import-writer.js");
  const { EVENT_COLUMNS } = await import("../src/store/event-row.js");
  expect([...IMPORT_COLUMNS].sort()).toEqual([...EVENT_COLUMNS].sort());
});
