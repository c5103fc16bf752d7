/** @module The shape of a CLI command: its flags as data and a run function over a context. */
import type { Workbench } from "../workbench.js";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  readonly description: string;
  readonly default?: string | boolean;
}

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

export interface CliContext {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Opens the workbench on the database chosen by --db, BASIRA_DB or ./basira.db (created on demand). */
  workbench(): Workbench;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** e.g. "basira ingest FILE|DIR... [--published YYYY-MM-DD]" */
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Minimum and maximum number of positional arguments. */
  readonly positionals?: { readonly min: number; readonly max?: number };
  /** Returns the exit code: 0 all done, 1 some inputs rejected, 2 usage error or nothing done. */
  run(values: ParsedValues, positionals: string[], ctx: CliContext): Promise<number>;
}

export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;
