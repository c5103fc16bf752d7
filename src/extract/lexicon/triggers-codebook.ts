/** @module Trigger entries from a pass over the CAMEO sub-codes: the common verbs and nouns reporters use for each, appended to the lexicon. */
import type { TriggerEntry } from "./triggers.js";
import { NON_ACT_TRIGGERS } from "./triggers-non-acts.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


// Determiners and describing words that may stand before the talks a party leaves: a free gap would read "withdrew
// from the town after talks" as leaving the talks.
const TALKS_PREFIX = "the|its|their|all|these|those|any|direct|indirect|nuclear|peace|ongoing|bilateral|trilateral|regional|international|multilateral|formal";
const TALKS = "talks|negotiation/n|dialogue/n|process/n|mediation|coalition/n|alliance/n|organization/n|organisation/n";

// What a state suspends or halts with another party: each a tie, so halting it reduces relations (CAMEO 16).
const TIES = "trade|contact/n|exchange/n|commerce|shipping|flights|investment/n|remittance/n|transfer/n";
// Written instruments a party can suspend or freeze: leaving them reduces relations (CAMEO 161, SANCTION withdraw).
const INSTRUMENTS = "agreement/n|accord/n|treaty|treaties|pact/n|deal/n|memorandum/n|protocol/n|convention/n";
// Military holdings a force gives up when it retreats (CAMEO 0874).
const HELD = "positions|base/n|post/n|outpost/n|garrison/n|stronghold/n|trench/n|checkpoint/n|barracks";
// Media a government can silence (CAMEO 1721, COERCE censor).
const MEDIA = "broadcast/n|broadcaster/n|newspaper/n|channel/n|station/n|outlet/n|website/n|websites|network/n";

// Blocs and bodies a state can leave, by name or by kind.
const BLOCS = "ecowas|nato|opec|unesco|unhrc|icc|csto|sco|brics|igad|sadc|asean|mercosur|commonwealth|bloc/n|alliance/n|league/n|grouping/n|treaty|convention/n|pact/n";
const BODIES = `${BLOCS}|union/n|court/n|council/n|community`;

/** Leaving talks or a bloc (CAMEO 164, SANCTION withdraw), with only describing words before the talks. */
const LEAVING_TALKS: readonly TriggerEntry[] = [
  v(`withdraw/v from ${TALKS_PREFIX}? ${TALKS_PREFIX}? ${TALKS}|${BODIES}`, "SANCTION", "withdraw"),
  // "Mali, Burkina Faso and Niger left ECOWAS", "announced the withdrawal of Niger from the bloc".
  // Blocs only after "left": "left the council chamber" is a walk, not a withdrawal.
  v(`leave/v|quit|quits|quitting|exit/v the? ${BLOCS}`, "SANCTION", "withdraw"),
  n(`withdrawal/n|exit/n|departure/n of? ** from the? ${BODIES}`, "SANCTION", "withdraw", { of: "actor" }),
  v(`pull/v|walk/v out of ${TALKS_PREFIX}? ${TALKS_PREFIX}? talks|talk/n|negotiation/n|dialogue/n|process/n|mediation|coalition/n|alliance/n`, "SANCTION", "withdraw"),
];

/** Reductions of relations, aid and trade (CAMEO 16) in the phrasing the core entries miss. */
const REDUCED_RELATIONS: readonly TriggerEntry[] = [
  // "broke diplomatic relations with Bogotá" (the core entry needs "off").
  v("break/v diplomatic|all|its|their? relation/n|tie/n", "SANCTION", "discontinue"),
  v(`suspend/v|halt/v|freeze/v|stop/v|cut/v * ${TIES}`, "SANCTION", "discontinue"),
  // "suspended budget support to Niger", "withdrew its backing": support taken back reduces aid (CAMEO 162).
  v("suspend/v|halt/v|freeze/v|cut/v|end/v|withdraw/v * support|backing|lending|loan/n|loans|credit/n|credits|disbursement/n", "SANCTION", "discontinue"),
  // "suspended the 2018 military agreement with Pyongyang", "froze the water treaty": the deal is left, not made.
  v(`suspend/v|freeze/v|abandon/v ** ${INSTRUMENTS} || renounce/v|denounce/v its|their * ${INSTRUMENTS}`, "SANCTION", "withdraw"),
  // "suspended the activities of an aid group" (CAMEO 1663): the group is sent away in effect.
  v("suspend/v|ban/v|halt/v the? activities|activity|operations of", "SANCTION", "expel"),
  // "ordered China's consulate closed": the orderer shuts the other side's premises by its order.
  v("order/v ** closed|shut", "SANCTION", "discontinue", { inside: true }),
];

/**
 * "the court ordered the referendum suspended", "ordered the strikes halted": a step another party must take is
 * demanded of it (CAMEO 105, REQUEST yield), as "ordered X to halt" is.
 */
const ORDERED_HALTS: readonly TriggerEntry[] = [
  v("order/v ** suspended|halted|stopped|cancelled|canceled|frozen|postponed|delayed", "REQUEST", "yield", { inside: true }),
];

/** Repression and seizure (CAMEO 17) by verbs missing from the core list. */
const COERCION: readonly TriggerEntry[] = [
  v("order/v ** dissolved|disbanded|banned", "COERCE", "restrict", { inside: true }),
  v("order/v ** seized|confiscated|nationalised|nationalized", "COERCE", "seize", { inside: true }),
  v("loot/v|plunder/v|ransack/v|pillage/v", "COERCE", "seize"),
  v(`suspend/v|shut/v|block/v|ban/v|close/v * ${MEDIA}`, "COERCE", "censor"),
];

/** Military retreat and surrender (CAMEO 0874, PLOVER RETREAT), told of the force that gives ground. */
const RETREATS: readonly TriggerEntry[] = [
  // Only with ground named or a movement in space: backing off a stand ("retreated from its threat") stays a
  // concession (GUIDELINES), read by the core entry.
  v("retreat/v to|into|toward|towards|across || retreat/v from * town/n|city|cities|village/n|area/n|positions|base/n|front/n|frontline/n|border/n|line/n|region/n|province/n|district/n|territory|stronghold/n", "RETREAT", "withdraw"),
  v("surrender/v", "RETREAT", "disarm"),
  // "federal troops took back Sinjar and Kirkuk": ground retaken by force (CAMEO 19, as "retook").
  v("take/v back", "ASSAULT"),
  v("recapture/v|retake/v", "ASSAULT"),
  v("lay/v down * arm/n|weapon/n|weapons", "RETREAT", "disarm"),
  v(`abandon/v|vacate/v|evacuate/v * ${HELD}`, "RETREAT", "withdraw", { ownObject: true }),
];

/**
 * Characterisations (CAMEO 111): "called the measures an open attack on its rights", "calling it an act of war".
 * Naming another party's step an attack condemns it; nothing is attacked. The object is a pronoun or a definite noun
 * phrase, so "called for an attack" is not read.
 */
const CHARACTERISATIONS: readonly TriggerEntry[] = [
  // Finite forms only: ", calling it an attack" elaborates the condemnation just told, which carries the event.
  v("call|calls|called|term|terms|termed|brand|brands|branded it|them|this|that|these|those|the|such ** a|an|the * attack/n|assault/n|aggression|declaration/n|act/n|war/n|invasion/n|blockade/n|piracy|terrorism", "ACCUSE", "disapprove", { inside: true }),
];

/**
 * "asked why the United States had let its weapons be used against them": a why-question about another party's conduct
 * is a reproach (CAMEO 111), aimed at the party the question names; "asked whether" requests nothing (non-acts).
 */
const REPROACHES: readonly TriggerEntry[] = [v("ask/v why", "ACCUSE", "disapprove")];

/** Easing and alliances (CAMEO 08, 03) in common words the core lists lack. */
const EASING_AND_PACTS: readonly TriggerEntry[] = [
  v("ease/v|lift/v|relax/v|remove/v * curb/n|control/n|restrictions", "CONCEDE"),
  // "formed a defence alliance with Mali": a pact made with another party (GUIDELINES: committing to cooperation is AGREE).
  v("form/v|forge/v|create/v|establish/v|launch/v * alliance/n|pact/n|partnership/n|confederation/n|bloc/n", "AGREE"),
];

// What a party is said to have done when it denies it (CAMEO 016: a denial is a rejection; the act is not reported).
const DENIED_ACTS = "supporting|sheltering|harbouring|harboring|arming|funding|financing|backing|helping|sending|supplying|attacking|targeting|ordering|launching|sponsoring|hosting|training|violating|involvement";

/** Denials with the denied act as a gerund: "denied sheltering the rebels", "denied ever supplying drones". */
const DENIALS: readonly TriggerEntry[] = [v(`deny/v ever|having? ${DENIED_ACTS}`, "REJECT")];

/** Forces sent abroad by their other names (CAMEO 154, MOBILIZE troops). */
const DEPLOYMENTS: readonly TriggerEntry[] = [
  v("deploy/v|send/v|dispatch/v * fighter/n|mercenary|mercenaries|paramilitaries|police|gendarmes|peacekeeper/n|commando/n|commandos", "MOBILIZE", "troops"),
];

// The entries that code nothing ride on this list into 03-triggers' index (after every act entry, as they must only
// win by length).
export const CODEBOOK_TRIGGERS: readonly TriggerEntry[] = [
  ...LEAVING_TALKS, ...REDUCED_RELATIONS, ...ORDERED_HALTS, ...CHARACTERISATIONS, ...REPROACHES, ...COERCION, ...RETREATS, ...EASING_AND_PACTS, ...DENIALS, ...DEPLOYMENTS, ...NON_ACT_TRIGGERS,
];
