/** @module Problems found inside the pipeline, kept as data and reported in batches. */
import { z } from "zod";

export const Place = z.object({
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
});
export type Place = z.infer<typeof Place>;

export const Problem = z.object({
  /** Stable machine code, e.g. `empty-file`, `bad-utf8`; messages are looked up or written from it. */
  code: z.string(),
  message: z.string(),
  place: Place.nullable(),
  /** A fatal problem rejects its unit of work (the file, the row); others are warnings. */
  fatal: z.boolean(),
});
export type Problem = z.infer<typeof Problem>;

export function problem(code: string, message: string, place: Partial<Place> | null = null, fatal = true): Problem {
  return {
    code,
    message,
    place: place ? { file: place.file ?? null, line: place.line ?? null, column: place.column ?? null } : null,
    fatal,
  };
}

/** "file:line: message" — the one-line form every edge prints. */
export function formatProblem(p: Problem): string {
  const where = p.place?.file ? `${p.place.file}${p.place.line ? `:${p.place.line}` : ""}: ` : "";
  return `${where}${p.message}`;
}
