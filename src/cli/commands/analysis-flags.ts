/** @module Flags shared by the analysis commands (dyad, turning-points, network, compare) and their parsing. */
import { InvalidInput } from "../../domain/errors.js";
import { AnalysisService } from "../../analysis-service.js";
import type { CliContext, OptionSpec, ParsedValues } from "../command.js";

export const WINDOW_FLAGS: Record<string, OptionSpec> = {
  from: { type: "string", description: "events whose first day is on or after YYYY[-MM[-DD]]" },
  to: { type: "string", description: "events whose first day is on or before YYYY[-MM[-DD]]" },
  origin: { type: "string", description: "extracted|imported|manual|all (default all)" },
};

export const SERIES_FLAGS: Record<string, OptionSpec> = {
  by: { type: "string", description: "week|month|quarter|year (default month)" },
  dimension: { type: "string", description: "political|economic|military, or each for one series per dimension" },
  ...WINDOW_FLAGS,
  normalise: { type: "boolean", description: "divide by the period's volume of all events (GDELT-style)" },
};

/** The dyad-series options from flags and the two positional actor codes (validated later by the schema). */
export function seriesInput(values: ParsedValues, [a, b]: string[]) {
  return {
    a: a!,
    b: b!,
    by: values.by,
    dimension: values.dimension,
    from: values.from,
    to: values.to,
    origin: values.origin,
    normalise: values.normalise === true,
  };
}

/** A number flag, or undefined when absent. */
export function numberFlag(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidInput(`--${name} must be a number (got "${String(value)}")`);
  return n;
}

/** The analysis service on the CLI's store; says so on stderr when it is about to roll up many new events. */
export function analysisOf(ctx: CliContext): AnalysisService {
  const service = new AnalysisService(ctx.workbench().store);
  const pending = service.pendingRollup();
  if (pending >= 100_000) ctx.stderr.write(`rolling up ${pending.toLocaleString("en")} new events for analysis (once; later queries are fast)…\n`);
  return service;
}
