/** @module Reactions to "the attack" and promised responses: the attack meant is the last blow by another side. */
import type { CodedEvent } from "./code-sentence.js";
import type { Interceptions } from "./interception.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { actorRoot as root } from "../domain/actor.js";
import { ACTORS } from "../domain/actors.js";
import { FORUM_CODES as FORUMS } from "../domain/actors.js";
import { HARM_TYPES as HARMS } from "../domain/plover.js";

const ATTACK_NOUNS = /^(?:attacks?|strikes?|airstrikes?|air-strikes?|raids?|bombings?|barrages?|salvos?|assaults?|bombardments?|shelling|incursions?|invasions?|offensives?|fighting)$/;
// "called for an end to the fighting", "demanded a halt to the strikes": a request to stop an attack.
const STOP = /^(?:end|halt|stop|cessation)$/;
const POINTERS = /^(?:the|this|that|these|those)$/;
const DENOUNCE = /^(?:denounce|condemn|protest|decry|mourn|oppose|reject)$/;
const REACTIONS = new Set(["ACCUSE", "PROTEST", "REJECT", "REQUEST"]);
// "promised a response", "vowed retaliation": a blow answered is the last one aimed at the speaker.
const RESPONSE = /^(?:response|respond|retaliation|retaliate|revenge|reprisal|reprisals|answer|riposte)$/;
const REACH_SENTENCES = 15;
const REACH_EVENTS = 24;
// "condemned the strikes" right after strikes were told: the act of the sentences just before is the one meant.
const RECENT_SENTENCES = 2;
// Bodies that only debate and mediate: an attack seemingly told with one as its doer is a parsing slip, and a
// complaint lodged with one ("protested to the UN Security Council") is aimed at the attacker, not at the forum.
const LODGED = new Set(["to", "with", "before"]);
// "demanded that the crew be released", "called for the release of the sailors": the captor is asked.
const RELEASE = /^(?:release|released|releasing|free|freed|freeing|return|returned)$/;

// The words that tell an act of the same kind as the noun: "the strikes" are best the acts told as strikes.
const FAMILIES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:air-?)?strikes?$/, /^(?:strik|struck|airstr)/],
  [/^attacks?$/, /^attack/],
  [/^raids?$/, /^raid/],
  [/^bombings?$/, /^bomb/],
];

/** "condemned the attack", "to denounce the raid": the definite attack noun right after the reaction, or null. */
function attackNoun(a: SentenceAnalysis, c: CodedEvent): string | null {
  let from = c.start;
  if (c.type === "REQUEST") {
    // Only "an end to the fighting": a request names the attack it wants stopped.
    const stop = a.tokens.findIndex((t, k) => k >= c.start && k <= c.end + 3 && STOP.test(t.norm));
    if (stop < 0 || !/^(?:to|of)$/.test(a.tokens[stop + 1]?.norm ?? "")) return null;
    from = stop + 2;
  }
  if (c.type === "PROTEST") {
    // "rallied in Sanaa on Friday to denounce the raid": a rally's purpose names the attack it protests.
    const purpose = a.tokens.findIndex((t, k) => k >= c.end && k <= c.end + 10 && DENOUNCE.test(t.norm) && a.tokens[k - 1]?.norm === "to");
    if (purpose >= 0) from = purpose + 1;
  }
  for (let k = from; k <= Math.min(a.tokens.length - 2, Math.max(c.end + 2, from)); k++) {
    if (!POINTERS.test(a.tokens[k]!.norm)) continue;
    for (let j = k + 1; j <= k + 3 && j < a.tokens.length; j++) {
      // "the Turkish action", "the US strike": a party named in the phrase answers the question itself.
      if ((a.mentionStart[j] ?? -1) >= 0) return null;
      if (ATTACK_NOUNS.test(a.tokens[j]!.norm)) return a.tokens[j]!.norm;
      if (!a.tokens[j]!.word) break;
    }
  }
  return null;
}

/** Parties that acted together with `me` in one act (coordinated subjects): its allies in what follows. */
function alliesOf(me: string, before: readonly { c: CodedEvent }[], from: number): Set<string> {
  const out = new Set([me]);
  const groups = new Map<string, string[]>();
  for (let k = from; k < before.length; k++) {
    const p = before[k]!.c;
    const key = `${p.sentence}:${p.start}:${p.type}`;
    groups.set(key, [...(groups.get(key) ?? []), root(p.actor)]);
  }
  for (const g of groups.values()) if (g.includes(me)) for (const x of g) out.add(x);
  return out;
}

/** Every actor of the act that `p` records (one record per actor of a coordinated subject). */
function doersOf(p: CodedEvent, before: readonly { c: CodedEvent }[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < before.length; k++) {
    const x = before[k]!.c;
    if (x.sentence === p.sentence && x.start === p.start && x.type === p.type && x.actor !== "UNK" && !out.some((o) => root(o) === root(x.actor))) out.push(x.actor);
  }
  return out;
}

/** "protested to the UN Security Council", "lodged a complaint with the Arab League": a forum the reaction is lodged with. */
function lodgedWithForum(a: SentenceAnalysis, c: CodedEvent): boolean {
  if (c.target === null || !FORUMS.has(c.target) || (c.type !== "ACCUSE" && c.type !== "PROTEST")) return false;
  for (let k = c.end - 1; k < Math.min(a.tokens.length, c.end + 5); k++) if (LODGED.has(a.tokens[k]!.norm)) return true;
  return false;
}

/**
 * "Biden condemned the attack", "Kanaani condemned the strikes", "supporters rallied to denounce the raid": a
 * reaction with no target whose object is a definite attack noun is aimed at whoever carried out the last attack
 * told — an offensive blow, not an interception, and not one by the reacting party or its partners in an act —
 * one record per attacker (GUIDELINES: targets from context; one record per target code); an attack nobody
 * claimed gives UNK ("condemned the shelling" of unknown origin). A complaint lodged with a forum ("protested to the
 * UN about …") is aimed at the last attacker by another side, the forum staying when none is told. [] when not
 * such a case.
 */
export function attackReferentTargets(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[], intercepts: Interceptions): string[] {
  if (c.speculative || c.actor === "UNK") return [];
  if (HARMS.has(c.type)) return c.target === null ? groupOwner(a, c, before) : [];
  // A target carried over from context (no party of the sentence) yields to the offer's maker.
  const offeredBy = ANSWERS_TO_OFFER.has(c.type) && (c.target === null || !a.mentions.some((m) => m.code === c.target)) ? offerer(a, c, before) : [];
  if (offeredBy.length) return offeredBy;
  if (!REACTIONS.has(c.type)) return [];
  const stormer = stormingDoer(a, c, before);
  if (stormer) return [stormer];
  const forum = lodgedWithForum(a, c);
  if (c.target !== null && !forum) return [];
  const blamed = relativeObject(a, c);
  if (blamed) return [blamed];
  const noun = attackNoun(a, c);
  if (!noun && !forum && c.mode === "investigate") return investigatedDoer(a, c, before, intercepts);
  if (!noun && !forum) return c.type === "REQUEST" ? captor(a, c, before) : [];
  const family = noun ? (FAMILIES.find(([n]) => n.test(noun))?.[1] ?? null) : null;
  const from = Math.max(0, before.length - REACH_EVENTS);
  const allies = alliesOf(root(c.actor), before, from);
  // Best the attack of the sentence before, then one told with the noun's own word and its victim; an attack with no
  // victim is often a passing mention ("Houthi attacks on shipping"); then any attack.
  // An unclaimed attack is meant only when no attack by a named party is told within reach; a complaint to a forum
  // needs a named attacker.
  // A condemnation or denial of an unclaimed attack is aimed at its unknown doer; a call to stop fighting at no one.
  const unclaimed = !forum && c.type !== "REQUEST";
  for (const pass of unclaimed ? [-1, 0, 1, 2, 3, 4] : [-1, 0, 1, 2, 3]) {
    for (let k = before.length - 1; k >= from; k--) {
      const p = before[k]!.c;
      if (c.sentence - p.sentence > (pass < 0 ? RECENT_SENTENCES : REACH_SENTENCES)) break;
      if (p.type !== "ASSAULT" || p.speculative || FORUMS.has(p.actor) || allies.has(root(p.actor)) || intercepts.has(p)) continue;
      if (pass === 4) return ["UNK"];
      if (p.actor === "UNK") continue;
      if ((pass === -1 || pass % 2 === 0) && (p.target === null || p.target === "UNK")) continue;
      if (pass >= 0 && pass < 2 && !(family && family.test(p.head))) continue;
      return doersOf(p, before, from).filter((x) => !allies.has(root(x)));
    }
  }
  return [];
}

const GROUP_NOUNS = /^(?:militia|militias|group|faction|movement|organisation|organization|rebels|insurgents|militants)$/;
const OBJECT_WORDS = /^(?:on|at|against|targeting|of|several|some|two|three|four|five|dozens|many|all)$/;
const ARMED: ReadonlySet<string> = new Set(ACTORS.filter((x) => x.kind === "armed_group").map((x) => x.code));

/**
 * "US jets bombed the militia's bases", "an offensive against the group's hideouts": what a harm hits belongs to the
 * armed group last told in the document (not the actor's own side), which is its target (GUIDELINES: targets from
 * context). [] when the object names no such owner or no group is told within reach.
 */
function groupOwner(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): string[] {
  let k = c.end;
  while (k < Math.min(a.tokens.length, c.end + 4) && OBJECT_WORDS.test(a.tokens[k]!.norm)) k++;
  if (a.tokens[k]?.norm !== "the" || !GROUP_NOUNS.test(a.tokens[k + 1]?.norm ?? "") || a.tokens[k + 2]?.norm !== "'s") return [];
  const me = root(c.actor);
  for (let j = before.length - 1; j >= Math.max(0, before.length - REACH_EVENTS); j--) {
    const p = before[j]!.c;
    if (c.sentence - p.sentence > REACH_SENTENCES) break;
    for (const x of [p.target, p.actor]) if (x !== null && ARMED.has(x) && root(x) !== me) return [x];
  }
  return [];
}

// Acts of a crowd or a raid on a place: "the storming of the embassy" is told of whoever stormed it.
const STORMING = /^(?:storming|burning|torching|ransacking|sacking|looting|occupation|seizure|takeover|break-in)$/;
const STORM_TYPES = new Set(["PROTEST", "ASSAULT", "COERCE"]);
// A state's own public, parties or militias may be its target ("Baghdad condemned the storming by Sadr supporters").
const PARTS = /\.(?:PUBLIC|PARTIES|MILITIAS|IRAN_ALIGNED)$/;

/**
 * "the foreign ministry condemned the storming of the embassy": a reaction to the storming, burning or seizure of a
 * place is aimed at whoever did it — the doer of the last such act told (a crowd, a militia), not the owner of the
 * place (GUIDELINES: targets from context). Null when the object is no such act or none is told.
 */
function stormingDoer(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): string | null {
  let k = c.end;
  if (!POINTERS.test(a.tokens[k]?.norm ?? "")) return null;
  k++;
  if (!STORMING.test(a.tokens[k]?.norm ?? "")) return null;
  // Best an act told with the place or party it hit; a rally with none is often another act nearby.
  for (const hit of [true, false]) {
    for (let j = before.length - 1; j >= Math.max(0, before.length - REACH_EVENTS); j--) {
      const p = before[j]!.c;
      if (c.sentence - p.sentence > REACH_SENTENCES) break;
      if (!STORM_TYPES.has(p.type) || p.speculative || p.actor === "UNK" || p.actor === c.actor || (hit && p.target === null)) continue;
      if (root(p.actor) !== root(c.actor) || PARTS.test(p.actor)) return p.actor;
    }
  }
  return null;
}

const PROBES = /^(?:investigation|investigations|probe|inquiry|inquiries|enquiry|enquiries)$/;
// "into the incident", "into the blast": a probe of a harm told just before, named by a word no attack noun covers.
const INCIDENTS = /^(?:incident|blast|explosion|explosions|killing|killings|deaths?|storming|assassination|ambush)$/;
const PROBE_OBJECT = /^(?:into|of|over|on|in)$/;

/**
 * "condemned the storming … and said it had opened an investigation", "No group claimed the blast. The minister
 * ordered an investigation": a probe that names no party is aimed at whoever did the harm told just before — the
 * party its author's condemnation of it in the sentences before is aimed at, else the doer of the last attack by
 * another side or by its own forces, UNK when nobody claimed it (GUIDELINES: targets from context). [] when the
 * probe names its own subject ("an investigation into corruption") or no harm is told within two sentences.
 */
function investigatedDoer(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[], intercepts: Interceptions): string[] {
  const last = a.tokens[c.end - 1]?.norm ?? "";
  const bare = PROBES.test(last) && !PROBE_OBJECT.test(a.tokens[c.end]?.norm ?? "");
  if (!bare && !INCIDENTS.test(last)) return [];
  const me = root(c.actor);
  const condemned = (p: CodedEvent): boolean => root(p.actor) === me && (p.type === "ACCUSE" || p.type === "PROTEST") && p.mode !== "investigate" && p.target !== null && (root(p.target) !== me || PARTS.test(p.target));
  // "condemned the storming, calling it an attack, and opened an investigation": the condemnation of its own sentence
  // says whom, before any act the sentence merely names.
  for (let k = before.length - 1; k >= 0 && before[k]!.c.sentence === c.sentence; k--) if (!before[k]!.c.speculative && condemned(before[k]!.c)) return [before[k]!.c.target!];
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH_EVENTS); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > RECENT_SENTENCES) break;
    if (p.speculative) continue;
    if (condemned(p)) return [p.target!];
    if (p.type !== "ASSAULT" || FORUMS.has(p.actor) || intercepts.has(p)) continue;
    // "police fired on the crowd … the government ordered an inquiry": a state probes its own forces, not itself.
    if (root(p.actor) === me) return p.actor === c.actor ? [] : [p.actor];
    return [p.actor];
  }
  return [];
}

const ANSWERS_TO_OFFER = new Set(["REJECT", "AGREE", "SUPPORT"]);
const OFFER_NOUNS = /^(?:offer|proposal|proposals|initiative|overture)$/;
// What an offer or proposal is coded as: a pledge or offer (AGREE), a proposal (REQUEST), a concession (CONCEDE).
const OFFERING = new Set(["AGREE", "REQUEST", "CONCEDE"]);

/**
 * "The KRG proposed an immediate ceasefire. Baghdad rejected the offer", "accepted the proposal": an answer to
 * "the offer/proposal" is aimed at whoever made the last offer, proposal or concession told by another side
 * within two sentences (GUIDELINES: targets from context). [] when the object is no such noun or no offer is told.
 */
function offerer(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): string[] {
  let k = c.start + 1;
  while (k < Math.min(a.tokens.length - 1, c.end + 1) && !POINTERS.test(a.tokens[k]!.norm)) k++;
  if (!POINTERS.test(a.tokens[k]?.norm ?? "") || !OFFER_NOUNS.test(a.tokens[k + 1]?.norm ?? "")) return [];
  const me = root(c.actor);
  for (let j = before.length - 1; j >= Math.max(0, before.length - REACH_EVENTS); j--) {
    const p = before[j]!.c;
    if (c.sentence - p.sentence > RECENT_SENTENCES) break;
    // A region's or party's offer may be answered by its own state ("The KRG proposed … Baghdad rejected the offer").
    if (p.speculative || p.actor === "UNK" || p.actor === c.actor || p.actor === me || !OFFERING.has(p.type)) continue;
    return [p.actor];
  }
  return [];
}

const SUBJECT_WORDS = /^(?:it|they|he|she|we|also|had|has|have|later|then|repeatedly|publicly|openly)$/;

/**
 * "… used by Kataib Hezbollah, which it blamed for the barrage", "the militia, whom Washington accuses of the
 * attacks": a reaction verb whose object is a relative pronoun is aimed at the party the pronoun stands for.
 */
function relativeObject(a: SentenceAnalysis, c: CodedEvent): string | null {
  let k = c.start - 1;
  while (k > 0 && (SUBJECT_WORDS.test(a.tokens[k]!.norm) || (a.mentionEnd[k + 1] ?? -1) >= 0)) {
    const i = a.mentionEnd[k + 1] ?? -1;
    k = i >= 0 ? a.mentions[i]!.start - 1 : k - 1;
  }
  const rel = a.tokens[k]?.norm;
  if ((rel !== "which" && rel !== "whom" && rel !== "who") || k === c.start - 1) return null;
  const end = a.tokens[k - 1]?.norm === "," ? k - 1 : k;
  const i = a.mentionEnd[end] ?? -1;
  const m = i >= 0 ? a.mentions[i]! : null;
  return m && !m.modifier && root(m.code) !== root(c.actor) ? m.code : null;
}

/**
 * "demanded that the vessel and its crew be released at once", "called for the release of the sailors": a demand to
 * free people or ships is aimed at whoever seized them, the doer of the last seizure or arrest by another side
 * (GUIDELINES: targets from context). [] when none is told or the demand asks for no release.
 */
function captor(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[]): string[] {
  let asked = false;
  for (let k = c.start; k < Math.min(a.tokens.length, c.end + 10) && !asked; k++) asked = RELEASE.test(a.tokens[k]!.norm);
  if (!asked) return [];
  const me = root(c.actor);
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH_EVENTS); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > REACH_SENTENCES) break;
    if (p.type !== "COERCE" || p.speculative || p.actor === "UNK" || root(p.actor) === me) continue;
    return [p.actor];
  }
  return [];
}

/**
 * "Tehran has promised a response", "vowed retaliation": a promised counter-blow answers the last attack aimed at
 * the speaker, so its doer is the target, not the last party named (GUIDELINES: targets from context). Null when
 * none is told.
 */
export function answeredAttacker(a: SentenceAnalysis, c: CodedEvent, before: readonly { c: CodedEvent }[], intercepts: Interceptions): string | null {
  if (c.target !== null || c.speculative || c.actor === "UNK" || c.type !== "THREATEN") return null;
  if (!a.tokens.slice(c.start, Math.min(a.tokens.length, c.end + 3)).some((t) => RESPONSE.test(t.norm))) return null;
  const me = root(c.actor);
  for (let k = before.length - 1; k >= Math.max(0, before.length - REACH_EVENTS); k--) {
    const p = before[k]!.c;
    if (c.sentence - p.sentence > REACH_SENTENCES) break;
    if (p.type !== "ASSAULT" || p.speculative || p.actor === "UNK" || root(p.actor) === me || intercepts.has(p)) continue;
    if (p.target !== null && root(p.target) === me) return p.actor;
  }
  return null;
}
