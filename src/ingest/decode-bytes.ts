/** @module Bytes → text: refuses empty, binary and invalid UTF-8 input with the line where it goes wrong. */
import { problem, type Problem } from "../domain/problem.js";

/** Longest line Basira accepts; longer ones are not prose (minified data, a binary dump). */
export const MAX_LINE = 1_000_000;

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Decodes UTF-8 (BOM optional), normalises line ends to \n, and checks the text is readable prose. */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) return fail("empty-file", "the file is empty: nothing to ingest; check it was saved", file);
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    return fail("binary-file", "this is a binary file, not text: give a .txt, .md or .html document", file, lineAt(bytes, nul));
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail("bad-utf8", "invalid UTF-8: save the file as UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)", file, lineAt(bytes, bad));
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("empty-file", "the file has only white space: nothing to ingest", file);
  let lineStart = 0;
  let line = 1;
  for (let i = text.indexOf("\n"); ; i = text.indexOf("\n", lineStart)) {
    const end = i === -1 ? text.length : i;
    if (end - lineStart > MAX_LINE) {
      return fail(
        "line-too-long",
        `a line of ${(end - lineStart).toLocaleString("en")} characters with no line break: not a report or article; split it into paragraphs`,
        file,
        line,
      );
    }
    if (i === -1) break;
    lineStart = i + 1;
    line++;
  }
  return { ok: true, text };
}

function fail(code: string, message: string, file: string, line?: number): Decoded {
  return { ok: false, problem: problem(code, message, { file, line: line ?? null }) };
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes' boundaries. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
