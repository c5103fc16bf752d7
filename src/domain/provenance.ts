/** @module Where a fact came from: a document, the sentence span that states it, the notes it cites. */
import { z } from "zod";
import { DocumentId } from "./document.js";
import { Span } from "./footnote.js";

export const Provenance = z.object({
  document: DocumentId.nullable(),
  span: Span.nullable(),
  /** The exact sentence text, so a record stays readable without its document. */
  sentence: z.string().nullable(),
  footnotes: z.array(z.string()),
  /** For dataset rows: the source article URL and the dataset's own row id. */
  url: z.string().nullable(),
});
export type Provenance = z.infer<typeof Provenance>;
