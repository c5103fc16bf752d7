/** @module `basira backup FILE`: a consistent copy of the live database, via SQLite's online backup. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { InvalidInput } from "../../domain/errors.js";
import { type Command } from "../command.js";

export const backup: Command = {
  name: "backup",
  summary: "copy the database to FILE with SQLite's online backup",
  usage: "basira backup FILE [--force]",
  positionals: { min: 1, max: 1 },
  options: { force: { type: "boolean", description: "overwrite FILE if it exists" } },
  async run(values, [file], ctx) {
    const target = resolve(ctx.cwd, file!);
    const wb = ctx.workbench();
    if (target === wb.store.path) throw new InvalidInput("the backup file is the database itself: choose another path");
    if (existsSync(target) && !values.force) throw new InvalidInput(`${target} exists: choose another path or pass --force`);
    await wb.store.backup(target);
    ctx.stderr.write(`backed up ${wb.store.path} to ${target}\n`);
    return 0;
  },
};
