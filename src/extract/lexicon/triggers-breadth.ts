/** @module Trigger entries that widen the lexicon over each PLOVER type's common news phrasing (denials, diplomatic downgrades, crowds, probes). */
import type { TriggerEntry } from "./triggers.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


// Diplomats a state sends or calls home.
const DIPLOMATS = "ambassador/n|envoy/n|chargé|charge|diplomat/n|emissary|emissaries|attaché/n|attache/n|representative/n";
// Claims made against a party: what a denial or rebuttal answers.
const CLAIMS = "accusation/n|allegation/n|charge/n|claim/n|assertion/n";

// Finite forms of the verbs of approval, whose negation is a refusal.
const WITHHELD = ["support", "back", "endorse", "recognise", "recognize", "accept", "approve"].map((w) => `${w}|${w}s|${w.endsWith("e") ? w + "d" : w + "ed"}`).join("|");

/**
 * Denials (CAMEO 016, coded REJECT by the development gold): "denied any role in the attack", "denied involvement",
 * "rejected the accusations as baseless". Only with what is denied named: "denied entry", "denied visas" are not.
 */
const DENIALS: readonly TriggerEntry[] = [
  v("deny/v * role/n|involvement|responsibility|participation|part|link/n|connection/n|complicity|knowledge|wrongdoing", "REJECT"),
  v("deny/v|reject/v|refute/v|rebut/v|dismiss/v|dispute/v * " + CLAIMS, "REJECT"),
  v("deny/v that", "REJECT"),
  // "denied reports that it had let arms cross": a denial of what others report ("rejected the report" stays ACCUSE).
  v("deny/v|refute/v * report/n|rumour/n|rumor/n", "REJECT"),
  v("balk/v|baulk/v at", "REJECT"),
  // Withheld approval (CAMEO 12): "did not recognise the vote", "would not accept a new envoy". The pattern opens on
  // the negation, so the refusal is the event rather than a negated approval. "Not only supported" does not match (the
  // verb follows the negation at once), nor does a participle ("with Washington not recognising the court" describes
  // a standing position), nor "has not agreed to a date" (a step not yet taken).
  v("not|n't|never " + WITHHELD, "REJECT"),
  // "Tehran dismissed them": a pronoun object stands for the demand or offer just told ("dismissed them as …" is longer).
  v("dismiss/v them|it|this|these|those", "REJECT"),
  // "ignored the court's order", "disregarded the ultimatum".
  v("ignore/v|disregard/v|flout/v ** order/n|ruling/n|demand/n|call/n|warning/n|ultimatum/n|request/n|deadline/n|resolution/n|verdict/n", "REJECT"),
  // "turned the offer down", "turned down the proposal".
  v("turn/v down * offer/n|proposal/n|request/n|plan/n|invitation/n|demand/n || turn/v * offer/n|proposal/n|request/n|plan/n|invitation/n|demand/n down", "REJECT"),
];

/**
 * Reductions of diplomatic relations short of a break (CAMEO 161/164, PLOVER SANCTION): calling diplomats home,
 * holding back a new ambassador, calling off a visit or talks, leaving negotiations. "Withdrew its ambassador" is
 * not a troop withdrawal.
 */
const DIPLOMATIC_DOWNGRADES: readonly TriggerEntry[] = [
  v("recall/v ** " + DIPLOMATS, "SANCTION", "withdraw"),
  v("withdraw/v|pull/v * " + DIPLOMATS, "SANCTION", "withdraw"),
  n("recall/n of * " + DIPLOMATS, "SANCTION", "withdraw", { of: "actor" }),
  // "suspended the dispatch of a new ambassador", "froze the appointment of its envoy".
  v("suspend/v|halt/v|freeze/v|postpone/v|delay/v ** dispatch|appointment/n|nomination/n|sending of * ambassador/n|envoy/n", "SANCTION", "withdraw"),
  // "cancelled a planned visit by …", "called off the talks".
  // A trailing "by" takes the visitor in: "cancelled a planned visit by Turkey's defence minister" is aimed at Turkey.
  v("cancel/v|postpone/v|scrap/v|shelve/v * visit/n|trip/n|meeting/n|talks|talk/n|summit/n|negotiation/n|consultation/n by|of? || call/v off * visit/n|trip/n|meeting/n|talks|summit/n|negotiation/n by|of?", "SANCTION", "withdraw"),
  v("suspend/v|halt/v|end/v|freeze/v * participation|involvement|membership", "SANCTION", "withdraw"),
  // (Leaving talks by "pulled out of" or "withdrew from" stands in triggers-codebook.ts, with a gap of describing words only.)
  v("quit|quits|quitting * talks|negotiation/n|coalition/n|alliance/n", "SANCTION", "withdraw"),
  // "ended the missions of its ambassadors to France": a state recalling its own envoys (not a troop mission ending).
  v("end/v|terminate/v|suspend/v * mission/n of * " + DIPLOMATS, "SANCTION", "withdraw"),
  // "ordered the ambassador to leave the country within 48 hours": an expulsion.
  v("order/v|ask/v|tell/v|give/v ** " + DIPLOMATS + " ** leave/v", "SANCTION", "expel"),
];

/**
 * Financial and legal sanctions beyond the word "sanction" (PLOVER SANCTION, discontinue): blacklists, aid cut off,
 * licences revoked, bans and fines.
 */
const SANCTION_BREADTH: readonly TriggerEntry[] = [
  // "named the bank a primary money-laundering concern", "declared the group a terrorist organisation".
  v("name/v|declare/v|brand/v|identify/v ** money - laundering concern/n || name/v|declare/v|brand/v|identify/v ** laundering concern/n", "SANCTION", "discontinue"),
  v("name/v|declare/v|list/v ** terrorist organization/n|organisation/n|group/n|entity|entities || name/v|declare/v|list/v ** sponsor/n of terrorism", "SANCTION", "discontinue"),
  // "added three tankers to its sanctions list", "placed the firm on the entity list".
  v("add/v|place/v|put/v ** to|on * sanction/n|blacklist/n|entity|watch list/n || add/v|place/v|put/v ** to|on * blacklist/n", "SANCTION", "discontinue"),
  // "reinstated sanctions", "restored the maximum pressure campaign".
  v("reinstate/v|restore/v|revive/v|relaunch/v|reimpose/v * maximum_pressure|sanction/n|embargo/n", "SANCTION", "discontinue"),
  v("snap|snaps|snapped|snapping back * sanction/n || trigger/v|invoke/v|activate/v * snapback || trigger/v|invoke/v|activate/v * snap - back", "SANCTION", "discontinue"),
  v("block/v * asset/n|fund/n|account/n|property|properties", "SANCTION", "discontinue"),
  v("withhold|withholds|withheld|withholding * aid|assistance|funding|fund/n|payment/n|salaries|revenue/n|money", "SANCTION", "discontinue"),
  v("cut/v off * aid|assistance|funding|payment/n|supplies|support || cut/v|slash/v * aid|assistance|funding", "SANCTION", "discontinue"),
  v("revoke/v|suspend/v|cancel/v|withdraw/v * licence/n|license/n|permit/n|accreditation/n|credentials|visa/n", "SANCTION", "discontinue"),
  v("target/v ** with * sanction/n|penalties|restriction/n", "SANCTION", "discontinue"),
  v("prohibit/v", "SANCTION", "discontinue"),
  v("impose/v|slap/v|announce/v|introduce/v * ban/n|freeze/n|duty|duties|levy|levies", "SANCTION", "discontinue"),
  n("ban/n on|against", "SANCTION", "discontinue"),
  v("penalise/v|penalize/v || fined|fining", "SANCTION", "discontinue"),
  // "halted the flow of Kurdish oil", "stopped pumping crude": cutting a trade flow (CAMEO 16).
  v("halt/v|stop/v|suspend/v|block/v|shut/v|cut/v * flow/n|pumping|shipment/n|transit|pipeline/n", "SANCTION", "discontinue"),
  v("stop/v|halt/v|suspend/v|cease/v pumping|exporting|importing|buying|selling|supplying|shipping", "SANCTION", "discontinue"),
  v("reduce/v|cut/v|curtail/v|downgrade/v * cooperation|contact/n|trade || scale/v back * cooperation|contact/n|trade|ties|relations", "SANCTION", "discontinue"),
  v("hit/v ** with * sanction/n|tariff/n|penalties|restriction/n", "SANCTION", "discontinue"),
  v("double/v|triple/v|raise/v|hike/v|increase/v * tariff/n|duty|duties|sanction/n", "SANCTION", "discontinue"),
  n("suspension/n of * aid|assistance|cooperation|flight/n|talks|tie/n|relation/n|export/n|import/n|payment/n|funding|transfer/n", "SANCTION", "discontinue", { of: "target" }),
  v("storm/v out of", "SANCTION", "withdraw"),
  // Courts and tribunals finding against a party (PLOVER SANCTION convict: guilty, unconstitutional or liable).
  v("rule/v|declare/v|deem/v|find/v ** unconstitutional|illegal|unlawful|invalid|void|liable|culpable || rule/v against", "SANCTION", "convict"),
  v("order/v ** to pay ** damages|compensation|fine/n|fines|penalty|penalties", "SANCTION", "convict"),
  n("closure/n of * border/n|crossing/n|crossings|embassy|embassies|consulate/n|airspace", "SANCTION", "discontinue"),
  // "sanctions relief" is an easing, not a sanction (GUIDELINES: waivers and easing are CONCEDE).
  n("sanction/n relief || relief from * sanction/n", "CONCEDE"),
  v("grant/v|give/v|offer/v|provide/v|extend/v ** sanction/n relief || grant/v|give/v|offer/v|provide/v|extend/v ** relief from * sanction/n", "CONCEDE", undefined, { inside: true }),
  // "found him guilty": a court's verdict (PLOVER SANCTION, convict).
  v("find/v ** guilty", "SANCTION", "convict"),
  // "would comply with them": yielding to another party's measures (CAMEO 08).
  v("comply/v with * them|it|the|sanction/n|demand/n|ruling/n|order/n|resolution/n", "CONCEDE"),
  // "cut five banks off the SWIFT network", "disconnected them from SWIFT": exclusion from payment systems.
  v("cut/v|disconnect/v|exclude/v|remove/v|ban/v|bar/v ** off|from * swift", "SANCTION", "discontinue"),
  // "its airspace would be closed to Russian aircraft", "closed its airspace to their airlines".
  n("airspace is|was|will|would|be|been|being|remains|remain * closed to", "SANCTION", "discontinue"),
  v("close/v|shut/v * airspace to", "SANCTION", "discontinue"),
  // Leaving or ending a treaty (GUIDELINES: withdrawing from the nuclear deal is SANCTION withdraw).
  v("terminate/v|abrogate/v|annul/v * treaty|treaties|deal/n|agreement/n|accord/n|pact/n || tear/v|rip/v up * treaty|treaties|deal/n|agreement/n|accord/n|pact/n", "SANCTION", "withdraw"),
  v("take/v|pull/v ** out of * treaty|nuclear? deal/n|agreement/n|accord/n|pact/n|jcpoa", "SANCTION", "withdraw"),
  // "cancelled $300 million in military aid", "froze the aid to Kyiv".
  v("cancel/v|freeze/v|suspend/v|halt/v|stop/v ** military? aid|assistance|funding", "SANCTION", "discontinue"),
  v("halt/v|stop/v|suspend/v|block/v * transport/n|transit|supply|supplies|delivery|deliveries of", "SANCTION", "discontinue"),
];

// Words of blame: what a party calls an act it condemns (adjectives and nouns of judgement, not names of acts).
export const BLAME_WORDS: readonly string[] = [
  "unfair", "unjust", "unjustified", "unjustifiable", "illegal", "illegitimate", "unlawful", "arbitrary", "hostile",
  "aggressive", "arrogant", "arrogance", "hypocritical", "hypocrisy", "absurd", "baseless", "groundless", "unfounded", "nonsense",
  "ridiculous", "irresponsible", "reckless", "dangerous", "destabilising", "destabilizing", "provocative", "provocation",
  "manipulation", "blackmail", "bullying", "piracy", "interference", "meddling", "hegemony", "hegemonic", "imperialist",
  "imperialism", "colonial", "criminal", "crime", "crimes", "barbaric", "heinous", "cowardly", "shameful", "disgraceful",
  "unacceptable", "outrageous", "deplorable", "regrettable", "counterproductive", "lies", "propaganda", "slander",
  "farce", "sham", "blunder", "aggression", "violation", "breach", "insult", "affront", "humiliation", "unilateral",
  "unprovoked", "premeditated", "interventionist", "coercion", "coercive", "extortion", "intimidation",
];
const BLAME = BLAME_WORDS.join("|");

/**
 * Accusations, complaints and probes (PLOVER ACCUSE): "found Iran in breach of its obligations", "complained to the
 * UN", "ordered an investigation", "sued", "indicted". The investigation nouns stand in triggers.ts, before the
 * attack patterns they must beat ("launched a probe into the attack").
 */
const ACCUSE_BREADTH: readonly TriggerEntry[] = [
  v("find/v ** in breach|violation|noncompliance || find/v ** in? non - compliance|compliant", "ACCUSE", "disapprove"),
  v("complain/v", "ACCUSE", "disapprove"),
  n("complaint/n to|against|with|over|about", "ACCUSE", "disapprove"),
  n("protest note/n|letter/n || note/n of protest", "ACCUSE", "disapprove"),
  v("voice/v|register/v|lodge/v * outrage|anger|protest/n|objection/n|opposition|condemnation|displeasure|dismay|indignation", "ACCUSE", "disapprove"),
  v("sue/v || file/v|bring/v|lodge/v * lawsuit/n|suit/n|case/n against", "ACCUSE", "allege"),
  v("indict/v", "ACCUSE", "allege"), n("indictment/n of|against", "ACCUSE", "allege", { of: "target" }),
  v("put/v ** on trial", "ACCUSE", "allege"),
  v("implicate/v || point/v * finger/n at || take/v issue with", "ACCUSE", "allege"),
  n("accusation/n|allegation/n against|that", "ACCUSE", "allege"),
  // "disagreed with the sanctions", "objected to the ruling": disapproval of another party's act.
  v("disagree/v with || object/v to", "ACCUSE", "disapprove"),
  // "called it a premeditated war", "called the attack completely unacceptable": a judgement passed on an act.
  v("call/v|describe/v|deem/v|brand/v it|this|that|the|them * unacceptable|outrageous|unjustified|unjustifiable|unprovoked|premeditated|reckless|counterproductive|irresponsible|deplorable|shameful", "ACCUSE", "disapprove"),  // The same judgement in any words of blame: "called the decision unfair", "called the orders political manipulation",
  // "described the sanctions as a sign of an arrogant attitude", "saw Beijing's conduct as part of a pattern of
  // aggression". The object is a definite act or pronoun (so "called for an illegal …" is not read), or the "as"
  // phrase of a verb of regard carries the word of blame.
  v("call/v|describe/v|deem/v|brand/v|label/v|term/v|characterise/v|characterize/v the|this|that|these|those|it|them|its|their|such ** " + BLAME, "ACCUSE", "disapprove"),
  v("describe/v|characterise/v|characterize/v|portray/v|depict/v|see/v|saw|view/v|regard/v|treat/v ** as ** " + BLAME, "ACCUSE", "disapprove"),
];

/** Requests phrased with other verbs (PLOVER REQUEST): "wants the foreign forces to leave", "pushed Baghdad to …". */
const REQUEST_BREADTH: readonly TriggerEntry[] = [
  // "wants X to leave": a wish that another party act; "wants to leave" (no object) stays the intent governor.
  v("want/v ** to", "REQUEST", "change", { gov: "request" }),
  v("push/v|lobby/v|prod/v|nudge/v ** to|for", "REQUEST", "change", { gov: "request" }),
  v("implore/v|exhort/v|beseech/v|petition/v || plead/v with|for", "REQUEST", "change", { gov: "request" }),
  // "proposed a deal", "wrote to Khamenei to propose talks": asking the other side to negotiate (CAMEO 108, REQUEST meet).
  v("propose/v * deal/n|talks|negotiation/n|meeting/n|dialogue/n|ceasefire/n|truce/n|summit/n", "REQUEST", "meet"),
  // "wanted written guarantees from Washington", "demanded assurances from Kyiv": the guarantor is asked.
  v("want/v|demand/v|seek/v|request/v|ask/v|need/v ** guarantee/n|assurance/n from", "REQUEST", "change"),
  // "set out twelve conditions for a deal": demands put to the other side.
  v("set/v|lay/v out|down * condition/n|demand/n|precondition/n", "REQUEST", "change"),
  // "wrote to Khamenei to propose talks": the addressee of the letter is asked.
  v("write|writes|wrote|written|writing to ** to propose/v|ask/v|request/v|seek/v|urge/v|demand/v|invite/v", "REQUEST", "meet", { inside: true }),
];

/** Offers and promises with an act named (PLOVER AGREE): "offered a joint investigation", "offered mediation". */
const AGREE_BREADTH: readonly TriggerEntry[] = [
  // With the joint act named whole, so that "offered a joint investigation into the incident" is one offer, not a probe.
  v("offer/v|propose/v * joint investigation/n|probe/n|inquiry|committee/n|commission/n|patrol/n|patrols|operation/n|force/n", "AGREE"),
  v("offer/v * joint|mediation|talks|negotiation/n|dialogue/n|guarantee/n|assurance/n|compensation|cooperation || propose/v * joint|mediation|cooperation", "AGREE"),
  n("offer/n to|of", "AGREE", undefined, { gov: "agree" }),
  v("reach/v * ceasefire/n|truce/n || agree/v on * ceasefire/n|truce/n", "AGREE"),
];

/** Meetings told by their round or venue (PLOVER CONSULT): "a second round took place in Rome", "conferred with". */
const CONSULT_BREADTH: readonly TriggerEntry[] = [
  n("round/n of * talks|talk/n|negotiation/n|dialogue/n|consultation/n|discussion/n", "CONSULT"),
  n("round/n|session/n was|were|is|are held|convened || round/n|session/n took|takes place", "CONSULT"),
  n("talks|meeting/n|negotiation/n took|take|takes place", "CONSULT"),
  n("visit/n by", "CONSULT", "visit"),
  v("confer/v with", "CONSULT"),
  v("pay/v|make/v * visit/n|trip/n to? || receive/v * call/n from", "CONSULT", "visit"),
  v("shuttle/v between", "CONSULT", "mediate"),
  v("deliver/v|convey/v|relay/v|pass/v * message/n|letter/n to || reach/v out to", "CONSULT"),
  v("speak/v|talk/v by phone|telephone", "CONSULT", "phone"),
  // "took a peace plan to Baku and Yerevan": an envoy carrying a proposal to the parties.
  v("take/v|bring/v|carry/v * plan/n|proposal/n|initiative/n to", "CONSULT", "mediate"),
  // "the minister flew to Ankara": checked like "arrived in" (a capital right after, not forces).
  v("fly/v to", "CONSULT", "visit", { weak: true }),
];

// Crowd nouns whose verbs make a protest: "hundreds of protesters gathered outside the embassy".
const CROWD = "protester/n|demonstrator/n|crowd/n|mob/n|supporters|rioter/n|activist/n|students|youths";
const CROWD_ACTS =
  "gathered|rallied|marched|massed|assembled|converged|blocked|burned|burnt|torched|chanted|stormed|besieged|set|threw|pelted|hurled|attacked|broke|tore|occupied|camped|encamped|picketed";

/** Collective dissent (PLOVER PROTEST): crowds gathering outside a mission, burning flags, sit-ins, strikes. */
const PROTEST_BREADTH: readonly TriggerEntry[] = [
  n(`${CROWD} * ${CROWD_ACTS}`, "PROTEST", "demo"),
  v("gather/v|assemble/v|rally/v|march/v|converge/v|congregate/v|mass/v outside|before || gather/v|assemble/v|rally/v|march/v|converge/v|congregate/v|mass/v in front of", "PROTEST", "demo"),
  v("gather/v|assemble/v|converge/v|congregate/v|camp/v|encamp/v ** at|near|outside|on * square/n|embassy|embassies|consulate/n|ministry|ministries|parliament|headquarters|office/n|offices|centre/n|center/n", "PROTEST", "demo"),
  // With "in" only in the past: a photo caption in the present ("Protesters gather in the square") reports no event.
  v("gathered|assembled|converged|congregated|camped|encamped ** in * square/n|embassy|embassies|consulate/n|ministry|ministries|parliament|headquarters|office/n|offices|centre/n|center/n", "PROTEST", "demo"),
  v("burn/v|burnt|torch/v * flag/n|effigy|effigies|picture/n|portrait/n|poster/n", "PROTEST", "demo"),
  v("chant/v * slogan/n", "PROTEST", "demo"),
  n("sit - in|ins", "PROTEST", "demo"),
  n("hunger strike/n", "PROTEST", "hunger"),
  v("go/v on * strike/n", "PROTEST", "strike"),
];

/** Threats phrased as limits of patience (CAMEO 138): "would not tolerate attacks on its forces". */
const THREATEN_BREADTH: readonly TriggerEntry[] = [
  // The act not tolerated is part of the threat, not an event of its own.
  v("would|will|'ll|wo not|n't tolerate/v * attack/n|aggression|violation/n|threat/n|action/n|provocation/n|interference|hostility|hostilities|escalation/n|strike/n|assault/n by|from? || would|will|'ll|wo not|n't tolerate/v", "THREATEN", "violence"),
  v("issue/v|deliver/v|send/v * warning/n", "THREATEN"),
  n("warning/n to|against", "THREATEN"),
  v("put/v * on notice", "THREATEN"),
  // "Washington is weighing sanctions on the militia leaders": sanctions held out (GUIDELINES: threat of sanctions).
  v("weigh/v|mull/v|consider/v * new|further|fresh? sanction/n|penalties|tariff/n", "THREATEN", "restrict"),
  // "gave the region until Friday to hand over the crossings": an ultimatum.
  v("give/v ** until|till ** to", "THREATEN", undefined, { gov: "threaten" }),
  v("set/v|give/v|issue/v ** deadline/n", "THREATEN"),
  v("vow/v|promise/v|pledge/v to crush/v|destroy/v|eliminate/v|annihilate/v|obliterate/v|punish/v|attack/v|target/v|wipe/v", "THREATEN", "violence"),
];

/** Force and coercion verbs missing from the core list (PLOVER ASSAULT, COERCE, MOBILIZE). */
const FORCE_BREADTH: readonly TriggerEntry[] = [
  // The verb after the device belongs to the same act ("a roadside bomb struck a convoy"): one event, not two.
  n("car|truck|roadside|suicide bomb/n|bomber/n|bombing/n exploded|struck|hit|killed|targeted|wounded|detonated? || improvised explosive device/n exploded|struck|hit|killed|targeted|wounded|detonated? || explosive device/n exploded|struck|hit|killed|targeted|wounded|detonated? || ied/n|ieds exploded|struck|hit|killed|targeted|wounded|detonated?", "ASSAULT", "explosives"),
  v("detonate/v || blow/v up || blow/v * up", "ASSAULT", "explosives"),
  v("shoot/v * dead || shoot/v at || gunned|gunning down", "ASSAULT", "firearms"),
  v("execute/v * man|men|woman|women|prisoner/n|people|person/n|member/n|suspect/n|spy|spies|national/n|citizen/n|dissident/n|protester/n|activist/n", "ASSAULT", "targeted"),
  v("massacre/v", "ASSAULT", "targeted"), n("massacre/n", "ASSAULT", "targeted"),
  v("fire/v|use/v * live? rounds|gunfire|shots", "ASSAULT", "firearms"),
  // "violated the ceasefire" is a resumed use of force (CAMEO 196); "accused X of violating" stays an accusation.
  v("violate/v|breach/v * ceasefire/n|truce/n || violate/v|breach/v * cease - fire/n", "ASSAULT"),
  v("storm/v", "ASSAULT"),
  v("drop/v ** bomb/n|bombs|munition/n|explosive/n|barrel/n", "ASSAULT", "aerial"),
  n("targeting of", "ASSAULT", undefined, { of: "target" }),
  n("liberation|recapture/n of", "ASSAULT", undefined, { of: "target" }),
  v("escalate/v|intensify/v|expand/v|widen/v * air|military|bombing? campaign/n|offensive/n|bombardment/n", "ASSAULT"),
  // Breaking up a crowd is crowd control (PLOVER ASSAULT crowd-control; GUIDELINES: repression of protesters).
  v("disperse/v * protester/n|demonstrator/n|crowd/n|rally|rallies|protest/n|demonstration/n|gathering/n|them || break/v up * protester/n|demonstrator/n|crowd/n|rally|rallies|protest/n|demonstration/n|gathering/n", "ASSAULT", "crowd-control"),
  // "Turkish troops crossed into Syria": an incursion. Weak: only with a party on each side ("refugees crossed into
  // Turkey" names none).
  v("cross/v|push/v|advance/v|pour/v|roll/v deep? into", "ASSAULT", undefined, { weak: true }),
  n("incursion/n into|in|on|against", "ASSAULT"),
  v("eliminate/v * commander/n|leader/n|chief/n|militant/n|fighter/n|terrorist/n|operative/n|member/n", "ASSAULT", "targeted"),
  // Finite forms only: "agreed to suspend its offensive" is an agreement told whole (the governor), not a halt done.
  v("suspended|suspends|suspending|halted|halts|halting|stopped|stops|stopping|ended|ends|ending * offensive/n|campaign/n|hostilities|bombing/n|fighting|incursion/n || called|calls|calling off * offensive/n|campaign/n|operation/n|attack/n|strike/n", "RETREAT", "ceasefire"),
  v("build/v up * force/n|forces|troop/n|presence|reinforcement/n || amass/v * force/n|forces|troop/n|reinforcement/n", "MOBILIZE", "troops"),
  // "began manoeuvres on the border": exercising forces shows force (CAMEO 15), as "held drills" does.
  v("begin/v|start/v|launch/v * military? drill/n|exercise/n|manoeuvre/n|maneuver/n|manoeuvres|maneuvers", "MOBILIZE", "troops"),
  n("seizure/n of", "COERCE", "seize", { of: "target" }),
  n("deportation/n of", "COERCE", "deport", { of: "target" }),
  v("blockade/v|besiege/v", "COERCE", "restrict"), n("blockade/n|siege/n", "COERCE", "restrict"),
  v("beef/v up * military? presence|troops|forces|deployment/n || bolster/v|boost/v|increase/v * military? presence|troops|forces|deployment/n", "MOBILIZE", "troops"),
  v("destroy/v|demolish/v|raze/v * building/n|house/n|home/n|bridge/n|infrastructure|facility|facilities|depot/n|base/n|headquarters|village/n", "ASSAULT", "destroy"),
  v("shut/v|cut/v|block/v|restrict/v|disrupt/v * internet|website/n|websites|messaging || shut/v|cut/v|block/v|restrict/v|disrupt/v * social media", "COERCE", "censor"),
  v("impose/v|declare/v * state of emergency || impose/v|declare/v * martial law", "COERCE", "martial-law"),
  // "moved an aircraft carrier to the Gulf", "rushed reinforcements to the border".
  v("move/v|rush/v|surge/v ** warship/n|carrier/n|destroyer/n|submarine/n|bomber/n|jets|fighter/n|squadron/n|battalion/n|reinforcement/n|troop/n|forces", "MOBILIZE", "troops"),
  v("unveil/v|parade/v|showcase/v * missile/n|drone/n|weapon/n|weapons|rocket/n|warship/n", "MOBILIZE", "weapons"),
];

/** Cooperation and support verbs missing from the core list (PLOVER SUPPORT, COOPERATE, AID). */
const COOPERATION_BREADTH: readonly TriggerEntry[] = [
  v("recognise/v|recognize/v * government/n|state|independence|sovereignty", "SUPPORT"),
  n("recognition of", "SUPPORT"),
  v("express/v|offer/v|extend/v|send/v|convey/v * condolence/n|sympathy|sympathies", "SUPPORT"),
  v("apologise/v|apologize/v", "SUPPORT"),
  v("voice/v|reiterate/v|reaffirm/v|declare/v * support|solidarity|backing", "SUPPORT"),
  v("ratify/v", "SUPPORT"),
  v("establish/v|open/v * relation/n|tie/n|embassy|consulate/n", "SUPPORT"),
  v("extradite/v || hand/v over * suspect/n|fugitive/n|wanted", "COOPERATE"),
  // Nominal arms transfers and purchases: "Iran's transfer of drones to the Houthis", "Iraq's purchase of Iranian gas".
  // Not deliveries or shipments: those are what is halted or intercepted ("intercepted a shipment of weapons").
  n("transfer/n|provision of ** weapon/n|weapons|arms|drone/n|missile/n|rocket/n|jet/n|aircraft|ammunition|equipment|munition/n|tank/n|helicopter/n", "AID"),
  n("purchase/n of ** electricity|gas|oil|power|fuel|crude|energy|lng|weapons|arms", "COOPERATE"),
  v("settle/v|resolve/v * dispute/n|difference/n|row/n|quarrel/n", "AGREE"),
  // Ending a quarrel or improving ties is diplomatic cooperation (CAMEO 05, SUPPORT).
  v("reconcile/v || end/v|heal/v|mend/v|overcome/v * rift/n|feud/n|row/n|estrangement || mend/v|repair/v|improve/v|strengthen/v|deepen/v * tie/n|relation/n", "SUPPORT"),
  v("resume/v|restart/v * export/n|import/n|flows|flow/n|pumping|shipment/n|trade|deliveries|supplies", "COOPERATE"),
  v("swap|swaps|swapped|swapping|exchange/v * prisoner/n|detainee/n|captive/n", "RETREAT", "release"), n("prisoner swap/n|exchange/n", "RETREAT", "release"),
  // Letting inspectors or aid in (CAMEO 086, PLOVER RETREAT access).
  v("allow/v|let/v|permit/v * inspector/n|observer/n|monitor/n|investigator/n|aid|convoy/n to|into|access", "RETREAT", "access"),
  v("reopen/v * border/n|crossing/n|crossings|airspace || re - open/v * border/n|crossing/n|crossings|airspace", "CONCEDE"),
  v("laud/v|salute/v|extol/v", "SUPPORT"),
  // "the carrier exercised with Indian warships", "held drills with the Omani navy": forces training together
  // cooperate (CAMEO 062), unlike drills held alone, which show force (MOBILIZE).
  v("exercise/v|drill/v|train/v alongside|with || hold/v|conduct/v|stage/v * drill/n|exercise/n|manoeuvre/n|maneuver/n|manoeuvres|maneuvers with|alongside", "COOPERATE"),
  // "vowed to cooperate": a promise to act with another party is an agreement, not a threat (the vow governor).
  v("vow/v|undertake/v|undertook|undertaken to cooperate/v|work/v|support/v|help/v|protect/v|assist/v|deepen/v|strengthen/v|boost/v|expand/v|respect/v|honour/v|honor/v|implement/v|abide/v", "AGREE"),
  // Not "finances", a noun as often as a verb.
  v("financed|financing|bankroll/v", "AID"),
  v("grant/v|give/v|offer/v * asylum|refuge", "AID"),
  v("observe/v|respect/v|honour/v|honor/v|uphold/v * ceasefire/n|truce/n || abide/v by * ceasefire/n|truce/n || adhere/v to * ceasefire/n|truce/n", "RETREAT", "ceasefire"),
];

export const BREADTH_TRIGGERS: readonly TriggerEntry[] = [
  ...DENIALS, ...DIPLOMATIC_DOWNGRADES, ...SANCTION_BREADTH, ...ACCUSE_BREADTH, ...REQUEST_BREADTH, ...AGREE_BREADTH,
  ...CONSULT_BREADTH, ...PROTEST_BREADTH, ...THREATEN_BREADTH, ...FORCE_BREADTH, ...COOPERATION_BREADTH,
];
