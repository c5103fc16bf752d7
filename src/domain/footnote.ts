/** @module A numbered note of a document, with the markers in the body that point at it. */
import { z } from "zod";
import { DocumentId } from "./document.js";

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** Character offsets [start, end) into a document's normalised text (UTF-16 code units, as JS strings). */
export type Span = z.infer<typeof Span>;

export const Footnote = z.object({
  document: DocumentId,
  /** The marker's label: "3" for "[3]". */
  label: z.string().min(1),
  text: z.string(),
  /** Where the note's own text stands in the document. */
  span: Span,
  /** Where the markers pointing at this note stand in the body. */
  markers: z.array(Span),
});
export type Footnote = z.infer<typeof Footnote>;
