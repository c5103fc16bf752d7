/** @module PLOVER event ontology as data: the 16 event types, their modes, contexts and scores. */
import { z } from "zod";
import ontology from "./codebooks/data/plover-ontology.json" with { type: "json" };

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const QUAD_CLASSES = [1, 2, 3, 4] as const;
/** QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QuadClass = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type QuadClass = z.infer<typeof QuadClass>;

export const QUAD_LABELS: Record<QuadClass, string> = {
  1: "Verbal Cooperation",
  2: "Material Cooperation",
  3: "Verbal Conflict",
  4: "Material Conflict",
};

interface OntologyEvent {
  event: string;
  definition: string;
  quad_category: string;
  score: number;
  modes: ({ mode: string; description?: string; score?: number } | string)[];
}

const events = (ontology as unknown as { events: OntologyEvent[] }).events;

export interface PloverTypeInfo {
  readonly type: PloverType;
  readonly definition: string;
  readonly quadClass: QuadClass;
  /** PLOVER conflict–cooperation score, −10..+10 (manual table; ACCUSE sign corrected, see below). */
  readonly intensity: number;
  readonly modes: readonly string[];
}

const quadOf = (label: string): QuadClass => {
  const i = Object.values(QUAD_LABELS).indexOf(label);
  return (i + 1) as QuadClass;
};

/** The manual prints ACCUSE as +3 while all its modes are negative: a sign typo, so we use −3. */
const intensityOf = (e: OntologyEvent): number => (e.event === "ACCUSE" ? -Math.abs(e.score) : e.score);

export const PLOVER: Readonly<Record<PloverType, PloverTypeInfo>> = Object.fromEntries(
  events.map((e) => [
    e.event,
    {
      type: e.event as PloverType,
      definition: e.definition,
      quadClass: quadOf(e.quad_category),
      intensity: intensityOf(e),
      modes: e.modes.map((m) => (typeof m === "string" ? m : m.mode)),
    },
  ]),
) as unknown as Record<PloverType, PloverTypeInfo>;

export const PLOVER_CONTEXTS: readonly string[] = (
  ontology as unknown as { contexts: { context: string }[] }
).contexts.map((c) => c.context);

/** Types that do harm to their target: an attack, a sanction, a coercive act (their victim is the party hit). */
export const HARM_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "SANCTION", "COERCE"]);

/** Hostile types: the harms plus threats and accusations (a reply to one is aimed at whoever did it). */
export const HOSTILE_TYPES: ReadonlySet<string> = new Set(["ASSAULT", "SANCTION", "COERCE", "THREATEN", "ACCUSE"]);
