/** @module What a dataset row becomes: an event, a GDELT mention of an event, or a problem with its place. */
import type { Event } from "../../domain/event.js";
import type { Problem } from "../../domain/problem.js";

/** The datasets `basira import` reads; the origin of their events is `imported:<dataset>`. */
export const DATASETS = ["gdelt", "polecat", "acled"] as const;
export type DatasetName = (typeof DATASETS)[number];

/** A GDELT 2.0 mention: one article that mentions an event, with where in the article and how sure GDELT is. */
export interface EventMention {
  readonly origin: string;
  /** The event's id in the dataset (GLOBALEVENTID); the link to `events.source_id`. */
  readonly eventSourceId: string;
  readonly eventTime: string | null;
  readonly mentionTime: string | null;
  readonly mentionType: number | null;
  readonly sourceName: string | null;
  readonly url: string;
  readonly sentence: number | null;
  readonly actor1Offset: number | null;
  readonly actor2Offset: number | null;
  readonly actionOffset: number | null;
  readonly inRawText: boolean | null;
  /** GDELT's confidence in the extraction, 10–100 (%). */
  readonly confidence: number | null;
  readonly docLength: number | null;
  readonly docTone: number | null;
}

export type ImportItem =
  | { readonly kind: "event"; readonly event: Event }
  | { readonly kind: "mention"; readonly mention: EventMention };

/** A mapped row; a row deliberately left out (counted, with its reason); or the reason it was rejected. */
export type Mapped =
  | ImportItem
  | { readonly kind: "skip"; readonly reason: string }
  | { readonly kind: "reject"; readonly problem: Problem };
