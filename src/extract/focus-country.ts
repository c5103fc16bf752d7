/** @module The country in focus: the state last named as a subject, which an unqualified "foreign ministry" belongs to. */
import { ACTORS } from "../domain/actors.js";
import { type ActorMention, findActors } from "./02-actors.js";
import { SUBCODES } from "./lexicon/actor-heads.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const root = (code: string): string => code.split(".", 1)[0]!;
const STATES: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "state").map((x) => x.code));
// Words before a mention that put it in a phrase rather than in subject position.
const PREPS = /^(?:in|at|to|from|with|of|on|by|for|against|near|into|over|about|between|toward|towards|under|after|before|since|during|than|like)$/;
// "foreign ministry spokesman", "the foreign minister": no state cue of its own. The US has no foreign ministry,
// so the lexicon's US default (lexicon/actor-heads) is only a guess; the country in focus is the better one.
const FOREIGN_MINISTRY = /^(?:the )?(?:foreign (?:ministry|minister|ministers|office)|ministry of foreign affairs)(?: spokes(?:man|woman|person))?$/;

/** The state whose mention opens the sentence's first clause (before its first verb), not inside a phrase. */
function subjectState(a: SentenceAnalysis, mentions: readonly ActorMention[]): string | null {
  const verb = a.triggers.find((t) => t.entry.pos === "v")?.start ?? a.tokens.length;
  for (const m of mentions) {
    if (m.start >= verb) break;
    if (m.modifier || PREPS.test(a.tokens[m.start - 1]?.norm ?? "")) continue;
    const r = root(m.code);
    return STATES.has(r) ? r : null;
  }
  return null;
}

/**
 * "Tehran was quick to react. Foreign ministry spokesman Nasser Kanaani condemned …": a foreign ministry named
 * without a state is that of the country in focus — the state last named as a subject in the sentences before
 * (GUIDELINES: actors from context; people map to their government). One instance per document; each sentence is
 * seen once, in order.
 */
export class FocusCountry {
  private country: string | null = null;
  /** The country in focus before the sentence last seen: what its pronoun subject stands for. */
  prior: string | null = null;

  /** Recodes the sentence's unqualified foreign-ministry mentions, then notes its subject state. */
  see(a: SentenceAnalysis): SentenceAnalysis {
    this.prior = this.country;
    const out = this.country && this.country !== "USA" ? this.recode(a, this.country) : a;
    // A sentence without a possible trigger is not searched for actors: its opening words are enough here.
    const mentions = out.mentions.length || out.triggers.length ? out.mentions : findActors(out.tokens.slice(0, 4), out.text);
    this.country = subjectState(out, mentions) ?? this.country;
    return out;
  }

  private recode(a: SentenceAnalysis, country: string): SentenceAnalysis {
    let changed = false;
    const mentions = a.mentions.map((m) => {
      if (m.code !== "USA.STATE") return m;
      const words = a.tokens.slice(m.start, m.end).map((t) => t.norm).join(" ");
      if (!FOREIGN_MINISTRY.test(words)) return m;
      changed = true;
      return { ...m, code: SUBCODES[country]?.DIPLOMACY ?? country };
    });
    return changed ? { ...a, mentions } : a;
  }
}
