/** @module Entry point of event extraction: document text in, coded events, figures and problems out. */
import type { Event } from "../domain/event.js";
import type { Problem } from "../domain/problem.js";
import type { Quantity } from "../domain/quantity.js";
import type { SentenceSpan } from "../ingest/split-sentences.js";

export interface ExtractInput {
  /** The stored document's id, or null when extracting without a store (`basira extract`). */
  readonly documentId: string | null;
  /** The document's normalised text; every span indexes into it. */
  readonly text: string;
  /** Publication date (YYYY-MM-DD or coarser), the anchor for relative dates. */
  readonly published: string | null;
  readonly language: "en" | "ar";
  /** Sentence spans as the store keeps them. */
  readonly sentences: readonly SentenceSpan[];
  /** Footnote labels per sentence index, e.g. { 3: ["4"] }. */
  readonly footnotes?: ReadonlyMap<number, readonly string[]>;
}

export interface ExtractResult {
  readonly events: Event[];
  readonly quantities: Quantity[];
  readonly problems: Problem[];
}

/** Placeholder until the extraction pipeline lands: codes nothing. */
export function extractEvents(_input: ExtractInput): ExtractResult {
  return { events: [], quantities: [], problems: [] };
}
