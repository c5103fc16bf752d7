/** @module Partners implied by an adjacent act: help given beside an operation, an agreement beside talks. */
import type { CodedEvent } from "./code-sentence.js";
import { actorRoot as root } from "../domain/actor.js";

// The act helped is told in the same sentence or the two before ("…, and Australia … provided support").
const REACH_SENTENCES = 2;
// Talks or a deal with no partner named are with the side the actor last dealt with, told just before.
const DEALING_SENTENCES = 2;
const DEALING_EVENTS = 8;

/**
 * "Four RAF jets joined the raid, and Australia, Bahrain and Canada provided support": help with no recipient
 * named goes to the doer of the act it is told beside — the last act before it, in its sentence or the two before,
 * best one told with its counterpart (GUIDELINES: AID, targets from context). Another helper's recipient is shared.
 */
export function aidRecipient(c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if ((c.type === "AGREE" || c.type === "CONSULT") && c.mode !== "visit") return dealingPartner(c, before);
  if (c.type !== "AID" || c.target !== null || c.speculative || c.actor === "UNK") return c;
  const me = root(c.actor);
  // Best an act told with its counterpart ("struck Houthi targets"); one with none may be a passing mention.
  for (const counterpart of [true, false]) {
    for (let k = before.length - 1; k >= 0; k--) {
      const p = before[k]!.c;
      if (c.sentence - p.sentence > REACH_SENTENCES) break;
      if (p.speculative || p.actor === "UNK") continue;
      // Coordinated helpers ("Australia, Bahrain … provided support") are one act: look past them.
      if (p.sentence === c.sentence && p.start === c.start) continue;
      if (p.type === "AID" && p.target !== null && root(p.target) !== me) return { ...c, target: p.target };
      if (p.type === "AID" || root(p.actor) === me) return c;
      if (counterpart && (p.target === null || p.target === "UNK")) continue;
      return { ...c, target: p.actor };
    }
  }
  return c;
}

/**
 * "Turkey agreed to a pause after Pence spent four hours with Erdogan", "Turkey agrees to pause after Pence
 * talks": an agreement with no partner named is reached with the other side of the talks told in the same
 * sentence, and talks with no partner named are held with the side that agrees (GUIDELINES: AGREE, CONSULT).
 */
export function talksPartners(cs: readonly CodedEvent[]): CodedEvent[] {
  const talks = cs.filter((x) => x.type === "CONSULT" && !x.speculative && x.actor !== "UNK");
  const deals = cs.filter((x) => x.type === "AGREE" && !x.speculative && x.actor !== "UNK");
  if (!talks.length || !deals.length) return [...cs];
  return cs.map((c) => {
    if (c.target !== null || c.speculative || c.actor === "UNK") return c;
    const me = root(c.actor);
    if (c.type === "AGREE") {
      const t = talks.find((x) => root(x.actor) !== me || (x.target !== null && root(x.target) !== me));
      if (!t) return c;
      const other = root(t.actor) !== me ? t.actor : t.target!;
      // Talks between two others ("Pence met Erdogan" told beside Iraq agreeing) make no partner.
      if (t.target !== null && root(t.target) !== me && root(t.actor) !== me) return c;
      return { ...c, target: other };
    }
    if (c.type === "CONSULT") {
      const d = deals.find((x) => root(x.actor) !== me);
      return d ? { ...c, target: d.actor } : c;
    }
    return c;
  });
}

/**
 * "Khamenei dismissed the offer. Iran nevertheless agreed to indirect talks": an agreement or talks with no partner
 * named are with the side the actor last dealt with — the other party of the latest act it did or underwent, in
 * its sentence or the two before (GUIDELINES: AGREE, CONSULT; targets from context). Unchanged when none is told.
 */
function dealingPartner(c: CodedEvent, before: readonly { c: CodedEvent }[]): CodedEvent {
  if (c.target !== null || c.speculative || c.actor === "UNK") return c;
  const me = root(c.actor);
  for (let k = before.length - 1; k >= Math.max(0, before.length - DEALING_EVENTS); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > DEALING_SENTENCES) break;
    if (p.speculative || p.actor === "UNK" || p.target === null || p.target === "UNK") continue;
    if (root(p.actor) === me && root(p.target) !== me) return { ...c, target: p.target };
    if (root(p.target) === me && root(p.actor) !== me) return { ...c, target: p.actor };
  }
  return c;
}
