// Event scope: by default only events with a side among the USA, Iraq, Iran, Iraq-based actors and the Coalition are kept.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inScope, parseScope } from "../src/domain/scope.js";
import { runCli, tempDir } from "./helpers/cli.js";

// Our own sentences: one act between two states outside the scope, one by an Iraqi group, one by Iran.
const TEXT = [
  "Armenia shelled Azerbaijani positions near the border on 3 March 2021.",
  "Kataib Hezbollah fired rockets at a Turkish base on 4 March 2021.",
  "Iran condemned Israel on 5 March 2021.",
].join(" ");

const write = (): string => {
  const file = join(tempDir(), "scope.txt");
  writeFileSync(file, TEXT);
  return file;
};

const actors = (jsonl: string): string[] =>
  jsonl.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { actor: string }).map((e) => e.actor).sort();

describe("event scope", () => {
  it("keeps a side that is a focus state, its unit, its group or an unknown pair, and nothing else", () => {
    const scope = ["USA", "IRQ", "IRN"];
    expect(inScope(scope, "ARM", "AZE")).toBe(false);
    expect(inScope(scope, "ARM", null)).toBe(false);
    expect(inScope(scope, "KATAIB_HEZBOLLAH", "TUR")).toBe(true);
    expect(inScope(scope, "TUR", "IRQ.KRG")).toBe(true);
    expect(inScope(scope, "UNK", null)).toBe(true);
    expect(inScope("all", "ARM", "AZE")).toBe(true);
    expect(parseScope(" USA, IRQ ")).toEqual(["USA", "IRQ"]);
    expect(parseScope("ALL")).toBe("all");
    expect(parseScope("USA,I R Q")).toBeNull();
  });

  it("basira extract drops out-of-scope events by default and keeps them with --scope all", async () => {
    const file = write();
    const dflt = await runCli(["extract", file, "--published", "2021-03-10", "--format", "jsonl"]);
    expect(dflt.code).toBe(0);
    expect(actors(dflt.stdout)).toEqual(["IRN", "KATAIB_HEZBOLLAH"]);
    const all = await runCli(["extract", file, "--published", "2021-03-10", "--format", "jsonl", "--scope", "all"]);
    expect(actors(all.stdout)).toEqual(["ARM", "IRN", "KATAIB_HEZBOLLAH"]);
    const armenia = await runCli(["extract", file, "--published", "2021-03-10", "--format", "jsonl", "--scope", "ARM"]);
    expect(actors(armenia.stdout)).toEqual(["ARM"]);
  });

  it("basira ingest stores only in-scope events, and a bad --scope is a usage error that stores nothing", async () => {
    const dir = tempDir();
    const db = join(dir, "b.db");
    const file = write();
    const bad = await runCli(["ingest", file, "--db", db, "--scope", "U S"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--scope must be actor codes");
    expect(bad.stderr).not.toMatch(/\bat \w+ \(/);
    const ok = await runCli(["ingest", file, "--db", db]);
    expect(ok.code).toBe(0);
    const listed = await runCli(["events", "--db", db, "--format", "jsonl"]);
    expect(actors(listed.stdout)).toEqual(["IRN", "KATAIB_HEZBOLLAH"]);
  });
});
