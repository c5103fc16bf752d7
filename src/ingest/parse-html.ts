/** @module HTML: main content via Readability over linkedom; title, author, date from meta tags. Scripts never run. */
import { createRequire } from "node:module";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as LinkedomModule from "linkedom";
import { problem, type Problem } from "../domain/problem.js";
import type { Parsed, ParsedMeta } from "./parse-markdown.js";

// Loaded at the first HTML page: a Markdown or plain-text run (the example corpus) never pays their ~0.3 s start-up.
const require = createRequire(import.meta.url);
let loaded: { Readability: typeof ReadabilityModule.Readability; parseHTML: typeof LinkedomModule.parseHTML } | null = null;
function html(): NonNullable<typeof loaded> {
  loaded ??= { Readability: (require("@mozilla/readability") as typeof ReadabilityModule).Readability, parseHTML: (require("linkedom") as typeof LinkedomModule).parseHTML };
  return loaded;
}

const metaContent = (doc: Document, names: readonly string[]): string | undefined => {
  for (const n of names) {
    const el = doc.querySelector(`meta[name="${n}"], meta[property="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return undefined;
};

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption";

/** Block text separated by blank lines, so sentence and paragraph breaks survive. */
function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? "").replace(/[ \t\r\n\u00a0]+/g, " ").trim());
  return parts.filter(Boolean).join("\n\n");
}

export function parseHtml(raw: string, file: string): Parsed {
  const problems: Problem[] = [];
  const { Readability, parseHTML } = html();
  const { document } = parseHTML(raw);
  const scripts = document.querySelectorAll("script, style, noscript, iframe, object, embed");
  if ([...scripts].some((s) => s.tagName.toLowerCase() === "script")) {
    problems.push(problem("script-removed", "removed <script> elements: scripts are never run or stored", { file }, false));
  }
  for (const s of scripts) s.remove();
  const meta: ParsedMeta = {
    title: metaContent(document, ["og:title", "twitter:title", "headline"]) ?? (document.querySelector("title")?.textContent?.trim() || undefined),
    author: metaContent(document, ["author", "article:author", "byl", "dc.creator"]),
    publisher: metaContent(document, ["og:site_name", "publisher"]),
    url: metaContent(document, ["og:url"]) ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
    published: metaContent(document, ["article:published_time", "datePublished", "date", "dc.date", "pubdate"]),
    language: document.documentElement?.getAttribute("lang") ?? undefined,
  };
  let text = "";
  try {
    const article = new Readability(document.cloneNode(true) as unknown as Document).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(inner.body as unknown as Element);
      meta.title ??= article.title ?? undefined;
      meta.author ??= article.byline ?? undefined;
    }
  } catch {
    // Readability gives up on some fragments; the whole body is the fallback below.
  }
  if (!text.trim() && document.body) text = blockText(document.body as unknown as Element);
  return { text, meta, problems };
}
