// Extraction never throws on any UTF-8 text, and every event and figure points at the exact sentence it came from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Event } from "../src/domain/event.js";
import { extractEvents } from "../src/extract/extract-events.js";
import { splitSentences } from "../src/ingest/split-sentences.js";

function extract(text: string, published: string | null = "2024-06-15") {
  return extractEvents({ documentId: null, text, published, language: "en", sentences: splitSentences(text) });
}

function checkInvariants(text: string): void {
  const r = extract(text);
  for (const e of r.events) {
    expect(Event.safeParse(e).success).toBe(true);
    const [s, end] = e.provenance.span!;
    expect(text.slice(s, end)).toBe(e.provenance.sentence);
    expect(e.provenance.sentence).toContain(e.trigger!);
  }
  for (const q of r.quantities) {
    const [s, end] = q.provenance!.span!;
    expect(text.slice(s, end)).toBe(q.provenance!.sentence);
  }
}

// Fragments that reach deep into the pipeline: actors, triggers, dates, figures, modals, punctuation.
const FRAGMENTS = [
  "The United States", "Iraq", "Iran-backed militias", "Kataib Hezbollah", "U.S. forces", "the Pentagon", "Baghdad",
  "imposed sanctions on", "withdrew", "500 troops", "from", "attacked", "was attacked by", "threatened to", "may",
  "did not", "on March 9", "in May 2018", "(2017-2021)", "$8 billion", "22%", "90 days", "and", ",", ";", ":", ".",
  "such as", "following", "if", "last year", "on Tuesday", "the same year", "العراق", "واشنطن", "😀", "\n", "\n\n",
  "[3]", "“", "”", "’s", "-", "called for the exit of", "its", "who", "by", "over the past nine months",
];

describe("extraction on random and adversarial text", () => {
  it("never throws on random Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (t) => checkInvariants(t)), { numRuns: 300, seed: 42 });
  });

  it("never throws on random sentences built from domain fragments", () => {
    const sentence = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(" "));
    fc.assert(fc.property(fc.array(sentence, { maxLength: 8 }).map((s) => s.join(" ")), (t) => checkInvariants(t)), { numRuns: 500, seed: 7 });
  });

  it.each([
    ["empty", ""],
    ["white space", " \n\t \n"],
    ["only punctuation", "?!.,;:()[]{}«»—–…".repeat(200)],
    ["a 10k-character word", "x".repeat(10_000)],
    ["a 10k-character word inside a sentence", `The United States attacked ${"y".repeat(10_000)} in Iraq.`],
    ["one huge sentence", "the United States imposed sanctions on Iran and ".repeat(5_000)],
    ["mixed Arabic and English", "صوّت البرلمان العراقي. The Iraqi parliament voted to expel US troops on 5 January 2020. انتهى."],
    ["emoji", "🇺🇸 attacked 🇮🇶 😀😀 on March 9 💥 The US imposed sanctions on Iran 🚀."],
    ["lone surrogates", "Iraq \ud800 attacked \udfff Iran."],
    ["numbers only", "1 2 3 4,500 $ % 2020-2021 19999 0.5"],
  ])("never throws on %s", (_name, text) => {
    expect(() => checkInvariants(text)).not.toThrow();
  });

  it("works without a publication date", () => {
    expect(() => extract("On March 9 the US attacked Iraq. Last year Iran protested.", null)).not.toThrow();
  });
});
