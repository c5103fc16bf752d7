/** @module The registry of CLI commands: one line per command. */
import type { Command } from "../command.js";
import { actors } from "./actors.js";
import { backup } from "./backup.js";
import { compareCommand } from "./compare.js";
import { documents } from "./documents.js";
import { dyadCommand } from "./dyad.js";
import { events } from "./events.js";
import { extractCommand } from "./extract.js";
import { figuresCommand } from "./figures.js";
import { importCommand } from "./import.js";
import { ingest } from "./ingest.js";
import { networkCommand } from "./network.js";
import { search } from "./search.js";
import { show } from "./show.js";
import { status } from "./status.js";
import { turningPointsCommand } from "./turning-points.js";

export const COMMANDS: readonly Command[] = [
  ingest,
  importCommand,
  documents,
  show,
  search,
  events,
  extractCommand,
  actors,
  backup,
  status,
  dyadCommand,
  turningPointsCommand,
  networkCommand,
  figuresCommand,
  compareCommand,
];
