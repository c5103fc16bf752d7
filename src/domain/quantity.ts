/** @module A figure stated by a source: troop levels, money, percentages, casualties. */
import { z } from "zod";
import { ActorCode } from "./actor.js";
import { PartialDate } from "./iso-date.js";
import { Provenance } from "./provenance.js";

export const Quantity = z.object({
  /** Who or what the figure is about, e.g. `USA.MILITARY`. */
  subject: ActorCode.nullable(),
  /** What is measured, e.g. `troops`, `trade`, `funds`, `killed`, `share`, `days`. */
  measure: z.string().min(1),
  value: z.number(),
  /** `troops`, `USD`, `IQD`, `%`, `days`, `people` … */
  unit: z.string().min(1),
  date: PartialDate.nullable(),
  /** The figure as the text writes it: "about $35 billion". */
  text: z.string(),
  provenance: Provenance.nullable(),
});
export type Quantity = z.infer<typeof Quantity>;
