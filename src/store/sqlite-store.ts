/** @module The SQLite store: the only code that knows SQL. One file, WAL, migrations on open. */
import Database from "better-sqlite3";
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Document } from "../domain/document.js";
import type { DocumentBundle } from "../domain/document-bundle.js";
import type { Event } from "../domain/event.js";
import type { Footnote } from "../domain/footnote.js";
import type { Quantity } from "../domain/quantity.js";
import type { Sentence } from "../domain/sentence.js";
import { StoreError } from "../domain/errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { EVENT_COLUMNS, eventToRow, quantityToRow, rowToEvent, type EventRow } from "./event-row.js";
import type { EventFilter } from "./event-filter.js";
import { firstDay, lastDay } from "./day-range.js";
import { searchSnippet } from "./search-snippet.js";


export interface DocumentSummary {
  id: string;
  title: string;
  author: string | null;
  published: string | null;
  language: string;
  kind: string;
  source: string | null;
  sentences: number;
  events: number;
}

export interface SearchHit {
  document: string;
  title: string;
  index: number;
  span: [number, number];
  text: string;
  snippet: string;
  rank: number;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  footnotes: number;
  events: number;
  quantities: number;
  byDimensionYear: { dimension: string; year: string; events: number }[];
  byOrigin: { origin: string; events: number }[];
}

// Words too common to narrow a search; dropped from queries unless the query has nothing else.
const STOPWORDS = new Set("a an and are as at be by for from has have in is it its of on or that the this to was were with".split(" "));

/**
 * FTS5 query from free text: every word (AND) or any word (OR), stop words dropped. Each word is
 * quoted so FTS operators in user text stay data.
 */
export function ftsQuery(text: string, join: "AND" | "OR"): string {
  const words = [...new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))];
  const content = words.filter((w) => !STOPWORDS.has(w));
  return (content.length ? content : words).map((w) => `"${w}"`).join(` ${join} `);
}

interface DocText {
  no: number;
  text: string;
  sentences: string;
}

/** Room for sentences per document in the search index's rowids (document no × 2^20 + sentence index). */
export const SENTENCES_PER_DOCUMENT = 2 ** 20;
const sentenceRowid = (no: number, index: number): number => no * SENTENCES_PER_DOCUMENT + index;

/** A code matches itself and its sub-codes: IRQ matches IRQ and IRQ.PARLIAMENT, not IRQX. */
const codeClause = (column: string): string => `(${column} = ? OR ${column} LIKE ? ESCAPE '\\')`;
const codeParams = (code: string): string[] => [code, `${code.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`];

export class SqliteStore {
  readonly db: Database.Database;
  readonly path: string;

  private constructor(db: Database.Database, path: string, private readonly readonly: boolean) {
    this.db = db;
    this.path = path;
  }

  /** Opens (creating if needed) the database at `path` and brings its schema up to date. */
  static open(path: string, options: { readonly?: boolean } = {}): SqliteStore {
    const full = path === ":memory:" ? path : resolve(path);
    if (full !== ":memory:") checkWritable(full, options.readonly ?? false);
    let db: Database.Database;
    try {
      db = new Database(full, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (e) {
      throw new StoreError(`cannot open database ${full}: ${(e as Error).message}`, "store-open");
    }
    try {
      if (!options.readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        // A larger page cache keeps index pages of bulk writes in memory (the default is 2 MB).
        db.pragma("cache_size = -65536");
      }
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      migrate(db, full, options.readonly ?? false);
    } catch (e) {
      db.close();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot use database ${full}: ${(e as Error).message}`, "store-open");
    }
    return new SqliteStore(db, full, options.readonly ?? false);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  documentIds(): string[] {
    return (this.db.prepare("SELECT id FROM documents").pluck().all() as string[]);
  }

  hasDocument(id: string): boolean {
    return this.db.prepare("SELECT 1 FROM documents WHERE id = ?").get(id) !== undefined;
  }

  /** Stores a document with everything derived from it in one transaction; a document already stored is left as it is. */
  putDocument(bundle: DocumentBundle): { inserted: boolean } {
    return this.db.transaction((): { inserted: boolean } => {
      const d = bundle.document;
      const res = this.db
        .prepare(
          `INSERT INTO documents (id, title, author, publisher, url, published, language, kind, source, text, sentences, sentence_count, ingested_at)
           VALUES (@id, @title, @author, @publisher, @url, @published, @language, @kind, @source, @text, @sentences, @sentence_count, @ingested_at)
           ON CONFLICT(id) DO NOTHING`,
        )
        .run({
          ...d,
          sentences: JSON.stringify(bundle.sentences.map((s) => s.span)),
          sentence_count: bundle.sentences.length,
          ingested_at: new Date().toISOString(),
        });
      if (res.changes === 0) return { inserted: false };
      const note = this.db.prepare(
        "INSERT INTO footnotes (document, label, text, start, end, markers) VALUES (?, ?, ?, ?, ?, ?)",
      );
      for (const f of bundle.footnotes) note.run(d.id, f.label, f.text, f.span[0], f.span[1], JSON.stringify(f.markers));
      this.insertEvents(bundle.events);
      this.insertQuantities(bundle.quantities);
      return { inserted: true };
    })();
  }

  /** How many stored sentences the search index has not taken in yet. */
  searchIndexPending(): number {
    return (
      this.db
        .prepare("SELECT coalesce(sum(sentence_count), 0) AS n FROM documents WHERE no > (SELECT indexed_no FROM search_index_state WHERE id = 1)")
        .get() as { n: number }
    ).n;
  }

  /**
   * Brings the full-text index up to date with the documents, in one transaction. Indexing in bulk
   * after a run (rather than per document) writes far fewer FTS segments; a run killed before this
   * point is caught up by the next write or search, because the documents are the truth.
   */
  catchUpSearchIndex(): number {
    if (this.readonly) return 0;
    const batch = this.db.prepare("SELECT no, text, sentences FROM documents WHERE no > ? ORDER BY no LIMIT 256");
    const ins = this.db.prepare("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)");
    return this.db.transaction((): number => {
      let { indexed_no: top } = this.db.prepare("SELECT indexed_no FROM search_index_state WHERE id = 1").get() as { indexed_no: number };
      let added = 0;
      // Batches keep memory flat however much was ingested since the last catch-up.
      for (let docs = batch.all(top) as DocText[]; docs.length; docs = batch.all(top) as DocText[]) {
        for (const doc of docs) {
          (JSON.parse(doc.sentences) as [number, number][]).forEach(([a, b], i) => {
            added += ins.run(sentenceRowid(doc.no, i), doc.text.slice(a, b)).changes;
          });
          top = doc.no;
        }
      }
      this.db.prepare("UPDATE search_index_state SET indexed_no = ? WHERE id = 1").run(top);
      return added;
    })();
  }

  /** Inserts events, skipping any whose id (or dataset id) is already stored; returns how many were added. */
  insertEvents(events: readonly Event[]): number {
    if (events.length === 0) return 0;
    const stmt = this.db.prepare(
      `INSERT OR IGNORE INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(", ")})`,
    );
    let added = 0;
    this.db.transaction(() => {
      for (const e of events) added += stmt.run(eventToRow(e)).changes;
    })();
    return added;
  }

  insertQuantities(quantities: readonly Quantity[]): void {
    if (quantities.length === 0) return;
    const stmt = this.db.prepare(
      `INSERT OR IGNORE INTO quantities (subject, measure, value, unit, date, text, document, span_start, span_end, sentence, footnotes)
       VALUES (@subject, @measure, @value, @unit, @date, @text, @document, @span_start, @span_end, @sentence, @footnotes)`,
    );
    this.db.transaction(() => {
      for (const q of quantities) stmt.run(quantityToRow(q));
    })();
  }

  listDocuments(): DocumentSummary[] {
    return this.db
      .prepare(
        `SELECT d.id, d.title, d.author, d.published, d.language, d.kind, d.source,
                d.sentence_count AS sentences,
                (SELECT count(*) FROM events e WHERE e.document = d.id) AS events
         FROM documents d ORDER BY d.published IS NULL, d.published, d.title`,
      )
      .all() as DocumentSummary[];
  }

  /** Finds a document by full id or by a unique prefix of its hash ("doc:1a2b" or "1a2b"). */
  resolveDocumentId(idOrPrefix: string): string[] {
    const hex = idOrPrefix.replace(/^doc:/, "").toLowerCase();
    if (!/^[0-9a-f]{1,64}$/.test(hex)) return [];
    return (
      this.db.prepare("SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2").all(`doc:${hex}`, `doc:${hex}g`) as {
        id: string;
      }[]
    ).map((r) => r.id);
  }

  getDocument(id: string): Document | undefined {
    return this.db
      .prepare("SELECT id, title, author, publisher, url, published, language, kind, source, text FROM documents WHERE id = ?")
      .get(id) as Document | undefined;
  }

  /** A document's sentences, sliced from its text, each with the labels of the footnote markers inside it. */
  sentencesOf(id: string): Sentence[] {
    const row = this.db.prepare("SELECT text, sentences FROM documents WHERE id = ?").get(id) as { text: string; sentences: string } | undefined;
    if (!row) return [];
    const markers = this.footnotesOf(id).flatMap((f) => f.markers.map(([at]) => ({ at, label: f.label }))).sort((a, b) => a.at - b.at);
    return (JSON.parse(row.sentences) as [number, number][]).map(([start, end], index) => ({
      document: id,
      index,
      span: [start, end],
      text: row.text.slice(start, end),
      footnotes: markers.filter((m) => m.at >= start && m.at < end).map((m) => m.label),
    }));
  }

  footnotesOf(id: string): Footnote[] {
    return (
      this.db.prepare("SELECT label, text, start, end, markers FROM footnotes WHERE document = ?").all(id) as {
        label: string;
        text: string;
        start: number;
        end: number;
        markers: string;
      }[]
    )
      .map((r) => ({ document: id, label: r.label, text: r.text, span: [r.start, r.end] as [number, number], markers: JSON.parse(r.markers) }))
      .sort((a, b) => Number(a.label) - Number(b.label) || a.label.localeCompare(b.label));
  }

  /** Full-text search over sentences, best first (BM25), with a highlighted snippet. */
  search(text: string, limit = 20): SearchHit[] {
    this.catchUpSearchIndex();
    const all = ftsQuery(text, "AND");
    if (!all) return [];
    const hits = this.searchFts(all, limit);
    if (hits.length >= limit) return hits;
    // Too few sentences hold every word: fill with sentences holding some of them, ranked after.
    const seen = new Set(hits.map((h) => `${h.document}#${h.index}`));
    const more = this.searchFts(ftsQuery(text, "OR"), limit + hits.length).filter((h) => !seen.has(`${h.document}#${h.index}`));
    return [...hits, ...more].slice(0, limit);
  }

  private searchFts(q: string, limit: number): SearchHit[] {
    const ranked = this.db
      .prepare("SELECT rowid, bm25(sentences_fts) AS rank FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?")
      .all(q, limit) as { rowid: number; rank: number }[];
    const words = q.match(/[\p{L}\p{N}]+/gu)?.filter((w) => w !== "AND" && w !== "OR") ?? [];
    const docs = new Map<number, { id: string; title: string; text: string; spans: [number, number][] }>();
    const doc = this.db.prepare("SELECT id, title, text, sentences FROM documents WHERE no = ?");
    return ranked.flatMap(({ rowid, rank }) => {
      const no = Math.floor(rowid / SENTENCES_PER_DOCUMENT);
      const index = rowid % SENTENCES_PER_DOCUMENT;
      let d = docs.get(no);
      if (!d) {
        const r = doc.get(no) as { id: string; title: string; text: string; sentences: string } | undefined;
        if (!r) return [];
        d = { id: r.id, title: r.title, text: r.text, spans: JSON.parse(r.sentences) };
        docs.set(no, d);
      }
      const span = d.spans[index];
      if (!span) return [];
      const text = d.text.slice(span[0], span[1]);
      return [{ document: d.id, title: d.title, index, span, text, snippet: searchSnippet(text, words), rank }];
    });
  }

  /** Events matching a filter, oldest first (undated last). */
  events(filter: EventFilter = {}): Event[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.actor) add(codeClause("actor"), ...codeParams(filter.actor));
    if (filter.target) add(codeClause("target"), ...codeParams(filter.target));
    if (filter.dyad) {
      const [a, b] = filter.dyad;
      add(
        `((${codeClause("actor")} AND ${codeClause("target")}) OR (${codeClause("actor")} AND ${codeClause("target")}))`,
        ...codeParams(a), ...codeParams(b), ...codeParams(b), ...codeParams(a),
      );
    }
    if (filter.type) add("type = ?", filter.type);
    if (filter.dimension) add("dimension = ?", filter.dimension);
    if (filter.modality) add("modality = ?", filter.modality);
    if (filter.origin === "imported") add("origin LIKE 'imported:%'");
    else if (filter.origin) add("origin = ?", filter.origin);
    if (filter.document) add("document = ?", filter.document);
    if (filter.from) add("day_to >= ?", firstDay(filter.from));
    if (filter.to) add("day_from <= ?", lastDay(filter.to));
    const sql = `SELECT ${EVENT_COLUMNS.join(", ")} FROM events ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY day_from IS NULL, day_from, day_to DESC, document, span_start, id LIMIT ? OFFSET ?`;
    params.push(filter.limit ?? -1, filter.offset ?? 0);
    return (this.db.prepare(sql).all(...params) as EventRow[]).map(rowToEvent);
  }

  quantities(filter: { subject?: string; measure?: string } = {}): Quantity[] {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.subject) add(codeClause("subject"), ...codeParams(filter.subject));
    if (filter.measure) add("measure = ?", filter.measure);
    const rows = this.db
      .prepare(`SELECT * FROM quantities ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY date IS NULL, date, id`)
      .all(...params) as Record<string, unknown>[];
    return rows.map((r) => ({
      subject: r.subject as string | null,
      measure: r.measure as string,
      value: r.value as number,
      unit: r.unit as string,
      date: r.date as string | null,
      text: r.text as string,
      provenance:
        r.document === null && r.sentence === null
          ? null
          : {
              document: r.document as string | null,
              span: r.span_start === null ? null : [r.span_start as number, r.span_end as number],
              sentence: r.sentence as string | null,
              footnotes: JSON.parse(r.footnotes as string) as string[],
              url: null,
            },
    }));
  }

  stats(): StoreStats {
    const count = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: count("documents"),
      sentences: (this.db.prepare("SELECT coalesce(sum(sentence_count), 0) AS n FROM documents").get() as { n: number }).n,
      footnotes: count("footnotes"),
      events: count("events"),
      quantities: count("quantities"),
      byDimensionYear: this.db
        .prepare(
          `SELECT dimension, coalesce(substr(date, 1, 4), 'undated') AS year, count(*) AS events
           FROM events GROUP BY dimension, year ORDER BY year, dimension`,
        )
        .all() as StoreStats["byDimensionYear"],
      byOrigin: this.db
        .prepare("SELECT origin, count(*) AS events FROM events GROUP BY origin ORDER BY origin")
        .all() as StoreStats["byOrigin"],
    };
  }

  /** Copies the live database to `file` with SQLite's online backup (safe while others read and write). */
  async backup(file: string): Promise<void> {
    checkWritable(resolve(file), false);
    await this.db.backup(file);
  }

  integrityCheck(): string {
    return this.db.pragma("integrity_check", { simple: true }) as string;
  }
}

function checkWritable(file: string, readonly: boolean): void {
  const dir = dirname(file);
  try {
    if (!readonly && !existsSync(dir)) mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    accessSync(existsSync(file) ? file : dir, readonly ? constants.R_OK : constants.R_OK | constants.W_OK);
  } catch {
    throw new StoreError(
      `cannot ${readonly ? "read" : "write"} the database at ${file}: choose a writable path with --db PATH or BASIRA_DB`,
      "store-unwritable",
    );
  }
}

function migrate(db: Database.Database, file: string, readonly: boolean): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `${file} has schema version ${current}, newer than this Basira understands (${SCHEMA_VERSION}): upgrade Basira, or use another --db`,
      "store-newer-schema",
    );
  }
  if (current === SCHEMA_VERSION) return;
  if (readonly) throw new StoreError(`${file} needs migrating to version ${SCHEMA_VERSION}: open it writable once`, "store-old-schema");
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
