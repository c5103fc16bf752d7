/** @module "Israel's answer was small. A strike hit …": the owner of an announced answer did the unattributed blow that follows. */
import type { ActorMention } from "./02-actors.js";
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

const ANSWERS = /^(?:answer|response|reply|retaliation|revenge|riposte|reprisal|counterstrike|counter-strike)$/;

/**
 * "Israel's answer was deliberately small. In the early hours of 19 April, a strike hit a radar near Isfahan": a
 * sentence opening with "<party>'s answer/response/retaliation" announces that party's blow, so an attack with no
 * actor in the next sentence is that party's (GUIDELINES: actors from context). One instance per document; each
 * sentence is seen once, in order.
 */
export class AnswerOwner {
  private owner: string | null = null;
  private prior: string | null = null;

  /** `mentions`: the sentence's mentions, or those of its opening words when it has no possible trigger. */
  see(a: SentenceAnalysis, mentions: readonly ActorMention[]): void {
    this.prior = this.owner;
    const m = mentions[0];
    const k = m ? m.end + (a.tokens[m.end]?.norm === "'s" ? 1 : 0) : -1;
    this.owner = m && m.start <= 1 && m.possessive && ANSWERS.test(a.tokens[k]?.norm ?? "") ? m.code : null;
  }

  /** The answering party for an unattributed attack told right after its answer was announced. */
  actor(c: CodedEvent): CodedEvent {
    if (c.type !== "ASSAULT" || c.actor !== "UNK" || c.speculative || !this.prior) return c;
    return c.target !== null && root(c.target) === root(this.prior) ? c : { ...c, actor: this.prior };
  }
}
