/** @module The registry of CLI commands: one line per command, each loaded only when it runs. */
import type { Command } from "../command.js";

/**
 * Loaders rather than modules: a command's code (and what it pulls in: extraction lexicons, charts,
 * HTML readers) is loaded only for the command that runs, so `basira import` does not pay for `dyad`.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  ingest: async () => (await import("./ingest.js")).ingest,
  import: async () => (await import("./import.js")).importCommand,
  documents: async () => (await import("./documents.js")).documents,
  show: async () => (await import("./show.js")).show,
  search: async () => (await import("./search.js")).search,
  events: async () => (await import("./events.js")).events,
  extract: async () => (await import("./extract.js")).extractCommand,
  actors: async () => (await import("./actors.js")).actors,
  backup: async () => (await import("./backup.js")).backup,
  status: async () => (await import("./status.js")).status,
  dyad: async () => (await import("./dyad.js")).dyadCommand,
  "turning-points": async () => (await import("./turning-points.js")).turningPointsCommand,
  network: async () => (await import("./network.js")).networkCommand,
  figures: async () => (await import("./figures.js")).figuresCommand,
  compare: async () => (await import("./compare.js")).compareCommand,
};

/** Looks a command up by name (own keys only: `basira constructor` is an unknown command). */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name]!() : undefined;
}

/** Every command, in registry order (for the help text). */
export async function allCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
