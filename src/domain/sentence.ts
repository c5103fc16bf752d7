/** @module A sentence of a document, located by its character span. */
import { z } from "zod";
import { DocumentId } from "./document.js";
import { Span } from "./footnote.js";

/** Invariant: `document.text.slice(span[0], span[1]) === text`. */
export const Sentence = z.object({
  document: DocumentId,
  index: z.number().int().nonnegative(),
  span: Span,
  text: z.string(),
  /** Labels of the footnote markers inside the sentence, e.g. ["3"]. */
  footnotes: z.array(z.string()),
});
export type Sentence = z.infer<typeof Sentence>;

/** The most sentences one document may have (the search index numbers sentences within 2^20 per document). */
export const MAX_SENTENCES = 2 ** 20 - 1;
