/** @module A crowd the lexicon made Iraq's by default, placed by the sentence in another state, is that state's public. */
import { SUBCODES } from "./lexicon/actor-heads.js";
import { sceneCountry } from "./lexicon/places.js";
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Words that make a crowd Iraqi by the text itself, not by the lexicon's default for a bare "protesters".
const IRAQI_WORDS = new Set(["iraqi", "iraqis", "iraq", "iraq's"]);

/**
 * "Protesters rallied in Paris", "crowds marched through Lagos": GUIDELINES' IRQ.PUBLIC is for unspecified Iraqis,
 * so a bare crowd noun whose protest the sentence places in another country's capital or land is that country's
 * public, as a crowd with no noun at all already is when it stands in a capital (code-sentence defaultActor).
 */
export function crowdAbroad(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (c.type !== "PROTEST" || c.actor !== "IRQ.PUBLIC") return c;
  const m = a.mentions.find((x) => x.code === "IRQ.PUBLIC" && x.end <= c.start);
  if (a.mentions.some((x) => x !== m && x.code.startsWith("IRQ") && x.start < c.start)) return c;
  if (m) {
    for (let k = m.start; k < m.end; k++) if (IRAQI_WORDS.has(a.tokens[k]!.norm)) return c;
    if (IRAQI_WORDS.has(a.tokens[m.start - 1]?.norm ?? "")) return c;
  }
  // "Thousands of Nigerians gathered for a rally": the people named first are the crowd the default stood for.
  const first = a.mentions[0];
  if (!m && first && first.body === "PUBLIC" && first.end <= c.start) return { ...c, actor: first.code };
  const from = a.tokens[c.start]!.start;
  const scene = sceneCountry(a.text.slice(from, from + 80)) ?? placeMention(a, c.end);
  if (!scene || scene === "IRQ") return c;
  return { ...c, actor: SUBCODES[scene]?.PUBLIC ?? scene };
}

const SCENE_WORDS = new Set(["in", "across", "throughout"]);

/** "rallied in Paris": a state the actor finder read from a place a few words after the act, when it says where. */
function placeMention(a: SentenceAnalysis, end: number): string | null {
  const m = a.mentions.find((x) => x.start >= end && x.start - end <= 4);
  if (!m || m.code.includes(".") || m.code === "") return null;
  const k = a.tokens[m.start - 1]?.norm === "the" ? m.start - 2 : m.start - 1;
  return SCENE_WORDS.has(a.tokens[k]?.norm ?? "") ? m.code : null;
}
