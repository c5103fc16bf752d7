/** @module The country in focus: the state last named as a subject, whose an unqualified foreign ministry or crowd is. */
import { ACTORS } from "../domain/actors.js";
import { type ActorMention, findActors, GENERIC, type GenericHead, mentionAt } from "./02-actors.js";
import { type Body, SUBCODES } from "./lexicon/actor-heads.js";
import { sceneCountry } from "./lexicon/places.js";
import { crowdAbroad } from "./crowd-abroad.js";
import type { CodedEvent } from "./code-sentence.js";
import { analysis, type SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";
// Regions with their own government code: naming one tells whose "federal" bodies are.
import { REGIONS } from "./party-side.js";

// indexOf rather than split: this runs for every mention of every sentence.
const STATES: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "state").map((x) => x.code));
// Organisations a bare "the group", "the movement" or "the faction" points back at.
const GROUPS: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "armed_group" || x.kind === "party").map((x) => x.code).filter((c) => c !== "UNK"));
const ARMED: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "armed_group").map((x) => x.code).filter((c) => c !== "UNK"));
const KNOWN: ReadonlySet<string> = new Set(ACTORS.map((x) => x.code));
// Words that may open a sentence before its pronoun subject: "In April it launched", "Then, it withdrew".
const OPENING = new Set([",", "then", "later", "but", "and", "instead", "soon", "eventually", "afterwards", "meanwhile", "in", "on", "the", "same", "year", "month", "week", "day", "by", "early", "late", "mid", "last", "next", "that"]);
const AUXILIARY = /^(?:has|have|had|did|does|also|then|later|again|subsequently|soon|quickly|eventually|formally|finally|reportedly|repeatedly|twice|once|never|not)$|ly$/;
// Institutions an American text calls by other names ("the administration", "Congress", "the department").
const NOT_AMERICAN = new Set(["government", "cabinet", "ministry", "council", "regime", "kingdom", "parliament", "premier", "minister", "speaker", "presidency"]);
const PLURAL_FIGHTERS = new Set(["militants", "fighters", "rebels", "insurgents"]);

/** "from the rebels": UNK stands for an unnamed doer, so a fighter noun after a preposition is left unresolved. */
function doerSlot(a: SentenceAnalysis, m: ActorMention): boolean {
  const k = a.tokens[m.start - 1]?.norm === "the" ? m.start - 2 : m.start - 1;
  return !PREPS.test(a.tokens[k]?.norm ?? "");
}
// How many sentences back an earlier mention with the same head noun still decides whose a generic head is.
const HEAD_REACH = 6;
// Prepositions before "the country" that make it the place where something is.
const PLACE_PREPS = new Set(["in", "inside", "across", "throughout", "within", "into", "from", "to"]);
// Words that open a later clause of a sentence before its pronoun subject: "…, and it condemned".
const CLAUSE_JOIN = new Set(["and", "but", ";"]);
// Words before a mention that put it in a phrase rather than in subject position.
const PREPS = /^(?:in|at|to|from|with|of|on|by|for|against|near|into|over|about|between|toward|towards|under|after|before|since|during|than|like)$/;
// "foreign ministry spokesman", "the foreign minister": no state cue of its own. The US has no foreign ministry,
// so the lexicon's US default (lexicon/actor-heads) is only a guess; the country in focus is the better one.
const IRAQ_CUES = /iraq|baghdad|erbil|kurdistan|basra|mosul|najaf|anbar|sudani|kadhimi|abdul-mahdi/i;
const FOREIGN_MINISTRY = /^(?:the )?(?:foreign (?:ministry|minister|ministers|office)|ministry of foreign affairs)(?: spokes(?:man|woman|person))?$/;
// Federations: only these have a "federal government", "federal troops" (world knowledge; a unitary state such as
// Turkey or Iran in focus never owns them).
const FEDERAL = new Set(["USA", "IRQ", "RUS", "DEU", "IND", "PAK", "BRA", "MEX", "CAN", "AUS", "AUT", "BEL", "CHE", "ARE", "MYS", "SOM", "VEN", "NGA", "ETH", "ARG", "BIH", "NPL"]);
// Offices held by one person per state: "the Prime Minister", "the foreign minister" is whoever the document has
// named with that title ("Prime Minister Mohammed Shia al-Sudani", "the Iraqi prime minister").
const TITLES = new Set([
  "prime minister", "premier", "president", "vice president", "foreign minister", "defense minister", "defence minister",
  "interior minister", "oil minister", "finance minister", "speaker", "chancellor", "foreign secretary",
]);
// Heads a title may end with: the only ones looked up in TITLES.
const TITLE_HEADS = new Set(["minister", "premier", "president", "speaker", "chancellor", "secretary"]);
// The United States has no prime minister or premier: the title is another state's.
const NOT_AMERICAN_TITLES = new Set(["prime minister", "premier"]);
// Words before "the region" that make it a place, not the regional party: "tensions in the region".
const WHERE = new Set(["in", "across", "throughout", "around", "within", "beyond", "outside", "inside", "near", "over", "into"]);
// Bodies a region has of its own: after "regional" they are the region's, once the document has named one (a
// "regional force" or "regional bloc" is no region's: not listed).
const REGIONAL_HEADS = new Set(["government", "authorities", "administration", "parliament", "president", "presidency", "cabinet", "leadership", "prime minister", "premier", "council"]);

/** The mention that opens the sentence's first clause (before its first verb), not inside a phrase, or null. */
function subjectOf(a: SentenceAnalysis, mentions: readonly ActorMention[]): ActorMention | null {
  const verb = a.triggers.find((t) => t.entry.pos === "v")?.start ?? a.tokens.length;
  for (const m of mentions) {
    if (m.start >= verb) break;
    if (m.modifier || m.code === GENERIC || PREPS.test(a.tokens[m.start - 1]?.norm ?? "")) continue;
    return m;
  }
  return null;
}

/**
 * "the Ministry of Finance invited American companies": a ministry named by its portfolio and no state is a generic
 * head like "the finance ministry", resolved from the discourse (focus-country's generic heads).
 */
function ministries(a: SentenceAnalysis): SentenceAnalysis {
  let added: ActorMention[] | null = null;
  for (let k = 1; k < a.tokens.length - 2; k++) {
    if (a.tokens[k]!.norm !== "ministry" || a.tokens[k + 1]!.norm !== "of" || a.tokens[k - 1]!.norm !== "the") continue;
    if (a.mentions.some((m) => m.start <= k + 2 && m.end > k)) continue;
    let end = k + 3;
    while (end < a.tokens.length && end < k + 5 && a.tokens[end]!.upper && a.tokens[end]!.word && (a.mentionStart[end] ?? -1) < 0) end++;
    const portfolio = a.tokens.slice(k + 2, end).map((t) => t.norm).join(" ");
    const body: Body = /defen[cs]e/.test(portfolio) ? "MILITARY" : portfolio.startsWith("foreign") ? "DIPLOMACY" : portfolio === "finance" ? "FINANCE" : "ROOT";
    const generic: GenericHead = { body, head: "ministry", owned: false, fallback: null };
    (added ??= []).push({ code: GENERIC, start: k, end, possessive: a.tokens[end]?.norm === "'s", modifier: false, members: [], member: false, body: null, anaphor: false, generic });
  }
  if (!added) return a;
  const mentions = [...a.mentions, ...added].sort((x, y) => x.start - y.start);
  return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
}

// "a shipment bound for Yemen": a destination is where goods or people go, not a party to the act.
const BOUND = new Set(["bound", "destined", "headed", "heading"]);

/** The sentence without states named only as a destination ("weapons bound for Yemen"). */
function withoutDestinations(a: SentenceAnalysis): SentenceAnalysis {
  const kept = a.mentions.filter((m) => !(a.tokens[m.start - 1]?.norm === "for" && BOUND.has(a.tokens[m.start - 2]?.norm ?? "") && STATES.has(m.code)));
  return kept.length === a.mentions.length ? a : analysis(a.text, a.tokens, kept, a.triggers, a.dates, a.quantities);
}

/** "Prime Minister Mohammed Shia al-Sudani", "the Iraqi prime minister": the title a named party holds, or null. */
function titleOf(a: SentenceAnalysis, m: ActorMention): string | null {
  const t = a.tokens;
  const two = (k: number): string => `${t[k]?.norm ?? ""} ${t[k + 1]?.norm ?? ""}`;
  // A title ending the mention, after a state cue: "the Iraqi prime minister".
  const last = t[m.end - 1]!.norm;
  if (TITLE_HEADS.has(last)) {
    if (m.end - m.start > 2 && TITLES.has(two(m.end - 2))) return two(m.end - 2);
    if (m.end - m.start > 1 && TITLES.has(last)) return last;
    return null;
  }
  // A title before the name: "Prime Minister Mohammed Shia al-Sudani", "President Biden". Every title ends with a
  // TITLE_HEADS word, so no string is built for the other names (this runs for every name of every sentence).
  if (m.start < 1 || !TITLE_HEADS.has(t[m.start - 1]!.norm)) return null;
  if (m.start >= 2 && TITLES.has(two(m.start - 2))) return two(m.start - 2);
  if (m.start >= 1 && TITLES.has(t[m.start - 1]!.norm)) return t[m.start - 1]!.norm;
  return null;
}

// Verbs that report speech, after which a generic head is the speaker's own: "X's office said the government …".
const REPORTING = new Set(["said", "says", "stated", "announced", "added", "confirmed", "noted", "insisted", "declared"]);

/** The state (not the US: see NOT_AMERICAN) whose voice reports what a generic head right after the verb did. */
function speakerState(a: SentenceAnalysis, m: ActorMention, before: readonly ActorMention[]): string | null {
  let k = m.start - 1;
  if (a.tokens[k]?.norm === "the") k--;
  if (a.tokens[k]?.norm === "that") k--;
  if (k < 1 || !REPORTING.has(a.tokens[k]!.norm)) return null;
  let speaker: ActorMention | undefined;
  for (const x of before) if (x.end <= k && (!x.modifier || x.possessive)) speaker = x;
  const r = speaker ? root(speaker.code) : "";
  return STATES.has(r) && r !== "USA" ? r : null;
}

/** The state whose mention opens the sentence's first clause. */
function subjectState(m: ActorMention | null): string | null {
  const r = m ? root(m.code) : "";
  return STATES.has(r) ? r : null;
}

/** A party's unit named by a body noun: Turkey's "army" is TUR.MILITARY when the registry knows it, else TUR. */
function unitOf(owner: string, body: Body): string {
  const r = root(owner);
  if (!STATES.has(r)) return owner;
  const code = SUBCODES[r]?.[body] ?? r;
  return KNOWN.has(code) ? code : r;
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
  /** The party last named as a subject (any kind): what "its" opening a clause stands for. */
  private subject: string | null = null;
  /** Head noun → the party last named with it and the sentence it was named in ("the Iraqi government"). */
  private readonly heads = new Map<string, { code: string; at: number }>();
  /** The armed group or party last named: what "the group", "the movement" points back at. */
  private group: string | null = null;
  private sentence = 0;
  /** The armed group last named: what "the militants" or "the fighters" are. */
  private armed: string | null = null;
  /** Last word of a name of several words told before → its code: "the Guards" after "the Revolutionary Guards". */
  private readonly shortNames = new Map<string, string>();
  /** The last state other than the United States in focus: whose "government" or "cabinet" an unqualified one is. */
  private nonUS: string | null = null;
  /** How often the document has named each state: where "in the country" is when the subject is another state's forces. */
  private readonly named = new Map<string, number>();
  /** Title ("prime minister") → the parties the document has named with it, the latest last. */
  private readonly titles = new Map<string, string[]>();
  /** The state of a region the document has named ("the Kurdistan Region" → IRQ): whose "federal" bodies are. */
  private regionState: string | null = null;
  /** The region the document has named last (IRQ.KRG): whose a "regional government" is. */
  private region: string | null = null;
  /** The federation the document names most: whose "federal" bodies are when no region is named. */
  private readonly federations = new Map<string, number>();

  /** Resolves the sentence's generic heads, recodes its unqualified foreign-ministry mentions, then notes its subject. */
  see(a0: SentenceAnalysis): SentenceAnalysis {
    this.prior = this.country;
    this.sentence++;
    const a00 = a0.mentions.some((m) => a0.tokens[m.start - 1]?.norm === "for") ? withoutDestinations(a0) : a0;
    const a01 = a00.triggers.length && a00.text.includes("inistry of") ? ministries(a00) : a00;
    const a1 = a01.mentions.some((m) => m.generic) ? this.resolveGeneric(a01) : a01;
    const a15 = a1.triggers.length && a1.text.includes("olice") ? this.police(a1) : a1;
    const a2 = this.shortNames.size && a15.triggers.length ? this.shortName(a15) : a15;
    const a3 = this.subject && a2.triggers.length ? this.pronounSubject(a2, this.subject) : a2;
    const a = a3.triggers.length > 1 || (a3.triggers.length && a3.mentions.length) ? this.clauseIt(a3) : a3;
    const out = this.country && this.country !== "USA" ? this.recode(a, this.country) : a;
    // A sentence without a possible trigger is not searched for actors: its opening words are enough here.
    const mentions = out.mentions.length || out.triggers.length ? out.mentions : findActors(out.tokens.slice(0, 4), out.text).filter((m) => !m.generic);
    this.opening = mentions;
    const subject = subjectOf(out, mentions);
    this.country = subjectState(subject) ?? this.country;
    if (this.country !== "USA") this.nonUS = this.country;
    if (subject && subject.code !== "UNK") this.subject = subject.code;
    this.note(out, mentions);
    if (!this.iraqNamed) this.iraqNamed = mentions.some((m) => root(m.code) === "IRQ" && IRAQ_CUES.test(a.text.slice(a.tokens[m.start]!.start, a.tokens[m.end - 1]!.end)));
    return out;
  }

  /**
   * "Turkey has fought the PKK for decades. In April it launched a new offensive": "it" or "they" opening the
   * sentence (after a date or a connective at most) as the subject of a verb stands for the subject of the sentence
   * before — the party the discourse is about, not the last name told (GUIDELINES: actors from context).
   */
  private pronounSubject(a: SentenceAnalysis, subject: string): SentenceAnalysis {
    let k = 0;
    while (k < a.tokens.length && k < 12 && (a.inDate[k] || OPENING.has(a.tokens[k]!.norm))) k++;
    const w = a.tokens[k]?.norm;
    if ((w !== "it" && w !== "they") || (a.mentionStart[k] ?? -1) >= 0 || a.mentions.some((m) => m.start < k)) return a;
    let j = k + 1;
    while (j < a.tokens.length && AUXILIARY.test(a.tokens[j]!.norm)) j++;
    if (!a.triggers.some((t) => t.start === j && t.entry.pos === "v")) return a;
    const m: ActorMention = mentionAt(subject, k);
    const mentions = [...a.mentions, m].sort((x, y) => x.start - y.start);
    return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
  }

  /**
   * "riot police drove them out", "several people were detained by police": police named without a state are the
   * security forces (GUIDELINES: X.MILITARY) of the state where the sentence happens — a capital or city it names —
   * else of the state in focus, else of Iraq in a document that names it. Left alone when none is known.
   */
  private police(a: SentenceAnalysis): SentenceAnalysis {
    let added: ActorMention[] | null = null;
    for (let k = 0; k < a.tokens.length; k++) {
      const w = a.tokens[k]!.norm;
      // "a police officer" is one person, not the force.
      if ((w !== "police" && w !== "policemen") || /^an?$/.test(a.tokens[k - 1]?.norm ?? "") || a.mentions.some((m) => m.start <= k && m.end > k)) continue;
      // "In Tehran, riot police …": the scene opening the sentence is written with a capital.
      const state = sceneCountry(a.text.startsWith("In ") ? `in${a.text.slice(2)}` : a.text) ?? this.country ?? (this.iraqNamed ? "IRQ" : null);
      if (!state) return a;
      const start = a.tokens[k - 1]?.norm === "riot" ? k - 1 : k;
      (added ??= []).push({ code: unitOf(state, "MILITARY"), start, end: k + 1, possessive: a.tokens[k + 1]?.norm === "'s", modifier: false, members: [], member: false, body: "MILITARY", anaphor: false });
    }
    if (!added) return a;
    const mentions = [...a.mentions, ...added].sort((x, y) => x.start - y.start);
    return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
  }

  /**
   * "The Government of Iraq reaffirmed its duty to protect U.S. personnel, and it condemned the attacks": "it" opening
   * a later clause of the sentence (after "and", "but" or a semicolon) as the subject of a verb is the
   * subject of the sentence's first clause, not the last party named before it (GUIDELINES: actors from context).
   */
  private clauseIt(a: SentenceAnalysis): SentenceAnalysis {
    for (let k = 2; k < a.tokens.length - 1; k++) {
      if (a.tokens[k]!.norm !== "it" || !CLAUSE_JOIN.has(a.tokens[k - 1]!.norm) || (a.mentionStart[k] ?? -1) >= 0) continue;
      let j = k + 1;
      while (j < a.tokens.length && AUXILIARY.test(a.tokens[j]!.norm)) j++;
      if (!a.triggers.some((t) => t.start === j && t.entry.pos === "v")) continue;
      const first = subjectOf(a, a.mentions);
      if (!first || first.start >= k || first.code === "UNK" || first.members.length) return a;
      const m: ActorMention = mentionAt(first.code, k);
      const mentions = [...a.mentions, m].sort((x, y) => x.start - y.start);
      return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
    }
    return a;
  }

  /**
   * "the Revolutionary Guards … when the Guards pounded the Kurdistan Region": "the" and the last word of a
   * name of several words told before, capitalised, is that party's short name; so is a lower-case "the region"
   * after a region named so ("the Kurdistan Region … Iran halted fuel transport to the region").
   */
  private shortName(a: SentenceAnalysis): SentenceAnalysis {
    let added: ActorMention[] | null = null;
    for (let k = 0; k < a.tokens.length - 1; k++) {
      if (a.tokens[k]!.norm !== "the") continue;
      const t = a.tokens[k + 1]!;
      // "the region" after "the Kurdistan Region" is that region, unless it only says where ("in the region").
      const code = t.upper || (t.norm === "region" && !WHERE.has(a.tokens[k - 1]?.norm ?? "")) ? this.shortNames.get(t.norm) : undefined;
      if (!code || a.mentions.some((m) => m.start <= k + 1 && m.end > k + 1)) continue;
      (added ??= []).push({ code, start: k + 1, end: k + 2, possessive: a.tokens[k + 2]?.norm === "'s", modifier: false, members: [], member: false, body: null, anaphor: false });
    }
    if (!added) return a;
    const mentions = [...a.mentions, ...added].sort((x, y) => x.start - y.start);
    return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
  }

  /** Remembers the sentence's named parties by head noun, and the last named group. */
  private note(a: SentenceAnalysis, mentions: readonly ActorMention[]): void {
    for (const m of mentions) {
      const r = root(m.code);
      if (STATES.has(r)) this.named.set(r, (this.named.get(r) ?? 0) + 1);
      if (FEDERAL.has(r)) this.federations.set(r, (this.federations.get(r) ?? 0) + 1);
      if (REGIONS.has(m.code)) [this.regionState, this.region] = [r, m.code];
      if (m.modifier || m.code === "UNK") continue;
      const title = m.body === null && !m.generic ? titleOf(a, m) : null;
      if (title) {
        const holders = (this.titles.get(title) ?? []).filter((x) => root(x) !== r);
        holders.push(m.code);
        this.titles.set(title, holders);
      }
      const lastWord = a.tokens[m.end - 1]!;
      if (m.end - m.start >= 2 && !m.body && lastWord.upper && lastWord.word && !STATES.has(m.code)) this.shortNames.set(lastWord.norm, m.code);
      if (GROUPS.has(m.code)) this.group = m.code;
      if (ARMED.has(m.code)) this.armed = m.code;
      if (m.body && !m.generic) this.heads.set(a.tokens[m.end - 1]!.norm, { code: m.code, at: this.sentence });
    }
  }

  /**
   * "The government condemned …", "The council demanded …", "Its army held drills": a generic head is the unit of
   * the party the discourse is about (GUIDELINES: actors from context; people and bodies map to their state) —
   * for "its", the subject before it; for a group noun, the group last named; otherwise the party last named
   * with the same head noun a few sentences back, or else the state in focus. Unresolved heads keep the
   * lexicon's default or are dropped.
   */
  private resolveGeneric(a: SentenceAnalysis): SentenceAnalysis {
    const mentions: ActorMention[] = [];
    for (const m of a.mentions) {
      if (!m.generic) {
        mentions.push(m);
        continue;
      }
      const code = this.genericCode(a, m, m.generic, mentions);
      if (code) {
        mentions.push({ ...m, code, body: m.generic.body, generic: undefined });
        if (!m.generic.owned) this.heads.set(m.generic.head, { code, at: this.sentence });
      }
    }
    return analysis(a.text, a.tokens, mentions, a.triggers, a.dates, a.quantities);
  }

  private genericCode(a: SentenceAnalysis, m: ActorMention, g: GenericHead, before: readonly ActorMention[]): string | null {
    if (g.owned) {
      // "Turkey denied any role, and its foreign ministry said …": the sentence's own subject, else the last one.
      const own = before.find((x) => !x.modifier && x.code !== "UNK" && !PREPS.test(a.tokens[x.start - 1]?.norm ?? ""));
      const owner = own?.code ?? this.subject;
      return owner ? unitOf(owner, g.body) : null;
    }
    // "the regional government", "the regional president": the region the document has named, not the state in focus.
    if (this.region && REGIONAL_HEADS.has(g.head) && a.tokens[m.start - 1]?.norm === "regional") return this.region;
    // "federal troops": the federation whose region the document names, else the state in focus when it is a
    // federation, else the federation named most; never a region (IRQ.KRG -> IRQ.MILITARY) or a unitary state.
    if (g.federal) {
      const fed = this.regionState ?? (this.country && FEDERAL.has(this.country) ? this.country : this.mostNamedFederation());
      return fed ? unitOf(fed, g.body) : g.fallback;
    }
    // "the militants", "the fighters" are the armed group last named; "the movement", "the group" any group or party.
    // With no group named they are fighters the text leaves unnamed (GUIDELINES: UNK), and their act still counts.
    if (g.body === "ARMED" && PLURAL_FIGHTERS.has(g.head)) return this.armed ?? g.fallback ?? (doerSlot(a, m) ? "UNK" : null);
    if ((g.body === "ARMED" || g.body === "PARTIES") && this.group) return this.group;
    // "the government in London", "the authorities in Tehran": the capital after the head says whose they are.
    const seat = a.tokens[m.end]?.norm === "in" ? a.mentions[a.mentionStart[m.end + 1] ?? -1] : undefined;
    if (seat && STATES.has(seat.code)) return unitOf(seat.code, g.body);
    // "American troops remain at two bases in the country": where a state's forces are, "the country" is the state
    // the document names most other than theirs (troops stationed abroad are not in their own country).
    if ((g.head === "country" || g.head === "nation") && PLACE_PREPS.has(a.tokens[m.start - 2]?.norm ?? "")) {
      const own = before.find((x) => !x.modifier && !PREPS.test(a.tokens[x.start - 1]?.norm ?? ""));
      if (own && own.body === "MILITARY") {
        const host = this.mostNamed(root(own.code));
        if (host) return host;
      }
    }
    // "Sudani's office said the government had warned Stockholm": a state's voice speaks of its own government.
    const voice = g.body === "ARMED" || g.body === "PARTIES" ? null : speakerState(a, m, before);
    if (voice) return unitOf(voice, g.body);
    const holder = TITLE_HEADS.has(g.head) ? this.titleHolder(a, m) : undefined;
    if (holder !== undefined) return holder;
    const seen = this.heads.get(g.head);
    if (seen && this.sentence - seen.at <= HEAD_REACH) return seen.code;
    if (g.body === "ARMED" || g.body === "PARTIES") return g.fallback;
    // The sentence's own subject state, when it opens the sentence before the head: "Jordan … recalled the chargé".
    const first = before.find((x) => !x.modifier && !PREPS.test(a.tokens[x.start - 1]?.norm ?? ""));
    const own = first ? subjectState(first) : null;
    // An envoy or embassy with no state named: the US default only while the US (or no state) is in focus.
    const focus = own ?? this.country;
    if (g.body === "DIPLOMACY" && g.head !== "ministry" && g.head !== "minister") return focus === null || focus === "USA" ? g.fallback : null;
    // American usage says "the administration", "Congress": an unqualified government, cabinet, ministry, council
    // or parliament is of the last other state in focus, or the lexicon's default.
    if (this.country === "USA" && NOT_AMERICAN.has(g.head)) return this.nonUS ? unitOf(this.nonUS, g.body) : g.fallback;
    return this.country ? unitOf(this.country, g.body) : g.fallback;
  }

  /** The state the document has named most other than `not` (the latest on a tie), or null. */
  private mostNamed(not: string): string | null {
    let best: string | null = null;
    let n = 0;
    for (const [code, k] of this.named) if (k >= n && code !== not) [best, n] = [code, k];
    return best;
  }

  /** The federation the document has named most (the latest on a tie), or null. */
  private mostNamedFederation(): string | null {
    let best: string | null = null;
    let n = 0;
    for (const [code, k] of this.federations) if (k >= n) [best, n] = [code, k];
    return best;
  }

  /**
   * "the Prime Minister thanked …": the holder of that title the document has named — the state in focus's when
   * it has one, else the only holder; a state in focus with no such office (the US has no prime minister) gives way
   * to the last other state in focus. Undefined when the discourse is left to decide.
   */
  private titleHolder(a: SentenceAnalysis, m: ActorMention): string | null | undefined {
    const key = a.tokens.slice(m.start, m.end).map((t) => t.norm).join(" ");
    if (!TITLES.has(key)) return undefined;
    const holders = this.titles.get(key);
    const mine = holders?.find((x) => root(x) === this.country);
    if (mine) return mine;
    if (holders?.length === 1) return holders[0]!;
    if (this.country === "USA" && NOT_AMERICAN_TITLES.has(key)) return this.nonUS;
    return undefined;
  }

  /**
   * "Thousands rallied", "several suspects were detained": a crowd or arrest with no place and no nationality
   * takes the lexicon's Iraqi default only in a document that names Iraq; elsewhere it is the public or the
   * security forces of the country in focus (GUIDELINES: protesters are their state's public).
   */
  localise(a: SentenceAnalysis, coded: CodedEvent): CodedEvent {
    const c = crowdAbroad(a, coded);
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
