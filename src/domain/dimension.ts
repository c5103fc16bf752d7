/** @module The three dimensions of a relationship that Basira tracks. */
import { z } from "zod";

export const DIMENSIONS = ["political", "economic", "military"] as const;
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;
