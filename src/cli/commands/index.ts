/** @module The registry of CLI commands: one line per command. */
import type { Command } from "../command.js";

export const COMMANDS: readonly Command[] = [
];
