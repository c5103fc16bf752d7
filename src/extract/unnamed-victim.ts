/** @module Victims and owners named by nationality and role ("two Iraqi border guards"), or unnamed ships and crews (UNK). */
import type { CodedEvent } from "./code-sentence.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";
import { ACTORS } from "../domain/actors.js";
import { actorRoot as root } from "../domain/actor.js";
import { placeCountry } from "./lexicon/places.js";
import { FORUM_CODES as FORUMS } from "../domain/actors.js";
import { HARM_TYPES as HARMS } from "../domain/plover.js";

const VESSELS = /^(?:ships?|vessels?|tankers?|carriers?|freighters?|boats?|cargo|merchantmen|dhows?|crews?)$/;
const NP_WORDS = /^(?:a|an|the|two|three|several|some|commercial|merchant|oil|car|cargo|container|foreign|civilian|private|fishing|its|their|large|small)$/;

// What a victim or owner is, by the last word of its noun phrase: a state's forces, its public, its businesses.
const ROLES: ReadonlyMap<string, "MILITARY" | "PUBLIC" | "BUSINESS" | "ROOT"> = new Map([
  ...["guard", "guards", "guardsmen", "officer", "officers", "policeman", "policemen", "police", "pilot", "pilots", "sailor", "sailors",
    "conscript", "conscripts", "recruit", "recruits", "gendarme", "gendarmes", "sentry", "sentries", "cadet", "cadets", "general",
    "generals", "colonel", "colonels", "sergeant", "sergeants", "lieutenant", "lieutenants", "commando", "commandos", "paratroopers",
    "coastguards", "servicemen", "serviceman", "soldier", "soldiers", "troops", "marines", "personnel"].map((w) => [w, "MILITARY"] as const),
  ...["tourist", "tourists", "civilian", "civilians", "citizen", "citizens", "national", "nationals", "pilgrim", "pilgrims", "worker",
    "workers", "labourers", "laborers", "resident", "residents", "villager", "villagers", "farmer", "farmers", "shepherd", "shepherds",
    "fishermen", "fisherman", "children", "child", "women", "students", "holidaymakers", "visitors", "passengers", "families", "worshippers",
    "journalist", "journalists", "truckers", "drivers", "driver", "engineers", "doctors", "teachers"].map((w) => [w, "PUBLIC"] as const),
  ...["businessman", "businessmen", "businesswoman", "trader", "traders", "merchants", "company", "companies", "firm", "firms",
    "banker", "bankers", "exporters", "contractor", "contractors"].map((w) => [w, "BUSINESS"] as const),
  ...["diplomat", "diplomats", "official", "officials", "envoy", "envoys", "minister", "ministers", "village", "villages", "town", "towns",
    "territory", "soil", "airspace", "waters",
    // "seized a British tanker": a ship stands for its flag state.
    "ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters", "warship", "warships", "destroyer",
    "frigate", "aircraft", "plane", "jet", "drone", "drones", "embassy", "consulate", "interests", "assets",
    // "sanctions on Russian sovereign debt", "froze Iranian banks": what a state's economy holds stands for the state.
    "debt", "bonds", "bank", "banks", "oligarchs", "entities", "exports", "imports", "economy", "currency", "airline", "airlines",
    // "gathered outside Turkish visa centres": the offices of a state where its people protest.
    "centres", "centers", "centre", "center", "mission", "missions", "offices", "office", "consulates", "embassies"].map((w) => [w, "ROOT"] as const),
]);
// Words that may stand inside the victim's noun phrase: counts, determiners, ranks and the like.
const PHRASE = /^(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|several|some|many|at|least|more|than|of|senior|junior|young|off-duty|unarmed|local|retired|former|border|security|army|military|navy|naval|police|foreign|civilian|other|[0-9][0-9,]*)$/;
// Words that end the object of an act: clause breaks and prepositions of reason, place, time or means.
const OBJECT_END = /^(?:that|which|who|whom|whose|for|over|in|after|before|during|because|since|from|with|by|as|to|into|near|while|when|if|but|than|including)$/;
// Civilians hit in a place stand for the public of the place's country even when no nationality is given.
const CIVILIANS = /^(?:tourists|civilians|holidaymakers|pilgrims|villagers|residents|shepherds|farmers|worshippers|passengers|families|children)$/;
// "a network run by an Iraqi businessman", "facilities used by Kataib Hezbollah": the owner of what is hit.
const OWNING = /^(?:run|owned|operated|used|controlled|managed|held|financed|funded|belonging|tied|linked|affiliated|connected)$/;
const CODES: ReadonlySet<string> = new Set(ACTORS.map((x) => x.code));

/** The code of a state's part: "IRQ" with MILITARY → "IRQ.MILITARY" when the registry knows it, else the state. */
function partOf(state: string, role: "MILITARY" | "PUBLIC" | "BUSINESS" | "ROOT"): string {
  if (role === "ROOT") return state;
  const code = `${root(state)}.${role}`;
  return CODES.has(code) ? code : state;
}

/** The role word ending a victim phrase that starts at `k` (up to four words), or null. */
function roleAt(a: SentenceAnalysis, k: number): "MILITARY" | "PUBLIC" | "BUSINESS" | "ROOT" | null {
  for (let j = k; j < Math.min(a.tokens.length, k + 4); j++) {
    const role = ROLES.get(a.tokens[j]!.norm);
    if (role && !ROLES.has(a.tokens[j + 1]?.norm ?? "")) return role;
    if (!a.tokens[j]!.word || (!role && !PHRASE.test(a.tokens[j]!.norm) && a.tokens[j]!.upper)) return null;
    if (a.triggers.some((t) => t.start === j)) return null;
  }
  return null;
}

/**
 * "killed two senior Iraqi border guard officers", "wounded nine Turkish tourists": a victim phrase after the act
 * (or before a passive) made of a demonym and a role is that state's forces, public or businesses (GUIDELINES: the
 * most specific code the clause supports). Null when no such phrase is there.
 */
function victimByNationality(a: SentenceAnalysis, c: CodedEvent, from: number): string | null {
  for (let k = from; k < Math.min(a.tokens.length, from + 14); k++) {
    const i = a.mentionStart[k] ?? -1;
    if (i >= 0) {
      const m = a.mentions[i]!;
      // A named party in the object is left to the argument rules: they chose not to make it the target.
      if (!m.modifier || root(m.code) === root(c.actor)) return null;
      const role = roleAt(a, m.end);
      if (role) return partOf(m.code, role);
      k = m.end - 1;
      continue;
    }
    const w = a.tokens[k]!;
    // The object ends at a clause break or at a phrase that tells why, where or how ("for buying Iranian oil").
    if ((!w.word && w.norm !== "-") || OBJECT_END.test(w.norm) || a.triggers.some((t) => t.start === k && t.entry.pos === "v")) return null;
  }
  return null;
}

/** "struck a post, killing two guards", "the shelling … that killed nine tourists": where the victims told after the act start, or -1. */
function participleVictims(a: SentenceAnalysis, c: CodedEvent): number {
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 16); k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";" || w === "." || w === "and" || w === "but") return -1;
    if (w === "," && /^(?:killing|wounding|injuring)$/.test(a.tokens[k + 1]?.norm ?? "")) return k + 2;
    // "the shelling of a resort near Zakho that killed nine tourists": a relative clause on the act tells its victims.
    if ((w === "that" || w === "which") && /^(?:killed|wounded|injured)$/.test(a.tokens[k + 1]?.norm ?? "")) return k + 2;
  }
  return -1;
}

/** "nine tourists were killed near Zakho": civilians of no stated nationality hit in a known place are its public. */
function civiliansOfPlace(a: SentenceAnalysis, c: CodedEvent, from: number): string | null {
  for (let k = from; k < Math.min(a.tokens.length, from + 5); k++) {
    const w = a.tokens[k]!.norm;
    if (CIVILIANS.test(w)) {
      const country = placeCountry(a.text);
      return country && country !== root(c.actor) ? partOf(country, "PUBLIC") : null;
    }
    if (!PHRASE.test(w) || (a.mentionStart[k] ?? -1) >= 0) return null;
  }
  return null;
}

// People a state's forces arrest, disperse or fire on at home: its public (GUIDELINES: IRQ.PUBLIC, repression of protesters).
const PEOPLE = /^(?:people|protesters|demonstrators|activists|crowds?|students|journalists|residents|civilians|rioters|mourners|worshippers|supporters|youths)$/;
const COUNTS = /^(?:a|an|the|number|of|more|than|at|least|over|around|about|nearly|almost|some|several|many|dozens|hundreds|thousands|scores|tens|other|two|three|four|five|six|seven|eight|nine|ten|[0-9][0-9,]*)$/;

/**
 * "security forces arrested a number of people at the scene", "troops killed more than 400 protesters", "the army
 * imposed a curfew": people of no stated side whom a state's forces arrest, shoot or confine at home are that state's
 * public — the country of the place named, else the actor's own (GUIDELINES: repression of protesters).
 */
function domesticPublic(a: SentenceAnalysis, c: CodedEvent): string | null {
  const own = root(c.actor);
  const forces = c.actor.endsWith(".MILITARY") || c.type === "COERCE";
  if (!forces) return null;
  let k = c.end;
  while (k < Math.min(a.tokens.length, c.end + 6) && COUNTS.test(a.tokens[k]!.norm)) k++;
  const curfew = a.tokens.slice(c.start, Math.min(a.tokens.length, c.end + 3)).some((t) => t.norm === "curfew");
  if (!curfew && !PEOPLE.test(a.tokens[k]?.norm ?? "")) return null;
  const place = placeCountry(a.text);
  if (place && place !== own) return c.type === "COERCE" || curfew ? partOf(place, "PUBLIC") : null;
  return /^[A-Z]{3}$/.test(own) ? partOf(own, "PUBLIC") : null;
}

/** "protesters gathered outside Turkish visa centres", "rallied at the Swedish embassy": the state whose offices are the site. */
function protestSite(a: SentenceAnalysis, c: CodedEvent): string | null {
  // The site may stand inside the trigger's own words ("gathered outside Turkish visa centres").
  for (let k = c.start + 1; k < Math.min(a.tokens.length, c.end + 6); k++) {
    const w = a.tokens[k]!.norm;
    if (w === "," || w === ";" || w === ".") return null;
    if (w !== "outside" && w !== "at" && w !== "near" && w !== "before") continue;
    let j = k + 1;
    while (j < a.tokens.length && /^(?:the|a|an|several|two|three)$/.test(a.tokens[j]!.norm)) j++;
    const i = a.mentionStart[j] ?? -1;
    const m = i >= 0 ? a.mentions[i]! : null;
    if (!m || !m.modifier || root(m.code) === root(c.actor)) return null;
    const role = roleAt(a, m.end);
    return role === "ROOT" ? m.code : null;
  }
  return null;
}

const DEALINGS = /^(?:dealings|transactions|trade|business|contact|contacts|dealing|trading)$/;

/** "barred Americans from any dealings with the Central Bank of Russia": the party dealings with whom are banned. */
function dealtWith(a: SentenceAnalysis, c: CodedEvent): string | null {
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 10); k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";" || w === "." || w === ",") return null;
    if (!DEALINGS.test(w) || a.tokens[k + 1]?.norm !== "with") continue;
    for (let j = k + 2; j < Math.min(a.tokens.length, k + 8); j++) {
      const i = a.mentionStart[j] ?? -1;
      if (i < 0) continue;
      const m = a.mentions[i]!;
      return root(m.code) !== root(c.actor) ? m.code : null;
    }
    return null;
  }
  return null;
}

// The 2015 nuclear deal is the one with Iran, and "maximum pressure" the campaign against it: leaving the one or
// restoring the other is a sanction on Iran (GUIDELINES: Action).
const NUCLEAR_DEAL = /\b(?:nuclear (?:deal|agreement|accord)|JCPOA|Joint Comprehensive Plan of Action|Iran deal|maximum pressure)\b/;

/** "took the United States out of the Joint Comprehensive Plan of Action": leaving the nuclear deal is aimed at Iran. */
function nuclearDeal(a: SentenceAnalysis, c: CodedEvent): string | null {
  if (root(c.actor) === "IRN") return null;
  const after = a.text.slice(a.tokens[c.start]!.start, a.tokens[Math.min(a.tokens.length - 1, c.end + 12)]!.end);
  return NUCLEAR_DEAL.test(after) ? "IRN" : null;
}

/** "sanctioned a network run by an Iraqi businessman": the party that runs or uses what the act hits. */
function ownerNamed(a: SentenceAnalysis, c: CodedEvent): string | null {
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 9); k++) {
    const w = a.tokens[k]!.norm;
    if (w === "," || w === ";" || w === "." || (a.mentionStart[k] ?? -1) >= 0) return null;
    if (!OWNING.test(w)) continue;
    const by = a.tokens[k + 1]?.norm;
    if (by !== "by" && by !== "to" && by !== "with") return null;
    for (let j = k + 2; j < Math.min(a.tokens.length, k + 6); j++) {
      const i = a.mentionStart[j] ?? -1;
      if (i < 0) {
        if (!PHRASE.test(a.tokens[j]!.norm)) return null;
        continue;
      }
      const m = a.mentions[i]!;
      if (root(m.code) === root(c.actor) || m.member) return null;
      if (!m.modifier) return m.code;
      const role = roleAt(a, m.end);
      return role ? partOf(m.code, role) : null;
    }
    return null;
  }
  return null;
}

/** The victims named from token `from` on: by nationality and role, or civilians of a known place. */
function victimOf(a: SentenceAnalysis, c: CodedEvent, from: number): string | null {
  return from < 0 ? null : victimByNationality(a, c, from) ?? civiliansOfPlace(a, c, from);
}

const KILL_VERBS = /^(?:killed|wounded|injured|hit|struck|destroyed|targeted)$/;

/**
 * "an air strike in Anbar, carried out by CENTCOM with Iraqi forces, killed an ISIS leader": an act noun that is the
 * subject of a verb of harm later in its clause has that verb's victim — a party named right after the verb.
 */
function subjectNounVictim(a: SentenceAnalysis, c: CodedEvent): string | null {
  if (!c.nominal) return null;
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 30); k++) {
    const w = a.tokens[k]!.norm;
    if (w === ";" || w === "." || w === "that" || w === "which" || w === "who") return null;
    if (!KILL_VERBS.test(w)) continue;
    // Only a verb whose subject is the act: after the act's own words or an aside closed by a comma.
    if ((a.mentionEnd[k] ?? -1) >= 0 || a.triggers.some((t) => t.start > c.end && t.start < k && t.entry.pos === "v" && !/ed$/.test(a.tokens[t.start]!.norm))) return null;
    const i = a.mentionStart[k + 1] ?? -1;
    const m = i >= 0 ? a.mentions[i]! : null;
    if (m && !m.modifier && root(m.code) !== root(c.actor)) return m.code;
    return victimOf(a, c, k + 1);
  }
  return null;
}

// "the war against the Islamic State", "the campaign against ISIS": the enemy of the war the sentence tells.
const WAR_NOUNS = /^(?:war|fight|campaign|battle|offensive|operations)$/;

/** "… spent three years flying air strikes …, the war against the Islamic State": the enemy named in the sentence's war. */
function warEnemy(a: SentenceAnalysis, c: CodedEvent): string | null {
  for (let k = 1; k < a.tokens.length - 1; k++) {
    if (a.tokens[k]!.norm !== "against" || !WAR_NOUNS.test(a.tokens[k - 1]!.norm)) continue;
    const j = a.tokens[k + 1]!.norm === "the" ? k + 2 : k + 1;
    const i = a.mentionStart[j] ?? -1;
    const m = i >= 0 ? a.mentions[i]! : null;
    if (m && !m.modifier && root(m.code) !== root(c.actor)) return m.code;
  }
  return null;
}

/**
 * "Iran's navy seized an oil tanker", "the group began attacking merchant ships": a vessel taken or struck whose
 * owner the text does not name is the act's victim all the same — unknown (UNK), as an unnamed actor is
 * (GUIDELINES: UNK, actor/target unnamed). A named owner or flag ("a British tanker") is found by the other rules,
 * and so are victims named by nationality and role and owners named after "run by", "used by".
 */
export function unnamedVictim(a: SentenceAnalysis, c0: CodedEvent): CodedEvent {
  // "asked the UN Security Council for a session over the shelling … that killed nine tourists": a forum is never the
  // doer of an attack; one read so is a slip over a long noun phrase, and the doer is unknown.
  const c1 = c0.type === "ASSAULT" && FORUMS.has(c0.actor) ? { ...c0, actor: "UNK" } : c0;
  // "barred Americans from any dealings with the Central Bank of Russia": one's own people barred are not the target.
  const other = c1.type === "SANCTION" && c1.target !== null && root(c1.target) === root(c1.actor) ? dealtWith(a, c1) : null;
  const c = other ? { ...c1, target: other } : c1;
  if (c.target !== null || c.speculative) return c;
  // "warned that it would strike American interests": the harm threatened names whom the threat is aimed at.
  if (c.type === "THREATEN") {
    const threatened = victimByNationality(a, c, c.end);
    return threatened ? { ...c, target: threatened } : c;
  }
  if (c.type === "PROTEST") {
    const site = protestSite(a, c);
    return site ? { ...c, target: site } : c;
  }
  if (!HARMS.has(c.type)) return c;
  if (c.type === "SANCTION") {
    const other = dealtWith(a, c) ?? nuclearDeal(a, c);
    if (other) return { ...c, target: other };
  }
  const known =
    (c.type !== "SANCTION" ? victimOf(a, c, c.end) : victimByNationality(a, c, c.end)) ??
    ownerNamed(a, c) ??
    (c.type === "ASSAULT" ? victimOf(a, c, participleVictims(a, c)) ?? subjectNounVictim(a, c) ?? warEnemy(a, c) : null) ??
    (c.type !== "SANCTION" ? domesticPublic(a, c) : null);
  if (known) return { ...c, target: known };
  if (c.type === "SANCTION") return c;
  for (let k = c.end; k < Math.min(a.tokens.length, c.end + 5); k++) {
    if ((a.mentionStart[k] ?? -1) >= 0) return c;
    const w = a.tokens[k]!.norm;
    if (VESSELS.test(w)) return { ...c, target: "UNK" };
    if (!NP_WORDS.test(w)) return c;
  }
  return c;
}
