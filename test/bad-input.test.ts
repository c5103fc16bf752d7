// Bad input: one clear line naming the input and what to do, the right exit code, and no partial rows.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { ROOT, runCli, tempDir } from "./helpers/cli.js";

const documentsIn = (db: string): number => {
  const s = SqliteStore.open(db);
  const n = s.stats().documents + s.stats().sentences;
  s.close();
  return n;
};

/** Errors are single lines without stack frames. */
const expectOneLine = (stderr: string, pattern: RegExp): void => {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe("bad input to basira ingest", () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ["an empty file", (d) => (writeFileSync(join(d, "empty.txt"), ""), join(d, "empty.txt")), /empty\.txt: the file is empty/],
    [
      "a binary file",
      (d) => (writeFileSync(join(d, "pic.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), join(d, "pic.txt")),
      /pic\.txt:1: this is a binary file/,
    ],
    [
      "invalid UTF-8, with the line",
      (d) => (writeFileSync(join(d, "cp1256.txt"), Buffer.concat([Buffer.from("line one\nline two\n"), Buffer.from([0xc7, 0xe4, 0xda, 0x20])])), join(d, "cp1256.txt")),
      /cp1256\.txt:3: invalid UTF-8: save the file as UTF-8/,
    ],
    [
      "a 20 MB file with no line breaks",
      (d) => (writeFileSync(join(d, "huge.txt"), "word ".repeat(4 * 1024 * 1024)), join(d, "huge.txt")),
      /huge\.txt:1: a line of 20,971,520 characters with no line break.*split it/,
    ],
    ["a missing file", (d) => join(d, "nope.md"), /nope\.md: no such file or directory: check the path/],
    [
      "a directory with no readable documents",
      (d) => (mkdirSync(join(d, "pics")), writeFileSync(join(d, "pics", "a.png"), "x"), join(d, "pics")),
      /pics: no \.txt, \.md or \.html documents in this directory/,
    ],
  ];

  it.each(cases)("%s", async (_name, make, message) => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    const r = await runCli(["ingest", make(dir), "--db", db]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, new RegExp(`^error: .*${message.source}`));
    expect(documentsIn(db)).toBe(0);
  });

  it("takes HTML with <script>, keeping none of the script", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    const file = join(dir, "page.html");
    writeFileSync(file, "<html><head><title>T</title><script>alert('x')</script></head><body><p>Iraq voted on 5 January 2020. It was a <b>long</b> day.</p><script>steal()</script></body></html>");
    const r = await runCli(["ingest", file, "--db", db]);
    expect(r.code).toBe(0);
    expectOneLine(r.stderr, /^warning: .*page\.html: removed <script> elements: scripts are never run or stored/);
    const s = SqliteStore.open(db);
    const text = s.db.prepare("SELECT group_concat(text) AS t FROM documents").get() as { t: string };
    expect(text.t).toContain("Iraq voted");
    expect(text.t).not.toMatch(/alert|steal/);
    s.close();
  });

  it("stores the good files and rejects the bad ones with exit 1", async () => {
    const dir = tempDir();
    const db = join(dir, "t.db");
    copyFileSync(join(ROOT, "test/fixtures/ingest/plain-report.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "bad.txt"), "");
    const r = await runCli(["ingest", dir, "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: the file is empty/);
    const s = SqliteStore.open(db);
    expect(s.stats().documents).toBe(1);
    s.close();
  });
});

describe("bad usage and bad databases", () => {
  const fixture = join(ROOT, "test/fixtures/ingest/plain-report.txt");

  it("an unknown flag", async () => {
    const r = await runCli(["ingest", fixture, "--colour", "red", "--db", join(tempDir(), "t.db")]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^basira ingest: Unknown option '--colour'\. Run `basira ingest --help`\.$/);
  });

  it("a bad date in --published", async () => {
    const db = join(tempDir(), "t.db");
    const r = await runCli(["ingest", fixture, "--published", "2025-02-30", "--db", db]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /--published "2025-02-30" is not a date: use YYYY-MM-DD/);
  });

  it("an unwritable database path", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "not a directory");
    const r = await runCli(["ingest", fixture, "--db", join(dir, "file", "basira.db")]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /cannot write the database at .*: choose a writable path with --db PATH or BASIRA_DB/);
  });

  it("a database from a newer schema version", async () => {
    const db = join(tempDir(), "new.db");
    const raw = new Database(db);
    raw.pragma("user_version = 999");
    raw.close();
    const r = await runCli(["documents", "--db", db]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /has schema version 999, newer than this Basira understands .*upgrade Basira/);
  });

  it("an unknown command and a missing argument", async () => {
    expect((await runCli(["ingestt"])).code).toBe(2);
    const r = await runCli(["show"]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /usage: basira show doc:ID/);
  });

  it("BASIRA_DB chooses the database", async () => {
    const db = join(tempDir(), "env.db");
    expect((await runCli(["ingest", fixture], { env: { BASIRA_DB: db } })).code).toBe(0);
    expect(documentsIn(db)).toBeGreaterThan(0);
  });
});
