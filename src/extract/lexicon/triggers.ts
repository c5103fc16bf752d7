/** @module The trigger lexicon as data: verb and noun patterns mapped to PLOVER types, modes and argument roles. */
import type { PloverType } from "../../domain/plover.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";

/**
 * How a governing word combines with the event it introduces ("threatened to [impose sanctions]").
 * - threaten: the whole is a THREATEN aimed at the complement's target;
 * - announce: an announcement of a step; an announced withdrawal is a CONCEDE (PLOVER rule);
 * - agree: a commitment; an agreed withdrawal is a CONCEDE, anything else AGREE;
 * - request: a call, demand or pressure to act: REQUEST;
 * - refuse: a refusal: REJECT;
 * - attempt: "tried to", "efforts to": the complement is not reported as done, so nothing is coded;
 * - intend: "plans to", "seeks to": the complement is coded as speculative.
 * - say: "X said it would …": a party stating its own next step announces it; other reported speech is left as is.
 */
export type Governor = "threaten" | "announce" | "agree" | "request" | "refuse" | "attempt" | "intend" | "say";

export interface TriggerEntry {
  /** Pattern in the syntax of `pattern.ts`. */
  readonly p: string;
  /** Event type, or null for a governor that codes nothing on its own. */
  readonly type: PloverType | null;
  readonly mode?: string;
  /** Verb (subject is the actor) or noun (actor from a possessive, a modifier, "by" or the clause subject). */
  readonly pos: "v" | "n";
  readonly gov?: Governor;
  /** For nouns: who an "of" phrase names. "withdrawal of X": X acts; "killing of X": X suffers. */
  readonly of?: "actor" | "target";
  /** For nouns: a possessive names the target ("Trump's arrest") rather than the actor ("Iraq's decision"). */
  readonly possTarget?: boolean;
  /** The object of the verb is the actor's own unit and the place is the target ("withdrew troops from Iraq"). */
  readonly ownObject?: boolean;
  /** Needs the complement of a governor to be an event on its own (e.g. "reduce" only with troops). */
  readonly weak?: boolean;
  /** The target can only be named inside the pattern: after "called X an attack on …" come the victims. */
  readonly inside?: boolean;
  /** A verb-class entry (verb-classes.ts): kept only in a sentence with no other event trigger. */
  readonly fallback?: boolean;
}


const TROOPS = "troop/n|force/n|soldier/n|personnel|presence|footprint|contingent/n|forces|military|adviser/n|advisor/n";
const WAIVER = "waiver/n|exemption/n|exception/n";
const DEAL = "deal/n|agreement/n|accord/n|pact/n|treaty|jcpoa";

export const TRIGGERS: readonly TriggerEntry[] = [
  // Governors: they frame the event that follows.
  v("threaten/v", "THREATEN", undefined, { gov: "threaten" }),
  v("warn/v", "THREATEN", undefined, { gov: "threaten" }),
  v("vow/v", null, undefined, { gov: "threaten" }),
  n("threat/n to|of", "THREATEN", undefined, { gov: "threaten" }),
  v("announce/v", null, undefined, { gov: "announce" }),
  // Weak: a reporting verb is never an event itself and must not end another trigger's clause.
  v("say/v|tell/v|state/v", null, undefined, { gov: "say", weak: true }),
  // "replied that …": a reply reports like "said" (reported-clause.ts reads a denial in it as a rejection).
  v("reply/v|respond/v|retort/v|answer/v that", null, undefined, { gov: "say", weak: true }),
  // "stressed that Iran must return to the deal": verbs of emphasis report like "said" (an obligation stated is a demand).
  v("stress/v|emphasise/v|emphasize/v|underline/v|underscore/v|reiterate/v|repeat/v|stipulate/v", null, undefined, { gov: "say", weak: true }),
  v("declare/v", null, undefined, { gov: "announce" }),
  v("decide/v", null, undefined, { gov: "announce" }),
  v("order/v", null, undefined, { gov: "announce" }),
  // An order to one's own agencies or forces announces the step they are to take ("ordered the Treasury to …") …
  v("order/v|instruct/v|direct/v ** treasury|department/n|ministry|ministries|agency|agencies|service/n|police|army|authorities|official/n|officials|" + TROOPS + "|commander/n|unit/n to", null, undefined, { gov: "announce" }),
  // … an order to another party ("ordered the factions to disband", "told them to leave") is a demand (REQUEST).
  v("order/v|instruct/v|direct/v ** to || tell/v * to", "REQUEST", "change", { gov: "request" }),
  v("approve/v", null, undefined, { gov: "announce" }),
  n("decision/n to|on", null, undefined, { gov: "announce" }),
  n("announcement/n of", null, undefined, { gov: "announce" }),
  n("intention to", null, undefined, { gov: "announce" }),
  v("agree/v", "AGREE", undefined, { gov: "agree" }),
  v("pledge/v", "AGREE", undefined, { gov: "agree" }),
  v("promise/v", "AGREE", undefined, { gov: "agree" }),
  v("commit/v to|itself|themselves", "AGREE", undefined, { gov: "agree" }),
  // "offered to mediate", "expressed readiness to resume talks": a stated intent to act with another party (CAMEO 03).
  v("offer/v to || express/v * readiness|willingness to", "AGREE", undefined, { gov: "agree" }),
  n("agreement/n to|on", "AGREE", undefined, { gov: "agree" }),
  v("call/v for|on", "REQUEST", "change", { gov: "request" }),
  n("call/n for", "REQUEST", "change", { gov: "request" }),
  v("demand/v", "REQUEST", "change", { gov: "request" }),
  n("demand/n for|that", "REQUEST", "change", { gov: "request" }),
  v("urge/v", "REQUEST", "change", { gov: "request" }),
  v("ask/v", "REQUEST", "change", { gov: "request" }),
  v("request/v", "REQUEST", "assist", { gov: "request" }),
  // "sought American help", "sought the handover of the suspects".
  v("seek/v * help|assistance|support|aid|clarification|explanation/n|extradition|handover|guarantee/n|protection", "REQUEST", "assist"),
  n("appeal/n for|to", "REQUEST", "change", { gov: "request" }),
  n("request/n for", "REQUEST", "assist", { gov: "request" }),
  v("appeal/v to|for", "REQUEST", "change", { gov: "request" }),
  // "pressed Baghdad throughout the year to …": the addressee and a time phrase may stand before "to".
  v("press/v ** to|for", "REQUEST", "change", { gov: "request" }),
  v("pressure/v|pressurise/v|pressurize/v ** to", "REQUEST", "change", { gov: "request" }),
  n("pressure/n on|to", "REQUEST", "change", { gov: "request" }),
  v("encourage/v", "REQUEST", "change", { gov: "request" }),
  v("invite/v", "REQUEST", "assist", { gov: "request" }),
  n("invitation/n", "REQUEST", "assist", { gov: "request" }),
  v("insist/v on|that", "REQUEST", "change", { gov: "request" }),
  v("vote/v to|for|on", "REQUEST", "yield", { gov: "request" }),
  n("vote/n to|for|on", "REQUEST", "yield", { gov: "request" }),
  // "parliament's vote of 5 January asking foreign forces to leave".
  n("vote/n|resolution/n of ** asking|calling|demanding|urging|requiring|requesting", "REQUEST", "yield", { gov: "request" }),
  v("pass/v|adopt/v ** resolution/n", "REQUEST", "yield", { gov: "request" }),
  // Only as what a request or threat asks for: "a resolution requiring the government to remove foreign forces".
  v("remove/v|expel/v|oust/v|evict/v || kick/v out", "SANCTION", "expel", { weak: true }),
  n("resolution/n requiring|calling|demanding|urging|asking", "REQUEST", "yield", { gov: "request" }),
  v("refuse/v", "REJECT", undefined, { gov: "refuse" }),
  n("refusal/n to", "REJECT", undefined, { gov: "refuse" }),
  v("decline/v to", "REJECT", undefined, { gov: "refuse" }),
  // "turned down the proposal", "ruled out direct talks": refusing a step or an offer.
  v("turn/v down || rule/v out", "REJECT", undefined, { gov: "refuse" }),
  v("try/v to|and", null, undefined, { gov: "attempt" }),
  v("attempt/v to", null, undefined, { gov: "attempt" }),
  n("effort/n to|at", null, undefined, { gov: "attempt" }),
  n("attempt/n to", null, undefined, { gov: "attempt" }),
  v("seek/v to", null, undefined, { gov: "intend" }),
  v("plan/v|plot/v", null, undefined, { gov: "intend" }),
  v("intend/v to", null, undefined, { gov: "intend" }),
  v("aim/v to", null, undefined, { gov: "intend" }),
  v("hope/v to", null, undefined, { gov: "intend" }),
  v("want/v to", null, undefined, { gov: "intend" }),
  v("prepare/v to", null, undefined, { gov: "intend" }),
  // "had considered withdrawing", "is weighing sanctions": the act considered is only planned.
  v("consider/v|weigh/v|mull/v|contemplate/v", null, undefined, { gov: "intend" }),
  n("plan/n to|for", null, undefined, { gov: "intend" }),
  // "the group's ability to threaten trade": a capacity to act is no act.
  n("ability|capacity|capability|capabilities|means|power/n to", null, undefined, { gov: "attempt" }),

  // AGREE
  // A unilateral instrument signed ("an executive order", "a presidential memorandum") binds no second party: no agreement.
  v("sign/v ** presidential|executive|security memorandum|memoranda|order/n|directive/n|decree/n", null),
  // Signing deals with companies is commercial, so cooperation (GUIDELINES: Action): "signed agreements with both companies".
  v("sign/v ** " + DEAL + "|contract/n|memorandum/n|memoranda|mou|mous|framework/n with * company/n|companies|firm/n|corporation/n|consortium/n", "COOPERATE"),
  // "signed a joint statement", "signed a framework with X": a text two sides sign is an agreement.
  v("sign/v ** " + DEAL + "|memorandum/n|memoranda|mou|mous|contract/n|deal/n|statement/n|declaration/n|communique/n|communiqué/n|framework/n|protocol/n", "AGREE"),
  v("reach/v * " + DEAL + "|understanding/n", "AGREE"),
  v("conclude/v * " + DEAL, "AGREE"),
  v("strike/v * deal/n|agreement/n|accord/n|bargain/n|compromise/n|pact/n", "AGREE"),
  v("close/v|seal/v|finalize/v|finalise/v * deal/n|agreement/n|accord/n", "AGREE"),
  v("assure/v", "AGREE"),
  n("assurance/n|guarantee/n|pledge/n|promise/n|commitment/n", "AGREE"),
  // Accepting a proposal, offer or terms is agreeing to them; "accepted his resignation" or "accepted it" is not.
  v("accept/v ** '|'s * offer/n|proposal/n|plan/n|invitation/n|mediation|initiative/n || accept/v * offer/n|proposal/n|plan/n|invitation/n|term/n|condition/n|demand/n|request/n|mediation|deal/n|agreement/n|ceasefire/n|truce/n|compromise/n|initiative/n|roadmap/n|timetable/n|framework/n|resolution/n|call/n", "AGREE"),
  n("agreement/n with|between", "AGREE"),

  // CONSULT
  v("visit/v", "CONSULT", "visit"),
  n("visit/n to|of", "CONSULT", "visit", { of: "actor" }),
  v("meet/v", "CONSULT"),
  n("meeting/n with|between", "CONSULT"),
  v("host/v * delegation/n|summit/n|meeting/n|talk/n|visit/n|counterpart/n|minister/n|president|leader/n|envoy/n", "CONSULT", "visit"),
  // "held a round of security talks", "held a second day of meetings": the noun may come a few words on.
  v("hold/v ** talk/n|meeting/n|consultation/n|negotiation/n|dialogue/n|discussion/n", "CONSULT"),
  n("talk/n with|between", "CONSULT"),
  n("talks", "CONSULT"),
  v("discuss/v", "CONSULT"),
  v("negotiate/v", "CONSULT"),
  n("negotiation/n", "CONSULT"),
  n("dialogue/n|dialog/n", "CONSULT"),
  v("consult/v", "CONSULT"),
  n("consultation/n", "CONSULT"),
  n("summit/n", "CONSULT", "multilateral"),
  v("travel/v to", "CONSULT", "visit"),
  // Mediation is consultation with both sides (PLOVER CONSULT, mode mediate).
  v("mediate/v|broker/v", "CONSULT", "mediate"),
  v("convene/v", "CONSULT"),
  v("attend/v * summit/n|meeting/n|talk/n|talks|conference/n|session/n|negotiation/n", "CONSULT"),
  v("exchange/v * message/n|letter/n|view/n|visit/n|delegation/n", "CONSULT"),
  // "arrived in Tehran": checked like "called X" (the place follows at once; forces arriving are no visit).
  v("arrive/v in|at", "CONSULT", "visit", { weak: true }),
  // "an Iranian team reached Riyadh": reaching a capital named at once is arriving there (checked as "arrived in").
  v("reach/v", "CONSULT", "visit", { weak: true }),
  // "took a delegation to Washington": leading a party to a capital is a visit.
  // "carried the energy file to Washington", "took a message to Tehran": bringing a dossier to a capital is a visit.
  v("take/v|bring/v|lead/v|carry/v ** delegation/n|team/n|minister/n|ministers|officials|businessmen|executives|file/n|dossier/n|message/n to", "CONSULT", "visit"),
  n("trip/n to", "CONSULT", "visit"),
  v("receive/v|welcome/v|greet/v ** delegation/n|envoy/n|minister/n|president|counterpart/n|ambassador/n|secretary|official/n|commander/n", "CONSULT", "visit"),
  // "sent its foreign minister to Baghdad": dispatching an official to a capital is a visit by the sender.
  v("send/v|dispatch/v ** delegation/n|envoy/n|minister/n|emissary|emissaries|secretary|official/n to", "CONSULT", "visit"),
  v("phone/v|telephone/v", "CONSULT", "phone"),
  v("speak/v|talk/v with", "CONSULT"),
  // "Rubio called al-Sudani on Tuesday": a call to a named party (checked in code-sentence: nothing follows but time or topic).
  v("call/v", "CONSULT", "phone", { weak: true }),
  // "Biden received Kadhimi at the White House": receiving or hosting a named party (checked like "called X").
  v("receive/v|host/v", "CONSULT", "visit", { weak: true }),
  n("phone call/n || telephone call/n", "CONSULT", "phone"),

  // SUPPORT
  v("praise/v", "SUPPORT"), v("thank/v", "SUPPORT"), v("welcome/v", "SUPPORT"), v("commend/v", "SUPPORT"),
  v("congratulate/v", "SUPPORT"), v("endorse/v", "SUPPORT"), v("applaud/v", "SUPPORT"), v("hail/v", "SUPPORT"),
  v("support/v", "SUPPORT"), v("back/v", "SUPPORT"),
  v("stand/v with|by|behind", "SUPPORT"),
  v("express/v * support|solidarity|gratitude|appreciation", "SUPPORT"),
  n("support for", "SUPPORT"),
  v("restore/v|resume/v|normalize/v|normalise/v|upgrade/v * relation/n|tie/n", "SUPPORT"),
  n("resumption|restoration|normalization|normalisation of * relation/n|tie/n", "SUPPORT"),
  // Reopening an embassy or sending an ambassador back restores relations.
  v("reopen/v * embassy|embassies|consulate/n || re - open/v * embassy|embassies|consulate/n", "SUPPORT"),
  v("exchange/v * ambassador/n", "SUPPORT"),
  // "called Iraq a reliable partner", "described Baghdad as a friend": naming a party an ally is praise, not cooperation.
  v("call/v|describe/v|consider/v|hail/v|praise/v|deem/v * a|an|as|the|its|their|our * partner/n|ally|allies|friend/n", "SUPPORT", undefined, { inside: true }),

  // CONCEDE
  v("grant/v|give/v|issue/v|extend/v|renew/v|approve/v ** " + WAIVER, "CONCEDE"),
  v("renew/v|extend/v", "CONCEDE", undefined, { weak: true }),
  v("grant/v", "CONCEDE", undefined, { weak: true }),
  n("renewal/n of * " + WAIVER, "CONCEDE"),
  v("ease/v|lift/v|relax/v|suspend/v|waive/v * sanction/n|restriction/n|ban/n|blockade/n|embargo/n|siege/n|curfew/n|boycott/n", "CONCEDE"),
  n("easing|lifting of", "CONCEDE", undefined, { weak: true }),
  v("unfreeze/v|unfroze|unfrozen|release/v ** fund/n|asset/n|payment/n|money|revenue/n", "CONCEDE"),
  v("retreat/v|relent/v|concede/v|yield/v|backtrack/v|relent/v", "CONCEDE"),
  v("back/v down|off", "CONCEDE"),
  // "shelved the closure plan", "dropped its threat": backing off a step announced before is a concession.
  v("shelve/v|drop/v|abandon/v|scrap/v|withdraw/v * plan/n|threat/n|closure|proposal/n|ultimatum/n|demand/n", "CONCEDE"),
  // "stepped back from further strikes": refraining from more force is a de-escalation, not an attack.
  v("step/v back|away from", "CONCEDE"),

  // COOPERATE
  v("cooperate/v|collaborate/v|coordinate/v", "COOPERATE"), v("partner/v with", "COOPERATE"),
  n("cooperation|collaboration|coordination", "COOPERATE"),
  n("joint operation/n|raid/n|strike/n|patrol/n|exercise/n || military exercise/n", "COOPERATE"),
  v("conduct/v|launch/v|hold/v|carry/v * joint * operation/n|raid/n|patrol/n|exercise/n|strike/n", "COOPERATE"),
  n("in cooperation|coordination|partnership || jointly", "COOPERATE"),
  n("trade with|between", "COOPERATE"),
  n("annual|bilateral|total trade", "COOPERATE"),
  v("invest/v", "COOPERATE"), n("investment/n in|by|from", "COOPERATE"),
  v("sign/v ** contract/n", "COOPERATE"),
  // Trade in goods is cooperation (GUIDELINES: Action): "imported electricity from Iran", "won a contract in Iraq".
  v("import/v|buy/v|purchase/v ** electricity|gas|oil|power|fuel|crude|energy|lng|goods|wheat|weapons|arms from", "COOPERATE"),
  // "approved the sale of tanks to Iraq": a sale to a party is trade.
  n("sale/n of ** to", "COOPERATE"),
  v("export/v|sell/v|sold|supply/v ** electricity|gas|oil|power|fuel|crude|energy|lng|goods|wheat|weapons|arms to", "COOPERATE"),
  // "paid Iran $1.6 billion for electricity": payment for goods is trade.
  v("pay/v|paid ** for * electricity|gas|oil|power|fuel|energy|imports|supplies", "COOPERATE"),
  v("win/v|award/v|secure/v ** contract/n|tender/n|concession/n", "COOPERATE"),
  v("share/v * intelligence|information", "COOPERATE"),
  n("partnership/n", "COOPERATE"),

  // AID
  v("provide/v|offer/v|send/v|deliver/v|supply/v|donate/v|give/v ** aid|assistance|support|weapons|arms|equipment|training|funding|loan/n|grant/n|vaccine/n|ammunition|battery|batteries|munition/n|interceptor/n|drone/n|missile/n|rocket/n", "AID"),
  n("aid to|for", "AID"), n("assistance to|for", "AID"),
  n("aid|assistance package/n|programme/n|program/n", "AID"),
  n("military|security support|aid|assistance || air support", "AID"),
  v("train/v|equip/v|arm|armed|arming|advise/v|assist/v|help/v|fund/v", "AID"),
  // "arms" is a verb only before what is armed: "arms the militias", not "arms sales", "arms embargo".
  v("arms the|a|an|its|their|his|and|militias|militants|rebels|groups|proxies|fighters|them|him|it", "AID"),
  v("support/v * battle/n|fight/n|operation/n|campaign/n|offensive/n|force/n", "AID"),
  // Troop presence is coded only with a number; stage 4 drops it otherwise.
  v("remain/v|stay/v|station/v", "AID", undefined, { weak: true }),
  v("remain/v|stay/v deployed|stationed|based", "AID", undefined, { weak: true }),
  // "has strengthened its forces in", "had withdrawn its troops in": "have" as an auxiliary keeps no presence. As long
  // as the presence entry below and earlier in the list, these win the tie ("has deployed 800 troops in" stays presence).
  v("have/v|has|had strengthened|reinforced|bolstered|boosted|increased|expanded|massed|amassed ** troop/n|soldier/n|personnel|force/n in", "MOBILIZE", "troops"),
  v("have/v|has|had withdrawn|pulled|reduced|cut|halved|scaled|drawn ** troop/n|soldier/n|personnel|force/n in", "RETREAT", "withdraw", { ownObject: true }),
  v("have/v|has|had|keep/v|maintain/v ** troop/n|soldier/n|personnel|force/n in", "AID", undefined, { weak: true }),

  // RETREAT
  v("withdraw/v", "RETREAT", "withdraw", { ownObject: true }),
  n("withdrawal/n|pullout/n|drawdown/n|departure/n|exit/n || pull - out/n || draw - down/n", "RETREAT", "withdraw", { of: "actor" }),
  v("pull/v out|back", "RETREAT", "withdraw", { ownObject: true }),
  // Concentrating forces on fewer sites is a drawdown: "consolidated its troops into two bases".
  v("consolidate/v * " + TROOPS + "|base/n|presence|site/n", "RETREAT", "withdraw", { ownObject: true }),
  n("consolidation of * " + TROOPS + "|base/n|presence", "RETREAT", "withdraw", { of: "actor" }),
  // "troop numbers fell by half", "the presence shrank to 2,500": a reported fall in a force is a withdrawal.
  v("fall/v|drop/v|decline/v|shrink/v by|to|from", "RETREAT", "withdraw", { weak: true }),
  // "draw" only with "down": "would draw a US military response" is no cut.
  v("draw/v * " + TROOPS + " down", "RETREAT", "withdraw", { ownObject: true }),
  v("reduce/v|cut/v|shrink/v|scale/v|trim/v|halve/v|lower/v * " + TROOPS + " || reduce/v|cut/v|shrink/v|lower/v * number of", "RETREAT", "withdraw", { ownObject: true }),
  n("reduction/n|cut/n|cutback/n", "RETREAT", "withdraw", { weak: true, of: "actor" }),
  v("hand/v over|back", "RETREAT", "withdraw"),
  v("hand/v ** base/n|control|site/n|facility|facilities|airport/n", "RETREAT", "withdraw"),
  v("send/v|bring/v|fly/v * " + TROOPS + " home", "RETREAT", "withdraw"),
  v("transfer/v ** base/n|control|site/n|facility|facilities|airfield/n|headquarters|compound/n", "RETREAT", "withdraw"),
  v("hand/v ** airfield/n|compound/n|headquarters|camp/n|outpost/n", "RETREAT", "withdraw"),
  // "control of the base was transferred to Iraqi forces": a handover told in the passive.
  v("transfer/v", "RETREAT", "withdraw", { weak: true }),
  v("leave/v|evacuate/v|vacate/v|abandon/v|depart/v", "RETREAT", "withdraw", { weak: true }),
  v("relocate/v|reposition/v|move/v * " + TROOPS + " out|from", "RETREAT", "withdraw", { ownObject: true }),
  v("end/v * mission/n|presence|deployment/n", "RETREAT", "withdraw", { ownObject: true }),
  n("end of * mission/n|presence", "RETREAT", "withdraw"),
  // "the mission in federal Iraq would end by 2025", "the presence will wind down": an ending told of the mission itself.
  n("mission/n|presence ** would|will|to end/v|close/v|conclude/v || mission/n|presence ** would|will|to wind/v down", "RETREAT", "withdraw"),
  // "continue to draw down", "wound down its operations": reducing a force without naming it.
  v("draw/v|wind/v down", "RETREAT", "withdraw", { ownObject: true }),
  v("release/v|free/v * prisoner/n|detainee/n|hostage/n|captive/n|detained|captured|kidnapped|abducted|held|crew/n|sailor/n|journalist/n|national/n|citizen/n", "RETREAT", "release"),
  n("ceasefire/n|truce/n || cease - fire/n", "RETREAT", "ceasefire"),
  // "announced a conditional pause in attacks", "declared a halt to operations".
  // A declared (not yet kept) suspension is a concession (PLOVER); the party no longer attacked is its target.
  v("announce/v|declare/v ** pause/n|halt/n|suspension/n|moratorium/n in|on|of|to? attack/n|operation/n|strike/n|hostilities? on|against?", "CONCEDE"),
  n("pause/n|halt/n|moratorium/n in|on|to * attack/n|strike/n|operation/n|hostilities|fighting", "RETREAT", "ceasefire"),
  v("suspend/v|halt/v|stop/v|pause/v|end/v * operation/n|attack/n|strike/n", "RETREAT", "ceasefire"),
  v("disarm/v|demobilize/v|demobilise/v", "RETREAT", "disarm"),
  v("resign/v || step/v down", "RETREAT", "resign"),
  // "would submit his resignation": a resignation announced (a concession through the governor).
  v("submit/v|tender/v|offer/v * resignation/n || hand/v in * resignation/n", "RETREAT", "resign"),

  // ACCUSE
  v("accuse/v|blame/v|charge/v", "ACCUSE", "allege"),
  // "held the group responsible for the attack", "attributed the attack to X", "alleged that …".
  v("hold/v * responsible|accountable || attribute/v * to || allege/v", "ACCUSE", "allege"),
  v("lambast/v|lambaste/v|castigate/v|rebuke/v|chastise/v|assail/v|berate/v|reprimand/v", "ACCUSE", "disapprove"),
  v("express/v * outrage|indignation|anger|dismay|displeasure|protest/n|condemnation", "ACCUSE", "disapprove"),
  v("criticize/v|criticise/v|condemn/v|denounce/v|decry/v|slam/v|deplore/v|censure/v", "ACCUSE", "disapprove"),
  n("criticism/n|condemnation/n|denunciation/n", "ACCUSE", "disapprove"),
  v("reject/v|oppose/v || object/v to", "ACCUSE", "disapprove"),
  v("call/v|consider/v|describe/v|label/v|deem/v|term/v * violation|breach|crime|aggression|act/n of? * sovereignty?", "ACCUSE", "disapprove", { inside: true }),
  v("consider/v|describe/v|label/v|deem/v * attack/n on|against * sovereignty? || call/v * attack/n on|against * sovereignty", "ACCUSE", "disapprove", { inside: true }),
  // "treated the killing as an attack on …", "had described it a day earlier as a crime": characterising an act as a
  // wrong is a condemnation; the "as" marks the characterisation, so the object may be longer.
  v("describe/v|consider/v|label/v|deem/v|treat/v|regard/v|characterize/v|characterise/v|brand/v ** as a|an|the? * violation|breach|crime/n|aggression|act/n|attack/n|assault/n|affront/n|provocation/n|escalation/n|transgression/n|infringement/n", "ACCUSE", "disapprove", { inside: true }),
  v("call/v the|these|those|this|that? strike/n|attack/n|raid/n|killing/n|operation/n|move/n|decision/n a|an * attack/n|violation|breach|crime|aggression|act/n", "ACCUSE", "disapprove", { inside: true }),
  n("violation of * sovereignty", "ACCUSE", "disapprove"),
  // "said the strikes violated Iraqi sovereignty": as the noun, the speaker accuses (read as a noun so the act is not its subject).
  n("violate/v|breach/v|infringe/v on|upon? * sovereignty", "ACCUSE", "disapprove"),
  v("investigate/v|probe/v|prosecute/v", "ACCUSE", "investigate"),
  n("investigation/n into|of", "ACCUSE", "investigate"),
  // "ordered an investigation", "launched a probe into the attack": before the attack patterns, so that a probe into an
  // attack is not read as launching one (ties go to the earlier entry).
  v("open/v|order/v|launch/v|begin/v|start/v|announce/v|form/v|establish/v ** investigation/n|probe/n|inquiry|inquiries|enquiry|enquiries into|of|over? || set/v up * investigation/n|probe/n|inquiry|committee/n|commission/n", "ACCUSE", "investigate"),
  v("open/v|order/v|launch/v|begin/v|start/v ** investigation/n|probe/n|inquiry|enquiry into|of * attack/n|strike/n|shelling|bombing/n|killing/n|incident/n|assassination/n|raid/n|explosion/n|blast/n|death/n|deaths", "ACCUSE", "investigate"),
  n("probe/n|inquiry|enquiry into", "ACCUSE", "investigate"),
  v("pursue/v * perpetrator/n|culprit/n|responsible", "ACCUSE", "investigate"),
  v("protest/v to", "ACCUSE", "disapprove", { weak: true }),
  // "lodged a complaint with the Security Council against Turkey".
  v("lodge/v|file/v|submit/v * complaint/n|protest/n", "ACCUSE", "disapprove"),
  v("dismiss/v|denounce/v|describe/v|call/v|brand/v|label/v * as? a|an * terrorist|terrorism|cowardly|criminal|provocation|provocative|illegal|unacceptable|escalation|aggression|violation", "ACCUSE", "disapprove", { inside: true }),
  // "dismissed the US offer as unrealistic" turns a proposal down: a rejection aimed at whoever made it.
  v("dismiss/v * demand/n|request/n|proposal/n|offer/n|call/n|plan/n|ultimatum|appeal/n|bid/n|initiative/n as", "REJECT"),
  // Otherwise dismissing something as X disparages it.
  v("dismiss/v * as", "ACCUSE", "disapprove"),
  v("summon/v ** ambassador/n|envoy/n|charge|chargé|diplomat/n|representative/n", "ACCUSE", "disapprove"),

  // REJECT
  v("reject/v|rebuff/v|dismiss/v|veto/v|deny/v|spurn/v * demand/n|request/n|proposal/n|offer/n|call/n|plan/n|ultimatum|appeal/n|bid/n", "REJECT"),
  v("defy/v", "REJECT"),

  // THREATEN
  n("threat/n of|against", "THREATEN"),
  n("ultimatum/n", "THREATEN"),
  v("issue/v * warrant/n", "THREATEN", "arrest"),
  // "replied with a warning", "responded with threats": a reply that is a threat.
  v("reply/v|respond/v|answer/v with * warning/n|threat/n|ultimatum/n", "THREATEN"),
  n("arrest warrant/n || warrant/n for", "THREATEN", "arrest"),

  // PROTEST
  v("protest/v|demonstrate/v|rally/v|march/v", "PROTEST", "demo"),
  n("protest/n|demonstration/n|rally|rallies|march/n || sit - in|ins", "PROTEST", "demo"),
  n("riot/n", "PROTEST", "riot"), v("riot/v", "PROTEST", "riot"),
  v("storm/v * embassy|compound/n|consulate/n|parliament|office/n|offices|headquarters|ministry|visa || storm/v * green zone", "PROTEST", "riot"),
  v("boycott/v", "PROTEST", "boycott"), n("boycott/n", "PROTEST", "boycott"),
  n("general strike/n", "PROTEST", "strike"),
  v("take/v to the street/n", "PROTEST", "demo"),

  // SANCTION
  v("sanction/v", "SANCTION", "discontinue"),
  n("sanction/n", "SANCTION", "discontinue"),
  v("impose/v|reimpose/v|slap/v|levy/v|extend/v|expand/v|announce/v * sanction/n|tariff/n|embargo/n|restriction/n|penalty/n|penalties", "SANCTION", "discontinue"),
  v("reimpose/v", "SANCTION", "discontinue"),
  v("designate/v|blacklist/v || list/v as", "SANCTION", "discontinue"),
  n("designation/n of|as", "SANCTION", "discontinue", { of: "target" }),
  v("freeze/v * asset/n|fund/n|account/n|reserve/n|stock/n|revenue/n|money", "SANCTION", "discontinue"),
  n("freeze on|of || asset freeze/n", "SANCTION", "discontinue"),
  v("ban/v|bar/v", "SANCTION", "discontinue"),
  n("embargo/n|tariff/n", "SANCTION", "discontinue"),
  v("expel/v * diplomat/n|ambassador/n|envoy/n", "SANCTION", "expel"),
  v("recall/v * ambassador/n|envoy/n", "SANCTION", "discontinue"),
  v("suspend/v|halt/v|freeze/v|pause/v * aid|assistance|cooperation|funding|payment/n|relation/n|tie/n|talk/n|import/n|export/n|training|flight/n|visa/n", "SANCTION", "discontinue"),
  v("end/v|terminate/v|revoke/v|rescind/v|cancel/v|scrap/v|stop/v * " + WAIVER, "SANCTION", "discontinue"),
  n("termination|revocation|end|ending|cancellation|expiry|expiration of * " + WAIVER, "SANCTION", "discontinue", { of: "target" }),
  v("end/v|ending|terminate/v * " + WAIVER, "SANCTION", "discontinue"),
  v("let/v * " + WAIVER + " expire/v|lapse/v", "SANCTION", "discontinue"),
  v("allow/v * " + WAIVER + " to expire/v|lapse/v", "SANCTION", "discontinue"),
  // "restricted Iraq's access to dollars": cutting access to money or markets is a sanction.
  v("restrict/v|limit/v|curb/v|cut/v|block/v|cap/v ** access to", "SANCTION", "discontinue"),
  // "restricted dollar transfers to Iraqi banks", "banks were cut off from the dollar system": financial curbs.
  v("restrict/v|limit/v|curb/v|block/v|cap/v ** transfer/n|transaction/n|dollar/n|dollars|purchase/n|remittance/n", "SANCTION", "discontinue"),
  v("cut/v off from || cut/v * off from", "SANCTION", "discontinue"),
  v("not|n't renew/v", "SANCTION", "discontinue"),
  v("withdraw/v|exit/v * from * " + DEAL + " || pull/v out * from * " + DEAL + " || pull/v * out of * " + DEAL, "SANCTION", "withdraw"),
  v("cut/v|reduce/v|halt/v|stop/v|suspend/v * export/n|supplies|supply|deliveries|delivery|flows", "SANCTION", "discontinue"),
  n("withdrawal/n|exit/n ** from * " + DEAL, "SANCTION", "withdraw", { of: "actor" }),
  n("maximum pressure", "SANCTION", "discontinue"),
  v("tighten/v * sanction/n|pressure|control/n|restriction/n|campaign/n|policy", "SANCTION", "discontinue"),
  v("close/v|shut/v * embassy|embassies|consulate/n", "SANCTION", "discontinue"),
  // Cutting or lowering diplomatic ties reduces relations (CAMEO 161).
  v("break/v off * relation/n|tie/n|talk/n|talks|negotiation/n|dialogue/n || sever/v|cut/v|downgrade/v|suspend/v|freeze/v * relation/n|tie/n || cut/v off * relation/n|tie/n", "SANCTION", "discontinue"),
  v("close/v|shut/v * border/n|crossing/n|airspace|crossings", "SANCTION", "discontinue"),
  v("convict/v|sentence/v", "SANCTION", "convict"),

  // MOBILIZE
  v("deploy/v|redeploy/v|dispatch/v|send/v|reinforce/v|station/v * " + TROOPS + "|reinforcement/n|warship/n|carrier/n|bomber/n|jet/n|battalion/n|unit/n", "MOBILIZE", "troops"),
  v("deploy/v|redeploy/v|mobilize/v|mobilise/v|regroup/v|reorganize/v|reorganise/v|mass/v", "MOBILIZE", "troops"),
  n("deployment/n|redeployment/n|mobilization/n|mobilisation/n|buildup/n|reinforcement/n|resurgence || build - up/n", "MOBILIZE", "troops"),
  v("put/v|place/v * on high|heightened|maximum|full|combat? alert", "MOBILIZE", "troops"),
  // "sent to reinforce the border", "held drills near the border": reinforcing and exercising forces show force (CAMEO 15).
  v("reinforce/v", "MOBILIZE", "troops"),
  v("hold/v|conduct/v|stage/v|carry/v * drill/n|exercise/n|manoeuvre/n|maneuver/n || carry/v out * drill/n|exercise/n", "MOBILIZE", "troops"),
  v("raise/v|heighten/v * alert|readiness", "MOBILIZE", "troops"),

  // COERCE
  v("arrest/v|detain/v|apprehend/v|capture/v || round/v up", "COERCE", "arrest"),
  n("arrest/n|detention/n", "COERCE", "arrest", { of: "target", possTarget: true }),
  v("make/v|conduct/v * arrest/n|raid/n || carry/v out * arrest/n|raid/n", "COERCE", "arrest"),
  v("raid/v", "COERCE", "arrest"),
  v("seize/v|confiscate/v|hijack/v|commandeer/v", "COERCE", "seize"),
  // "intercepted a shipment of weapons", "intercepted a dhow": stopping cargo or a vessel is a seizure.
  v("intercept/v ** shipment/n|consignment/n|cargo/n|vessel/n|ship/n|boat/n|dhow/n|tanker/n", "COERCE", "seize"),
  v("deport/v", "COERCE", "deport"),
  v("crack/v down", "COERCE", "restrict"), n("crackdown/n", "COERCE", "restrict", { of: "target" }),
  v("impose/v * curfew/n", "COERCE", "curfew"),
  v("censor/v", "COERCE", "censor"),
  v("disband/v|dissolve/v", "COERCE", "restrict"),

  // ASSAULT
  v("attack/v", "ASSAULT"),
  n("attack/n", "ASSAULT"),
  v("strike/v", "ASSAULT", "aerial"),
  n("strike/n|airstrike/n|bombardment/n || air strike/n|raid/n || missile strike/n", "ASSAULT", "aerial"),
  n("drone attack/n|strike/n", "ASSAULT", "drone"),
  n("rocket/n|missile/n|mortar/n|artillery attack/n|fire || shelling|barrage/n", "ASSAULT", "heavy-weapons"),
  v("bomb/v|shell/v|pound/v|bombard/v", "ASSAULT", "aerial"),
  n("bombing/n", "ASSAULT", "explosives"),
  v("fire/v|launch/v ** rocket/n|missile/n|mortar/n|drone/n|shell/n|interceptor/n", "ASSAULT", "heavy-weapons"),
  // "vowed that it would be punished": punishment promised is a threat of force (weak: only as a complement or with both parties).
  v("punish/v", "ASSAULT", undefined, { weak: true }),
  // "opened fire on protesters", "fired on a patrol", "exchanged fire with".
  v("open/v fire || fire/v on|at|upon || exchange/v * fire", "ASSAULT"),
  // "launched an air and ground offensive": the act noun may follow a few modifiers.
  v("launch/v|conduct/v|mount/v|stage/v ** attack/n|strike/n|airstrike/n|raid/n|operation/n|offensive/n|incursion/n || carry/v out * attack/n|strike/n|airstrike/n|raid/n|operation/n", "ASSAULT"),
  v("kill/v", "ASSAULT"),
  n("killing/n", "ASSAULT", "targeted", { of: "target", possTarget: true }),
  v("assassinate/v", "ASSAULT", "targeted"),
  n("assassination/n", "ASSAULT", "targeted", { of: "target", possTarget: true }),
  v("target/v", "ASSAULT"),
  v("ambush/v", "ASSAULT"), n("ambush/n", "ASSAULT"),
  v("shoot/v down", "ASSAULT", "aerial"),
  v("fire/v|use/v|throw/v * tear gas || fire/v|use/v * ammunition|bullets || fire/v|use/v * water cannon/n", "ASSAULT", "crowd-control"),
  n("rocket/n|missile/n|drone/n|mortar/n fired|launched", "ASSAULT", "heavy-weapons"),
  // "Two rockets hit the base", "a drone struck a car": the weapon is the subject, the firer unnamed.
  n("rocket/n|missile/n|drone/n|mortar/n|shell/n|salvo/n|projectile/n hit|struck|slammed|landed", "ASSAULT", "heavy-weapons"),
  v("vow/v|promise/v|threaten/v * revenge|retaliation|response|retribution", "THREATEN", "violence"),
  v("vow/v|promise/v|pledge/v|threaten/v to retaliate/v|respond/v|avenge/v || vow/v|promise/v|pledge/v|threaten/v to hit/v|strike/v back", "THREATEN", "violence"),
  v("abduct/v|kidnap/v", "ASSAULT", "abduct"), n("abduction/n|kidnapping/n", "ASSAULT", "abduct"),
  v("invade/v", "ASSAULT"), n("invasion/n", "ASSAULT", undefined, { of: "target" }),
  // Taking ground by force: "retook the town from ISIS", "captured the airport" (not an arrest).
  v("retake/v|recapture/v|liberate/v|reclaim/v|capture/v|seize/v|overrun/v ** town/n|city|cities|village/n|territory|territories|district/n|airport/n|province/n|stronghold/n|area/n|hill/n", "ASSAULT"),
  // "neutralised 15 militants": the armed forces' word for killing fighters.
  v("neutralise/v|neutralize/v ** militant/n|fighter/n|terrorist/n|insurgent/n|gunman|gunmen|member/n", "ASSAULT"),
  n("raid/n", "ASSAULT"),
  v("wound/v|injure/v", "ASSAULT"),
  n("wound down", "RETREAT", "withdraw"),
  v("strike/v|hit/v back", "ASSAULT", "aerial"),
  // "aircraft hit 85 targets", "drones hit a convoy": hitting military targets or sites is an attack (not "sanctions hit the economy").
  v("hit/v ** target/n|site/n|position/n|base/n|depot/n|facility|facilities|headquarters|convoy/n|vehicle/n|camp/n|compound/n|outpost/n|airport/n|airbase/n|embassy|consulate/n|tanker/n|warehouse/n|stronghold/n|hideout/n|launcher/n", "ASSAULT"),
  // "retaliated with missile strikes on two bases": the reply is the attack, by the subject.
  v("retaliate/v|respond/v|reply/v with * strike/n|attack/n|missile/n|rocket/n|airstrike/n|drone/n|barrage/n", "ASSAULT"),
  v("fight/v|battle/v|clash/v", "ASSAULT"),
  n("clash/n || offensive/n|operation/n against", "ASSAULT"),
  v("declare/v victory over", "ASSAULT"),
];
