/** @module The country in focus: the state last named as a subject, whose an unqualified foreign ministry or crowd is. */
import { ACTORS } from "../domain/actors.js";
import { type ActorMention, findActors } from "./02-actors.js";
import { SUBCODES } from "./lexicon/actor-heads.js";
import { sceneCountry } from "./lexicon/places.js";
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";

// indexOf rather than split: this runs for every mention of every sentence.
const STATES: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "state").map((x) => x.code));
// Words before a mention that put it in a phrase rather than in subject position.
const PREPS = /^(?:in|at|to|from|with|of|on|by|for|against|near|into|over|about|between|toward|towards|under|after|before|since|during|than|like)$/;
// "foreign ministry spokesman", "the foreign minister": no state cue of its own. The US has no foreign ministry,
// so the lexicon's US default (lexicon/actor-heads) is only a guess; the country in focus is the better one.
const IRAQ_CUES = /iraq|baghdad|erbil|kurdistan|basra|mosul|najaf|anbar|sudani|kadhimi|abdul-mahdi/i;
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
  /** The sentence's mentions (its opening words' only, when it has no possible trigger). */
  opening: readonly ActorMention[] = [];
  /** Whether the document has named Iraq itself (not only a head noun whose default is Iraqi). */
  private iraqNamed = false;

  /** Recodes the sentence's unqualified foreign-ministry mentions, then notes its subject state. */
  see(a: SentenceAnalysis): SentenceAnalysis {
    this.prior = this.country;
    const out = this.country && this.country !== "USA" ? this.recode(a, this.country) : a;
    // A sentence without a possible trigger is not searched for actors: its opening words are enough here.
    const mentions = out.mentions.length || out.triggers.length ? out.mentions : findActors(out.tokens.slice(0, 4), out.text);
    this.opening = mentions;
    this.country = subjectState(out, mentions) ?? this.country;
    if (!this.iraqNamed) this.iraqNamed = mentions.some((m) => root(m.code) === "IRQ" && IRAQ_CUES.test(a.text.slice(a.tokens[m.start]!.start, a.tokens[m.end - 1]!.end)));
    return out;
  }

  /**
   * "Thousands rallied", "several suspects were detained": a crowd or arrest with no place and no nationality
   * takes the lexicon's Iraqi default only in a document that names Iraq; elsewhere it is the public or the
   * security forces of the country in focus (GUIDELINES: protesters are their state's public).
   */
  localise(a: SentenceAnalysis, c: CodedEvent): CodedEvent {
    if (this.iraqNamed || !this.country || (c.type !== "PROTEST" && c.type !== "COERCE")) return c;
    const body = c.actor === "IRQ.PUBLIC" ? "PUBLIC" : c.actor === "IRQ.MILITARY" ? "MILITARY" : null;
    // "protests spread across Basra": a place in the sentence already told whose public it is.
    if (!body || a.mentions.some((m) => root(m.code) === "IRQ" && !m.body) || sceneCountry(a.text)) return c;
    return { ...c, actor: SUBCODES[this.country]?.[body] ?? this.country };
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
