/** @module Attacks on a named place of the region: the place's country is the target when no party is named. */
import type { CodedEvent } from "./code-sentence.js";
import { struckCountry } from "./lexicon/regional-places.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";


/**
 * "a strike hit an air-defence radar at an air base near Isfahan", "attacked sites in the provinces of Ilam and
 * Khuzestan": an attack with no party named as its target is aimed at the state where it landed (GUIDELINES:
 * places stand for their country; "a strike near Baghdad" targets Iraq when nothing else is named).
 */
export function struckPlace(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (c.type !== "ASSAULT" || c.target !== null || c.speculative) return c;
  const country = struckCountry(a.text.slice(a.tokens[c.end - 1]!.end));
  return country && country !== root(c.actor) ? { ...c, target: country } : c;
}
