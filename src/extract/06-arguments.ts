/** @module Stage 6: who did it and to whom — subjects, "by" agents, objects and prepositional targets, governors. */
import { ACTORS } from "../domain/actors.js";
import type { ActorMention } from "./02-actors.js";
import type { TriggerMatch } from "./03-triggers.js";
import type { Governor } from "./lexicon/triggers.js";
import { appositiveStart, type Candidate, type SentenceAnalysis } from "./sentence-analysis.js";
import { describedParty } from "./apposition.js";
import { conjunctOwner, conjunctPronoun, mainSubject, ownCommonSubject, ownPeopleSent } from "./clause-subject.js";
import { obligationClause, obligedParty } from "./obligation.js";
import { possessorSubject } from "./possessor-subject.js";
import { refusedObject } from "./refused-object.js";
import { relativeObject, relativeOpening } from "./relative-clause.js";
import { chargeAt, denies, isReply, otherParty, reportedClause } from "./reported-clause.js";
import { actorRoot as root } from "../domain/actor.js";
import { HARM_TYPES as HARMS, HOSTILE_TYPES } from "../domain/plover.js";

const HARD = new Set([";", ":", "?", "!", "[", "]", "—", "\n"]);
const PREPS = new Set([
  "of", "in", "on", "at", "from", "to", "with", "against", "into", "for", "by", "toward", "towards", "over", "under",
  "between", "among", "near", "across", "through", "about", "than", "like", "within", "inside", "amid", "despite",
  "after", "before", "following", "during", "since", "via", "per", "beyond", "around", "onto", "upon", "without",
  "behind", "throughout",
]);
const QUANTIFIERS = new Set([
  "some", "many", "most", "all", "several", "each", "one", "two", "few", "none", "both", "any", "part", "members", "dozens",
  "hundreds", "thousands", "millions", "scores", "tens",
]);
const OWN = new Set(["its", "their", "his", "her", "our"]);
// Verbs whose object noun is an act of their subject: "launched a drone attack", "imposed sanctions".
const LIGHT_VERBS = new Set([
  "launch", "launched", "launches", "launching", "carry", "carried", "conduct", "conducted", "conducts", "conducting",
  "stage", "staged", "mount", "mounted", "impose", "imposed", "imposes", "imposing", "make", "made", "makes", "making",
  "issue", "issued", "issues", "hold", "held", "holds", "sign", "signed", "wage", "waged", "start", "started", "begin",
  "began", "begun", "continue", "continued", "continues", "resume", "resumed", "intensify", "intensified", "step",
  "stepped", "announce", "announced", "order", "ordered", "declare", "declared", "provide", "provided", "offer",
  "offered", "send", "sent", "express", "expressed", "voice", "voiced", "extend", "extended", "grant", "granted",
  "give", "gave", "reach", "reached", "conclude", "concluded", "pursue", "pursued", "lead", "led", "take", "took",
  "tighten", "tightened", "renew", "renewed", "expand", "expanded", "escalate", "escalated", "apply", "applied",
  "maintain", "maintained", "use", "used", "exert", "exerted", "put", "carries", "out", "fly", "flew", "flying", "flown",
  // "British jets joined the raid": whoever joins an act takes part in it.
  "join", "joined", "joins", "joining",
]);
// A light verb is sought only within its clause.
const LIGHT_STOP = new Set(["if", "unless", "when", "and", "but", "because", "while", "that", "which", "who", "or"]);
const TARGET_PREPS = new Set(["on", "against", "to", "with", "at", "from", "toward", "towards", "targeting", "into", "upon", "onto", "for"]);
const LOCATIVE = new Set(["in", "near", "inside", "within", "across", "around", "throughout", "there"]);
const CLAUSE_BREAK = new Set([
  ",", "which", "who", "whom", "whose", "while", "whereas", "but", "although", "though", "because", "after", "before",
  "following", "when", "where", "prompting", "resulting", "leading", "despite", "amid", "if", "unless", "until", "so",
  "that", "whether", "since", "as",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "all", "some", "several", "these", "those", "this", "that", "both", "other", "various", "two", "three"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "got", "get", "gets", "getting"]);
const RECIPROCAL = new Set(["CONSULT", "COOPERATE", "AGREE"]);
const LIST_GLUE = new Set([
  ",", "and", "or", ", and", ", or", "as well as", ", as well as", "and also", "and even", "and on", ", and on",
  "and against", ", and against", "and to", ", and to", "and with", ", and with", ", on", ", against", ", to", ", with",
]);
/** The most words in a LIST_GLUE entry. */
const LIST_GLUE_WORDS = Math.max(...[...LIST_GLUE].map((g) => g.split(" ").length));
const RECEIVE = new Set(["receiving", "received", "receive", "receives", "faced", "face", "faces", "facing", "obtained", "got", "won", "accepted"]);

// The anti-ISIS coalition is US-led: its withdrawal announced by Washington is a concession, not a demand.
const ALLIED: Readonly<Record<string, string>> = { COALITION: "USA" };
const side = (code: string): string => ALLIED[root(code)] ?? root(code);

interface Args {
  actors: ActorMention[];
  targets: ActorMention[];
  actorFrom: Candidate["actorFrom"];
  /** For withdrawals: the unit that leaves when it is not the subject ("the exit of US troops"). */
  party: ActorMention | null;
}

const dateMask = (a: SentenceAnalysis): Uint8Array => a.inDate;
const CONJUNCTIONS = new Set(["after", "before", "since", "following", "until", "despite"]);

function adjacentToVerb(a: SentenceAnalysis, end: number, verb: number): boolean {
  for (let k = end; k < verb; k++) {
    const w = a.tokens[k]!.norm;
    if (!(w === "have" || w === "has" || w === "had" || w === "also" || w === "then" || w.endsWith("ly"))) return false;
  }
  return true;
}

// "out of northern Iraq": a compass word before a place does not hide the preposition (the place is no object).
const COMPASS = new Set(["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"]);

function prepBefore(a: SentenceAnalysis, m: ActorMention): string | null {
  let k = m.start - 1;
  while (k >= 0 && (DETERMINERS.has(a.tokens[k]!.norm) || COMPASS.has(a.tokens[k]!.norm))) k--;
  // "against some of these factions": the quantifier phrase is transparent.
  if (a.tokens[k]?.norm === "of" && QUANTIFIERS.has(a.tokens[k - 1]?.norm ?? "")) {
    k -= 2;
    while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  }
  const w = a.tokens[k]?.norm;
  // "pulled out of Iraq": the place left, as after "from" (an "of" phrase would be read as the leaving unit).
  if (w === "of" && a.tokens[k - 1]?.norm === "out") return "from";
  return w !== undefined && PREPS.has(w) ? w : null;
}

/** "its embassy", "their troops": a unit of the clause's own subject, never another party. */
// "his Iranian counterpart" is the other side.
const ownUnit = (a: SentenceAnalysis, m: ActorMention): boolean => OWN.has(a.tokens[m.start - 1]?.norm ?? "") && !/^counterparts?$/.test(a.tokens[m.end - 1]?.norm ?? "");

function mentionEndingAt(a: SentenceAnalysis, end: number): ActorMention | null {
  const i = a.mentionEnd[end] ?? -1;
  return i >= 0 ? a.mentions[i]! : null;
}

/** The nearest mention left of `from` that can be a subject: not in a prepositional phrase, not a modifier. */
const VOICES = /^(?:office|spokesman|spokeswoman|spokesperson|aides?|press|media|bureau|'s)$/;

/** Whether only a spokesman or office of the possessor stands between a possessive mention and the verb. */
function speakerFor(a: SentenceAnalysis, m: ActorMention, verb: number): boolean {
  const between = a.tokens.slice(m.end, verb);
  return between.length > 0 && between.length <= 3 && between.every((t) => VOICES.test(t.norm)) && between.some((t) => t.norm !== "'s");
}

function subjectBefore(a: SentenceAnalysis, from: number, stopAtComma: boolean, mask: Uint8Array): ActorMention | null {
  for (let k = from - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (HARD.has(t.norm) || a.lineStart[k + 1]) return null;
    // "Turkey (a NATO member) condemned …": a parenthesis is an aside, skipped whole.
    if (t.norm === ")") {
      const open = parenthesisOpening(a, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (t.norm === ",") {
      // Skip asides, relative clauses and appositions: ", who visited Tehran,", ", deputy head of the PMF,".
      const open = stopAtComma ? appositiveStart(a, k) : -1;
      const rel = open >= 0 ? open : insertionStart(a, k);
      if (rel >= 0) {
        k = rel;
        continue;
      }
    }
    if (stopAtComma && CLAUSE_BREAK.has(t.norm) && !mask[k]) return null;
    const m = mentionEndingAt(a, k + 1);
    if (!m) continue;
    k = m.start;
    // "Abdul-Mahdi's office said", "Tehran's spokesman stated": the voice of a party speaks for it.
    if (m.possessive && !m.member && (speakerFor(a, m, from) || possessorSubject(a, m, from))) return m;
    if (m.member || m.modifier || m.possessive || ownUnit(a, m)) continue;
    const prep = prepBefore(a, m);
    // "After the Iraqi parliament voted …": before a verb, "after" is a conjunction and the mention its subject.
    if (prep && !(CONJUNCTIONS.has(prep) && adjacentToVerb(a, m.end, from))) continue;
    return describedParty(a, m) ?? m;
  }
  return null;
}

/** The "(" that the ")" at `k` closes, a few words back, or -1. */
function parenthesisOpening(a: SentenceAnalysis, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 15); j--) if (a.tokens[j]!.norm === "(") return j;
  return -1;
}

/** If the comma at `k` closes ", who …," or an apposition after a name (", deputy head of the PMF,"), its opening comma. */
function insertionStart(a: SentenceAnalysis, k: number): number {
  const rel = relativeOpening(a, k);
  if (rel >= 0) return rel;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const w = a.tokens[j]!.norm;
    if (w !== ",") continue;
    const next = a.tokens[j + 1]?.norm ?? "";
    if (next === "who" || next === "which" || next === "whose") return j;
    const afterName = a.mentionEnd[j]! >= 0;
    const hasVerb = a.triggers.some((t) => t.entry.pos === "v" && t.start > j && t.start < k);
    return afterName && !hasVerb ? j : -1;
  }
  return -1;
}

/**
 * The words between two mentions, determiners left out, or null past `limit` words: callers only compare short glue
 * ("and", ", as well as"), so a long stretch is never collected (this runs for every mention pair).
 */
function gapWords(a: SentenceAnalysis, from: number, to: number, limit: number): string[] | null {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = a.tokens[k]!.norm;
    if (DETERMINERS.has(w)) continue;
    if (out.length === limit) return null;
    out.push(w);
  }
  return out;
}

/** Mentions coordinated with `m` to its right: "Kataib Hezbollah and Asaib Ahl al-Haq". */
function coordinated(a: SentenceAnalysis, m: ActorMention): ActorMention[] {
  const out = [m];
  const glued: boolean[] = [];
  let idx = a.mentions.indexOf(m);
  for (;;) {
    const next = a.mentions[idx + 1];
    if (!next || next.member !== m.member) break;
    const gap = gapWords(a, out.at(-1)!.end, next.start, LIST_GLUE_WORDS);
    if (!gap || !LIST_GLUE.has(gap.join(" "))) break;
    // "in Iraq and Syria, and Iran struck back": after an "and" has closed the list, ", and" starts a new clause.
    if (glued.some(Boolean) && gap[0] === ",") break;
    // "drones at Israel, and Jordan shot down …": a name with its own verb after it is the next clause's subject.
    if (gap[0] === "," && newClauseSubject(a, next)) break;
    out.push(next);
    glued.push(gap.some((w) => w === "and" || w === "or"));
    idx++;
  }
  // Commas alone ("on Iran, Baghdad became …") list nothing unless an "and" closes the list.
  return glued.some(Boolean) ? out : [m];
}

const CLAUSE_OPENERS = new Set([",", ":", ";", "(", "and", "but", "while", "after", "when", "as", "since", "then", "also", "both", "-", "—"]);

function clauseStart(a: SentenceAnalysis, m: ActorMention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return k < 0 || CLAUSE_OPENERS.has(a.tokens[k]!.norm) || a.inDate[k] === 1 || !a.tokens[k]!.word;
}

/** Mentions coordinated with `m` to its left ("Washington and Baghdad sought …"). */
function coordinatedLeft(a: SentenceAnalysis, m: ActorMention): ActorMention[] {
  const out = [m];
  let idx = a.mentions.indexOf(m);
  for (;;) {
    const prev = a.mentions[idx - 1];
    if (!prev || prev.member || prev.modifier) break;
    const gap = gapWords(a, prev.end, out[0]!.start, 2)?.join(" ");
    // "A, B and C attacked": a comma joins only inside a list that an "and" closes.
    if (!(gap === "and" || gap === ", and" || gap === "or" || (gap === "," && out.length > 1))) break;
    // "in Iraq and Syria, and the United States struck back": the left item closes another list.
    if (gap === ", and" && a.tokens[prev.start - 1]?.norm === "and" && mentionEndingAt(a, prev.start - 1)) break;
    // "… to expel US forces, and Washington may respond": only a list standing at a clause start is a subject.
    if (!clauseStart(a, prev)) break;
    out.unshift(prev);
    idx--;
  }
  // "attacks on US forces in Iraq and Syria, and the United States struck": a list inside a phrase is no subject.
  return out.length > 1 && prepBefore(a, out[0]!) ? [m] : out;
}

interface Slot {
  readonly m: ActorMention;
  readonly prep: string | null;
}

/** Mentions after a trigger up to the end of its clause, each with the preposition that introduces it. */
function slotsAfter(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array, stops: ReadonlySet<number>): Slot[] {
  const out: Slot[] = [];
  for (let k = t.start + 1; k < a.tokens.length && out.length < 5; k++) {
    const tok = a.tokens[k]!;
    if (k >= t.end) {
      if (t.entry.inside || a.lineStart[k]) break;
      if (HARD.has(tok.norm) || (CLAUSE_BREAK.has(tok.norm) && !mask[k])) break;
      if (stops.has(k)) break;
    }
    const i = a.mentionStart[k] ?? -1;
    if (i < 0) continue;
    const m = a.mentions[i]!;
    // "downgraded its relations and Kuwait recalled …": a name after "and" that a verb follows opens a new clause.
    if (k >= t.end && newClauseSubject(a, m)) break;
    // "in Syria and Lebanon": a mention listed after another shares its preposition.
    const prev = out.at(-1);
    const glue = prev ? gapWords(a, prev.m.end, m.start, 1)?.join(" ") : "";
    out.push({ m, prep: prev && (glue === "and" || glue === "or" || glue === ",") ? prev.prep : prepBefore(a, m) });
    k = m.end - 1;
  }
  return out;
}

/** "… and Kuwait recalled": a mention right after "and"/"but" whose own verb follows it (adverbs aside). */
function newClauseSubject(a: SentenceAnalysis, m: ActorMention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  if (a.tokens[k]?.norm !== "and" && a.tokens[k]?.norm !== "but") return false;
  let j = m.end;
  while (j < a.tokens.length && /^(also|then|later|too|quickly|promptly|itself)$|ly$/.test(a.tokens[j]!.norm)) j++;
  return a.triggers.some((t) => t.start === j && t.entry.pos === "v" && !/ing$/.test(a.tokens[j]!.norm));
}

// "froze the assets of X", "raided the headquarters of X": X owns what the act hits, so X is its target.
const OWNED = new Set([
  "assets", "funds", "accounts", "account", "property", "properties", "members", "leaders", "leader", "offices", "office",
  "headquarters", "positions", "bases", "base", "sites", "depots", "convoy", "convoys", "commanders", "commander", "fighters",
  "facilities", "interests", "embassy", "consulate", "money", "revenues", "reserves",
  // "struck the city of Erbil": a place of X hit is X's.
  "city", "town", "village", "province", "region", "capital", "port", "outskirts",
]);

function ownedBy(a: SentenceAnalysis, m: ActorMention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return a.tokens[k]?.norm === "of" && OWNED.has(a.tokens[k - 1]?.norm ?? "");
}

// "demanded the expulsion of the ambassador": the party whose removal is asked for is the one the demand is aimed at.
const REMOVALS = new Set(["expulsion", "withdrawal", "departure", "exit", "removal", "pullout", "ouster", "extradition", "handover", "release", "closure"]);

function removalOf(a: SentenceAnalysis, m: ActorMention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return a.tokens[k]?.norm === "of" && REMOVALS.has(a.tokens[k - 1]?.norm ?? "");
}

const DEAL_NOUNS = new Set([
  "deal", "agreement", "accord", "pact", "treaty", "talks", "ties", "relations", "contract", "contracts", "deals",
  "agreements", "border", "crossing", "crossings", "trade",
]);

/** "the nuclear agreement with Iran": "with" after a deal noun names the other party. */
function afterDealNoun(a: SentenceAnalysis, m: ActorMention): boolean {
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  if (a.tokens[k]?.norm !== "with") return false;
  const noun = a.tokens[k - 1]?.norm ?? "";
  // "suspended cooperation with the IAEA" names the other side; "in cooperation with Iraqi forces" names a partner.
  return DEAL_NOUNS.has(noun) || (WORK_NOUNS.has(noun) && a.tokens[k - 2]?.norm !== "in" && a.tokens[k - 3]?.norm !== "in");
}

const WORK_NOUNS = new Set(["cooperation", "coordination", "contacts", "dialogue", "engagement", "negotiations"]);

function pickTarget(a: SentenceAnalysis, slots: readonly Slot[], ofIsTarget: boolean, lastWord: string, type: string): ActorMention | null {
  let fallback: ActorMention | null = null;
  // "lodged a complaint with the Security Council against Turkey": "against" names the party acted on.
  const against = slots.find((s) => s.prep === "against" && !s.m.member && !ownUnit(a, s.m));
  if (against && slots.some((s) => s.prep === "with" && s.m.start < against.m.start)) return against.m;
  for (const s of slots) {
    if (s.m.member || ownUnit(a, s.m)) continue;
    // "bombed three of the group's depots": the owner of the assets hit is the target, whatever counts them.
    if (s.m.possessive && (s.prep === null || s.prep === "of") && OWNED.has(a.tokens[a.tokens[s.m.end]?.norm === "'s" ? s.m.end + 1 : s.m.end]?.norm ?? "")) return s.m;
    // "carried out the strike together with Iraqi forces": a partner, not a target.
    if (s.prep === "with" && !RECIPROCAL.has(type) && type !== "ACCUSE" && type !== "REQUEST" && !afterDealNoun(a, s.m)) continue;
    if (s.prep === lastWord) return s.m;
    if (s.prep === null && !s.m.modifier) return s.m;
    if (s.prep && TARGET_PREPS.has(s.prep)) return s.m;
    if (s.prep === "of" && (ofIsTarget || ownedBy(a, s.m) || (type === "REQUEST" && removalOf(a, s.m)))) return s.m;
    if (s.prep && LOCATIVE.has(s.prep) && !fallback && !s.m.modifier) fallback = s.m;
  }
  return fallback;
}

function byAgent(a: SentenceAnalysis, t: TriggerMatch, wide: boolean): ActorMention | null {
  const limit = wide ? a.tokens.length : Math.min(a.tokens.length, t.end + 8);
  for (let k = t.end; k < limit; k++) {
    const w = a.tokens[k]!.norm;
    if (HARD.has(w)) return null;
    if (w !== "by") continue;
    // Wide search only through "carried out by", "conducted by" …: a bare "by" far away is usually a means.
    if (wide && k > t.end + 8 && !/^(out|conducted|launched|claimed|led|executed|staged|mounted|ordered)$/.test(a.tokens[k - 1]?.norm ?? "")) continue;
    // "issued by its administration": the pronoun's owner acts.
    if (OWN.has(a.tokens[k + 1]?.norm ?? "") && a.mentionStart[k + 2]! < 0) return ownerBefore(a, k + 1);
    for (let j = k + 1; j < Math.min(a.tokens.length, k + 6); j++) {
      if (HARD.has(a.tokens[j]!.norm) || a.lineStart[j]) break;
      const i = a.mentionStart[j] ?? -1;
      if (i >= 0) return a.mentions[i]!;
      if (!DETERMINERS.has(a.tokens[j]!.norm) && a.tokens[j]!.word && !/^(?:several|armed|local|unknown|iraqi|us)$/.test(a.tokens[j]!.norm)) {
        if (!/^[a-z-]+$/.test(a.tokens[j]!.norm)) break;
      }
    }
  }
  return null;
}

function isPassive(a: SentenceAnalysis, t: TriggerMatch): boolean {
  const w = a.tokens[t.start]!.norm;
  if (w.endsWith("ing") || !/(ed|en|wn|ck|ht|id|ld|t)$/.test(w)) return false;
  for (let k = t.start - 1; k >= Math.max(0, t.start - 3); k--) {
    const p = a.tokens[k]!.norm;
    if (BE.has(p)) return true;
    // "were later detained", "have all been released": adverbs and floating quantifiers stand between.
    if (!/ly$/.test(p) && !/^(?:not|also|been|then|later|soon|since|all|both|each|again|never|being)$/.test(p)) break;
  }
  // Reduced passive: "battles supported by X", "an airstrike carried out by X".
  // A subject right before the verb makes it active ("Washington extended the waiver by 120 days").
  if (a.mentionEnd[t.start]! >= 0) return false;
  return a.tokens[t.start + 1]?.norm === "by" || (a.tokens[t.start + 1]?.norm === "out" && a.tokens[t.start + 2]?.norm === "by");
}

const ACT_ADJECTIVES = /^(?:ballistic|cruise|guided|armed|suicide|heavy|fresh|latest|repeated|recent|renewed|massive|deadly|precision|retaliatory|joint|rocket|drone|missile|air|aerial|naval|artillery)$/;

/** A noun's own actor: "US sanctions", "Iraq's recent decision", "Iranian-backed attacks". */
function prenominal(a: SentenceAnalysis, t: TriggerMatch): ActorMention | null {
  let k = t.start;
  for (let skipped = 0; skipped <= 2 && k > 0; skipped++) {
    const m = mentionEndingAt(a, k) ?? (a.tokens[k - 1]?.norm === "'s" ? mentionEndingAt(a, k - 1) : null);
    // "Iranian ballistic missiles", "US retaliatory strikes": a describing word may stand between doer and act.
    if (m && !m.member) return skipped === 0 || m.possessive || (skipped === 1 && ACT_ADJECTIVES.test(a.tokens[k]!.norm)) ? m : null;
    const w = a.tokens[k - 1]!;
    if (!w.word || PREPS.has(w.norm) || DETERMINERS.has(w.norm) || BE.has(w.norm) || w.upper) return null;
    k--;
  }
  return null;
}

/** "receiving Iraqi assurances", "faced US pressure": the receiver is the target of the noun. */
function receiver(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array): ActorMention | null {
  for (let k = t.start - 1; k >= Math.max(0, t.start - 4); k--) {
    if (RECEIVE.has(a.tokens[k]!.norm)) return subjectBefore(a, k, false, mask);
  }
  return null;
}

function pairPartner(a: SentenceAnalysis, m: ActorMention, hyphenOnly = false): ActorMention | null {
  // Index arithmetic rather than slices: this is asked for every mention of sentences with reciprocal acts.
  const i = a.mentions.indexOf(m);
  for (let j = i + 1; j >= i - 1; j -= 2) {
    const o = a.mentions[j];
    if (!o || root(o.code) === root(m.code)) continue;
    const [x, y] = j > i ? [m, o] : [o, m];
    if (y.start - x.end !== 1) continue;
    const w = a.tokens[x.end]!.norm;
    if (w === "-" || w === "–" || (!hyphenOnly && w === "and")) return o;
  }
  return null;
}

function between(a: SentenceAnalysis, t: TriggerMatch): [ActorMention, ActorMention] | null {
  for (let k = t.start + 1; k < Math.min(a.tokens.length, t.end + 3); k++) {
    if (a.tokens[k]!.norm !== "between") continue;
    // A title may stand first ("between President Biden and …"): mentionStart holds -1, not undefined, off a mention.
    const i = (a.mentionStart[k + 1] ?? -1) >= 0 ? a.mentionStart[k + 1]! : (a.mentionStart[k + 2] ?? -1);
    const x = i >= 0 ? a.mentions[i] : undefined;
    const y = a.mentions[i + 1];
    // "between Riyadh, the Houthis and the Yemeni government": a listed first side counts as well.
    if (x && y && (a.tokens[x.end]?.norm === "and" || (a.tokens[x.end]?.norm === "," && a.tokens.slice(y.end, y.end + 6).some((w) => w.norm === "and")))) return [x, y];
  }
  return null;
}

const SPEECH_TYPES = new Set(["ACCUSE", "SUPPORT", "REQUEST", "THREATEN", "REJECT", "AGREE"]);
const lastWordOf = (a: SentenceAnalysis, t: TriggerMatch): string => a.tokens[t.end - 1]!.norm;

const REPORTING = new Set(["said", "says", "stated", "declared", "added", "noted", "argued", "insisted", "described", "called", "considered", "told", "warned", "announced"]);

/** "X said the strikes were a violation of sovereignty": the speaker makes the accusation. */
function speakerOf(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array): ActorMention | null {
  for (let k = t.start - 1; k >= 0; k--) {
    const w = a.tokens[k]!.norm;
    if (HARD.has(w)) return null;
    if (REPORTING.has(w)) return subjectBefore(a, k, false, mask);
  }
  return null;
}

/** For a verb whose subject is "he"/"she" right after "that" or a reporting verb: the subject of that reporting verb. */
function reportedSpeaker(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array): ActorMention | null {
  let k = t.start - 1;
  while (k > 0 && !PRONOUNS.has(a.tokens[k]!.norm)) k--;
  const before = a.tokens[k - 1]?.norm ?? "";
  if (before !== "that" && !REPORTING.has(before)) return null;
  const m = speakerOf(a, t, mask);
  return m && !m.modifier && !m.member ? m : null;
}

/** "launched a drone attack": the subject of a light verb right before the noun acts. */
function lightVerbSubject(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array): ActorMention | null {
  for (let k = t.start - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = a.tokens[k]!.norm;
    if (LIGHT_VERBS.has(w)) return subjectBefore(a, k, false, mask);
    if (!a.tokens[k]!.word || PREPS.has(w) || LIGHT_STOP.has(w)) return null;
  }
  return null;
}

/** "his policy of maximum pressure": a possessive pronoun points at the nearest person or state before it. */
function pronounOwner(a: SentenceAnalysis, t: TriggerMatch): ActorMention | null {
  for (let k = t.start - 1; k >= Math.max(0, t.start - 4); k--) {
    if (OWN.has(a.tokens[k]!.norm)) return conjunctOwner(a, k) ?? ownerBefore(a, k);
  }
  return null;
}

function ownerBefore(a: SentenceAnalysis, k: number): ActorMention | null {
  for (let j = k; j >= 0; j--) {
    const m = mentionEndingAt(a, j);
    if (m && !m.modifier && !m.member && !prepBefore(a, m)) return m;
  }
  return null;
}

/** The arguments of one trigger, before governors combine them. */
export function argumentsOf(a: SentenceAnalysis, t: TriggerMatch, stops: ReadonlySet<number>): Args {
  const mask = dateMask(a);
  const e = t.entry;
  // "condemned the attack on Saudi oil facilities": the victims of the act spoken of are not the speaker's target.
  const slots0 = slotsAfter(a, t, mask, stops);
  const slots1 = SPEECH_VERBS.has(e.type ?? "") && e.pos === "v" ? slots0.filter((s) => !a.triggers.some((x) => x !== t && x.entry.pos === "n" && x.start >= t.end && x.end <= s.m.start && s.m.start - x.end <= 3)) : slots0;
  // "rejected the criticism from Syria", "condemned the raid by Turkey": the doer of the act spoken of is the target.
  const doer = SPEECH_VERBS.has(e.type ?? "") && e.pos === "v" ? doerOfSpokenAct(a, t) : null;
  const slots = doer ? [{ m: doer, prep: null }, ...slots1.filter((s) => s.m !== doer)] : slots1;
  const under = cameUnder(a, t);
  if (under >= 0) {
    // "A Jordanian patrol came under attack": the subject suffered the act; only a "by" phrase names its doer.
    const agent = byAgent(a, t, false);
    const hit = subjectBefore(a, under - 1, true, mask) ?? a.mentions.find((m) => m.modifier && m.end < under && OWNED.has(a.tokens[m.end]?.norm ?? ""));
    return { actors: agent ? expand(a, agent) : [], targets: hit ? expand(a, hit) : [], actorFrom: agent ? "agent" : "none", party: null };
  }
  const pair = between(a, t);
  if (pair) {
    // "Oman offered to mediate between Washington and Tehran, …": a third party acting between sides named before
    // the verb has each of them as a target (one record per code); without one the pair are actor and target.
    const own = e.pos === "v" ? subjectBefore(a, t.start, false, mask) : null;
    const sides = coordinated(a, pair[0]);
    if (own && !sides.some((m) => m.code === own.code)) return { actors: expand(a, own), targets: sides.length > 1 ? sides : [...pair], actorFrom: "subject", party: null };
    return { actors: [pair[0]], targets: [pair[1]], actorFrom: "subject", party: null };
  }
  if (e.pos === "v") {
    const call = e.type === "CONSULT" && a.tokens[t.start - 1]?.norm === "by" ? byPhone(a, t, mask) : null;
    if (call) return call;
    if (isPassive(a, t)) {
      const agent = byAgent(a, t, false);
      const patient = subjectBefore(a, t.start, true, mask);
      // "troops would be withdrawn from Syria": with no named unit leaving, the place left is the target.
      const left = e.type === "RETREAT" ? slots.find((s) => s.prep === "from" && s.m !== agent && !s.m.modifier)?.m : undefined;
      // "French troops were withdrawn from Mali": the unit withdrawn leaves, the place is the target.
      if (patient && left && !agent && side(patient.code) !== side(left.code)) return { actors: [patient], targets: expand(a, left), actorFrom: "object", party: patient };
      return {
        actors: agent ? expand(a, agent) : [],
        targets: patient ? expand(a, patient) : left ? expand(a, left) : [],
        actorFrom: agent ? "agent" : "default",
        party: null,
      };
    }
    const host = openingParticipleSubject(a, t);
    if (host) return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, expand(a, host), slots, "subject", false);
    // "…, and it condemned the attacks": a pronoun opening a joined clause is the sentence's subject (clause-subject).
    const p = conjunctPronoun(a, t);
    const main = p >= 0 ? mainSubject(a, p) : null;
    if (main) return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, a.tokens[p]!.norm === "they" ? expand(a, main) : [main], slots, "subject", false);
    // "Biden said the strikes were … and that he would not hesitate to …": "he" opening a that-clause of a reporting
    // verb is its speaker.
    const speaker = pronounSubject(a, t) ? reportedSpeaker(a, t, mask) : null;
    if (speaker) return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, [speaker], slots, "subject", false);
    if (pronounSubject(a, t) || participle(a, t)) {
      const rest = withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, [], slots, "context", false);
      return { ...rest, actors: [], actorFrom: "context" };
    }
    if (pluralPronounSubject(a, t)) return { ...withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, [], slots, "none", false), actors: [], actorFrom: "none" };
    // "the bombing, which killed four soldiers": the act's own doer, never the subject of the clause it hangs from.
    const act = relativeAntecedent(a, t);
    // "shelled a market in Idlib, which killed …": the act told before did it.
    if (act === "object") return { ...withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, [], slots, "context", false), actors: [], actorFrom: "context" };
    // "protested to Turkey, which shelled …", "spoke to Erdogan, who promised …": the party right before the
    // pronoun is its antecedent, even inside a prepositional phrase.
    const rel = act ? null : relativeParty(a, t);
    if (rel) return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, expand(a, rel), slots, "subject", false);
    if (act) {
      const own = argumentsOf(a, act, stops);
      // "launched an attack on X, which killed …": the light verb's subject did it; a speaker ("condemned") did not.
      const light = own.actors.length === 0 || own.actorFrom === "subject" ? lightVerbSubject(a, act, mask) : null;
      const doers = light ? expand(a, light) : own.actorFrom !== "subject" && own.actorFrom !== "context" ? own.actors.slice() : [];
      return { ...withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, doers, slots, doers.length ? "agent" : "none", false), actorFrom: doers.length ? "agent" : "none" };
    }
    // "the strikes had killed three soldiers": an act noun as subject; its doer acted, never a party named earlier.
    const actSubject = subjectAct(a, t);
    if (actSubject) {
      const own = argumentsOf(a, actSubject, stops);
      const doers = own.actorFrom === "modifier" || own.actorFrom === "agent" || own.actorFrom === "of" ? own.actors.slice() : [];
      return { ...withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, doers, slots, doers.length ? "agent" : "none", false), actorFrom: doers.length ? "agent" : "none" };
    }
    // "…, and the two sides clashed": a joined clause with a subject of its own takes no name from the clause before.
    if (ownCommonSubject(a, t.start)) return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, [], slots, "subject", false);
    const subj = subjectBefore(a, t.start, false, mask);
    const people = subj ? [] : countryPeople(a, t.start);
    return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true, subj ? subjectParties(a, subj, t.start) : people, slots, "subject", false);
  }
  const pre = prenominal(a, t);
  let actor: ActorMention | null = null;
  let target: ActorMention | null = null;
  let from: Candidate["actorFrom"] = "modifier";
  if (pre && e.possTarget) target = pre;
  else actor = pre;
  const ofSlot = slots.find((s) => s.prep === "of" && s.m.start <= t.end + 3);
  if (!actor && e.of === "actor" && ofSlot) {
    actor = ofSlot.m;
    from = "of";
  }
  const fromSlot = slots.find((s) => s.prep === "from" && s.m.start <= t.end + 3);
  if (!actor && fromSlot && SPEECH_TYPES.has(e.type ?? "")) {
    actor = fromSlot.m;
    from = "of";
  }
  if (!actor) {
    actor = byAgent(a, t, true);
    from = "agent";
  }
  if (!actor) {
    actor = pronounOwner(a, t) ?? lightVerbSubject(a, t, mask) ?? (SPEECH_TYPES.has(e.type ?? "") ? speakerOf(a, t, mask) : null);
    from = "subject";
  }
  const recv = receiver(a, t, mask);
  if (!target && recv && (!actor || root(recv.code) !== root(actor.code))) target = recv;
  const actors = actor ? expand(a, actor) : [];
  if (target) return { actors, targets: expand(a, target), actorFrom: actor ? from : "none", party: null };
  const rest = slots.filter((s) => s.m !== actor && !(e.of === "actor" && s === ofSlot));
  return withObject(a, e.type ?? "", lastWordOf(a, t), e.ownObject === true || (e.type === "RETREAT" && e.of === "actor"), actors, rest, actor ? from : "none", e.of === "target");
}

const CALL_VERBS: ReadonlySet<string> = new Set(["told", "tells", "spoke", "talked", "assured", "reassured", "informed", "briefed", "conveyed", "stressed", "discussed"]);

/**
 * "Bolton told his Indian counterpart, Ajit Doval, by telephone that …": "by telephone" says how the verb before was
 * done, so that verb's subject made the call and its object received it (never the object as caller). With no
 * subject found, the caller comes from context.
 */
function byPhone(a: SentenceAnalysis, t: TriggerMatch, mask: Uint8Array): Args | null {
  for (let k = t.start - 2; k >= Math.max(0, t.start - 14); k--) {
    const w = a.tokens[k]!.norm;
    if (HARD.has(w)) return null;
    if (!CALL_VERBS.has(w)) continue;
    const subj = subjectBefore(a, k, false, mask);
    const obj = a.mentions.find((m) => m.start > k && m.end < t.start && !m.member && (!subj || root(m.code) !== root(subj.code)));
    if (!obj) return null;
    return { actors: subj ? expand(a, subj) : [], targets: expand(a, obj), actorFrom: subj ? "subject" : "context", party: null };
  }
  return null;
}

/** The parties a subject and the mentions listed before it stand for; a lone subject skips the list arrays. */
function subjectParties(a: SentenceAnalysis, subj: ActorMention, verb: number): ActorMention[] {
  const left = coordinatedLeft(a, subj);
  const parties = left.length === 1 ? expand(a, subj) : left.flatMap((m) => expand(a, m));
  const joint = jointParty(a, subj, verb);
  return joint && !parties.some((m) => m.code === joint.code) ? [...parties, ...expand(a, joint)] : parties;
}

/** "The United States, along with Britain, struck …": a party joined to the subject in an aside acts with it. */
function jointParty(a: SentenceAnalysis, subj: ActorMention, verb: number): ActorMention | null {
  if (a.tokens[subj.end]?.norm !== "," || verb - subj.end > 10) return null;
  const w = a.tokens[subj.end + 1]?.norm;
  const k = w === "alongside" ? subj.end + 2 : (w === "along" || w === "together") && a.tokens[subj.end + 2]?.norm === "with" ? subj.end + 3 : -1;
  if (k < 0) return null;
  let j = k;
  while (j < verb && DETERMINERS.has(a.tokens[j]!.norm)) j++;
  const i = a.mentionStart[j] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.modifier && !m.possessive && a.tokens[m.end]?.norm === "," ? m : null;
}

function withObject(
  a: SentenceAnalysis,
  type: string,
  lastWord: string,
  ownObject: boolean,
  actors: ActorMention[],
  slots: readonly Slot[],
  actorFrom: Candidate["actorFrom"],
  ofIsTarget: boolean,
): Args {
  const actorCodes = new Set(actors.map((m) => m.code));
  const free = slots.filter((s) => !actors.includes(s.m) && !actorCodes.has(s.m.code));
  if (ownObject) {
    // "withdrew its troops from Iraq": the object is the leaving unit, the place is the target.
    const own = free.find((s) => s.prep === null || s.prep === "of");
    const place = free.find((s) => s !== own && s.prep !== null && s.prep !== "of");
    const party = own?.m ?? null;
    if (actors.length === 0 && party) return { actors: [party], targets: place ? [place.m] : [], actorFrom: "object", party };
    return { actors, targets: place ? [place.m] : [], actorFrom, party };
  }
  const target = pickTarget(a, free, ofIsTarget, lastWord, type);
  if (!target) return { actors, targets: [], actorFrom, party: null };
  return { actors, targets: [...expand(a, target), ...repeatedPrep(a, free, target)], actorFrom, party: null };
}

/** "fired rockets at X and at Y": a second target introduced by the same preposition after "and". */
function repeatedPrep(a: SentenceAnalysis, slots: readonly Slot[], target: ActorMention): ActorMention[] {
  const i = slots.findIndex((s) => s.m === target);
  const prep = slots[i]?.prep;
  if (!prep || !TARGET_PREPS.has(prep) || prep === "with") return [];
  const out: ActorMention[] = [];
  for (const s of slots.slice(i + 1)) {
    let k = s.m.start - 1;
    while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
    if (s.prep !== prep || a.tokens[k - 1]?.norm !== "and" || s.m.member || s.m.modifier) continue;
    out.push(...expand(a, s.m));
  }
  return out;
}

/** A mention standing for listed members becomes its members; coordinated mentions join. */
function expand(a: SentenceAnalysis, m: ActorMention): ActorMention[] {
  const list = coordinated(a, m);
  // Most mentions stand alone: skip the de-duplication arrays.
  if (list.length === 1 && m.members.length === 0) return list;
  const all = list.flatMap((x) => (x.members.length ? x.members : [x]));
  const seen = new Set<string>();
  return all.filter((x) => !seen.has(x.code) && (seen.add(x.code), true));
}

export interface RawEvent {
  readonly type: string;
  readonly mode: string | null;
  readonly actors: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly party: ActorMention | null;
  readonly start: number;
  readonly end: number;
  readonly anchor: number;
  readonly actorFrom: Candidate["actorFrom"];
  /** Set by an "intend" governor: the event is only planned. */
  readonly planned: boolean;
  readonly weak: boolean;
  /** For an accusation about an act told elsewhere ("condemned this airstrike"): that act's type. */
  readonly about?: string;
}

/** The complement trigger a governor introduces: close after it, in the same clause. */
function complementOf(a: SentenceAnalysis, g: TriggerMatch, triggers: readonly TriggerMatch[], mask: Uint8Array): number {
  const gi = triggers.indexOf(g);
  const c = triggers[gi + 1];
  if (!c) return -1;
  let words = 0;
  for (let k = g.end; k < c.start; k++) {
    const w = a.tokens[k]!.norm;
    if (mask[k]) continue;
    if (HARD.has(w) || (CLAUSE_BREAK.has(w) && w !== "that")) return -1;
    if (a.mentionStart[k]! >= 0) {
      const m = a.mentions[a.mentionStart[k]!]!;
      k = m.end - 1;
      words++;
      continue;
    }
    words++;
  }
  // "warned President Salih that the US would close …": a that-clause may hold a longer subject.
  const that = a.tokens.slice(g.end, c.start).some((x) => x.norm === "that");
  // Reported speech ("said the United States would …") names its subject before the act.
  return words <= (that || g.entry.gov === "say" ? 7 : 4) ? gi + 1 : -1;
}

/**
 * Codes every trigger of a sentence into raw events, letting governors ("threatened to", "called for",
 * "agreed to") absorb the event they introduce.
 */
export function rawEvents(a: SentenceAnalysis): RawEvent[] {
  // Most sentences have no trigger: nothing to build.
  if (a.triggers.length === 0) return [];
  const mask = dateMask(a);
  const ts = a.triggers;
  const stops = new Set(ts.filter((t) => !t.entry.weak).map((t) => t.start));
  const built: (RawEvent | null)[] = ts.map(() => null);
  const consumed = new Set<number>();
  const dropped: TriggerMatch[] = [];
  const coordinatedActs: RawEvent[] = [];
  const speeches: RawEvent[] = [];
  // Right to left, so chains ("voted on a resolution requiring … to remove") fold inward first.
  for (let i = ts.length - 1; i >= 0; i--) {
    const t = ts[i]!;
    // Triggers that code nothing are set aside first: their arguments are never read.
    if (COMPOUND_HEADS.has(a.tokens[t.end]?.norm ?? "") && t.end - t.start === 1) continue;
    if (t.entry.pos === "n" && (backReference(a, t) || presupposed(a, t, ts) || fulfilled(a, t))) {
      dropped.push(t);
      continue;
    }
    if (t.entry.pos === "v" && (purpose(a, t, ts) || allegation(a, t, ts) || purposeChain(a, i, ts) || reducedRelative(a, t) || conditionsMet(a, t))) continue;
    const own = argumentsOf(a, t, stops);
    const base: RawEvent = {
      type: t.entry.type ?? "",
      mode: t.entry.mode ?? null,
      actors: own.actors,
      targets: own.targets,
      party: own.party,
      start: t.start,
      end: t.end,
      anchor: t.start,
      actorFrom: own.actorFrom,
      planned: false,
      weak: t.entry.weak === true,
    };
    if (!t.entry.gov) {
      // "Baghdad protested the strikes": a government that protests lodges an objection (ACCUSE), it does not demonstrate.
      // "protested that Israeli jets had crossed its territory": protesting that something happened is an objection
      // voiced, aimed at the doer the that-clause opens with (unless protesters voice it).
      const voiced = t.entry.type === "PROTEST" && t.entry.pos === "v" && a.tokens[t.end]?.norm === "that" && own.actors[0]?.body !== "PUBLIC";
      const accused = voiced && !own.targets.length ? thatClauseOther(a, t.end, own.actors[0]) ?? thatSubject(a, t.end) : null;
      // A state's forces that block roads cordon off an area (PLOVER COERCE), that set a building on fire attack it.
      const forced = t.entry.type === "PROTEST" && t.entry.pos === "v" && governmental(own.actors[0]) ? STATE_FORCE.get(t.entry.mode ?? "") : undefined;
      if (forced) {
        built[i] = { ...base, type: forced[0], mode: forced[1] };
        continue;
      }
      // Its members on hunger strike or on strike still protest.
      if (t.entry.type === "PROTEST" && t.entry.pos === "v" && (voiced || (governmental(own.actors[0]) && t.entry.mode !== "hunger" && t.entry.mode !== "strike"))) {
        built[i] = { ...base, type: "ACCUSE", mode: "disapprove", targets: accused ? [accused] : base.targets };
        continue;
      }
      // "called it unacceptable that Iraqi forces had not stopped the crowd": "it" stands for the that-clause after
      // the accusation, whose subject is the party accused.
      const extraposed = t.entry.type === "ACCUSE" && !own.targets.length && a.tokens[t.end]?.norm === "that" ? thatSubject(a, t.end) : null;
      built[i] = extraposed && !own.actors.some((m) => side(m.code) === side(extraposed.code)) ? { ...base, targets: [extraposed] } : base;
      continue;
    }
    // "the United States", "the State Department" hold the speech verb's letters: only a lower-case verb reports.
    if (t.entry.gov === "say" && !a.tokens[t.start]!.upper) speeches.push(base);
    const ci = complementOf(a, t, ts, mask);
    const comp = ci >= 0 ? built[ci] : null;
    built[i] = combine(t.entry.gov, base, comp ?? null, a);
    if (ci >= 0) {
      consumed.add(ci);
      // "said he would raise tariffs on X and break off talks": each coordinated act is an event of its own under the
      // same governor, aimed at the first act's counterpart when it names none.
      // A governor after "and" ("… and said …") opens a statement of its own.
      // "decided to recall the envoy, to suspend flights and to file a complaint": items joined by commas count only
      // when an "and" closes the list.
      const items: number[] = [];
      let closed = 0;
      for (let j = ci + 1, prevVerb = ci; j < ts.length && !ts[j]!.entry.gov; j++) {
        // Nouns inside an item's object ("to suspend the dispatch of a new ambassador") are skipped, not list items.
        if (ts[j]!.entry.pos !== "v" && a.tokens[ts[j]!.start - 1]?.norm !== "and") continue;
        const join = coordinatedVerb(a, ts[prevVerb]!, ts[j]!);
        if (!join) break;
        items.push(j);
        if (join === "and") closed = items.length;
        prevVerb = j;
      }
      items.length = closed;
      for (const j of items) {
        consumed.add(j);
        const cj = built[j];
        // The coordinated verb shares the first act's subject ("Riyadh would expel … and suspend …").
        const more = cj ? combine(t.entry.gov, base, comp ? { ...cj, actors: comp.actors, actorFrom: comp.actorFrom } : cj, a) : null;
        if (cj && more) coordinatedActs.push({ ...more, start: cj.start, end: cj.end, targets: more.targets.length ? more.targets : (built[i]?.targets ?? []) });
      }
    }
    // "demanded an apology from Ankara and the withdrawal of its troops": a further act noun in the governor's object
    // list is governed too (a demand, not a withdrawal).
    if (LIST_GOVERNORS.has(t.entry.gov)) {
      for (const j of listedNouns(a, i, ts, ci)) {
        const cj = built[j];
        const more = cj && !consumed.has(j) ? combine(t.entry.gov, base, cj, a) : null;
        if (!cj || !more) continue;
        consumed.add(j);
        coordinatedActs.push({ ...more, start: cj.start, end: cj.end, anchor: cj.start });
      }
    }
  }
  const kept = built.filter((e, i): e is RawEvent => e !== null && e.type !== "" && !consumed.has(i));
  const all = coordinatedActs.length ? [...kept, ...coordinatedActs] : kept;
  const events = enactments(a, shareSubjects(a, inheritPassives(all.sort((x, y) => x.start - y.start), a)).map(endOthersPresence)).map((e) => obligedAct(a, e));
  const lodged = events.map((e, i) => (COMPLAINTS.has(e.type) ? forumComplaint(a, e, earlierOfKind(events, i)) : e));
  // "lodged a complaint with the UN accusing Israel …": once the forum gives way, the two acts are one.
  const key = (e: RawEvent): string => [e.type, ...e.actors.map((x) => x.code), "|", ...e.targets.map((x) => x.code)].join(" ");
  // Duplicates arise only where a forum gave way: otherwise every event is kept as it is, without building keys.
  // A complaint that only takes the targets of the act it joins is a second act: it merges with nothing.
  const gaveWay = (e: RawEvent, i: number): boolean => e !== events[i] && !JOINED.has(e);
  const moved = !lodged.some((e, i) => e !== events[i]) ? null : new Set(lodged.filter(gaveWay).map(key));
  const once = moved === null ? lodged : lodged.filter((e, i) => !(lodged[i] === events[i] && moved.has(key(e)) && lodged.some((x, j) => j !== i && x !== events[j] && key(x) === key(e))));
  const coded = nounTargets(a, once.map((e) => counterpartOfConcession(a, accusedParty(a, e, dropped, once))));
  const objects = coded.map((e) => refusedObject(a, relativelyAimed(a, e)));
  return speeches.length ? reportedCharges(a, objects, speeches) : objects;
}

/**
 * "France stressed that Iraq must stop the attacks", "reiterated that Libya must hand over …": an act a that-clause
 * says its subject must do, under a verb no governor entry knows, is the speaker's demand on that subject (GUIDELINES:
 * calls and pressure are REQUEST), never the act itself; a pronoun subject stands for the addressee named before
 * "that" ("a reminder to Iraq that it must …"). Left as it is when no speaker of another side is found.
 */
function obligedAct(a: SentenceAnalysis, e: RawEvent): RawEvent {
  if (!MODAL_WORDS.has(a.tokens[e.anchor - 1]?.norm ?? "") && !a.tokens[e.anchor - 1]?.norm.endsWith("ly")) return e;
  const clause = obligationClause(a, e.anchor);
  if (!clause) return e;
  const obliged = clause.obliged ?? mentionEndingAt(a, clause.that);
  const speaker = subjectBefore(a, clause.that, false, dateMask(a));
  if (!obliged || !speaker || side(obliged.code) === side(speaker.code)) return e;
  // The demand is anchored on the speaker's verb, as a governed one is: the modal qualifies the act demanded, not it.
  let verb = speaker.end;
  while (verb < clause.that && (!a.tokens[verb]!.word || a.inDate[verb] === 1)) verb++;
  return { ...e, type: "REQUEST", mode: e.type === "RETREAT" ? "yield" : "change", actors: expand(a, speaker), targets: [obliged], actorFrom: "subject", party: null, weak: false, start: verb, anchor: verb };
}
const MODAL_WORDS: ReadonlySet<string> = new Set(["must", "should", "to"]);

/** An act in ", which <party> designated …" with no object of its own acts on the party the clause hangs from. */
function relativelyAimed(a: SentenceAnalysis, e: RawEvent): RawEvent {
  const subject = e.targets.length === 0 && e.actorFrom === "subject" ? e.actors[0] : undefined;
  const host = subject ? relativeObject(a, e.start, subject) : null;
  return host && !sameSide(host.code, subject!.code) ? { ...e, targets: [host] } : e;
}

const sameSide = (x: string, y: string): boolean => side(x) === side(y);

/**
 * "Khamenei said the United States was stirring up unrest": a report charging another party with wrongdoing is the
 * speaker's accusation of it (GUIDELINES: criticism is ACCUSE; the reporting itself is not coded). Acts coded inside
 * the report are kept, and aimed: an accusation with no target at the party the report names ("said Turkey had
 * violated Iraqi sovereignty"), a harm to "its"/"their" people at the speaker ("said the militia fired on its troops").
 */
function reportedCharges(a: SentenceAnalysis, events: RawEvent[], speeches: readonly RawEvent[]): RawEvent[] {
  let out = events;
  for (const s of speeches) {
    // "expelled the diplomats, saying …": a participle after a comma speaks for the clause's head.
    const speaker = s.actors[0] ?? (a.tokens[s.start - 1]?.norm === "," && a.tokens[s.start]!.norm.endsWith("ing") ? headVerbEvent(a, out, s.start - 1)?.actors[0] : undefined);
    const clause = speaker && !speaker.modifier && !speaker.member ? reportedClause(a, s.end) : null;
    if (!speaker || !clause) continue;
    const other = otherParty(a, clause, speaker, sameSide);
    const told = out.filter((e) => e.end > clause.start && e.start < clause.end);
    if (isReply(a, s.start) && denies(a, clause) && !told.some((e) => e.type === "REJECT")) {
      // What the reply says would or would not be done is the substance of the refusal, not a step announced.
      out = [...out.filter((e) => !told.includes(e) || e.anchor !== s.anchor), refusal(s, speaker, other)];
      continue;
    }
    if (told.length) out = out.map((e) => (told.includes(e) ? aimedReport(a, e, speaker, other) : e));
    // "said Washington's sanctions were illegal": an act named by a noun is what the charge is about, not a report of a deed.
    if (told.some((e) => a.triggers.find((x) => x.start === e.anchor)?.entry.pos !== "n")) continue;
    const charge = other ? chargeAt(a, clause) : -1;
    if (!other || charge < 0) continue;
    const accusation: RawEvent = {
      type: "ACCUSE", mode: "disapprove", actors: [speaker], targets: [other], party: null, start: s.start, end: charge + 1,
      anchor: s.start, actorFrom: s.actorFrom, planned: false, weak: false,
    };
    out = [...out, accusation];
  }
  return out;
}

/**
 * "The minister replied that his country would not ask anyone's permission", "replied that the two talks had nothing
 * to do with each other": a reply that denies or refuses is a rejection (PLOVER REJECT) by whoever replies, aimed at
 * the other side it names (the acts it names are what is refused, not events).
 */
function refusal(s: RawEvent, speaker: ActorMention, other: ActorMention | null): RawEvent {
  return {
    type: "REJECT", mode: null, actors: [speaker], targets: other ? [other] : [], party: null, start: s.start, end: s.end,
    anchor: s.start, actorFrom: s.actorFrom, planned: false, weak: false,
  };
}

/** An act told inside a report, aimed at the party the report is about, or at the speaker when its own people were hit. */
function aimedReport(a: SentenceAnalysis, e: RawEvent, speaker: ActorMention, other: ActorMention | null): RawEvent {
  if (e.targets.length) return e;
  const doer = e.actors[0];
  // "said the US strikes violated …": a party naming an act noun is that act's doer, left to the rules on condemned acts.
  const named = other && !other.modifier && !a.triggers.some((x) => x.start === other.end && x.entry.pos === "n") ? other : null;
  if (e.type === "ACCUSE" && named && named.start < e.end && (!doer || sameSide(doer.code, speaker.code))) {
    return { ...e, actors: doer ? e.actors : [speaker], targets: [named] };
  }
  if (HARMS.has(e.type) && doer && !sameSide(doer.code, speaker.code) && ownObject(a, e.end)) return { ...e, targets: [speaker] };
  return e;
}

/** Whether "its", "their" or "our" opens the object right after an act ("fired on its troops", "struck their posts"). */
function ownObject(a: SentenceAnalysis, end: number): boolean {
  for (let k = end; k < Math.min(a.tokens.length, end + 3); k++) {
    const w = a.tokens[k]!.norm;
    if (OWN.has(w) || w === "our") return w !== "his" && w !== "her";
    if (!PREPS.has(w) && !TARGET_PREPS.has(w)) return false;
  }
  return false;
}

/**
 * "fired missiles at X and at Islamic State targets": after a preposition, "<name> targets" is a noun phrase — the
 * named group's targets, a further target of the act before it (one record per target) — not the verb "targets".
 */
function nounTargets(a: SentenceAnalysis, events: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const e of events) {
    const w = a.tokens[e.start]!.norm;
    const owner = e.end - e.start === 1 && (w === "targets" || w === "target") ? mentionEndingAt(a, e.start) : null;
    const prep = owner ? prepBefore(a, owner) : null;
    let k = owner ? owner.start : 0;
    while (k > 0 && DETERMINERS.has(a.tokens[k - 1]!.norm)) k--;
    // "struck Hezbollah targets": right after a verb, the name and "targets" are that verb's object.
    const object = owner !== null && a.triggers.some((t) => t.entry.pos === "v" && t.end === k);
    if (!owner || (!object && prep !== "at" && prep !== "on" && prep !== "against")) {
      out.push(e);
      continue;
    }
    const act = [...out].reverse().find((x) => x.type === "ASSAULT" && x.actors.length && x.end <= owner.start);
    if (act && !act.targets.some((m) => m.code === owner.code)) out.push({ ...act, targets: [owner], start: e.start, end: e.end, anchor: act.anchor });
  }
  return out;
}

/** The latest event before `i` of the same kind (hostile or friendly) sharing an actor with it. */
function earlierOfKind(events: readonly RawEvent[], i: number): RawEvent | undefined {
  const e = events[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const p = events[j]!;
    if (sameKind(p.type, e.type) && p.actors.some((x) => e.actors.some((y) => y.code === x.code))) return p;
  }
  return undefined;
}

/** Complaints that took the targets of the act they join: acts of their own, never merged with that act. */
const JOINED = new WeakSet<RawEvent>();
const FORUMS: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "igo").map((x) => x.code));
const ACCUSED_MARKS = new Set(["against", "over", "about", "accusing", "blaming", "regarding", "concerning"]);

/**
 * "lodged a complaint with the Security Council against Turkey": the forum a complaint is lodged with only
 * receives it; the act is aimed at the party it accuses, named after "against", "over", "accusing" and the like.
 */
const COMPLAINTS = new Set(["ACCUSE", "PROTEST"]);

function forumComplaint(a: SentenceAnalysis, e: RawEvent, prev?: RawEvent): RawEvent {
  if (!COMPLAINTS.has(e.type)) return e;
  const lodged = (m: ActorMention): boolean => {
    if (!FORUMS.has(m.code) || m.start < e.start) return false;
    const before = a.tokens.slice(Math.max(e.start, m.start - 3), m.start).map((x) => x.norm);
    return before.includes("with") || before.includes("to") || before.includes("before");
  };
  const forums = e.targets.filter(lodged);
  if (!forums.length) return e;
  const after = Math.max(...forums.map((m) => m.end));
  let mark = -1;
  for (let k = after; k < Math.min(a.tokens.length, after + 4); k++) {
    const w = a.tokens[k]!.norm;
    if (HARD.has(w) || w === ".") break;
    if (ACCUSED_MARKS.has(w)) { mark = k; break; }
  }
  const kept = e.targets.filter((m) => !forums.includes(m));
  // With nobody accused in the sentence, the forum is still not the target: the accused comes from context.
  const accused = mark < 0 ? undefined : a.mentions.find((m) => m.code && m.start > mark && m.start <= mark + 5 && !FORUMS.has(m.code) && !e.actors.some((x) => x.code === m.code));
  if (!accused) {
    // "lodge a complaint with the Security Council over the strikes": aimed at whoever did the act named (see 09-tidy).
    const act = mark < 0 ? undefined : a.triggers.find((t) => t.entry.pos === "n" && ACCUSABLE.has(t.entry.type ?? "") && t.start > mark && t.start <= mark + 3);
    const doer = act ? prenominal(a, act) : null;
    if (doer && kept.length === 0 && !e.actors.some((x) => x.code === doer.code)) return { ...e, targets: [doer] };
    // "recalled its ambassador to Tehran and lodged a complaint with the UN": the act it joins names whom it is against.
    const joined = prev && kept.length === 0 && prev.end <= e.start;
    if (act && !joined && kept.length === 0) return { ...e, targets: [], about: act.entry.type! };
    // A weak "protested to the UN" stands only with a target: there the forum is kept rather than the act lost.
    const out = { ...e, targets: joined ? prev.targets.filter((m) => !FORUMS.has(m.code)) : kept.length || !e.weak ? kept : e.targets };
    if (joined) JOINED.add(out);
    return out;
  }
  return { ...e, targets: kept.some((m) => m.code === accused.code) ? kept : [...kept, accused] };
}

const FRIENDLY_TYPES = new Set(["CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"]);
const sameKind = (x: string, y: string): boolean => (HOSTILE_TYPES.has(x) && HOSTILE_TYPES.has(y)) || (FRIENDLY_TYPES.has(x) && FRIENDLY_TYPES.has(y));

/**
 * "raided a site in southern Baghdad and detained 14 men", "met Iraqi leaders and signed a memorandum": a verb
 * joined by "and" with no subject of its own shares the subject of the verb before it (a name inside that verb's
 * object is no subject), and, when it names no target and is of the same kind, that verb's target.
 */
const SEQUENCE_ADVERB = /^(also|then|later|subsequently|quickly|promptly)$|ly$/;

function shareSubjects(a: SentenceAnalysis, events: RawEvent[]): RawEvent[] {
  const out: RawEvent[] = [];
  for (const e of events) {
    const verb = a.triggers.some((t) => t.start === e.anchor && t.entry.pos === "v");
    let k = e.anchor - 1;
    while (k > 0 && SEQUENCE_ADVERB.test(a.tokens[k]!.norm)) k--;
    // "condemned the launch, calling it a provocation, and suspended …": the verb joined is the head verb's partner.
    const prev = (verb && a.tokens[k]?.norm === "and" ? headVerbEvent(a, out, k) : undefined) ?? out.at(-1);
    // "expelled the ambassador, froze trade talks and closed its airspace": a comma joins verbs of a list an "and" closes.
    const joined = a.tokens[k]?.norm === "and" || (a.tokens[k]?.norm === "," && verb && prev !== undefined && listedVerb(a, e, events));
    // "The minister met his Iranian counterpart and discussed …": with no subject found for the first verb, a name in
    // its object is still no subject of the second.
    const objectName = prev !== undefined && !prev.actors.length && prev.actorFrom === "subject" && e.actors.length > 0 && verb && joined && e.actors.every((m) => m.start > prev.anchor && m.end <= k) && prev.end <= k && !clauseBreakBetween(a, prev.end, k);
    if (objectName && !(e.type === "ASSAULT" && prev.type === "ASSAULT")) {
      out.push({ ...e, actors: [], actorFrom: prev.actorFrom });
      continue;
    }
    if (!prev || !verb || !joined || (!prev.actors.length && !(e.type === "ASSAULT" && prev.type === "ASSAULT")) || prev.end > k || clauseBreakBetween(a, prev.end, k)) {
      out.push(e);
      continue;
    }
    if (!prev.actors.length && e.type === "ASSAULT" && prev.type === "ASSAULT") {
      // "rockets killed a contractor and wounded two soldiers": the victim of the first verb does not do the second.
      const fromObject = e.actors.length > 0 && e.actors.every((m) => m.start >= prev.end && m.end <= k);
      out.push(fromObject ? { ...e, actors: [], actorFrom: prev.actorFrom } : e);
      continue;
    }
    const own = e.actors[0];
    // Its own subject stands before the first verb or right before "and" as a clause subject: keep it.
    // "Iraq recalled its envoy, a day after Iranian missiles struck Erbil and killed …": a subject beyond a comma
    // before the first verb belongs to another clause; the verb joined by "and" shares the nearer one.
    const apart = own && own.start < prev.start && prev.actors.length > 0 && a.tokens.slice(own.end, prev.start).some((t) => t.norm === ",");
    if (own && !apart && (own.start < prev.start || e.actorFrom === "context")) {
      // "Bahrain cut ties with Qatar, closed its airspace and …": the same subject's next act of the same kind naming
      // no party is aimed at the first act's target.
      const same = !e.targets.length && prev.targets.length && sameKind(e.type, prev.type) && e.actors.every((m) => prev.actors.some((x) => x.code === m.code));
      out.push(same ? { ...e, targets: prev.targets } : e);
      continue;
    }
    // "… for helping Belarus evade controls and warned Belarus": the object the subject it lost had taken is its target.
    const object = e.targets.length ? null : objectAfter(a, e);
    const freed = object && !prev.actors.some((x) => x.code === object.code) ? [object] : null;
    const targets = freed ?? (e.targets.length || !sameKind(e.type, prev.type) ? e.targets.filter((m) => !prev.actors.some((x) => x.code === m.code)) : prev.targets);
    out.push({ ...e, actors: prev.actors, targets, actorFrom: prev.actorFrom === "default" ? "default" : "subject" });
  }
  return out;
}

/** The party named right after a verb act, determiners aside ("warned Belarus"), when it is no modifier. */
function objectAfter(a: SentenceAnalysis, e: RawEvent): ActorMention | null {
  if (!a.triggers.some((t) => t.start === e.anchor && t.end === e.end && t.entry.pos === "v")) return null;
  let k = e.end;
  while (k < a.tokens.length && DETERMINERS.has(a.tokens[k]!.norm)) k++;
  const i = a.mentionStart[k] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.modifier && !m.member && !m.possessive ? m : null;
}

/**
 * The first event told by a finite verb (not a participle, "calling it …", "helping Iran …", nor an infinitive or a
 * noun) in the clause that runs up to the "and" at `k`: the head whose subject a verb joined there shares.
 */
function headVerbEvent(a: SentenceAnalysis, events: readonly RawEvent[], k: number): RawEvent | undefined {
  let head: RawEvent | undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const x = events[i]!;
    if (x.end > k || clauseBreakBetween(a, x.end, k)) break;
    const finite = a.triggers.some((t) => t.start === x.anchor && t.entry.pos === "v") && !a.tokens[x.anchor]!.norm.endsWith("ing") && a.tokens[x.anchor - 1]?.norm !== "to";
    if (finite) head = x;
  }
  return head;
}

/**
 * Whether a clause boundary lies between two joined verbs: a hard stop, a relative pronoun, or a comma other than
 * those bracketing a participle phrase (", killing 16 fighters,") or the one of ", and".
 */
function clauseBreakBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  let k = from;
  while (k < to) {
    const w = a.tokens[k]!.norm;
    if (HARD.has(w) || w === "which" || w === "who" || w === "that") return true;
    if (w !== "," || k === to - 1) {
      k++;
      continue;
    }
    if (!(a.tokens[k + 1]?.norm.endsWith("ing") ?? false)) return true;
    // Past the participle phrase and its closing comma (which may be the one of ", and").
    let j = k + 1;
    while (j < to && a.tokens[j]!.norm !== "," && !HARD.has(a.tokens[j]!.norm)) j++;
    if (j >= to) return true;
    k = j + 1;
  }
  return false;
}

/**
 * Whether the verb of `e`, right after a comma (so with no subject of its own before it), is an item of a verb
 * list: a finite verb, not a participle or an infinitive, followed in the same clause by a verb joined with "and".
 */
function listedVerb(a: SentenceAnalysis, e: RawEvent, events: readonly RawEvent[]): boolean {
  if (a.tokens[e.anchor]!.norm.endsWith("ing") || a.tokens[e.anchor - 1]?.norm === "to") return false;
  for (const x of events) {
    if (x.anchor <= e.anchor) continue;
    for (let k = e.end; k < x.anchor; k++) if (HARD.has(a.tokens[k]!.norm) || a.tokens[k]!.norm === "which" || a.tokens[k]!.norm === "who") return false;
    let k = x.anchor - 1;
    while (k > 0 && SEQUENCE_ADVERB.test(a.tokens[k]!.norm)) k--;
    if (a.tokens[k]?.norm === "and" && a.triggers.some((t) => t.start === x.anchor && t.entry.pos === "v")) return !a.tokens[x.anchor]!.norm.endsWith("ing");
    if (a.tokens[k]?.norm !== ",") return false;
  }
  return false;
}

const ENACTING = new Set(["signed", "ratified", "enacted", "promulgated"]);
const LAWS = new Set(["law", "bill", "legislation", "decree", "measure", "it"]);

/**
 * "Parliament voted to suspend cooperation with the IAEA, and the president signed the law on 2 July": signing (or
 * ratifying) the law that enacts an act told before in the sentence is an act of its own, by the signer, with its
 * own date: that act again with the signer as actor.
 */
function enactments(a: SentenceAnalysis, events: RawEvent[]): RawEvent[] {
  let out: RawEvent[] | null = null;
  for (let k = 1; k < a.tokens.length - 1; k++) {
    if (!ENACTING.has(a.tokens[k]!.norm)) continue;
    let j = k + 1;
    while (j < a.tokens.length && DETERMINERS.has(a.tokens[j]!.norm)) j++;
    if (!LAWS.has(a.tokens[j]?.norm ?? "") || a.triggers.some((t) => t.start <= k && k < t.end)) continue;
    const act = [...events].reverse().find((e) => e.end <= k && e.actors.length > 0 && !e.planned);
    const signer = act ? subjectBefore(a, k, true, a.inDate) : null;
    if (!act || !signer || signer.start < act.end) continue;
    out ??= events.slice();
    out.push({ ...act, actors: [signer], start: k, end: j + 1, anchor: k, actorFrom: "subject" });
  }
  return out ?? events;
}

const OBTAINING = new Set(["receiving", "obtaining", "securing", "getting", "winning"]);

/** "retreated after receiving Iraqi assurances": a concession answers whoever gave what was received. */
function counterpartOfConcession(a: SentenceAnalysis, e: RawEvent): RawEvent {
  if ((e.type !== "CONCEDE" && e.type !== "RETREAT") || e.targets.length) return e;
  for (let k = e.end; k < Math.min(a.tokens.length, e.end + 4); k++) {
    if (!OBTAINING.has(a.tokens[k]!.norm)) continue;
    const giver = a.mentions.find((m) => m.start > k && m.start <= k + 4 && !e.actors.some((x) => x.code === m.code));
    return giver ? { ...e, targets: [giver] } : e;
  }
  return e;
}

const ACCUSABLE = new Set(["ASSAULT", "SANCTION", "COERCE", "THREATEN"]);
const CAUSING = new Set([
  "leading", "prompting", "sparking", "drawing", "triggering", "provoking", "causing", "attracting",
  // "Iran's decision to expel the inspectors drew condemnation from France".
  "drew", "drawn", "draws", "prompted", "sparked", "triggered", "provoked", "attracted",
]);

/**
 * "Baghdad condemned the Turkish airstrikes": an accusation without a target is aimed at whoever did the act it
 * is about — named before that act's noun, or (see 09-tidy) the last actor of such an act in the document.
 */
function accusedParty(a: SentenceAnalysis, e: RawEvent, dropped: readonly TriggerMatch[], events: readonly RawEvent[]): RawEvent {
  // "praised the raid" as much as "condemned the raid": the stance is aimed at whoever carried the act out.
  if ((e.type !== "ACCUSE" && e.type !== "REJECT" && e.type !== "SUPPORT") || e.targets.length) return e;
  // "Washington kept its forces …, leading to criticism from X": the criticism is aimed at the clause's subject.
  const near = a.tokens.slice(Math.max(0, e.start - 3), e.start).findIndex((x) => CAUSING.has(x.norm));
  // "…, prompting the United States to condemn the attack": the reacting party stands between.
  const cause = near >= 0 ? Math.max(0, e.start - 3) + near : causeBeforeReactor(a, e.start);
  if (cause >= 0) {
    const at = cause;
    // The cause is the act told before (its doer), else the clause's subject: "Iran's decision … drew", "the raid prompted".
    const subject = [...events].reverse().find((x) => x.end <= at && x.actors.length)?.actors[0] ?? subjectBefore(a, at, false, a.inDate);
    if (subject && !e.actors.some((x) => x.code === subject.code)) return { ...e, targets: [subject] };
  }
  const act = dropped.find((d) => (ACCUSABLE.has(d.entry.type ?? "") || (e.type === "SUPPORT" && d.entry.type === "COERCE")) && d.start >= (e.type === "SUPPORT" ? e.end : 0) && Math.min(Math.abs(d.start - e.end), Math.abs(e.start - d.end)) <= 8);
  if (!act) return e;
  const doer = prenominal(a, act);
  if (doer && !e.actors.some((x) => x.code === doer.code)) return { ...e, targets: [doer] };
  return { ...e, about: act.entry.type! };
}

/** The index of "prompting" in "prompting <party> to <verb at start>", or -1. */
function causeBeforeReactor(a: SentenceAnalysis, start: number): number {
  if (a.tokens[start - 1]?.norm !== "to") return -1;
  const m = mentionEndingAt(a, start - 1);
  if (!m) return -1;
  let k = m.start - 1;
  while (k >= 0 && DETERMINERS.has(a.tokens[k]!.norm)) k--;
  return CAUSING.has(a.tokens[k]?.norm ?? "") ? k : -1;
}

/** "a committee to end the presence of the coalition": ending another side's presence demands its exit. */
function endOthersPresence(e: RawEvent): RawEvent {
  const actor = e.actors[0];
  if (e.type !== "RETREAT" || !e.party || !actor || side(e.party.code) === side(actor.code)) return e;
  return { ...e, type: "REQUEST", mode: "yield", targets: [e.party] };
}

/** "this airstrike", "these attacks", "similar to the 2020 assassination": a mention of an event told elsewhere. */
// Compiled once: tested on the words before every noun trigger.
const BACKGROUND =
  /\b(?:part of|framework of|context of|course of|wake of|role in|linked to|in response to|because of|due to|responsible for|blamed for|involvement in|involved in|revenge for|retaliation for|avenge|suspected of|accused of|charged with|preparing|planning|plotting|pressure from|fears? of|risk of|prospect of|(?:blamed|blames|blaming|held|holds|accused|accuses|accusing) [\w-]+(?: [\w-]+)? (?:for|of))\b/;

function backReference(a: SentenceAnalysis, t: TriggerMatch): boolean {
  const before = a.tokens.slice(Math.max(0, t.start - 4), t.start).map((x) => x.norm);
  const prev = before.at(-1);
  if (prev === "this" || prev === "these" || prev === "those" || prev === "such") return true;
  // "recalled its ambassador in protest at …": the protest is the purpose of the act, not a demonstration.
  if (prev === "in" && t.entry.type === "PROTEST") return true;
  if (before.includes("similar") || before.includes("like") || before.includes("reminiscent") || before.includes("comparable")) return true;
  // "as part of the strategic dialogue", "in the framework of the agreement": the frame, not a new act.
  const joined = a.tokens.slice(Math.max(0, t.start - 6), t.start).map((x) => x.norm).join(" ");
  // "for his role in the crackdown", "linked to the attacks": the reason of another act, told as background.
  return BACKGROUND.test(joined);
}

/** "its conditions had been met": "met" in the passive with nobody meeting is no meeting. */
function conditionsMet(a: SentenceAnalysis, t: TriggerMatch): boolean {
  if (t.entry.type !== "CONSULT" || a.tokens[t.start]!.norm !== "met" || !isPassive(a, t) || byAgent(a, t, false)) return false;
  const patient = subjectBefore(a, t.start, true, a.inDate);
  return !patient || !a.tokens.slice(patient.end, t.start).every((x) => BE.has(x.norm) || AUX.has(x.norm));
}

/** "the commitment had been met", "the promise was kept": a past undertaking spoken of, not a new one. */
function fulfilled(a: SentenceAnalysis, t: TriggerMatch): boolean {
  const next = a.tokens.slice(t.end, t.end + 4).map((x) => x.norm).join(" ");
  return /^(?:has been|had been|was|were|have been|is|are|being) (?:not )?(?:met|kept|honou?red|fulfilled|broken|respected|implemented|violated|breached)\b/.test(next);
}

const SPEECH_VERBS = new Set(["ACCUSE", "SUPPORT", "REJECT", "PROTEST"]);
const GOVERNMENT_KINDS = new Set(["state", "government_body", "military"]);
const KIND = new Map(ACTORS.map((x) => [x.code, x.kind]));

// What a state organ does when a crowd's act is worded of it: roads blocked are cordoned off, buildings burnt attacked.
const STATE_FORCE: ReadonlyMap<string, readonly ["COERCE" | "ASSAULT", string]> = new Map([["obstruct", ["COERCE", "restrict"]], ["vandalize", ["ASSAULT", "destroy"]]]);

/** A state organ (not its public, parties or armed groups). */
function governmental(m: ActorMention | undefined): boolean {
  if (!m || m.body === "PUBLIC" || m.body === "PARTIES" || m.body === "ARMED") return false;
  return GOVERNMENT_KINDS.has(KIND.get(m.code) ?? "");
}
// "sanctions monitors", "attack helicopters": the trigger word modifies another noun and names no act.
const COMPOUND_HEADS = new Set([
  "monitors", "monitor", "regime", "list", "committee", "panel", "experts", "programme", "program", "evasion", "busting",
  "helicopter", "helicopters", "aircraft", "capability", "capabilities", "drills", "group", "groups", "cell", "cells",
]);

const OBJECT_PREPS = new Set(["on", "against", "of", "over", "into"]);

/**
 * "condemned the Turkish airstrikes", "the crackdown on the protest movement": the act a statement or another
 * act is about is presupposed, not reported (GUIDELINES: not coded).
 */
function presupposed(a: SentenceAnalysis, t: TriggerMatch, ts: readonly TriggerMatch[]): boolean {
  const objectOfAct = ts.some((v) => {
    if (v === t || v.entry.gov || v.end > t.start || t.start - v.end > 3 || !OBJECT_PREPS.has(a.tokens[v.end]?.norm ?? "")) return false;
    return a.tokens.slice(v.end + 1, t.start).every((x) => DETERMINERS.has(x.norm) || (x.word && !PREPS.has(x.norm)));
  });
  if (objectOfAct) return true;
  // "the strikes were a violation of sovereignty": what an accusation is about.
  const accused = ts.some((v) => v.entry.type === "ACCUSE" && v.start >= t.end && v.start - t.end <= 3 && a.tokens.slice(t.end, v.start).some((x) => BE.has(x.norm)));
  if (accused) return true;
  return ts.some((v) => {
    if (v.entry.pos !== "v" || !SPEECH_VERBS.has(v.entry.type ?? "") || v.end > t.start || t.start - v.end > 4) return false;
    return a.tokens.slice(v.end, t.start).every((x) => DETERMINERS.has(x.norm) || a.mentionStart[x.i]! >= 0 || a.mentionEnd[x.i + 1]! >= 0 || (x.word && !PREPS.has(x.norm)));
  });
}

/** "stayed on to advise Iraqi units, provide intelligence and …": later verbs of a purpose list are purposes too. */
function purposeChain(a: SentenceAnalysis, i: number, ts: readonly TriggerMatch[]): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const p = ts[j]!;
    const gap = a.tokens.slice(p.end, ts[j + 1]!.start).map((x) => x.norm);
    if (gap.some((w) => w === "." || w === ";" || w === ":")) return false;
    // ", but these exemptions were renewed": a new clause with its own subject ends the purpose list.
    if (gap.some((w) => (w !== "," && CLAUSE_BREAK.has(w)) || BE.has(w))) return false;
    if (p.entry.pos === "v" && a.tokens[p.start - 1]?.norm === "to" && j > 0 && purpose(a, p, ts)) return true;
    if (p.entry.pos !== "v") return false;
  }
  return false;
}

// All end in "-ed", which the pre-check tries first.
const SUSPECT_WORDS = ["suspected", "accused", "charged", "convicted"];

/** Cheap pre-check for the suspect pattern below: one of its words must end a token of the window (the join puts a space after it). */
function suspectWordBefore(a: SentenceAnalysis, start: number): boolean {
  for (let k = Math.max(0, start - 4); k < start - 1; k++) {
    const w = a.tokens[k]!.norm;
    if (w.endsWith("ed") && SUSPECT_WORDS.some((x) => w.endsWith(x))) return true;
  }
  return false;
}

/** "accusing him of killing protesters": what an accusation alleges is its content, not a reported act. */
function allegation(a: SentenceAnalysis, t: TriggerMatch, ts: readonly TriggerMatch[]): boolean {
  // "men suspected of preparing bomb attacks": what a suspect is said to have done is not reported as done.
  if (suspectWordBefore(a, t.start) && /\b(?:suspected|accused|charged|convicted) (?:of|with)\b/.test(a.tokens.slice(Math.max(0, t.start - 4), t.start).map((x) => x.norm).join(" "))) return true;
  if (a.tokens[t.start - 1]?.norm !== "of") return false;
  return ts.some((v) => v.entry.type === "ACCUSE" && v.end <= t.start && t.start - v.end <= 4);
}

/**
 * "rejected the request to host more troops", "summoned the envoy on Saturday to protest …": a verb after "to"
 * following another act in the same clause is that act's purpose, not an act of its own.
 */
function purpose(a: SentenceAnalysis, t: TriggerMatch, ts: readonly TriggerMatch[]): boolean {
  if (a.tokens[t.start - 1]?.norm !== "to") return false;
  // "decided to recall the envoy, to suspend flights to Tehran and to lodge a complaint": "and to" after an infinitive
  // continues the list of infinitives, it is no purpose of the one before.
  if (infinitiveListItem(a, t, ts)) return false;
  return ts.some((p) => {
    if (p === t || p.entry.gov || p.end > t.start - 1) return false;
    const gap = a.tokens.slice(p.end, t.start - 1);
    // A past-tense verb in between ("… This prompted the parliament to call for …") starts another clause.
    return gap.length <= 8 && !gap.some((x) => (x.norm === "," && !a.inDate[x.i]) || HARD.has(x.norm) || (CLAUSE_BREAK.has(x.norm) && x.norm !== ",") || /^[a-z]{3,}ed$/.test(x.norm));
  });
}

const REDUCED_PASSIVES = new Set(["accused", "charged", "suspected", "blamed", "convicted", "designated"]);

/** "local forces fighting ISIS": an -ing verb right after a noun describes that noun, whose actor we may not know. */
function reducedRelative(a: SentenceAnalysis, t: TriggerMatch): boolean {
  const w = a.tokens[t.start]!.norm;
  // Only participles that are almost never active verbs after a bare plural ("banks accused of", "men suspected of").
  const past = REDUCED_PASSIVES.has(w) && a.tokens[t.start + 1]?.norm === "of";
  // "banks accused of smuggling": a participle after a noun describes it.
  if (!w.endsWith("ing") && !past) return false;
  const prev = a.tokens[t.start - 1];
  if (!prev || !prev.word || PREPS.has(prev.norm) || BE.has(prev.norm) || DETERMINERS.has(prev.norm) || prev.norm === "and") return false;
  return (past || a.mentionEnd[t.start]! < 0) && /^[a-z]+s$/.test(prev.norm);
}

const LIST_GOVERNORS: ReadonlySet<string> = new Set(["request", "threaten", "agree"]);
// Words that may stand between a list's "and" and its act noun: "and the immediate withdrawal".
const NOUN_LIST_WORDS = /^(?:immediate|full|complete|official|public|formal|swift|prompt|total|unconditional|gradual|phased|speedy)$/;

/**
 * The act nouns listed in the object of the governor `ts[gi]`, after its first object: "demanded an apology from
 * Ankara and the withdrawal of Turkish troops". Each stands after "and" or "or" (determiners and a few describing
 * words aside), with no verb, clause break or other act between the governor and it.
 */
function listedNouns(a: SentenceAnalysis, gi: number, ts: readonly TriggerMatch[], ci: number): number[] {
  const g = ts[gi]!;
  const out: number[] = [];
  for (let j = gi + 1; j < ts.length; j++) {
    const n = ts[j]!;
    if (n.start - g.end > 16 || n.entry.gov || n.entry.pos === "v") break;
    if (j === ci) continue;
    let k = n.start - 1;
    while (k > g.end && (DETERMINERS.has(a.tokens[k]!.norm) || NOUN_LIST_WORDS.test(a.tokens[k]!.norm))) k--;
    const glue = a.tokens[k]?.norm;
    // ", and the shelling went on": after a comma, "and" more often opens a clause.
    if ((glue !== "and" && glue !== "or") || a.tokens[k - 1]?.norm === ",") continue;
    for (let m = g.end; m < k; m++) {
      const w = a.tokens[m]!.norm;
      if (HARD.has(w) || (w !== "," && CLAUSE_BREAK.has(w) && !a.inDate[m])) return out;
    }
    out.push(j);
  }
  return out;
}

/** "…, to suspend flights and to lodge a complaint": `t` follows "to" after "and", "or" or a comma, and so does an earlier verb. */
function infinitiveListItem(a: SentenceAnalysis, t: TriggerMatch, ts: readonly TriggerMatch[]): boolean {
  const glue = a.tokens[t.start - 2]?.norm;
  if (glue !== "and" && glue !== "or" && glue !== ",") return false;
  const i = ts.indexOf(t);
  for (let j = i - 1; j >= 0; j--) {
    const p = ts[j]!;
    if (p.entry.pos !== "v") continue;
    if (t.start - p.end > 14) return false;
    return a.tokens[p.start - 1]?.norm === "to" && !a.tokens.slice(p.end, t.start).some((x) => HARD.has(x.norm) || (x.norm !== "," && x.norm !== "that" && CLAUSE_BREAK.has(x.norm)));
  }
  return false;
}

/**
 * How `next` joins the verb `prev` of a governed list: "and" ("to impose … and freeze"), a comma (", to suspend …",
 * valid only when an "and" closes the list, which the caller checks), or not at all.
 */
function coordinatedVerb(a: SentenceAnalysis, prev: TriggerMatch, next: TriggerMatch): "and" | "comma" | null {
  if (next.entry.pos !== "v" || next.start - prev.end > 12) return null;
  // Only a bare infinitive continues the complement ("to impose … and freeze"); "… and reimposed" is a new act.
  if (/(?:ed|s)$/.test(a.tokens[next.start]!.norm)) return null;
  const gap = a.tokens.slice(prev.end, next.start).map((x) => x.norm);
  if (gap.some((w) => HARD.has(w))) return null;
  const and = gap.lastIndexOf("and");
  // Between "and" and the verb only adverbs may stand; a new subject would start a new clause.
  const rest = (from: number): boolean => gap.slice(from + 1).every((w) => /^(even|also|then|later|to|further|possibly)$/.test(w));
  if (and >= 0) return rest(and) ? "and" : null;
  // A comma joins infinitives only: "to recall the envoy, to suspend flights".
  const comma = gap.lastIndexOf(",");
  return comma >= 0 && gap[comma + 1] === "to" && a.tokens[prev.start - 1]?.norm === "to" && rest(comma) && !gap.some((w) => w !== "," && CLAUSE_BREAK.has(w)) ? "comma" : null;
}

/**
 * "these exemptions were renewed": a passive with neither agent nor named patient continues the event before it;
 * "where he met Trump": a pronoun subject is the actor of the event before it;
 * "sanctioned X, accusing him of …": an object pronoun is the target of the event before it.
 */
function inheritPassives(events: RawEvent[], a?: SentenceAnalysis): RawEvent[] {
  const out: RawEvent[] = [];
  for (const e0 of events) {
    const prev = out.at(-1);
    const objPronoun = a && OBJECT_PRONOUNS.has(a.tokens[e0.end]?.norm ?? "");
    const e = objPronoun && prev && !e0.targets.length && prev.targets.length ? { ...e0, targets: prev.targets } : e0;
    if (!prev || e.actors.length || !prev.actors.length) out.push(e);
    else if (e.actorFrom === "default" && !e.targets.length) out.push({ ...e, actors: prev.actors, targets: prev.targets, actorFrom: "context" });
    else if (e.actorFrom === "context") out.push({ ...e, actors: prev.actors });
    else out.push(e);
  }
  return out;
}

// "they" and "it" often stand for things ("the strikes … saying they had killed"): only persons are carried over.
const PRONOUNS = new Set(["he", "she"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);

/** ", accusing them of …": a participle after a comma shares the subject of the clause before it. */
function participle(a: SentenceAnalysis, t: TriggerMatch): boolean {
  const prev = a.tokens[t.start - 1]?.norm;
  return a.tokens[t.start]!.norm.endsWith("ing") && (prev === "," || (prev === "and" && a.tokens.slice(0, t.start).some((x, k) => x.norm.endsWith("ing") && a.tokens[k - 1]?.norm === ",")));
}
const AUX = new Set(["has", "have", "had", "did", "does", "do", "also", "then", "later", "again", "will", "would", "was", "were", "is", "are", "not", "n't", "reportedly", "subsequently", "personally"]);

/** "where he met with President Trump": the subject is a pronoun, so the actor comes from the clause before. */
/** "saying they had killed …": "they" points at something we cannot name; the clause has no known actor. */
function pluralPronounSubject(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.start - 1; k >= Math.max(0, t.start - 4); k--) {
    const w = a.tokens[k]!.norm;
    if (w === "they") return true;
    if (!AUX.has(w) && !w.endsWith("ly")) return false;
  }
  return false;
}

function pronounSubject(a: SentenceAnalysis, t: TriggerMatch): boolean {
  for (let k = t.start - 1; k >= Math.max(0, t.start - 4); k--) {
    const w = a.tokens[k]!.norm;
    if (PRONOUNS.has(w)) return true;
    if (!AUX.has(w) && !w.endsWith("ly")) return false;
  }
  return false;
}

const VOTES = new Set(["voted", "votes", "vote"]);
const REMOVAL_WORDS = /\b(?:expel\w*|expulsion|remov\w*|exit|withdraw\w*|leave|leaving|oust\w*|end|ending|departure)\b/;
const MODE_OF_THREAT: Readonly<Record<string, string>> = { SANCTION: "restrict", COERCE: "restrict", ASSAULT: "violence", RETREAT: "expel", MOBILIZE: "violence" };

function combine(gov: Governor, g: RawEvent, c: RawEvent | null, a: SentenceAnalysis): RawEvent | null {
  if (!c) {
    // A governor alone: "threatened Iraq", "called for calm". Announcements and attempts code nothing.
    if (gov === "announce" || gov === "attempt" || gov === "intend") return null;
    // "said Iraq had to protect diplomatic premises": a demand on the party obliged (obligation).
    if (gov === "say") {
      const obliged = obligedParty(a, g.end, g.actors[0], (x, y) => side(x) === side(y));
      return obliged ? { ...g, type: "REQUEST", mode: "change", targets: [obliged], weak: false } : g;
    }
    // "warned that Iraq could lose access …": the subject of the that-clause is who is threatened; "demanded on Friday
    // that Washington match …" (a verb no lexicon entry codes) is asked.
    if ((gov === "threaten" || gov === "request") && g.targets.length === 0) {
      const that = a.tokens.findIndex((x, k) => k >= g.end && k < g.end + 8 && x.norm === "that");
      // A request asks the subject of the clause it governs — "that" right after the verb, a date aside — not a party
      // named inside it ("that control of the ministry be …") or after a noun's "that" ("called for talks that …").
      const m = that < 0 ? undefined : gov === "request" ? (complementizer(a, g.end, that) ? (thatSubject(a, that) ?? undefined) : undefined) : a.mentions.find((x) => x.start > that && x.start <= that + 3);
      if (m && !(g.actors[0] && side(m.code) === side(g.actors[0].code))) return { ...g, targets: [m] };
      if (gov === "request") return g;
      // "warned that it would review its ties with Jordan": the other side named later in the clause is threatened.
      const other = that >= 0 ? thatClauseOther(a, that, g.actors[0]) : null;
      if (other) return { ...g, targets: [other] };
    }
    return g;
  }
  // A request's complement subject is the addressee ("asking foreign forces to leave"), never the requester.
  const own = g.actors.length ? g.actors : gov === "request" || gov === "refuse" ? possessiveBefore(a, g.start) : [];
  const actors = own.length || gov === "request" || gov === "refuse" ? own : c.actors;
  const span = { start: Math.min(g.start, c.start), end: Math.max(g.end, c.end), anchor: g.anchor, actorFrom: g.actors.length ? g.actorFrom : c.actorFrom };
  const cTargets = c.targets.length ? c.targets : c.party ? [c.party] : c.type === "RETREAT" ? c.actors : [];
  // "demanded that the Iraqi authorities punish …": the complement's own subject is asked, as an object before it is.
  const addressee = g.targets.find((m) => m.start < c.start) ?? (gov === "request" && c.actorFrom === "subject" ? c.actors.find((m) => m.start > g.end && m.end <= c.start) : undefined);
  const text = a.tokens.slice(span.start, span.end).map((t) => t.norm).join(" ");
  // Fields written out (same order as the span spread) rather than spread: this runs for every governed event.
  const mk = (type: string, mode: string | null, targets: readonly ActorMention[]): RawEvent => ({
    start: span.start, end: span.end, anchor: span.anchor, actorFrom: span.actorFrom, type, mode, actors, targets, party: null, planned: false, weak: false,
  });
  switch (gov) {
    case "threaten": {
      // "warned that any attack by Syria would …": a hypothetical act by another side warns that side.
      if (c.actors[0] && actors[0] && side(c.actors[0].code) !== side(actors[0].code) && (c.actorFrom === "agent" || c.actorFrom === "modifier")) {
        return mk("THREATEN", MODE_OF_THREAT[c.type] ?? null, c.actors);
      }
      const mode = /embass|consulate|relations|ties/.test(text) ? "relations" : /arrest/.test(text) ? "arrest" : (MODE_OF_THREAT[c.type] ?? null);
      return mk("THREATEN", mode, cTargets.length ? cTargets : g.targets);
    }
    case "announce":
      // "announced that it would not renew the waiver": a refused waiver is a sanction; other negated steps code nothing.
      if (a.tokens.slice(Math.max(g.end, c.start - 3), c.start).some((x) => x.norm === "not" || x.norm === "n't" || x.norm === "never")) {
        return c.type === "CONCEDE" ? mk("SANCTION", "discontinue", cTargets) : null;
      }
      if (c.type === "RETREAT") return retreatDecision(mk, actors, c, cTargets);
      if (c.type === "SANCTION" && /embass|consulate/.test(text) && /intention|plan|intend/.test(text)) return mk("THREATEN", "relations", cTargets);
      return { ...c, ...span, actors, planned: c.planned };
    case "agree":
      if (c.type === "RETREAT") return retreatDecision(mk, actors, c, cTargets);
      if (c.type === "ASSAULT") return mk("THREATEN", "violence", cTargets);
      // "agreed to impose sanctions on X": allies agreeing a measure take it (the agreement is among themselves).
      if (c.type === "SANCTION") return { ...c, ...span, actors, planned: c.planned };
      return mk("AGREE", null, cTargets.length ? cTargets : g.targets);
    case "request": {
      // "parliament voted to suspend cooperation with the IAEA": a legislature acts by its vote; only a vote for
      // another side's removal is a demand (GUIDELINES: a vote demanding expulsion is a REQUEST).
      if (VOTES.has(a.tokens[g.start]!.norm) && c.type !== "RETREAT" && c.type !== "REQUEST" && !REMOVAL_WORDS.test(text)) {
        return { ...c, ...span, actors, planned: c.planned };
      }
      // "ordered non-emergency staff and their relatives to leave the embassy": sending one's own people away is
      // one's own withdrawal, done by the order (clause-subject: ownPeopleSent).
      if (c.type === "RETREAT" && actors[0] && ownPeopleSent(a, g.start + 1, c.start, actors[0].code, side)) {
        return mk("RETREAT", "withdraw", cTargets.filter((m) => side(m.code) !== side(actors[0]!.code)));
      }
      const mode = c.type === "RETREAT" || /expel|remove|exit|withdraw|leave|oust/.test(text) ? "yield" : (g.mode ?? "change");
      const domestic = addressee && actors[0] && root(addressee.code) === root(actors[0].code);
      // "to end the presence of foreign forces (in Iraq)": the party asked to leave is the target.
      const leaving = c.type === "RETREAT" ? (c.party ?? c.actors[0] ?? null) : null;
      const targets = addressee && !domestic ? [addressee] : leaving ? [leaving] : cTargets.length ? cTargets : g.targets;
      return mk("REQUEST", mode, targets);
    }
    case "refuse":
      return mk("REJECT", null, addressee ? [addressee] : cTargets);
    case "say":
      return said(g, c, a, mk, actors, span, cTargets);
    case "attempt":
      return null;
    case "intend":
      return { ...c, ...span, actors, planned: true };
  }
}

/** "condemned the raid by X", "rejected the criticism from X": X, named right after the act a speech verb speaks of. */
function doerOfSpokenAct(a: SentenceAnalysis, t: TriggerMatch): ActorMention | null {
  const x = a.triggers.find((y) => y !== t && y.entry.pos === "n" && y.start >= t.end && y.start <= t.end + 3);
  if (!x || !a.tokens.slice(t.end, x.start).every((w) => DETERMINERS.has(w.norm) || /^(recent|latest|new|renewed|repeated)$/.test(w.norm))) return null;
  // "the rocket attack on Haifa by Hezbollah": the place hit may stand between the act and its doer.
  const at = a.tokens[x.end]?.norm === "by" || a.tokens[x.end]?.norm === "from" ? x.end : pastPlacePhrase(a, x.end);
  const p = a.tokens[at]?.norm;
  if (p !== "by" && (p !== "from" || at !== x.end)) return null;
  let k = at + 1;
  while (k < a.tokens.length && DETERMINERS.has(a.tokens[k]!.norm)) k++;
  const i = a.mentionStart[k] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.modifier && !m.member ? m : null;
}

/** The index after a short place phrase opening at `k` ("on Haifa", "on the port of Hodeidah"), or -1. */
function pastPlacePhrase(a: SentenceAnalysis, k: number): number {
  if (!/^(?:on|against|in|near|at)$/.test(a.tokens[k]?.norm ?? "")) return -1;
  let j = k + 1;
  for (let n = 0; j < a.tokens.length && n < 8; n++) {
    const w = a.tokens[j]!;
    if (w.norm === "by") return j;
    const i = a.mentionStart[j] ?? -1;
    if (i >= 0) j = a.mentions[i]!.end;
    else if (w.word && (!PREPS.has(w.norm) || CHAIN_PREPS.has(w.norm))) j++;
    else return -1;
  }
  return a.tokens[j]?.norm === "by" ? j : -1;
}

/**
 * "The two ministers, Jordan's Ayman Safadi and Egypt's Sameh Shoukry, agreed …": people the registry does not
 * know, each named after their country's possessive, act for that country (GUIDELINES: people map to their
 * organisation). Read leftwards from the verb; a closing comma of an apposition is skipped.
 */
function countryPeople(a: SentenceAnalysis, from: number): ActorMention[] {
  let k = from - 1;
  if (a.tokens[k]?.norm === ",") k--;
  const out: ActorMention[] = [];
  for (;;) {
    let n = 0;
    while (k >= 0 && n < 3 && a.tokens[k]!.upper && a.tokens[k]!.word && (a.mentionEnd[k + 1] ?? -1) < 0 && a.mentionStart[k]! < 0) {
      k--;
      n++;
    }
    if (n === 0 || a.tokens[k]?.norm !== "'s") break;
    const m = mentionEndingAt(a, k);
    if (!m || !m.possessive || m.member) break;
    out.unshift({ ...m, possessive: false, end: k + 1 + n });
    k = m.start - 1;
    const glue = a.tokens[k]?.norm;
    if (glue !== "and" && glue !== ",") break;
    k--;
  }
  return out;
}

const CHAIN_PREPS = new Set(["of", "in", "near", "on", "at", "outside", "inside", "across", "against", "from", "by", "off", "along", "into", "over"]);
const REL_SKIP = /^(?:also|had|has|have|reportedly|allegedly|then|later)$|ly$/;

/**
 * For a hostile verb opening a relative clause ("the bombing, which killed …", "the shelling of a resort near Zakho,
 * in the Kurdistan Region, which killed …", "the rocket attack on Haifa by Hezbollah, which wounded …"): the act
 * noun its relative pronoun stands for, the nearest one in the noun phrase before it (prepositional phrases and an
 * apposed place included); "object" when that phrase names no act and is the object of a verb ("shelled a market
 * in Idlib, which killed …": the act before did it); null when the phrase ends in a party or cannot be read.
 */
function relativeAntecedent(a: SentenceAnalysis, t: TriggerMatch): TriggerMatch | "object" | null {
  if (!HOSTILE_TYPES.has(t.entry.type ?? "")) return null;
  let k = t.start - 1;
  while (k > 0 && REL_SKIP.test(a.tokens[k]!.norm)) k--;
  const rel = a.tokens[k]?.norm;
  // "for that attack": "that" after a preposition is a determiner.
  if ((rel !== "which" && rel !== "that") || PREPS.has(a.tokens[k - 1]?.norm ?? "")) return null;
  let j = k - 1;
  if (a.tokens[j]?.norm === ",") j--;
  // A party right before the pronoun ("Turkish forces, which shelled …") is its antecedent: the subject rules decide.
  const last = mentionEndingAt(a, j + 1);
  if (last && !last.modifier && !CHAIN_PREPS.has(prepBefore(a, last) ?? "") && !a.triggers.some((x) => x.entry.pos === "n" && x.end === j + 1)) return null;
  for (let n = 0; j >= 0 && n < 24; j--, n++) {
    const w = a.tokens[j]!.norm;
    const noun = a.triggers.find((x) => x.start <= j && j < x.end);
    if (noun && noun.entry.pos === "n" && !noun.entry.gov) {
      if (HOSTILE_TYPES.has(noun.entry.type ?? "")) return noun;
      j = noun.start;
      continue;
    }
    // Only ", which": a restrictive "that" may well describe an agent ("killed a commander of the group that attacked").
    if (noun) return noun.entry.pos === "v" && !noun.entry.gov && rel === "which" && a.tokens[k - 1]?.norm === "," ? "object" : null;
    if (HARD.has(w) || BE.has(w) || w === "and" || w === "or" || (w !== "," && CLAUSE_BREAK.has(w) && !a.inDate[j])) return null;
    if (PREPS.has(w) && !CHAIN_PREPS.has(w)) return null;
    // A comma inside the phrase only before an apposed place: "near Zakho, in the Kurdistan Region, which".
    if (w === "," && !a.inDate[j] && !CHAIN_PREPS.has(a.tokens[j + 1]?.norm ?? "")) return null;
  }
  return null;
}

/**
 * A hostile act noun standing as the subject of the hostile verb `t` ("the strikes had killed", "The US raid also
 * wounded"): only auxiliaries and adverbs between, and the noun opening its clause (a determiner, a party or a
 * clause opener before it), so that an object ("carried out the strike, killed …") is never taken for a subject.
 */
function subjectAct(a: SentenceAnalysis, t: TriggerMatch): TriggerMatch | null {
  if (!HOSTILE_TYPES.has(t.entry.type ?? "") || t.entry.gov) return null;
  let k = t.start - 1;
  while (k > 0 && (AUX.has(a.tokens[k]!.norm) || REL_SKIP.test(a.tokens[k]!.norm))) k--;
  const noun = a.triggers.find((x) => x.entry.pos === "n" && x.end === k + 1 && !x.entry.gov);
  if (!noun || !HOSTILE_TYPES.has(noun.entry.type ?? "")) return null;
  let j = noun.start - 1;
  while (j >= 0 && (DETERMINERS.has(a.tokens[j]!.norm) || ACT_ADJECTIVES.test(a.tokens[j]!.norm))) j--;
  const m = mentionEndingAt(a, j + 1);
  if (m) j = m.start - 1;
  if (a.tokens[j]?.norm === "'s") {
    const owner = mentionEndingAt(a, j);
    j = owner ? owner.start - 1 : j;
  }
  const before = a.tokens[j]?.norm;
  return j < 0 || before === "said" || before === "says" || before === "that" || before === "," || before === "and" || before === "but" || a.inDate[j] === 1 ? noun : null;
}

function actNounSubject(a: SentenceAnalysis, c: RawEvent): boolean {
  const t = a.triggers.find((x) => x.start === c.anchor);
  // "said the strikes had killed …": the act noun itself opens the reported clause.
  return t !== undefined && ((t.entry.pos === "n" && HOSTILE_TYPES.has(t.entry.type ?? "") && c.actorFrom === "none") || subjectAct(a, t) !== null);
}

/** The party a relative pronoun right before the verb `t` stands for: the mention just before the pronoun. */
function relativeParty(a: SentenceAnalysis, t: TriggerMatch): ActorMention | null {
  let k = t.start - 1;
  while (k > 0 && REL_SKIP.test(a.tokens[k]!.norm)) k--;
  const rel = a.tokens[k]?.norm;
  if ((rel !== "which" && rel !== "that" && rel !== "who") || PREPS.has(a.tokens[k - 1]?.norm ?? "")) return null;
  const m = mentionEndingAt(a, a.tokens[k - 1]?.norm === "," ? k - 1 : k);
  // "near Zakho, which killed": a place in a phrase on an act noun is left to the subject rules.
  return m && !m.modifier && !m.possessive && !m.member && !CHAIN_PREPS.has(prepBefore(a, m) ?? "") ? m : null;
}

/**
 * "After attacking a Syrian outpost, Turkish forces withdrew": an opening participle phrase has the main clause's
 * subject, the mention right after the comma that closes it.
 */
function openingParticipleSubject(a: SentenceAnalysis, t: TriggerMatch): ActorMention | null {
  const w = a.tokens[t.start]!.norm;
  if (!w.endsWith("ing") || t.start !== 1 || !/^(after|before|while|since|when|upon|on|by)$/.test(a.tokens[0]!.norm)) return null;
  for (let k = t.end; k < a.tokens.length; k++) {
    const x = a.tokens[k]!.norm;
    if (HARD.has(x)) return null;
    if (x !== ",") continue;
    let j = k + 1;
    while (j < a.tokens.length && DETERMINERS.has(a.tokens[j]!.norm)) j++;
    const i = a.mentionStart[j] ?? -1;
    const m = i >= 0 ? a.mentions[i]! : null;
    if (!m || m.possessive || m.modifier || m.member) return null;
    return a.triggers.some((v) => v.entry.pos === "v" && v.start >= m.end && v.start <= m.end + 3) ? m : null;
  }
  return null;
}

/** Index of "under" in "came under (heavy rocket) fire/attack" right before the trigger, or -1. */
function cameUnder(a: SentenceAnalysis, t: TriggerMatch): number {
  for (let k = t.start - 1; k >= Math.max(1, t.start - 3); k--) {
    if (a.tokens[k]!.norm !== "under") continue;
    return /^(came|come|comes|coming)$/.test(a.tokens[k - 1]!.norm) ? k : -1;
  }
  return -1;
}

/** Whether only date words stand between a verb ending at `end` and the "that" at `that`: it opens the verb's clause. */
function complementizer(a: SentenceAnalysis, end: number, that: number): boolean {
  for (let k = end; k < that; k++) if (!a.inDate[k]) return false;
  return true;
}

/** The party opening the that-clause at `that` ("that Israeli jets had …"), determiners aside. */
function thatSubject(a: SentenceAnalysis, that: number): ActorMention | null {
  let k = that + 1;
  while (k < a.tokens.length && DETERMINERS.has(a.tokens[k]!.norm)) k++;
  const i = a.mentionStart[k] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.member ? m : null;
}

/** The first mention of another side in the that-clause opened at `that`, before the clause ends. */
function thatClauseOther(a: SentenceAnalysis, that: number, actor: ActorMention | undefined): ActorMention | null {
  if (!actor) return null;
  for (let k = that + 1; k < Math.min(a.tokens.length, that + 16); k++) {
    if (HARD.has(a.tokens[k]!.norm) || a.tokens[k]!.norm === "but") return null;
    const i = a.mentionStart[k] ?? -1;
    if (i < 0) continue;
    const m = a.mentions[i]!;
    if (!m.member && !m.modifier && side(m.code) !== side(actor.code)) return m;
    k = m.end - 1;
  }
  return null;
}


/**
 * "Trump said the United States would continue to draw down": a party stating its own coming step announces it
 * (GUIDELINES: announcements are events); stating a coming harm to another is a threat. Speech about another
 * party's acts, or by nobody we know, keeps the complement's own reading.
 */
const EMBASSY: ReadonlySet<string> = new Set(["embassy", "embassies", "consulate", "consulates"]);

function said(
  g: RawEvent,
  c: RawEvent,
  a: SentenceAnalysis,
  mk: (type: string, mode: string | null, targets: readonly ActorMention[]) => RawEvent,
  actors: readonly ActorMention[],
  span: Pick<RawEvent, "start" | "end" | "anchor" | "actorFrom">,
  cTargets: readonly ActorMention[],
): RawEvent | null {
  const sayer = g.actors[0];
  // "said Israel must withdraw its troops": the act after the modal is demanded of the party obliged (obligation).
  const obliged = c.type === "ACCUSE" ? null : obligedParty(a, g.end, sayer, (x, y) => side(x) === side(y));
  if (obliged && obliged.start < c.start) return mk("REQUEST", c.type === "RETREAT" ? "yield" : "change", [obliged]);
  if (!sayer || (c.actors[0] && side(c.actors[0].code) !== side(sayer.code))) return c;
  const gap = a.tokens.slice(g.end, c.start).map((x) => x.norm);
  // Only "would/will (be) …": a past report ("said it had struck") is the act itself, read as it stands.
  const future = (w: string): boolean => w === "would" || w === "will" || w === "'ll" || w === "shall";
  // The modal may stand inside a noun act's own pattern: "said its airspace would be closed to X".
  const inside = a.tokens.slice(c.start, c.end).some((x) => future(x.norm));
  const ahead = inside || gap.some(future);
  // "… which said a dozen people were wounded": an agentless passive act reported names no doer, not the speaker
  // ("said those responsible must be held accountable" is still the speaker's own accusation).
  // Nor does "said the strikes had killed …": the act noun's doer did it.
  if (!ahead) return c.actors.length || (c.actorFrom === "default" && !SPEECH_TYPES.has(c.type)) || actNounSubject(a, c) ? c : { ...c, actors };
  if (gap.includes("not") || gap.includes("n't") || gap.includes("never")) return c.type === "CONCEDE" ? mk("SANCTION", "discontinue", cTargets) : null;
  // "said it would shut its embassy unless the attacks stopped", "… would strike back if attacked": a harm the speaker
  // makes hang on a condition is a threat (CAMEO 13, as the development gold codes them); other conditional steps stay
  // forecasts.
  if (a.tokens.slice(c.end, c.end + 12).some((x) => x.norm === "if" || x.norm === "unless")) return HARMS.has(c.type) ? mk("THREATEN", MODE_OF_THREAT[c.type] ?? null, cTargets) : c;
  // "said its airspace would be closed to X": a measure told as coming into force, without a condition, is taken by
  // the announcement (GUIDELINES: the announcement is the event); "said it would expel X" stays a threat, and so does
  // an embassy closure (GUIDELINES: announced intention to close an embassy).
  if (inside && c.type === "SANCTION" && !a.tokens.slice(c.start, c.end).some((x) => EMBASSY.has(x.norm))) return { ...c, ...span, actors, planned: c.planned };
  if (HARMS.has(c.type)) return mk("THREATEN", MODE_OF_THREAT[c.type] ?? null, cTargets);
  if (c.type === "RETREAT") return retreatDecision(mk, actors, c, cTargets);
  // "said it would help Iraq rebuild its grid", "said it would cooperate with the IAEA": cooperation the speaker says it
  // will give is a commitment (PLOVER AGREE: cooperative acts told in the future; GUIDELINES: promises are AGREE). A
  // force kept in place (a weak AID, with its troop figure) stays a presence.
  if (PROMISED.has(c.type) && !c.weak) return mk("AGREE", null, cTargets);
  return { ...c, ...span, actors, planned: c.planned };
}

const PROMISED = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID"]);

/** "parliament's vote of 5 January asking …": the nearest possessive before a governor owns it. */
function possessiveBefore(a: SentenceAnalysis, at: number): ActorMention[] {
  for (let k = at; k > Math.max(0, at - 10); k--) {
    const m = mentionEndingAt(a, k);
    if (m?.possessive) return [m];
  }
  return [];
}

/** An announced or agreed withdrawal: a CONCEDE by the leaving side, or a demand when another side must leave. */
function retreatDecision(
  mk: (type: string, mode: string | null, targets: readonly ActorMention[]) => RawEvent,
  actors: readonly ActorMention[],
  c: RawEvent,
  cTargets: readonly ActorMention[],
): RawEvent {
  const leaving = c.party ?? c.actors[0] ?? null;
  if (leaving && actors[0] && side(leaving.code) !== side(actors[0].code)) return mk("REQUEST", "yield", [leaving]);
  const ev = mk("CONCEDE", null, c.targets.length ? c.targets : cTargets.filter((m) => m !== leaving));
  return actors.length ? ev : { ...ev, actors: leaving ? [leaving] : [] };
}

export { pairPartner, RECIPROCAL };
