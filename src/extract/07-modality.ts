/** @module Stage 7: negation (no event) and modality (author forecasts and hypotheticals are speculative). */
import { ASIDE, appositiveStart, type SentenceAnalysis } from "./sentence-analysis.js";

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "cannot", "failed", "fails", "fail", "none", "nobody"]);
// Cues that make the author's statement a forecast or hypothesis rather than a report.
export const SPECULATIVE: ReadonlySet<string> = new Set([
  "may", "might", "could", "would", "will", "shall", "should", "must", "'ll", "'d", "likely", "unlikely", "expected",
  "possible", "possibly", "potential", "potentially", "probably", "perhaps", "if", "unless", "whether", "seems", "seem",
  "intends", "intend", "plans", "aims", "hope", "hopes", "risk", "predicted", "anticipated", "forecast", "can",
  "poised", "scheduled", "slated", "considering", "upcoming", "next", "coming", "planning", "mulling", "weighing",
  "expect", "expects",
  // Forecast verbs in the present as well as the past: "observers predict US sanctions", "officials anticipate strikes".
  "predict", "predicts", "foresee", "foresees", "anticipate", "anticipates", "forecasts",
  // Acts being readied are not yet done: "is reportedly preparing strikes on the camps".
  "preparing", "readying",
]);
// Words that announce a future only before "to": "is set to", "is due to", "is about to", "is going to".
const BEFORE_TO = new Set(["set", "due", "about", "going", "ready", "prepared"]);
// Adjectives that make only the event right after them unreal: "possible sanctions", "future cooperation".
const PREMODIFIERS = new Set(["future", "possible", "potential", "planned", "proposed", "prospective", "eventual", "hypothetical", "likely"]);
const CLAUSE_STOP = new Set([",", ";", ":", "(", ")", "—", "which", "who", "that", "but", "while", "whereas", "because", "after", "following", "since"]);
// "Further strikes cannot be ruled out": a modal after a noun act makes it a forecast, negated or not.
const MODALS = new Set(["may", "might", "could", "would", "will", "can", "cannot", "should", "'ll"]);
const HYPOTHETICAL_OPENERS = new Set(["if", "unless", "should", "were", "suppose", "assuming"]);

const OBLIGE = new Set(["must", "should"]);
const ACCOUNTABLE = new Set(["accountable", "responsible", "answerable"]);

/** "must be held accountable", "should be held responsible": a demand stated, whose act is the accusation itself. */
function heldToAccount(a: SentenceAnalysis, anchor: number): boolean {
  return a.tokens[anchor]?.norm === "held" && ACCOUNTABLE.has(a.tokens[anchor + 1]?.norm ?? "");
}

const FORGONE_HEADS: ReadonlyMap<string, string> = new Map([["than", "rather"], ["of", "instead"]]);

const DENY = new Set(["deny", "denies", "denied", "denying"]);
const AVOID = new Set(["avoid", "avoids", "avoided", "avoiding"]);
const REFRAIN = new Set(["refrain", "refrains", "refrained", "refraining"]);
const DECIDE = new Set(["decide", "decides", "decided", "deciding", "voted", "vote", "votes", "argued", "advised", "warned"]);
// What may stand between "denied" and the act it denies: "denied (that) it had (ever) supplied".
const DENIAL_GAP = new Set(["that", "had", "has", "have", "having", "been", "was", "were", "it", "they", "he", "she", "ever", "any", "its", "their", "his"]);

function forgoneBefore(a: SentenceAnalysis, start: number): boolean {
  let k = start - 1;
  if (a.tokens[k]?.norm === "to") k--;
  const w = a.tokens[k]?.norm ?? "";
  const p = a.tokens[k - 1]?.norm ?? "";
  // "rather than", "instead of", "refrained from", "stopped short of", "avoided", "has yet to", "decided against".
  const head = FORGONE_HEADS.get(w);
  if (head !== undefined && p === head) return true;
  if ((w === "from" && REFRAIN.has(p)) || (w === "of" && p === "short") || AVOID.has(w) || (w === "against" && DECIDE.has(p))) return true;
  if (a.tokens[start - 1]?.norm === "to" && w === "yet") return true;
  return deniedBefore(a, start);
}

/** "denied attacking the tanker", "denied that it had supplied the missiles": the act denied is not reported as done. */
function deniedBefore(a: SentenceAnalysis, start: number): boolean {
  // Most acts have no denial verb before them at all: look for one first, cheaply.
  let any = false;
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) if (DENY.has(a.tokens[k]!.norm)) any = true;
  if (!any) return false;
  for (let k = start - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const w = a.tokens[k]!.norm;
    if (DENY.has(w)) return true;
    if (!DENIAL_GAP.has(w) && (a.mentionEnd[k + 1] ?? -1) < 0 && (a.mentionStart[k] ?? -1) < 0) {
      // Inside a multi-word name: keep reading leftwards.
      if (!a.mentions.some((m) => m.start <= k && k < m.end)) return false;
    }
  }
  return false;
}

const RELATIVE = new Set(["which", "who", "whom"]);
const PERFECT = new Set(["has", "have", "had"]);
const UNBOUNDED = new Set(["decades", "years", "generations", "centuries", "ages"]);

/** "for decades", "for years": an unbounded duration right after the act makes it a habit, not an event. */
function unboundedDuration(a: SentenceAnalysis, from: number): boolean {
  for (let k = from; k < Math.min(a.tokens.length, from + 10); k++) {
    const w = a.tokens[k]!.norm;
    if (CLAUSE_STOP.has(w) && w !== "that") return false;
    if (w === "for" && UNBOUNDED.has(a.tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * Background, not events (GUIDELINES: state descriptions are not coded): what a relative clause says a party
 * habitually does ("Iran, which backs Damascus", "the militias it backs", "which has been negotiating a truce"),
 * and acts told with an unbounded duration ("the insurgents it has fought for decades", "For decades they fought").
 * A past act in a relative clause ("who visited Tehran last week") stays an event.
 */
function background(a: SentenceAnalysis, anchor: number): boolean {
  const w = a.tokens[anchor]!.norm;
  const p1 = a.tokens[anchor - 1]?.norm ?? "";
  const p2 = a.tokens[anchor - 2]?.norm ?? "";
  const p3 = a.tokens[anchor - 3]?.norm ?? "";
  const first = a.tokens[0]?.norm === "for" && UNBOUNDED.has(a.tokens[1]?.norm ?? "");
  // "a pact under which Iraq promised to disarm the groups": the terms of an agreement told in the main clause.
  if (termsClause(a, anchor)) return true;
  if (first || unboundedDuration(a, anchor + 1)) return true;
  // The subject of the relative clause: "which"/"who", or a pronoun right after the noun it describes ("the militias it backs").
  const relSubject = (x: string, before: string): boolean => RELATIVE.has(x) || ((x === "it" || x === "they") && /^[a-z]+s$/.test(before));
  const present = /[^s]s$/.test(w) && !w.endsWith("ss");
  if (present && relSubject(p1, p2)) return true;
  // "which has been negotiating": an ongoing activity described, not a step taken.
  return w.endsWith("ing") && p1 === "been" && PERFECT.has(p2) && relSubject(p3, a.tokens[anchor - 4]?.norm ?? "");
}

/** Whether the clause of token `k` is opened by "under which", "whereby" or "by which". */
function termsClause(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 12); j--) {
    const w = a.tokens[j]!.norm;
    if (w === "whereby" || (w === "which" && (a.tokens[j - 1]!.norm === "under" || a.tokens[j - 1]!.norm === "by"))) return true;
    if (CLAUSE_STOP.has(w) && w !== "which") return false;
  }
  return false;
}

// Words that may stand between a subject and its verb: "Iran has also jailed", "forces reportedly torched".
const SUBJECT_GAP = new Set(["has", "have", "had", "also", "then", "later", "again", "subsequently", "repeatedly", "reportedly", "allegedly", "was", "were", "been", "being", "is", "are"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "be"]);

/**
 * A verb-class fallback (lexicon/verb-classes.ts) reports an event only between named parties: a party as its subject
 * ("Turkey jailed …", "Iranian drones pummelled …") or "by" agent, and another after it ("… two Iranian nationals").
 * "The storm hit the coast" or "prices hit a record" name none, so they report nothing; nor does a pattern with a
 * negation inside it.
 */
function unnamedDoer(a: SentenceAnalysis, start: number): boolean {
  const t = a.triggers.find((x) => x.start === start);
  if (!t?.entry.fallback) return false;
  // A negation inside a longer pattern denies what it reports: "said Bahrain had never acted illegally".
  for (let j = t.start + 1; j < t.end; j++) if (NEGATORS.has(a.tokens[j]!.norm)) return true;
  let k = start - 1;
  let passive = false;
  while (k >= 0 && (SUBJECT_GAP.has(a.tokens[k]!.norm) || /^[a-z]+ly$/.test(a.tokens[k]!.norm))) {
    if (PASSIVE.has(a.tokens[k]!.norm)) passive = true;
    k--;
  }
  // The subject ends right before the verb, or is a noun headed by a party ("Iranian drones").
  let s = a.mentionEnd[k + 1] ?? -1;
  if (s < 0 && k > 0 && a.tokens[k]!.word && !a.tokens[k]!.upper) s = a.mentionEnd[k] ?? -1;
  if (s < 0) return true;
  const subject = a.mentions[s]!;
  const root = (c: string): string => c.split(".")[0]!;
  if (passive) {
    // "was pummelled by Russian forces": the subject suffered, the agent acted.
    if (a.tokens[t.end]?.norm !== "by") return true;
    const j = a.tokens[t.end + 1]?.norm === "the" ? t.end + 2 : t.end + 1;
    const agent = a.mentionStart[j] ?? -1;
    return agent < 0 || root(a.mentions[agent]!.code) === root(subject.code);
  }
  // The other party may stand inside a longer pattern ("said Washington had acted with arrogance").
  for (let j = t.start + 1; j < Math.min(a.tokens.length, t.end + 8); j++) {
    if (CLAUSE_STOP.has(a.tokens[j]!.norm) && a.tokens[j]!.norm !== "that") break;
    const m = a.mentionStart[j] ?? -1;
    if (m >= 0 && root(a.mentions[m]!.code) !== root(subject.code)) return false;
  }
  return true;
}

export interface Modality {
  readonly negated: boolean;
  readonly speculative: boolean;
  /** Speculative only through a future modal ("will", "would"): a party stating its own next step may be meant. */
  readonly futureOnly?: boolean;
}

const FUTURE = new Set(["will", "would", "'ll", "shall"]);
const COORDINATORS = new Set(["and", "but"]);

/** Whether a perfect auxiliary ("has", "had") stands in the clause before token `k`: its participles run on past "and". */
function perfectBefore(a: SentenceAnalysis, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = a.tokens[j]!.norm;
    if (PERFECT.has(w)) return true;
    if (CLAUSE_STOP.has(w)) return false;
  }
  return false;
}
const FINITE_PAST = /^[a-z]+ed$/;
const REPORTING = new Set(["said", "says", "told", "added", "announced", "stated", "confirmed", "declared"]);

/**
 * The speaker of a trailing attribution: "…, Pence told reporters.", "…, the ministry said", "…, said Pence".
 * Everything before it is that party's statement.
 */
export function trailingSpeaker(a: SentenceAnalysis): string | null {
  const n = a.tokens.length;
  for (let k = n - 2; k > 0 && k >= n - 12; k--) {
    if (a.tokens[k]!.norm !== ",") continue;
    let j = k + 1;
    if (REPORTING.has(a.tokens[j]?.norm ?? "")) j++;
    while (j < n && (a.tokens[j]!.norm === "the" || a.tokens[j]!.norm === "a")) j++;
    const i = a.mentionStart[j] ?? -1;
    if (i < 0) return null;
    const m = a.mentions[i]!;
    const verbFirst = j > k + 1 && REPORTING.has(a.tokens[k + 1]!.norm);
    const after = a.tokens[m.end]?.norm ?? "";
    return verbFirst || REPORTING.has(after) || (after === "also" && REPORTING.has(a.tokens[m.end + 1]?.norm ?? "")) ? m.code : null;
  }
  return null;
}

// "are likely", "is expected": a forecast stated after its subject.
const FORECAST_ADJECTIVES = new Set(["likely", "expected", "possible", "unlikely", "planned"]);

/** The sentence's first word (letter or digit token), or undefined. */
function firstWord(a: SentenceAnalysis): string | undefined {
  for (const t of a.tokens) if (t.word) return t.norm;
  return undefined;
}

// Every word modalityAt's backward loop acts on (CLAUSE_STOP holds the comma).
const BACKWARD_WORDS: ReadonlySet<string> = new Set([...CLAUSE_STOP, ...SPECULATIVE, ...BEFORE_TO, ...PREMODIFIERS, ...NEGATORS]);

/**
 * Reads negation and modality to the left of an event's anchor, within its clause.
 * @example modalityAt(a, anchorOf("withdraw")) // "did not withdraw" → { negated: true }
 */
export function modalityAt(a: SentenceAnalysis, anchor: number, eventStart: number, nominal = false): Modality {
  // "rather than downgrade relations", "instead of imposing sanctions": the act named is the one not taken.
  // A background description ("Iran, which backs Damascus,", "fought for decades") reports no event either.
  // A verb-class fallback with no named party on each side reports nothing either.
  let negated = forgoneBefore(a, eventStart) || background(a, anchor) || (anchor === eventStart && unnamedDoer(a, eventStart));
  let speculative = false;
  let futureOnly = true;
  const cue = (w: string): void => {
    speculative = true;
    if (!FUTURE.has(w)) futureOnly = false;
  };
  const dateTok = a.inDate;
  // "… said war was not a solution and called for a ceasefire": a finite past verb after "and" opens a predicate of
  // its own; the negation or forecast before the conjunction is the other predicate's. Not after a participle, which
  // the auxiliary before it still governs ("would be arrested and deported", "has not attacked the camp and killed").
  const fresh = FINITE_PAST.test(a.tokens[anchor]?.norm ?? "") && COORDINATORS.has(a.tokens[anchor - 1]?.norm ?? "") && !FINITE_PAST.test(a.tokens[anchor - 2]?.norm ?? "") && !perfectBefore(a, anchor - 1);
  for (let k = fresh ? -1 : anchor - 1, n = 0; k >= 0; k--, n++) {
    const w = a.tokens[k]!.norm;
    // Most words are none of the ones below: one look-up skips them.
    if (!BACKWARD_WORDS.has(w)) continue;
    // Inside an aside (", especially …") the clause it hangs on still governs.
    if (w === "," && ASIDE.has(a.tokens[k + 1]?.norm ?? "")) continue;
    if (w === "," && !dateTok[k]) {
      // ", particularly factions close to Iran," is an aside: read through it.
      const open = appositiveStart(a, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (CLAUSE_STOP.has(w) && !dateTok[k]) break;
    // "those responsible must be held accountable": the speaker's accusation is made now, not forecast.
    if (SPECULATIVE.has(w) && !dateTok[k] && !(OBLIGE.has(w) && heldToAccount(a, anchor))) cue(w);
    if (BEFORE_TO.has(w) && a.tokens[k + 1]?.norm === "to") cue(w);
    if (n < 3 && PREMODIFIERS.has(w)) cue(w);
    if (n < 5 && NEGATORS.has(w)) negated = true;
  }
  // Words inside the event phrase itself ("possible sanctions", "no strikes") count too.
  for (let k = eventStart; k < anchor; k++) {
    const w = a.tokens[k]!.norm;
    if ((SPECULATIVE.has(w) || PREMODIFIERS.has(w)) && !dateTok[k]) cue(w);
    if (NEGATORS.has(w)) negated = true;
  }
  // "Further designations of militia leaders are also likely": the forecast follows its subject.
  for (let k = eventStart, n = 0; k < a.tokens.length && n < 10; k++, n++) {
    const w = a.tokens[k]!.norm;
    if (CLAUSE_STOP.has(w) && w !== "that") break;
    if ((w === "are" || w === "is" || w === "was" || w === "were" || w === "remain" || w === "seem" || w === "seems") && k > anchor) {
      if (FORECAST_ADJECTIVES.has(a.tokens[k + 1]?.norm ?? "") || FORECAST_ADJECTIVES.has(a.tokens[k + 2]?.norm ?? "")) cue("likely");
      break;
    }
  }
  // "rocket attacks on the bases could resume": a noun act that is the subject of a modal is a forecast.
  if (nominal) {
    for (let k = anchor + 1, n = 0; k < a.tokens.length && n < 12; k++, n++) {
      const w = a.tokens[k]!.norm;
      if (CLAUSE_STOP.has(w) || w === "and" || w === "or") break;
      if (MODALS.has(w) && !dateTok[k]) {
        cue(w);
        break;
      }
      // A finite verb ends the subject ("attacks killed two").
      if (/^[a-z]+ed$/.test(w) && k > anchor + 1) break;
    }
  }
  const first = firstWord(a);
  if (first && HYPOTHETICAL_OPENERS.has(first)) cue(first);
  return { negated, speculative, futureOnly: speculative && futureOnly };
}
