/** @module Option schemas of every analysis, shared by the CLI flags and the HTTP API. */
import { z } from "zod";
import { ActorCode } from "../domain/actor.js";
import { Dimension } from "../domain/dimension.js";
import { PartialDate } from "../domain/iso-date.js";
import { Period } from "./period.js";

/** Which events count: extracted from documents, imported from datasets, entered by hand, or all. */
export const OriginChoice = z.enum(["extracted", "imported", "manual", "all"]);
export type OriginChoice = z.infer<typeof OriginChoice>;

/** Whether a stored origin (`extracted`, `imported:gdelt`, `manual`) falls under a choice. */
export const originMatches = (origin: string, choice: OriginChoice): boolean =>
  choice === "all" || origin === choice || (choice === "imported" && origin.startsWith("imported:"));

/** Events are windowed by their first day: `from` ≤ first day ≤ `to` (partial dates widen to their span). */
const Window = {
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  origin: OriginChoice.default("all"),
};

export const DyadOptions = z.object({
  a: ActorCode,
  b: ActorCode,
  by: Period.default("month"),
  /** One dimension, or `each` for one series per dimension; absent means all dimensions together. */
  dimension: z.union([Dimension, z.literal("each")]).optional(),
  normalise: z.boolean().default(false),
  ...Window,
});
export type DyadOptions = z.input<typeof DyadOptions>;

export const Penalty = z.union([z.enum(["MBIC", "BIC"]), z.number().positive()]);
export type Penalty = z.infer<typeof Penalty>;

export const TurningPointOptions = DyadOptions.extend({
  penalty: Penalty.default("MBIC"),
  minSegment: z.number().int().min(1).default(2),
  /** Events listed around each break, strongest scores first. */
  around: z.number().int().min(0).max(100).default(5),
});
export type TurningPointOptions = z.input<typeof TurningPointOptions>;

export const NetworkOptions = z.object({
  ...Window,
  dimension: Dimension.optional(),
  minEvents: z.number().int().min(1).default(1),
});
export type NetworkOptions = z.input<typeof NetworkOptions>;

export const FigureOptions = z.object({
  subject: ActorCode.optional(),
  measure: z.string().min(1).optional(),
});
export type FigureOptions = z.input<typeof FigureOptions>;

/** A half-open day range `first..end`: `2017-01-20..2021-01-20` covers 2017-01-20 up to 2021-01-19. */
export const PeriodRange = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?\.\.\d{4}(-\d{2}(-\d{2})?)?$/, "expected a range FROM..TO such as 2017-01-20..2021-01-20")
  .transform((s) => {
    const [from, to] = s.split("..") as [string, string];
    return { label: s, from, to };
  })
  .refine((r) => PartialDate.safeParse(r.from).success && PartialDate.safeParse(r.to).success, "not a real calendar date")
  .refine((r) => r.from < r.to, "a range must run forward: FROM before TO");
export type PeriodRange = z.output<typeof PeriodRange>;

export const CompareOptions = z.object({
  a: ActorCode,
  b: ActorCode,
  periods: z.array(PeriodRange).min(1),
  dimension: Dimension.optional(),
  origin: OriginChoice.default("all"),
  top: z.number().int().min(1).max(16).default(3),
});
export type CompareOptions = z.input<typeof CompareOptions>;
