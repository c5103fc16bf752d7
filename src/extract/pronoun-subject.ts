/** @module Pronouns standing for parties: "he told X … and warned" (subject), "held it responsible" (target). */
import { type ActorMention, mentionAt } from "./02-actors.js";
import type { RawEvent } from "./06-arguments.js";
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";
import { HOSTILE_TYPES as HOSTILE } from "../domain/plover.js";

const PRONOUNS = /^(?:he|she)$/;
const GAP = /^(?:has|had|have|also|then|later|again|once|reportedly|personally)$|ly$/;

/** Index of the first "he"/"she" that is the subject of a verb right after it ("he told", "she had warned"), or -1. */
function pronounSubject(a: SentenceAnalysis): number {
  for (let k = 0; k < a.tokens.length; k++) {
    if (!PRONOUNS.test(a.tokens[k]!.norm)) continue;
    let j = k + 1;
    while (j < a.tokens.length && GAP.test(a.tokens[j]!.norm)) j++;
    const t = a.tokens[j];
    if (t && (a.triggers.some((x) => x.start === j && x.entry.pos === "v") || /ed$/.test(t.norm))) return k;
    return -1;
  }
  return -1;
}

/**
 * "In it he told the Turkish leader not to … and warned that he was ready to destroy Turkey's economy": the verb
 * after "and" shares the pronoun subject of the first verb, not the first verb's object named in between; the
 * pronoun stands for the state in focus before the sentence (the last subject, not the last name: GUIDELINES,
 * actors from context), and the target is a party named after the second verb. `focus` is null when none is known.
 */
export function pronounSubjects(a: SentenceAnalysis, raws: RawEvent[], focus: string | null): RawEvent[] {
  if (!focus) return raws;
  const p = pronounSubject(a);
  if (p < 0) return raws;
  return raws.map((e) => {
    const m = e.actors[0];
    // 06-arguments may already have set the first verb's object aside, leaving the second verb with no subject.
    const bare = e.actorFrom === "subject" && e.actors.length === 0 && e.start > p;
    if (!bare && (e.actorFrom !== "subject" || e.actors.length !== 1 || !m || m.start <= p || root(m.code) === focus)) return e;
    // The named party is an object: a verb stands between the pronoun and it, and "and" joins the second verb.
    const between = a.tokens.slice(m && !bare ? m.end : p + 1, e.start).map((t) => t.norm);
    if (!between.includes("and") || between.includes(",") && between.includes("but")) return e;
    const actor: ActorMention = mentionAt(focus, p);
    // The first verb's object is not the second's: the target is a party named after the second verb.
    const after = e.targets.length ? e.targets : a.mentions.filter((x) => x.start >= e.end && root(x.code) !== focus).slice(0, 1);
    return { ...e, actors: [actor], targets: after };
  });
}

const CLAUSE_OPEN = /^(?:,|but|and|while|;)$/;
const ACCOUNTABLE = /^(?:responsible|accountable|liable|punished|pay|answer)$/;

/**
 * "Israel neither confirmed nor denied a role, but Tehran held it responsible and vowed that it would be punished":
 * "it" as the party a hostile act holds to account (inside its words) is the other party that opens an earlier
 * clause of the same sentence (GUIDELINES: targets from context). Unchanged when none does.
 */
export function itReferent(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
  if (!HOSTILE.has(c.type) || c.target !== null || c.speculative || c.actor === "UNK") return c;
  let it = false;
  // Only "it" as a party held to account ("held it responsible", "that it would be punished / pay"): "dismissed it
  // as", "called it a crime" speak of an act.
  for (let k = c.start + 1; k <= c.end && k < a.tokens.length && !it; k++) it = a.tokens[k]!.norm === "it" && a.tokens.slice(k + 1, k + 4).some((t) => ACCOUNTABLE.test(t.norm));
  if (!it) return c;
  for (const m of a.mentions) {
    if (m.start >= c.start) break;
    if (m.modifier || m.possessive || root(m.code) === root(c.actor)) continue;
    if (m.start > 0 && !CLAUSE_OPEN.test(a.tokens[m.start - 1]!.norm)) continue;
    return { ...c, target: m.code };
  }
  return c;
}
