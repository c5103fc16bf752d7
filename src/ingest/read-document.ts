/** @module A file on disk → a Document with its sentences and footnotes, or the problems that stop it. */
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { z } from "zod";
import { DOCUMENT_EXTENSIONS, Document, Language, type DocumentKind } from "../domain/document.js";
import type { Footnote } from "../domain/footnote.js";
import { documentId } from "../domain/ids.js";
import { isPartialDate } from "../domain/iso-date.js";
import { problem, type Problem } from "../domain/problem.js";
import { MAX_SENTENCES, type Sentence } from "../domain/sentence.js";
import { decodeBytes } from "./decode-bytes.js";
import { detectLanguage } from "./detect-language.js";
import { findFootnotes } from "./find-footnotes.js";
import { parseHtml } from "./parse-html.js";
import { parseMarkdown, type Parsed } from "./parse-markdown.js";
import { splitSentences } from "./split-sentences.js";

/** What the user may set on the command line; it wins over what was detected in the file. */
export const IngestOverrides = z.object({
  published: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  lang: Language.optional(),
});
export type IngestOverrides = z.infer<typeof IngestOverrides>;


export interface ReadDocument {
  readonly document: Document;
  readonly sentences: Sentence[];
  readonly footnotes: Footnote[];
  /** End of the body: the notes list after it is not split into sentences. */
  readonly bodyEnd: number;
}

export type ReadResult = { ok: true; value: ReadDocument; problems: Problem[] } | { ok: false; problems: Problem[] };

export const kindOf = (path: string): DocumentKind => DOCUMENT_EXTENSIONS[extname(path).toLowerCase()] ?? "text";

/** Turns a date as written in metadata ("2020-01-05T10:00:00Z", "2020-01-05") into YYYY[-MM[-DD]]. */
export function normaliseDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const d = [m[1], m[2], m[3]].filter(Boolean).join("-");
  return isPartialDate(d) ? d : null;
}

export function readDocument(path: string, overrides: IngestOverrides = {}): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return fail("is-directory", `${path} is a directory: pass its files or the directory to \`basira ingest\``, path);
    bytes = readFileSync(path);
  } catch {
    return fail("missing-file", "no such file: check the path", path);
  }
  const decoded = decodeBytes(bytes, path);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  return parseDocument(decoded.text, path, overrides);
}

/** Builds the document from already-decoded text (also used for text that never touched disk). */
export function parseDocument(raw: string, path: string, overrides: IngestOverrides = {}): ReadResult {
  const kind = kindOf(path);
  const parsed: Parsed =
    kind === "html" ? parseHtml(raw, path) : kind === "markdown" ? parseMarkdown(raw, path) : { text: raw, meta: {}, problems: [] };
  const problems = [...parsed.problems];
  const text = parsed.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    return { ok: false, problems: [...problems, problem("no-text", "no readable text in this document: nothing to ingest", { file: path })] };
  }
  const published = overrides.published ?? normaliseDate(parsed.meta.published);
  if (parsed.meta.published && !normaliseDate(parsed.meta.published) && !overrides.published) {
    problems.push(problem("bad-date", `published date "${parsed.meta.published}" is not YYYY-MM-DD: ignored; pass --published`, { file: path }, false));
  }
  const lang = overrides.lang ?? (parsed.meta.language?.toLowerCase().startsWith("ar") ? "ar" : parsed.meta.language?.toLowerCase().startsWith("en") ? "en" : detectLanguage(text));
  const id = documentId(text);
  const notes = findFootnotes(text, path);
  problems.push(...notes.problems);
  const footnotes: Footnote[] = notes.notes.map((n) => ({ document: id, label: n.label, text: n.text, span: n.span, markers: n.markers }));
  const sentences = sentencesOf(text, notes.bodyEnd, id, footnotes);
  if (sentences.length > MAX_SENTENCES) {
    return fail("too-many-sentences", `${sentences.length.toLocaleString("en")} sentences: more than one document may hold; split the file`, path);
  }
  const document = Document.parse({
    id,
    title: overrides.title ?? parsed.meta.title ?? firstLine(text) ?? basename(path),
    author: parsed.meta.author ?? null,
    publisher: parsed.meta.publisher ?? null,
    url: parsed.meta.url ?? null,
    published,
    language: lang,
    kind,
    source: overrides.source ?? parsed.meta.source ?? path,
    text,
  });
  return { ok: true, value: { document, sentences, footnotes, bodyEnd: notes.bodyEnd }, problems };
}

function firstLine(text: string): string | undefined {
  const line = text.split("\n").find((l) => l.trim() !== "");
  return line ? line.replace(/^#+\s*/, "").trim().slice(0, 200) : undefined;
}

function sentencesOf(text: string, bodyEnd: number, id: string, footnotes: readonly Footnote[]): Sentence[] {
  const markers = footnotes.flatMap((f) => f.markers.map((m) => ({ at: m[0], label: f.label })));
  return splitSentences(text.slice(0, bodyEnd)).map((s, index) => ({
    document: id,
    index,
    span: [s.start, s.end],
    text: text.slice(s.start, s.end),
    footnotes: markers.filter((m) => m.at >= s.start && m.at < s.end).map((m) => m.label),
  }));
}

function fail(code: string, message: string, file: string): ReadResult {
  return { ok: false, problems: [problem(code, message, { file })] };
}
