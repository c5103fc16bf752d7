/** @module Markdown: YAML front matter for metadata; the body is kept as written so offsets stay exact. */
import { parse as parseYaml } from "yaml";
import { problem, type Problem } from "../domain/problem.js";

export interface ParsedMeta {
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
  published?: string;
  language?: string;
  source?: string;
}

export interface Parsed {
  /** The document text Basira stores and indexes into. */
  readonly text: string;
  readonly meta: ParsedMeta;
  readonly problems: Problem[];
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const str = (v: unknown): string | undefined => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || undefined;
  return undefined;
};

export function parseMarkdown(raw: string, file: string): Parsed {
  const problems: Problem[] = [];
  const m = FRONT_MATTER.exec(raw);
  let meta: ParsedMeta = {};
  let text = raw;
  if (m) {
    text = raw.slice(m[0].length);
    try {
      const data = parseYaml(m[1]!) as Record<string, unknown> | null;
      if (data && typeof data === "object") {
        meta = {
          title: str(data.title),
          author: str(data.author),
          publisher: str(data.publisher),
          url: str(data.url),
          published: str(data.published ?? data.date),
          language: str(data.language ?? data.lang),
          source: str(data.source),
        };
      }
    } catch (e) {
      const line = raw.slice(0, m.index).split("\n").length + 1;
      problems.push(problem("bad-front-matter", `front matter is not valid YAML (${(e as Error).message.split("\n")[0]}): fix it or remove it`, { file, line }, false));
    }
  }
  if (!meta.title) {
    const h = /^#[ \t]+(.+)$/m.exec(text);
    if (h) meta.title = h[1]!.trim();
  }
  return { text, meta, problems };
}
