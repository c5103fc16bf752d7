// ACLED and POLECAT imports on synthetic fixtures (ACLED's terms forbid redistributing its rows).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers/cli.js";
import { FIXTURES, importJson } from "./import-helpers.js";

async function eventsOf(db: string, origin: string): Promise<Record<string, unknown>[]> {
  const run = await runCli(["events", "--db", db, "--origin", origin, "--format", "json"]);
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

describe("basira import acled", () => {
  it("maps event types to PLOVER, keeps fatalities as the quantity, skips 'Other' with a reason", async () => {
    const db = join(tempDir(), "a.db");
    const { code, summary } = await importJson(db, "acled", [join(FIXTURES, "acled-synthetic.csv")]);
    expect(code).toBe(0);
    expect(summary.results[0]!.counts).toMatchObject({ read: 8, added: 7, skipped: 1, rejected: 0 });
    const byId = new Map((await eventsOf(db, "imported:acled")).map((e) => [e.source_id, e]));
    expect(byId.get("XYZ1001")).toMatchObject({ action: "ASSAULT", mode: "firearms", actor: "IRQ.MILITARY", target: "ISIS", quantity: "4 killed", dimension: "military", date: "2031-03-04" });
    expect(byId.get("XYZ1002")).toMatchObject({ action: "ASSAULT", mode: "aerial", actor: "USA.MILITARY", target: "KATAIB_HEZBOLLAH", quantity: "2 killed" });
    expect(byId.get("XYZ1002")!.sentence).toContain('with a comma, and "quotes"');
    expect(byId.get("XYZ1003")).toMatchObject({ action: "PROTEST", mode: "demo", actor: "IRQ.PUBLIC", target: null, quantity: null });
    expect(byId.get("XYZ1003")!.sentence).toContain("over\nelectricity");
    expect(byId.get("XYZ1004")).toMatchObject({ action: "PROTEST", mode: "riot", target: "IRQ.MILITARY", quantity: "1 killed" });
    expect(byId.get("XYZ1005")).toMatchObject({ action: "COERCE", mode: "arrest", target: "UNK" });
    expect(byId.has("XYZ1006")).toBe(false);
    expect(byId.get("XYZ1007")).toMatchObject({ date: "2031-03", action: "ASSAULT", mode: "abduct" });
    expect(byId.get("XYZ1008")).toMatchObject({ action: "AGREE", actor: "IRQ", target: "USA", dimension: "political" });
  });
});

describe("basira import polecat", () => {
  it("imports the tab-separated export", async () => {
    const db = join(tempDir(), "p.db");
    const { code, summary } = await importJson(db, "polecat", [join(FIXTURES, "polecat-synthetic.tsv")]);
    expect(code).toBe(0);
    expect(summary.results[0]).toMatchObject({ format: "polecat-tsv" });
    expect(summary.results[0]!.counts).toMatchObject({ read: 4, added: 4 });
    const byId = new Map((await eventsOf(db, "imported:polecat")).map((e) => [e.source_id, e]));
    expect(byId.get("pc-0001")).toMatchObject({ action: "CONSULT", mode: "visit", actor: "IRQ", target: "USA", intensity: 4, quad_class: 1 });
    expect(byId.get("pc-0002")).toMatchObject({ action: "ASSAULT", actor: "USA.MILITARY", target: "IRQ.MILITIAS", dimension: "military" });
    expect(byId.get("pc-0003")).toMatchObject({ action: "SANCTION", target: "IRQ.BUSINESS", dimension: "economic", context: ["economic", "corruption"] });
  });

  it("imports JSON lines (PLOVER records, old source/target names too)", async () => {
    const db = join(tempDir(), "p.db");
    const { code, summary } = await importJson(db, "polecat", [join(FIXTURES, "polecat-synthetic.jsonl")]);
    expect(code).toBe(0);
    expect(summary.results[0]).toMatchObject({ format: "polecat-jsonl" });
    const byId = new Map((await eventsOf(db, "imported:polecat")).map((e) => [e.source_id, e]));
    expect(byId.get("pcj-0001")).toMatchObject({ action: "AGREE", actor: "IRQ", target: "IRN", url: "https://news.example.org/2031/05/01/agree" });
    expect(byId.get("pcj-0002")).toMatchObject({ action: "THREATEN", date: "2031-05-02", intensity: -5, dimension: "economic" });
    expect(byId.get("pcj-0003")).toMatchObject({ action: "MOBILIZE", actor: "IRN.MILITARY", target: "IRQ", quad_class: 4 });
  });
});
