// Ingest round trips: each format in, the same text, sentences, footnotes and metadata out.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/ingest/read-document.js";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { ROOT, runCli, tempDir } from "./helpers/cli.js";

const fixture = (name: string): string => join(ROOT, "test/fixtures/ingest", name);

describe("readers", () => {
  it("reads plain text with footnotes linked to their markers", () => {
    const r = readDocument(fixture("plain-report.txt"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { document, sentences, footnotes } = r.value;
    expect(document.kind).toBe("text");
    expect(document.title).toBe("Baghdad and Washington after the vote");
    expect(footnotes.map((f) => f.label)).toEqual(["1", "2"]);
    expect(footnotes[0]!.text).toBe("Council of Representatives, session record, 5 January 2020.");
    for (const f of footnotes) for (const [s, e] of f.markers) expect(document.text.slice(s, e)).toBe(`[${f.label}]`);
    const voted = sentences.find((s) => s.text.includes("voted"))!;
    expect(voted.footnotes).toEqual(["1"]);
    expect(sentences.some((s) => s.text === "Dr. Smith, a U.S. analyst, expects the dialogue to continue.")).toBe(true);
    // The notes list is not split into body sentences.
    expect(sentences.some((s) => s.text.includes("session record"))).toBe(false);
  });

  it("reads Markdown front matter and [^n] notes", () => {
    const r = readDocument(fixture("front-matter.md"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const d = r.value.document;
    expect([d.title, d.author, d.publisher, d.published, d.language, d.kind]).toEqual([
      "Energy waivers and the dinar", "Test Desk", "Basira tests", "2025-03-24", "en", "markdown",
    ]);
    expect(d.text.startsWith("# Energy waivers")).toBe(true);
    expect(r.value.footnotes.map((f) => [f.label, f.markers.length])).toEqual([["1", 1], ["2", 1]]);
  });

  it("reads the main content of HTML with metadata from meta tags and no script text", () => {
    const r = readDocument(fixture("article.html"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const d = r.value.document;
    expect(d.title).toBe("Joint raid in Anbar kills ISIS leader");
    expect(d.author).toBe("Jane Reporter");
    expect(d.published).toBe("2025-03-14");
    expect(d.publisher).toBe("Example News");
    expect(d.text).toContain("a strike carried out with Iraqi intelligence");
    expect(d.text).toContain("operation & its timing");
    expect(d.text).not.toMatch(/injected|tracking|alert|Home/);
    expect(r.problems.map((p) => p.code)).toContain("script-removed");
  });

  it("strips a UTF-8 BOM and detects Arabic", () => {
    const r = readDocument(fixture("arabic-bom.txt"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.document.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.value.document.language).toBe("ar");
    expect(r.value.sentences.length).toBe(2);
    expect(r.value.footnotes[0]!.markers.length).toBe(1);
  });

  it("flags override what was detected", () => {
    const r = readDocument(fixture("front-matter.md"), { published: "2025-04-01", title: "Other", lang: "ar", source: "desk" });
    if (!r.ok) throw new Error("rejected");
    expect([r.value.document.published, r.value.document.title, r.value.document.language, r.value.document.source]).toEqual([
      "2025-04-01", "Other", "ar", "desk",
    ]);
  });

  it("gives every sentence offsets that slice back to its exact text, in every format", () => {
    for (const f of ["plain-report.txt", "front-matter.md", "article.html", "arabic-bom.txt"]) {
      const r = readDocument(fixture(f));
      if (!r.ok) throw new Error(f);
      for (const s of r.value.sentences) expect(r.value.document.text.slice(s.span[0], s.span[1])).toBe(s.text);
    }
  });
});

describe("basira ingest", () => {
  it("stores each format and reads it back identically; re-ingest changes nothing", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    for (const f of ["plain-report.txt", "front-matter.md", "article.html", "arabic-bom.txt"]) copyFileSync(fixture(f), join(dir, f));
    const first = await runCli(["ingest", dir, "--db", db, "--format", "json"]);
    expect(first.code).toBe(0);
    const rows = JSON.parse(first.stdout) as { status: string; id: string; file: string }[];
    expect(rows.map((r) => r.status)).toEqual(["added", "added", "added", "added"]);

    const store = SqliteStore.open(db);
    for (const row of rows) {
      const read = readDocument(row.file);
      if (!read.ok) throw new Error(row.file);
      const stored = store.getDocument(row.id)!;
      expect(stored.text).toBe(read.value.document.text);
      expect(stored.title).toBe(read.value.document.title);
      expect(store.sentencesOf(row.id)).toEqual(read.value.sentences);
      expect(store.footnotesOf(row.id)).toEqual(read.value.footnotes);
      for (const s of store.sentencesOf(row.id)) expect(stored.text.slice(s.span[0], s.span[1])).toBe(s.text);
    }
    const before = store.stats();
    const stamps = store.db.prepare("SELECT id, ingested_at FROM documents ORDER BY id").all();
    store.close();

    const again = await runCli(["ingest", dir, "--db", db, "--format", "json"]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { status: string }[]).map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    const after = SqliteStore.open(db);
    expect(after.stats()).toEqual(before);
    expect(after.db.prepare("SELECT id, ingested_at FROM documents ORDER BY id").all()).toEqual(stamps);
    after.close();
  });

  it("lists documents, shows one with its sentences and footnotes", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    await runCli(["ingest", fixture("plain-report.txt"), "--db", db, "--published", "2020-01-06"]);
    const docs = JSON.parse((await runCli(["documents", "--db", db, "--format", "json"])).stdout) as { id: string; published: string }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.published).toBe("2020-01-06");
    const shown = JSON.parse((await runCli(["show", docs[0]!.id.slice(0, 12), "--db", db, "--format", "json"])).stdout);
    expect(shown.document.title).toBe("Baghdad and Washington after the vote");
    expect(shown.footnotes).toHaveLength(2);
    expect(shown.sentences.length).toBeGreaterThan(3);
    const table = await runCli(["show", docs[0]!.id, "--db", db]);
    expect(table.stdout).toContain("FOOTNOTES");
    const csv = await runCli(["documents", "--db", db, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("id,published,language,kind,sentences,events,title");
  });

  it("search ranks the sentence that holds the words first", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    writeFileSync(
      join(dir, "a.txt"),
      [
        "Troops were mentioned once here.",
        "The withdrawal of troops from Iraq was announced in November.",
        "Iraq is a country.",
        "Withdrawal talks began. Nothing else.",
      ].join("\n"),
    );
    await runCli(["ingest", dir, "--db", db]);
    const hits = JSON.parse((await runCli(["search", "withdrawal of troops from Iraq", "--db", db, "--format", "json"])).stdout);
    expect(hits[0].text).toBe("The withdrawal of troops from Iraq was announced in November.");
    expect(hits[0].snippet).toContain("[withdrawal]");
    const operators = await runCli(["search", 'NEAR( "x" OR', "--db", db, "--format", "json"]);
    expect(operators.code).toBe(0);
  });

  it("search first indexes sentences stored since the last index (as after a large ingest)", () => {
    const store = SqliteStore.open(join(tempDir(), "t.db"));
    const read = readDocument(fixture("plain-report.txt"));
    if (!read.ok) throw new Error("rejected");
    store.putDocument({ ...read.value, events: [], quantities: [] });
    expect(store.searchIndexPending()).toBe(read.value.sentences.length);
    const hits = store.search("threats of sanctions");
    expect(hits[0]!.text).toBe("Washington answered with threats of sanctions on Iraq.[2]");
    expect(store.searchIndexPending()).toBe(0);
    store.close();
  });

  it("backs up the live database with SQLite's online backup", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    await runCli(["ingest", fixture("front-matter.md"), "--db", db]);
    const r = await runCli(["backup", join(dir, "copy.db"), "--db", db]);
    expect(r.code).toBe(0);
    const copy = SqliteStore.open(join(dir, "copy.db"));
    expect(copy.integrityCheck()).toBe("ok");
    expect(copy.stats().documents).toBe(1);
    copy.close();
    expect((await runCli(["backup", join(dir, "copy.db"), "--db", db])).code).toBe(2);
  });

  it("finds actors by English or Arabic name", async () => {
    const en = JSON.parse((await runCli(["actors", "--q", "washington", "--format", "json", "--db", join(tempDir(), "a.db")])).stdout);
    expect(en.map((a: { code: string }) => a.code)).toContain("USA");
    const ar = JSON.parse((await runCli(["actors", "--q", "بغداد", "--format", "json", "--db", join(tempDir(), "a.db")])).stdout);
    expect(ar.map((a: { code: string }) => a.code)).toContain("IRQ");
  });
});
