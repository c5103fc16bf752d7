// Runs the extraction validation set (test/fixtures/extraction/cases*.json, see its README) and keeps it green.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/domain/event.js";
import { extractEvents } from "../src/extract/extract-events.js";
import { splitSentences } from "../src/ingest/split-sentences.js";

interface Expected {
  readonly actor: string;
  readonly action: string;
  readonly target: string | null;
  readonly modality?: "asserted" | "speculative";
  readonly date?: string | null;
  readonly date_end?: string | null;
  readonly mode?: string | null;
  readonly quantity?: string | null;
  readonly dimension?: string;
}

interface Case {
  readonly id: string;
  readonly text: string;
  readonly published: string;
  readonly expected: readonly Expected[];
  readonly note: string;
  /** Why the case fails today; vitest then asserts that it still fails, so a fix shows up. */
  readonly known_failing?: string;
}

// One file per area (cases.json, cases-targets.json, …) so that people adding cases in parallel don't collide.
const DIR = new URL("./fixtures/extraction/", import.meta.url);
const CASES: Case[] = readdirSync(DIR)
  .filter((f) => /^cases.*\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, DIR), "utf8")) as Case[]);

const keyOf = (x: { actor: string; action?: string; type?: string; target: string | null; modality?: string }): string =>
  `${x.actor} ${x.action ?? x.type} ${x.target ?? "-"} ${x.modality ?? "asserted"}`;

function run(c: Case): Event[] {
  return extractEvents({ documentId: null, text: c.text, published: c.published, language: "en", sentences: splitSentences(c.text) }).events;
}

function check(c: Case): void {
  const events = run(c);
  const got = [...new Set(events.map((e) => keyOf(e)))].sort();
  expect(got, c.note).toEqual([...new Set(c.expected.map((x) => keyOf(x)))].sort());
  // Each expected record needs its own event with the same key and every field it states.
  const pool = [...events];
  for (const x of c.expected) {
    const fields = (e: Event): Record<string, unknown> => ({
      ...("date" in x ? { date: e.date } : {}),
      ...("date_end" in x ? { date_end: e.dateEnd } : {}),
      ...("mode" in x ? { mode: e.mode } : {}),
      ...("quantity" in x ? { quantity: e.quantity } : {}),
      ...("dimension" in x ? { dimension: e.dimension } : {}),
    });
    const want = fields({ date: x.date, dateEnd: x.date_end, mode: x.mode, quantity: x.quantity, dimension: x.dimension } as Event);
    const same = pool.filter((e) => keyOf(e) === keyOf(x));
    const hit = same.find((e) => JSON.stringify(fields(e)) === JSON.stringify(want));
    expect(hit ? fields(hit) : same.map(fields), `${c.id}: ${keyOf(x)}`).toEqual(hit ? want : [want]);
    pool.splice(pool.indexOf(hit!), 1);
  }
}

describe("extraction validation set", () => {
  it("has at least 80 cases and few known failures", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.filter((c) => c.known_failing).length).toBeLessThanOrEqual(Math.ceil(CASES.length * 0.15));
    expect(new Set(CASES.map((c) => c.id)).size, "case ids are unique across the cases*.json files").toBe(CASES.length);
  });
  for (const c of CASES) {
    if (c.known_failing) it.fails(`${c.id} (known failing: ${c.known_failing})`, () => check(c));
    else it(`${c.id}: ${c.note}`, () => check(c));
  }
});
