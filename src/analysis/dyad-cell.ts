/** @module A dyad cell: events of one direction, grain slot, dimension, origin and type, counted and scored. */
import type { Dimension } from "../domain/dimension.js";
import type { Event } from "../domain/event.js";
import type { PloverType, QuadClass } from "../domain/plover.js";
import { eventScore } from "./event-score.js";
import { grainKey, type Grain } from "./period.js";

/** `forward` is A→B, `backward` is B→A. */
export type Direction = "forward" | "backward";

/**
 * The unit every dyad figure is summed from. The store hands out cells from its rollups; raw events
 * become cells of `n = 1` through `eventCells`, so both paths feed the same arithmetic.
 */
export interface DyadCell {
  readonly direction: Direction;
  /** Grain key of the event's first day (`YYYY-MM` or a Monday), "" when undated. */
  readonly from: string;
  /** Grain key of its last day; differs from `from` when the date is coarser than the grain. */
  readonly to: string;
  /** Null when the store already summed over dimensions (after applying any dimension filter). */
  readonly dimension: Dimension | null;
  /** Null when the store already summed over origins (after applying any origin filter). */
  readonly origin: string | null;
  readonly type: PloverType;
  readonly quadClass: QuadClass;
  readonly n: number;
  /** Sum of the events' scores (see `eventScore`). */
  readonly score: number;
}

/** A code stands for itself and its sub-codes: IRQ covers IRQ.PARLIAMENT, not IRQX. */
export const coversActor = (code: string, actor: string): boolean => actor === code || actor.startsWith(`${code}.`);

/** The direction of an event within dyad A–B, or null when it is not between them. */
export function directionOf(e: Pick<Event, "actor" | "target">, a: string, b: string): Direction | null {
  if (e.target === null) return null;
  if (coversActor(a, e.actor) && coversActor(b, e.target)) return "forward";
  if (coversActor(b, e.actor) && coversActor(a, e.target)) return "backward";
  return null;
}

/** First and last day an event covers (its date, or date..dateEnd), null when undated. */
export function dayRange(e: Pick<Event, "date" | "dateEnd">): { first: string; last: string } | null {
  if (e.date === null) return null;
  const first = e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date;
  const end = e.dateEnd ?? e.date;
  const last =
    end.length === 4
      ? `${end}-12-31`
      : end.length === 7
        ? new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)), 0)).toISOString().slice(0, 10)
        : end;
  return { first, last };
}

/**
 * Raw events of dyad A–B as one cell each (events outside the dyad are dropped).
 * @example eventCells(events, "USA", "IRQ", "month")
 */
export function eventCells(events: readonly Event[], a: string, b: string, grain: Grain): DyadCell[] {
  const cells: DyadCell[] = [];
  for (const e of events) {
    const direction = directionOf(e, a, b);
    if (direction === null) continue;
    const range = dayRange(e);
    cells.push({
      direction,
      from: range ? grainKey(range.first, grain) : "",
      to: range ? grainKey(range.last, grain) : "",
      dimension: e.dimension,
      origin: e.origin,
      type: e.type,
      quadClass: e.quadClass,
      n: 1,
      score: eventScore(e),
    });
  }
  return cells;
}
