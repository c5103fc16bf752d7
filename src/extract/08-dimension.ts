/** @module Stage 8: the dimension of an event — military, economic or political — from its type, mode and the topic of its clause. */
import type { Dimension } from "../domain/dimension.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { ECONOMIC_TOPIC, MILITARY_TOPIC, POLITICAL_TOPIC } from "./lexicon/topics.js";
import { ACTORS } from "../domain/actors.js";

interface Topic {
  mil: number;
  eco: number;
  pol: number;
}

/**
 * Whether token `k` is part of a name written in capitals ("the Central Bank of Iraq", "the UN Security Council",
 * "the International Atomic Energy Agency"): a name tells who acts, not what the act is about. A headline, all in
 * capitals, names nothing by them.
 */
function inName(a: SentenceAnalysis, k: number, headline: boolean): boolean {
  const t = a.tokens[k]!;
  if (headline || !t.upper || k === 0) return false;
  return a.tokens[k - 1]!.upper || a.tokens[k + 1]?.upper === true;
}

function isHeadline(a: SentenceAnalysis): boolean {
  // "…, Britain and France asked the UN Security Council's sanctions committee to blacklist Masood Azhar.": many names
  // in a sentence that ends as prose do not make it a headline.
  const last = a.tokens[a.tokens.length - 1]?.norm;
  if (last === "." || last === "?" || last === "!") return false;
  let words = 0;
  let upper = 0;
  for (const t of a.tokens) {
    if (!t.word || t.norm.length < 4) continue;
    words++;
    if (t.upper) upper++;
  }
  return words > 0 && upper * 2 > words;
}

/** Topic words in tokens [from, to), those inside the act's own words [start, end) counting twice. */
function count(a: SentenceAnalysis, from: number, to: number, start: number, end: number): Topic {
  const t: Topic = { mil: 0, eco: 0, pol: 0 };
  let headline: boolean | undefined;
  for (let k = Math.max(0, from); k < Math.min(a.tokens.length, to); k++) {
    const w = a.tokens[k]!.norm;
    const mil = MILITARY_TOPIC.has(w);
    // "power cuts", "power plants" are electricity; "seize power" is politics.
    const eco = ECONOMIC_TOPIC.has(w) || (w === "power" && POWER_SUPPLY.has(a.tokens[k + 1]?.norm ?? ""));
    const pol = POLITICAL_TOPIC.has(w);
    if (!(mil || eco || pol)) continue;
    if (a.tokens[k]!.upper && k > 0 && inName(a, k, (headline ??= isHeadline(a)))) continue;
    const weight = k >= start && k < end ? 2 : 1;
    // A ceasefire or truce is the whole topic of the talks or pledges that name it.
    if (mil) t.mil += FIGHT_ENDS.has(w) ? 2 : weight;
    if (eco) t.eco += weight;
    if (pol) t.pol += weight;
  }
  return t;
}

const POWER_SUPPLY = new Set(["cuts", "cut", "outages", "shortages", "shortage", "plant", "plants", "station", "stations", "grid", "supply", "supplies", "generation", "lines", "sector", "imports"]);
const FIGHT_ENDS = new Set(["ceasefire", "truce", "armistice", "ceasefires", "truces"]);
// Words that open another clause after a comma: its words are another act's topic.
const NEXT_CLAUSE = new Set(["and", "but", "while", "whereas", "which", "who", "although", "though", "as", "after", "before", "saying", "calling", "it", "they", "he", "she", "we"]);
// "retreated after receiving assurances of security": a clause these open tells why or when, another act's topic.
const SUBORDINATE = new Set(["after", "because", "unless", "once", "whereas"]);
const POINTING = new Set(["that", "this", "these", "those", "such", "it", "them"]);
const BACK_BREAK = new Set(["and", "but", "then", "while", "after", "before"]);
const HARD_BREAK = new Set([";", ":", "—", "–", "(", ")"]);
// How far the clause reaches: its subject before the act, its object and complement after it.
const BACK = 8;
const FORWARD = 25;

/** "…, Trump threatened …", "…, the United States said …": a named party right after a comma opens the next clause. */
function opensSubject(a: SentenceAnalysis, k: number): boolean {
  const at = a.tokens[k]?.norm === "the" ? k + 1 : k;
  return at < a.tokens.length && a.mentionStart[at] !== -1;
}

/** "spoke with Bazoum, condemned the attempt …": another act's words right after a comma open its own clause. */
function opensAct(a: SentenceAnalysis, k: number): boolean {
  for (const t of a.triggers) if (t.start === k) return true;
  return false;
}

/**
 * "asked the European signatories for guarantees, within weeks, that Iran would keep the economic benefits": what an
 * act is about is told in its own clause — its subject, its object and what it asks or says — not in the clause
 * beside it ("… condemned the attack and demanded that the authorities punish those responsible").
 */
function clauseTopic(a: SentenceAnalysis, start: number, end: number, ownEnd = end): Topic {
  const [from, to] = clauseSpan(a, start, end);
  const own = count(a, from, to, start, ownEnd);
  if (own.mil + own.eco + own.pol > 0) return own;
  // "pledged technical support for that effort": a clause that names no topic and points back takes the sentence's.
  for (let k = start; k < to; k++) if (POINTING.has(a.tokens[k]!.norm)) return count(a, 0, a.tokens.length, start, end);
  return own;
}

/** The topic words of the act's own clause alone. */
function clauseTopicOnly(a: SentenceAnalysis, start: number, end: number): Topic {
  const [from, to] = clauseSpan(a, start, end);
  return count(a, from, to, start, end);
}

/** The act's clause [from, to): back to its subject, on to its object and complement. */
function clauseSpan(a: SentenceAnalysis, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < BACK) {
    const w = a.tokens[from - 1]!.norm;
    // "condemned the attack and demanded that …": the verb before "and" is another act.
    if ((w === "," && !a.inDate[from - 1]) || HARD_BREAK.has(w) || BACK_BREAK.has(w)) break;
    from--;
  }
  let to = end;
  while (to < a.tokens.length && to - end < FORWARD) {
    const w = a.tokens[to]!.norm;
    if (HARD_BREAK.has(w) || SUBORDINATE.has(w) || (w === "," && (NEXT_CLAUSE.has(a.tokens[to + 1]?.norm ?? "") || opensSubject(a, to + 1) || opensAct(a, to + 1)))) break;
    to++;
  }
  return [from, to];
}

// "condemned the decision", "welcomed the move", "asked for it": an object that names no act of its own but one told before.
const TOLD_ACT = new Set(["decision", "decisions", "move", "moves", "measure", "measures", "step", "steps", "plan", "plans", "ban", "order", "orders", "announcement", "policy"]);
const DETERMINER = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "such"]);

/**
 * "Turkey condemned the decision and urged Washington to reverse it": the act's clause names no topic and its object
 * points back to an act told before, which alone tells what it is about (see reaction-dimension.ts).
 */
export function pointsBack(a: SentenceAnalysis, start: number, end: number): boolean {
  const own = clauseTopicOnly(a, start, end);
  if (own.mil + own.eco + own.pol > 0) return false;
  for (let k = end; k < Math.min(a.tokens.length, end + 5); k++) {
    const w = a.tokens[k]!.norm;
    // "condemned and rejected the decision": two verbs sharing one object.
    if ((w === "and" || w === "or") && opensAct(a, k + 1)) continue;
    if (w === "," || HARD_BREAK.has(w) || BACK_BREAK.has(w)) return false;
    // "reverse it", "asked for it"; not "demanded that it be cancelled", where "it" is another clause's subject.
    if ((w === "it" || w === "them") && a.tokens[k - 1]!.norm !== "that") return true;
    if (TOLD_ACT.has(w) && DETERMINER.has(a.tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** Whether the words right after the act (its object, up to a clause break) name money and not force. */
function ownObject(a: SentenceAnalysis, start: number, end: number, kind: "eco"): boolean {
  const t = count(a, start, phraseEnd(a, end, 8), start, end);
  return t[kind] > 0 && t.mil === 0;
}

/** The end of the phrase after `end`: the first comma, clause break or conjunction, at most `max` tokens on. */
function phraseEnd(a: SentenceAnalysis, end: number, max: number): number {
  let k = end;
  while (k < a.tokens.length && k - end < max && a.tokens[k]!.norm !== "," && !HARD_BREAK.has(a.tokens[k]!.norm) && !BACK_BREAK.has(a.tokens[k]!.norm)) k++;
  return k;
}

const OBJECT_STOP = new Set(["beyond", "than", "except", "without", "after", "before", "because", "that", "which", "to"]);
/**
 * "reaffirmed their commitment to a long-term security partnership", "assurances of enhanced security": the few words
 * right after an agreement or a meeting name what it is about, as its own words do.
 */
function objectEnd(a: SentenceAnalysis, end: number): number {
  let k = end;
  // "commitment to a … partnership": a 'to' right after the act's words leads to its object, not to another clause.
  if (a.tokens[k]?.norm === "to" || a.tokens[k]?.norm === "of" || a.tokens[k]?.norm === "on") k++;
  while (k < a.tokens.length && k - end < 6 && a.tokens[k]!.norm !== "," && !HARD_BREAK.has(a.tokens[k]!.norm) && !BACK_BREAK.has(a.tokens[k]!.norm) && !OBJECT_STOP.has(a.tokens[k]!.norm)) k++;
  return k;
}

const ARMED_GROUPS: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "armed_group").map((x) => x.code));
/** A force or an armed group: what it asks, agrees or discusses is about force unless its words say otherwise. */
const armed = (code: string | null | undefined): boolean =>
  code != null && (ARMED_GROUPS.has(code) || code.endsWith(".MILITARY") || code.endsWith(".MILITIAS") || code.endsWith(".IRGC") || code === "COALITION");
// A court's orders and rulings are legal acts (GUIDELINES: Dimension, political), whatever they bear on.
const court = (code: string | null | undefined): boolean => code != null && (code === "ICJ" || code === "ICC" || code.endsWith(".JUDICIARY"));
const business = (code: string | null | undefined): boolean => code != null && (code.endsWith(".BUSINESS") || code.endsWith(".TREASURY"));
// "took the United States out of the nuclear deal": leaving an agreement is a political act (GUIDELINES: Dimension).
const MILITARY_HELP = /\b(?:military|security|defen[cs]e) (?:aid|assistance|support|cooperation|sales|training)\b|\barms (?:sales|deliveries|exports|supplies)\b|\b(?:training|advisory|military|peacekeeping) (?:mission|programme|program)s?\b|\bjoint (?:military )?(?:exercises|drills|patrols)\b/;
// "a memorandum that ordered …", "a directive reinstating …": the act is the directive's.
const DIRECTIVE = new Set(["memorandum", "directive", "memorandums", "directives"]);
const LEAVE_DEAL = /\b(?:withdr\w*|out of|quit\w*|exit\w*|left|leav\w*|pull\w* out)\b.*\b(?:deal|agreement|accord|treaty|pact|plan of action|jcpoa)\b/;

/**
 * The dimension of an event by the substance of its action (GUIDELINES: Dimension).
 * @example dimensionOf(a, "SANCTION", "discontinue", 3, 5) // "economic"
 */
export function dimensionOf(a: SentenceAnalysis, type: string, mode: string | null, start: number, end: number, target: string | null, actor?: string): Dimension {
  const near = (): Topic => count(a, start - 6, end + 6, start, end);
  const words = (): string => a.tokens.slice(start, end).map((t) => t.norm).join(" ");
  switch (type) {
    case "ASSAULT": case "MOBILIZE": case "COERCE":
      return "military";
    case "AID": {
      if (business(actor) || business(target)) return "economic";
      const topic = clauseTopic(a, start, end);
      if (topic.eco > topic.mil) return "economic";
      if (topic.mil > 0) return "military";
      const n = near();
      return n.eco > n.mil ? "economic" : "military";
    }
    case "RETREAT": {
      if (mode === "release" || mode === "resign") return "political";
      // "Total completed its exit": a company leaving a market leaves a trade.
      if (business(actor)) return "economic";
      // "ordered non-emergency staff to leave the embassy", "flew its citizens out": a diplomatic post or civilians
      // leaving is no move of forces.
      const topic = clauseTopic(a, start, end);
      return topic.pol > topic.mil ? "political" : "military";
    }
    case "SANCTION": {
      // "took the United States out of the Joint Comprehensive Plan of Action": the deal's name may be long.
      const around = a.tokens.slice(start, end + 12).map((t) => t.norm).join(" ");
      const own = words();
      if (mode === "withdraw" || mode === "convict" || mode === "expel" || /embass|consulate|directive|memorandum|ambassador|diplomat|relations|ties\b|talks|negotiation|dialogue|visa/.test(own) || LEAVE_DEAL.test(around)) return "political";
      // "signed a memorandum that ordered the sanctions restored": the directive, not the measures (GUIDELINES: Dimension).
      if (DIRECTIVE.has(a.tokens[start - 1]?.norm ?? "") || DIRECTIVE.has(a.tokens[start - 2]?.norm ?? "") || DIRECTIVE.has(a.tokens[start - 3]?.norm ?? "")) return "political";
      // "ordered the consulate's mission closed", "suspended cooperation with the IAEA": a post or a tie to a body, no trade.
      const object = count(a, start, phraseEnd(a, end, 8), -1, -1);
      if (object.eco === 0 && (/\bmission\b.*\bclos/.test(own) || (/\bcooperation\b/.test(own) && object.mil === 0))) return "political";
      // "cancelled $300 million in military aid", "suspended arms sales", "suspended its training mission": cutting
      // force-related help is military.
      return MILITARY_HELP.test(around) ? "military" : "economic";
    }
    case "THREATEN":
      if (mode === "arrest" || mode === "relations") return "political";
      // "warned that he was ready to destroy Turkey's economy": what the threat names, not its verb, tells its kind.
      if (mode === "violence" && ownObject(a, start, end, "eco")) return "economic";
      if (mode === "violence" || mode === "expel") return "military";
      // "warned Baghdad that its accounts could be frozen": a threat about money is economic wherever the money is named.
      {
        const n = near();
        if (n.eco > 0) return "economic";
        // "the Houthis warned that America would pay a heavy price": an armed party's threat is a threat of force.
        if (n.mil > 0 || armed(actor)) return "military";
      }
      return count(a, 0, a.tokens.length, -1, -1).eco > 0 ? "economic" : "political";
    case "PROTEST":
      // A protest takes the dimension of its grievance, which may be told anywhere in the sentence.
      return near().eco > 0 || count(a, 0, a.tokens.length, -1, -1).eco > 0 ? "economic" : "political";
    case "ACCUSE": {
      const topic = clauseTopic(a, start, end);
      // "ordered the security services to pursue those responsible": hunting an attack's authors is security work.
      if (mode === "investigate") return topic.mil > 0 && topic.mil >= topic.pol ? "military" : "political";
      // Criticism is political, an act judged in law and sovereignty, whatever force it judged; criticism of sanctions
      // or of a trade measure is about money.
      const judged = count(a, start, phraseEnd(a, end, 12), start, end);
      return judged.eco > 0 && judged.eco > judged.mil && judged.eco >= judged.pol ? "economic" : "political";
    }
    case "SUPPORT": {
      // Thanks and praise are political (GUIDELINES: Dimension) unless what is backed is money or trade.
      const topic = clauseTopic(a, start, end);
      return business(actor) || business(target) || (topic.eco > topic.mil && topic.eco > topic.pol) ? "economic" : "political";
    }
    case "REJECT": case "CONSULT": case "REQUEST": case "AGREE": case "CONCEDE": case "COOPERATE": {
      // An announced drawdown is about forces whatever words surround it.
      if (type === "CONCEDE" && /\b(?:withdr\w*|draw down|drawdown|pull out|troops?|forces|mission|presence)\b/.test(words())) return "military";
      if (court(actor)) return "political";
      if (business(actor) || business(target)) return "economic";
      // What is asked, agreed, discussed or refused decides: "urged both sides to show restraint" is military,
      // "asked for guarantees of the economic benefits" economic, "demanded an apology" political. A meeting, a
      // pledge or a refusal passes a single word of force by ("a partnership well beyond security").
      const topic = clauseTopic(a, start, end, objectEnd(a, end));
      if (armed(actor) || armed(target)) topic.mil++;
      // "will lift the sanctions once a ceasefire holds": at a tie the act's own words decide.
      if (topic.mil === topic.eco && topic.mil > topic.pol) {
        const own = count(a, start, end, start, end);
        if (own.eco !== own.mil) return own.eco > own.mil ? "economic" : "military";
      }
      const least = type === "REQUEST" || type === "CONCEDE" ? 1 : 2;
      if (topic.mil >= least && topic.mil > topic.eco && topic.mil > topic.pol) return "military";
      if (topic.eco > topic.mil && topic.eco >= topic.pol) return "economic";
      return type === "COOPERATE" ? "economic" : "political";
    }
    default:
      return "political";
  }
}
