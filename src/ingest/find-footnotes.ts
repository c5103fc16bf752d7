/** @module Finds the notes list at the end of a document and links the body's markers ("[3]", "[^3]") to it. */
import { problem, type Problem } from "../domain/problem.js";

export interface FoundNote {
  readonly label: string;
  readonly text: string;
  readonly span: [number, number];
  readonly markers: [number, number][];
}

export interface FoundFootnotes {
  /** Where the body ends and the notes section begins (text.length when there is none). */
  readonly bodyEnd: number;
  readonly notes: FoundNote[];
  readonly problems: Problem[];
}

const NOTES_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:notes|footnotes|endnotes|references|sources|المراجع|الهوامش|المصادر)[ \t]*:?[ \t]*$/imu;
const DEFINITION = /^[ \t]*(?:\[\^?([\w-]+)\]:?|\^?(\d+)[.)])[ \t]+(\S.*)$/;
const MARKER = /\[\^?(\d+|[A-Za-z][\w-]*)\]/g;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf("\n", start);
    const end = i === -1 ? text.length : i;
    out.push({ start, end, text: text.slice(start, end) });
    if (i === -1) return out;
    start = i + 1;
  }
}

/** The notes section: after a "Notes" heading, or the trailing run of "[n] text" lines. */
function notesStart(text: string, lines: Line[]): { bodyEnd: number; from: number } | null {
  const heading = [...text.matchAll(new RegExp(NOTES_HEADING.source, "gimu"))].pop();
  if (heading && heading.index !== undefined) {
    const idx = lines.findIndex((l) => l.start === heading.index);
    if (idx !== -1) return { bodyEnd: heading.index, from: idx + 1 };
  }
  let first = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    if (t.trim() === "") continue;
    if (/^[ \t]*\[\^?[\w-]+\]:?[ \t]+\S/.test(t)) first = i;
    else break;
  }
  return first === -1 ? null : { bodyEnd: lines[first]!.start, from: first };
}

export function findFootnotes(text: string, file: string | null = null): FoundFootnotes {
  const lines = linesOf(text);
  const start = notesStart(text, lines);
  const notes = new Map<string, FoundNote>();
  if (start) {
    for (const line of lines.slice(start.from)) {
      const m = DEFINITION.exec(line.text);
      if (!m) continue;
      const label = (m[1] ?? m[2])!;
      const noteText = m[3]!.trim();
      const at = line.start + line.text.indexOf(m[3]!);
      if (!notes.has(label)) notes.set(label, { label, text: noteText, span: [at, at + noteText.length], markers: [] });
    }
  }
  const bodyEnd = start && notes.size > 0 ? start.bodyEnd : text.length;
  const problems: Problem[] = [];
  const missing = new Set<string>();
  for (const m of text.slice(0, bodyEnd).matchAll(MARKER)) {
    const note = notes.get(m[1]!);
    if (note) note.markers.push([m.index, m.index + m[0].length]);
    else if (/^\d+$/.test(m[1]!) && notes.size > 0) missing.add(m[1]!);
  }
  for (const label of missing) {
    problems.push(problem("footnote-missing", `marker [${label}] has no note in the notes list`, { file }, false));
  }
  return { bodyEnd, notes: [...notes.values()], problems };
}
