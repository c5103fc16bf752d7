/** @module One file → everything the store keeps of it: read, split, and (unless told not to) coded. */
import type { DocumentBundle } from "./domain/document-bundle.js";
import type { Problem } from "./domain/problem.js";
import { type EventScope, GUIDELINES_SCOPE, inScope } from "./domain/scope.js";
import { extractEvents } from "./extract/extract-events.js";
import { readDocument, type IngestOverrides, type ReadDocument } from "./ingest/read-document.js";

export interface PrepareOptions {
  /** Store text only, without coding events. Default true. */
  readonly extract?: boolean;
  /** Ids already stored: such documents are read (to learn their id) but not coded again. */
  readonly known?: ReadonlySet<string>;
  /** Which events to keep (default: the coding guidelines' scope). */
  readonly scope?: EventScope;
}

export type Prepared =
  | { readonly file: string; readonly ok: true; readonly bundle: DocumentBundle; readonly known: boolean; readonly problems: Problem[] }
  | { readonly file: string; readonly ok: false; readonly problems: Problem[] };

/** Runs extraction over a read document and bundles everything the store keeps of it. */
export function codeDocument(read: ReadDocument, scope: EventScope = GUIDELINES_SCOPE): { bundle: DocumentBundle; problems: Problem[] } {
  const { document, sentences, footnotes } = read;
  const extracted = extractEvents({
    documentId: document.id,
    text: document.text,
    published: document.published,
    language: document.language,
    sentences: sentences.map((s) => ({ start: s.span[0], end: s.span[1] })),
    footnotes: new Map(sentences.filter((s) => s.footnotes.length).map((s) => [s.index, s.footnotes])),
  });
  return {
    bundle: { document, sentences, footnotes, events: extracted.events.filter((e) => inScope(scope, e.actor, e.target)), quantities: extracted.quantities },
    problems: extracted.problems,
  };
}

export function prepareDocument(file: string, overrides: IngestOverrides, options: PrepareOptions = {}): Prepared {
  const read = readDocument(file, overrides);
  if (!read.ok) return { file, ok: false, problems: read.problems };
  const known = options.known?.has(read.value.document.id) ?? false;
  if (known || options.extract === false) {
    const { document, sentences, footnotes } = read.value;
    return { file, ok: true, known, bundle: { document, sentences, footnotes, events: [], quantities: [] }, problems: read.problems };
  }
  const coded = codeDocument(read.value, options.scope);
  return { file, ok: true, known, bundle: coded.bundle, problems: [...read.problems, ...coded.problems] };
}
