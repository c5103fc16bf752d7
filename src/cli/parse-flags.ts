/** @module Validates flag values with a domain schema and turns zod issues into one-line usage errors. */
import type { z } from "zod";
import { InvalidInput } from "../domain/errors.js";

export function parseFlags<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const flag = issue.path.length ? `--${String(issue.path[0])}` : "input";
  const given = issue.path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), value);
  throw new InvalidInput(`${flag} ${given === undefined ? "" : `"${String(given)}" `}is not valid: ${issue.message}`);
}

/** A positive whole number flag, or undefined when absent. */
export function intFlag(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidInput(`--${name} must be a whole number (got "${String(value)}")`);
  return n;
}
