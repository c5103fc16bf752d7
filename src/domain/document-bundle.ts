/** @module A document with everything derived from it: what one ingest transaction stores. */
import type { Document } from "./document.js";
import type { Event } from "./event.js";
import type { Footnote } from "./footnote.js";
import type { Quantity } from "./quantity.js";
import type { Sentence } from "./sentence.js";

export interface DocumentBundle {
  readonly document: Document;
  readonly sentences: readonly Sentence[];
  readonly footnotes: readonly Footnote[];
  readonly events: readonly Event[];
  readonly quantities: readonly Quantity[];
}
