/** @module The `basira` command line: parses argv, runs a command, maps errors to exit codes in one place. */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { WorkbenchError, InvalidInput } from "../domain/errors.js";
import { openWorkbench, type Workbench } from "../workbench.js";
import { EXIT, type CliContext, type Command, type OptionSpec } from "./command.js";
import { allCommands, loadCommand } from "./commands/index.js";

/** Flags every command takes. */
const COMMON: Record<string, OptionSpec> = {
  db: { type: "string", description: "database file (default: $BASIRA_DB or ./basira.db)" },
  help: { type: "boolean", short: "h", description: "show this help" },
};

export async function helpText(): Promise<string> {
  const COMMANDS = await allCommands();
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "basira: sourced events, dyad trajectories and foresight for crisis analysts",
    "",
    "usage: basira COMMAND [ARGS] [--db PATH] [--format table|json|jsonl|csv]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `basira COMMAND --help` for a command's flags.",
  ].join("\n");
}

export function commandHelp(c: Command): string {
  const opts = { ...c.options, ...COMMON };
  const flags = Object.entries(opts).map(([name, o]) => {
    const arg = o.type === "string" ? ` ${name.toUpperCase()}` : "";
    return `  --${name}${arg}`.padEnd(28) + o.description;
  });
  return [`usage: ${c.usage}`, "", c.summary, "", "flags:", ...flags].join("\n");
}

/**
 * The one error → exit code map. Errors thrown to the edge mean nothing was done (bad usage, nothing
 * readable, store unusable): 2. Partial success is not an error; commands return 1 for it themselves.
 */
function exitCodeOf(_e: WorkbenchError): number {
  return EXIT.usage;
}

export interface MainIo {
  stdout?: CliContext["stdout"];
  stderr?: CliContext["stderr"];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export async function main(argv: readonly string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    stdout.write((await helpText()) + "\n");
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version") {
    stdout.write("basira 0.1.0\n");
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    stderr.write(`basira: unknown command "${name}". Run \`basira --help\` for the list.\n`);
    return EXIT.usage;
  }
  let workbench: Workbench | undefined;
  try {
    const options = { ...command.options, ...COMMON };
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: Object.fromEntries(
          Object.entries(options).map(([k, o]) => [
            k,
            { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
          ]),
        ),
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new InvalidInput(`${(e as Error).message.replace(/\. To specify a positional.*$/s, "")}. Run \`basira ${name} --help\`.`);
    }
    if (parsed.values.help) {
      stdout.write(commandHelp(command) + "\n");
      return EXIT.ok;
    }
    const { min = 0, max = Infinity } = command.positionals ?? {};
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new InvalidInput(`usage: ${command.usage}`);
    }
    const dbPath = resolve(cwd, (parsed.values.db as string | undefined) ?? env.BASIRA_DB ?? "basira.db");
    const ctx: CliContext = {
      stdout,
      stderr,
      env,
      cwd,
      workbench: () => (workbench ??= openWorkbench({ db: dbPath })),
    };
    return await command.run(parsed.values as Record<string, string | boolean | string[] | undefined>, parsed.positionals, ctx);
  } catch (e) {
    if (e instanceof WorkbenchError) {
      stderr.write(`basira ${name}: ${e.message}\n`);
      return exitCodeOf(e);
    }
    stderr.write(`basira ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (env.BASIRA_DEBUG) stderr.write(`${(e as Error)?.stack}\n`);
    return 70;
  } finally {
    workbench?.close();
  }
}
