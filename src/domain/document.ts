/** @module A source document (report, article, dataset file) as Basira keeps it. */
import { z } from "zod";
import { PartialDate } from "./iso-date.js";

export const DOCUMENT_KINDS = ["text", "markdown", "html", "dataset"] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** File extensions Basira reads as documents. Kept here, apart from the readers, so that listing a folder does not load them. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentKind>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export const Language = z.enum(["en", "ar"]);
export type Language = z.infer<typeof Language>;

/** A document's id is `doc:` + the sha256 of its normalised text, so the same text is stored once. */
export const DocumentId = z.string().regex(/^doc:[0-9a-f]{64}$/, "expected doc:<sha256>");
export type DocumentId = z.infer<typeof DocumentId>;

export const Document = z.object({
  id: DocumentId,
  title: z.string().min(1),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published: PartialDate.nullable(),
  language: Language,
  kind: DocumentKind,
  /** Where the document was read from (a path or URL), as given at ingest. */
  source: z.string().nullable(),
  /** The normalised text that sentence spans index into. */
  text: z.string(),
});
export type Document = z.infer<typeof Document>;
