/** @module What the stages know about one sentence: tokens, actor mentions, triggers, dates and figures. */
import type { Token } from "./01-tokens.js";
import type { ActorMention } from "./02-actors.js";
import type { TriggerMatch } from "./03-triggers.js";
import type { DateMention } from "./04-dates.js";
import type { QuantityMention } from "./05-quantities.js";

export interface SentenceAnalysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  readonly triggers: readonly TriggerMatch[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly QuantityMention[];
  /** Token index → index in `mentions` of the mention starting there, or -1. */
  readonly mentionStart: readonly number[];
  /** Token index → index in `mentions` of the mention ending there (exclusive end), or -1. */
  readonly mentionEnd: readonly number[];
  /** Token index → 1 inside a date expression (its commas do not break clauses). */
  readonly inDate: Uint8Array;
  /** Token index → 1 when it starts a new line after a line without final punctuation (a heading ran on). */
  readonly lineStart: Uint8Array;
}

export function analysis(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  triggers: readonly TriggerMatch[],
  dates: readonly DateMention[],
  quantities: readonly QuantityMention[],
): SentenceAnalysis {
  // Plain arrays: an Int32Array of more than 16 entries gets its own off-heap buffer, which costs more to make
  // and collect than the whole lookup saves.
  const mentionStart: number[] = new Array<number>(tokens.length + 1).fill(-1);
  const mentionEnd: number[] = new Array<number>(tokens.length + 1).fill(-1);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (mentionStart[m.start] === -1) mentionStart[m.start] = i;
    mentionEnd[m.end] = i;
  }
  const inDate = new Uint8Array(tokens.length);
  for (const d of dates) inDate.fill(1, d.start, d.end);
  const lineStart = new Uint8Array(tokens.length + 1);
  // Only a sentence spanning lines can hold a heading run on.
  for (const t of text.includes("\n") ? tokens : []) {
    if (t.i === 0 || !t.upper) continue;
    const gap = text.slice(tokens[t.i - 1]!.end, t.start);
    if (gap.includes("\n") && !/[.!?:;,]$/.test(tokens[t.i - 1]!.text)) lineStart[t.i] = 1;
  }
  return { text, tokens, mentions, triggers, dates, quantities, mentionStart, mentionEnd, inDate, lineStart };
}

/** A coded event before dates, modality and dimension are settled. */
export interface Candidate {
  readonly type: string;
  readonly mode: string | null;
  readonly actor: string;
  readonly target: string | null;
  /** Token range of the words that express the event. */
  readonly start: number;
  readonly end: number;
  /** The trigger that anchors dates, modality and negation (a governor when there is one). */
  readonly anchor: number;
  /** How the actor was found: subject, by-agent, modifier, of-phrase, default. */
  readonly actorFrom: "subject" | "agent" | "modifier" | "of" | "object" | "default" | "context" | "none";
  readonly speculative: boolean;
  readonly reciprocal: boolean;
}

export const ASIDE: ReadonlySet<string> = new Set([
  "particularly", "especially", "including", "notably", "namely", "mainly", "mostly", "such", "like", "chiefly",
]);

/** If the comma at `k` closes an aside opened by ", particularly …", the index of the opening comma, else -1. */
export function appositiveStart(a: SentenceAnalysis, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    if (a.tokens[j]!.norm !== ",") continue;
    return ASIDE.has(a.tokens[j + 1]?.norm ?? "") ? j : -1;
  }
  return -1;
}
