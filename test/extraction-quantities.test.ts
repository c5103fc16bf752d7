// Figures bound to events: troop levels per force over time, money, days — what the analysis charts.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../src/extract/extract-events.js";
import { splitSentences } from "../src/ingest/split-sentences.js";

const figures = (text: string, published = "2021-02-10") =>
  extractEvents({ documentId: null, text, published, language: "en", sentences: splitSentences(text) }).quantities.map((q) => [
    q.subject,
    q.measure,
    q.value,
    q.unit,
    q.date,
  ]);

describe("quantities", () => {
  it("charts troop levels and withdrawals of the US military", () => {
    const text =
      "Through 2019 roughly 5,200 US troops stayed in Iraq. On 17 November 2020 the Defense Department announced the withdrawal of 500 troops from Iraq, reducing the number of U.S. troops in Iraq from 3,000 to 2,500.";
    expect(figures(text)).toEqual([
      ["USA.MILITARY", "troops", 5200, "troops", "2019"],
      ["USA.MILITARY", "troops-withdrawn", 500, "troops", "2020-11-17"],
      ["USA.MILITARY", "troops-withdrawn", 3000, "troops", "2020-11-17"],
      ["USA.MILITARY", "troops", 2500, "troops", "2020-11-17"],
    ]);
  });

  it("binds money and days to their events and skips forecasts", () => {
    const text = "In August 2020, Iraq signed agreements with American companies worth up to $8 billion. The waiver was renewed every 90 days. Washington may freeze $35 billion.";
    expect(figures(text)).toEqual([["IRQ", "funds", 8e9, "USD", "2020-08"]]);
  });
});
