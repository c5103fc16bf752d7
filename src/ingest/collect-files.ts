/** @module Expands the paths given to `ingest` into document files, in a stable order. */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { problem, type Problem } from "../domain/problem.js";
import { DOCUMENT_EXTENSIONS } from "../domain/document.js";

export interface Collected {
  readonly files: string[];
  readonly problems: Problem[];
}

const isDocument = (name: string): boolean => extname(name).toLowerCase() in DOCUMENT_EXTENSIONS && !name.startsWith(".");

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") walk(full, out);
    else if (entry.isFile() && isDocument(entry.name) && entry.name.toLowerCase() !== "readme.md") out.push(full);
  }
}

/** Files are taken as given; directories contribute their .txt, .md and .html files (README.md excepted). */
export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push(problem("missing-file", "no such file or directory: check the path", { file: p }));
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const found: string[] = [];
    walk(p, found);
    if (found.length === 0) {
      problems.push(problem("empty-directory", "no .txt, .md or .html documents in this directory", { file: p }));
    }
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}
