/** @module Refusals the lexicon's short patterns miss: a titled owner before the thing refused, and the passive ("the offer was turned down by X"). */
import type { ActorMention } from "./02-actors.js";
import type { RawEvent } from "./06-arguments.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Verbs of turning down ("turned" only as "turned down").
const TURN_DOWN: ReadonlySet<string> = new Set([
  "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "rebuff", "rebuffs", "rebuffed",
  "spurn", "spurns", "spurned", "turned", "refused", "refuses",
]);
// What one party puts to another and may be refused (CAMEO 12), as opposed to acts, which are condemned (ACCUSE).
const ASKED: ReadonlySet<string> = new Set([
  "proposal", "proposals", "offer", "offers", "demand", "demands", "request", "requests", "plan", "plans", "appeal",
  "appeals", "ultimatum", "initiative", "invitation", "overture", "overtures", "bid", "call", "calls", "suggestion",
  "conditions", "terms", "mediation",
]);
const BE: ReadonlySet<string> = new Set(["was", "were", "been", "is", "are"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "these", "those", "latest", "new", "fresh"]);

/** The party that owns the asked noun at `noun`: "Chile's offer", "the Chilean offer", "Iraqi President X's proposal". */
function ownerOf(a: SentenceAnalysis, noun: number, from: number): ActorMention | null {
  for (let k = noun - 1; k >= from; k--) {
    const i = a.mentionEnd[k + 1] ?? -1;
    if (i >= 0) return a.mentions[i]!;
    const w = a.tokens[k]!;
    if (!(w.upper || w.norm === "'s" || DETERMINERS.has(w.norm) || w.norm === "-")) return null;
  }
  return null;
}

/** Index of an asked noun heading the words from `from` (a titled owner first: capitals and "'s" only), or -1. */
function askedAfter(a: SentenceAnalysis, from: number): number {
  let owned = false;
  for (let k = from; k < a.tokens.length && k - from < 9; k++) {
    const w = a.tokens[k]!;
    if (ASKED.has(w.norm)) return owned ? k : -1;
    if (w.norm === "'s") owned = true;
    else if (!(w.upper || DETERMINERS.has(w.norm) || w.norm === "-")) return -1;
  }
  return -1;
}

/** The asked noun heading the subject of a passive verb at `verb` ("Chile's offer of talks was turned"), and the party
 * an aside after it names with "by" ("The plan, drafted by Egypt, was rejected"); null when there is none. */
function askedBefore(a: SentenceAnalysis, verb: number): { noun: number; by: ActorMention | null } | null {
  let k = verb - 1;
  while (k > 0 && (a.tokens[k]!.norm.endsWith("ly") || a.tokens[k]!.norm === "also" || a.tokens[k]!.norm === "had" || a.tokens[k]!.norm === "has" || a.tokens[k]!.norm === "have")) k--;
  if (!BE.has(a.tokens[k]?.norm ?? "")) return null;
  let by: ActorMention | null = null;
  // "Chile's offer of talks was": the noun may carry a short of-phrase.
  for (let j = k - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const w = a.tokens[j]!.norm;
    if (ASKED.has(w)) return { noun: j, by };
    if (w === "," && by === null && n === 0) {
      const open = asideOpening(a, j);
      if (open < 0) return null;
      by = byParty(a, open, j);
      j = open;
      n = -1;
      continue;
    }
    if (w === "," || w === ";" || (a.mentionEnd[j + 1] ?? -1) >= 0) return null;
  }
  return null;
}

/** The comma opening an aside that the comma at `close` ends, a few words back, or -1. */
function asideOpening(a: SentenceAnalysis, close: number): number {
  for (let j = close - 1; j >= Math.max(0, close - 8); j--) if (a.tokens[j]!.norm === ",") return j;
  return -1;
}

/** The party named after "by" between `from` and `to` ("drafted by Egypt"), or null. */
function byParty(a: SentenceAnalysis, from: number, to: number): ActorMention | null {
  for (let j = from; j < to; j++) {
    if (a.tokens[j]!.norm !== "by") continue;
    // A determiner may stand first ("by the Egyptian government"); off a mention the array holds -1.
    const i = (a.mentionStart[j + 1] ?? -1) >= 0 ? a.mentionStart[j + 1]! : (a.mentionStart[j + 2] ?? -1);
    return i >= 0 ? a.mentions[i]! : null;
  }
  return null;
}

/**
 * "rejected Iraqi President Saddam Hussein's proposal", "Chile's offer of talks was turned down by Peru", "the plan
 * was rejected by Cairo": turning down what another party asked or offered is a refusal (PLOVER REJECT) aimed at that
 * party, not an accusation. The lexicon codes the short active forms; these reach past a titled owner or read the
 * passive, whose doer the "by" phrase has already given.
 */
export function refusedObject(a: SentenceAnalysis, e: RawEvent): RawEvent {
  if ((e.type !== "ACCUSE" && e.type !== "REJECT") || !TURN_DOWN.has(a.tokens[e.start]!.norm)) return e;
  // "turned down a Polish offer": the lexicon's pattern holds the noun; its owner is the target, not a party named later.
  if (e.end - e.start > 2) return e.type === "REJECT" && ASKED.has(a.tokens[e.end - 1]!.norm) ? ownerAimed(a, e) : e;
  if (a.tokens[e.start]!.norm === "turned" && a.tokens[e.start + 1]?.norm !== "down") return e;
  const passive = e.actorFrom === "agent" || e.actorFrom === "default";
  const before = passive ? askedBefore(a, e.start) : null;
  const noun = before ? before.noun : passive ? -1 : askedAfter(a, e.end);
  if (noun < 0) return e;
  const owner = ownerOf(a, noun, passive ? Math.max(0, noun - 8) : e.end) ?? before?.by ?? null;
  const actor = e.actors[0];
  const target = owner && (!actor || owner.code !== actor.code) ? [owner] : e.targets.filter((m) => m !== owner);
  return { ...e, type: "REJECT", mode: null, targets: target };
}

/** A refusal whose words end on the thing refused, aimed at that thing's owner when one is named inside them. */
function ownerAimed(a: SentenceAnalysis, e: RawEvent): RawEvent {
  const owner = ownerOf(a, e.end - 1, e.start + 1);
  if (!owner || e.targets[0] === owner || e.actors.some((m) => m.code === owner.code)) return e;
  return { ...e, targets: [owner] };
}
