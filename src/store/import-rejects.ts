/** @module The rejects file beside the database (`<db>.rejects.jsonl`): one JSON line per rejected row. */
import { appendFileSync } from "node:fs";
import type { Problem } from "../domain/problem.js";

export const rejectsPath = (dbPath: string): string => `${dbPath}.rejects.jsonl`;

export interface RejectLine {
  readonly at: string;
  readonly dataset: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly code: string;
  readonly reason: string;
}

/** Appends problems; called just before a batch commits, so a kill can repeat lines but never lose one. */
export function appendRejects(dbPath: string, dataset: string, problems: readonly Problem[]): void {
  if (problems.length === 0 || dbPath === ":memory:") return;
  const at = new Date().toISOString();
  const text = problems
    .map((p) =>
      JSON.stringify({ at, dataset, file: p.place?.file ?? null, line: p.place?.line ?? null, code: p.code, reason: p.message } satisfies RejectLine),
    )
    .join("\n");
  appendFileSync(rejectsPath(dbPath), `${text}\n`);
}
