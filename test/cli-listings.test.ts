// Listings: events filters (actor, target, dyad with sub-codes, type, dimension, dates), formats, progress bar.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { Event } from "../src/domain/event.js";
import { eventId } from "../src/domain/ids.js";
import { PLOVER, type PloverType } from "../src/domain/plover.js";
import { SqliteStore } from "../src/store/sqlite-store.js";
import { ROOT, runCli, tempDir } from "./helpers/cli.js";

const ev = (actor: string, type: PloverType, target: string | null, date: string | null, dimension: Event["dimension"], n: number): Event => ({
  id: eventId("test", n),
  type,
  mode: null,
  context: [],
  actor,
  target,
  date,
  dateEnd: null,
  precision: date === null ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
  dimension,
  modality: "asserted",
  intensity: PLOVER[type].intensity,
  quadClass: PLOVER[type].quadClass,
  cameo: null,
  quantity: null,
  trigger: null,
  provenance: { document: null, span: null, sentence: `sentence ${n}`, footnotes: [], url: null },
  origin: "manual",
  sourceId: null,
  confidence: 1,
  sourceCount: 1,
});

function fixtureStore(): string {
  const db = join(tempDir(), "events.db");
  const store = SqliteStore.open(db);
  store.insertEvents([
    ev("USA", "SANCTION", "IRN", "2018-05", "economic", 1),
    ev("IRQ.PARLIAMENT", "REQUEST", "USA", "2020-01-05", "military", 2),
    ev("USA.MILITARY", "ASSAULT", "IRN.IRGC", "2020-01-03", "military", 3),
    ev("USA", "THREATEN", "IRQ", "2020-01", "economic", 4),
    ev("USA.MILITARY", "RETREAT", "IRQ", "2020-11-17", "military", 5),
    ev("IRQ", "CONSULT", "USA", "2020", "political", 6),
    ev("IRQX", "CONSULT", "USA", "2021", "political", 7),
    ev("PMF", "ASSAULT", null, null, "military", 8),
  ]);
  store.close();
  return db;
}

const codes = async (db: string, ...args: string[]): Promise<string[]> => {
  const r = await runCli(["events", "--db", db, "--format", "json", ...args]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { sentence: string }[]).map((e) => e.sentence.replace("sentence ", ""));
};

describe("basira events", () => {
  const db = fixtureStore();

  it("filters by actor (with sub-codes), target and dyad in both directions", async () => {
    expect(await codes(db, "--actor", "USA")).toEqual(["1", "4", "3", "5"]);
    expect(await codes(db, "--target", "IRN")).toEqual(["1", "3"]);
    expect(await codes(db, "--dyad", "IRQ,USA")).toEqual(["6", "4", "2", "5"]);
  });

  it("filters by type, dimension and overlapping dates", async () => {
    expect(await codes(db, "--type", "assault")).toEqual(["3", "8"]);
    expect(await codes(db, "--dimension", "economic")).toEqual(["1", "4"]);
    // A month-precision event overlaps a day range inside that month.
    expect(await codes(db, "--from", "2020-01-04", "--to", "2020-01-31")).toEqual(["6", "4", "2"]);
    expect(await codes(db, "--from", "2020-02", "--limit", "2")).toEqual(["6", "5"]);
  });

  it("prints table, csv and jsonl", async () => {
    const table = await runCli(["events", "--db", db, "--actor", "PMF"]);
    expect(table.stdout.split("\n")[0]).toMatch(/^date\s+actor\s+action\s+target/);
    const csv = await runCli(["events", "--db", db, "--actor", "PMF", "--format", "csv"]);
    expect(csv.stdout).toContain("PMF,ASSAULT");
    const jsonl = await runCli(["events", "--db", db, "--format", "jsonl"]);
    expect(jsonl.stdout.trim().split("\n")).toHaveLength(8);
  });

  it("refuses bad filters with one line", async () => {
    const r = await runCli(["events", "--db", db, "--type", "BOMB"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--type "BOMB" is not valid/);
    expect((await runCli(["events", "--db", db, "--dyad", "USA"])).stderr).toMatch(/--dyad takes two actor codes/);
    expect((await runCli(["events", "--db", db, "--from", "2020-13"])).code).toBe(2);
  });
});

class Tty extends Writable {
  text = "";
  isTTY = true;
  columns = 100;
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

describe("progress bar", () => {
  it("draws on a terminal and stays silent otherwise", async () => {
    const dir = tempDir();
    for (const f of ["plain-report.txt", "front-matter.md", "article.html"]) copyFileSync(join(ROOT, "test/fixtures/ingest", f), join(dir, f));
    const tty = new Tty();
    const out = new Tty();
    out.isTTY = false;
    expect(await main(["ingest", dir, "--db", join(dir, "a.db")], { stdout: out, stderr: tty, env: {}, cwd: dir })).toBe(0);
    expect(tty.text).toMatch(/\r\[#+\.*\] \d\/3 files/);
    const plain = await runCli(["ingest", dir, "--db", join(dir, "b.db")]);
    expect(plain.stderr).not.toContain("\r");
  });
});
