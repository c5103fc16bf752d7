/** @module Trigger entries for the cooperative acts (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT, REQUEST) as wire English words them. */
import type { TriggerEntry } from "./triggers.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


// Forces a state sends, lends or pulls back (the core list plus the words for units of a contribution).
const FORCES = "troop/n|force/n|forces|soldier/n|personnel|contingent/n|unit/n|battalion/n|peacekeeper/n|adviser/n|advisor/n";
// Relief goods handed over or delivered (CAMEO 07): "handed over 700 kg of medicine".
const GOODS = "aid|supplies|food|medicine/n|medical|relief|equipment|vehicle/n|ambulance/n|generator/n|tent/n|blanket/n|vaccine/n|dose/n|humanitarian";
// What a state returns when it gives back what it held (PLOVER RETREAT: return of confiscated property).
const HELD = "tanker/n|vessel/n|ship/n|boat/n|aircraft|plane/n|crew/n|archive/n|archives|property|properties|asset/n|body|bodies|remains";
// Currencies written after the figure: "pledged 40 million euros".
const CURRENCY = "dollars|euros|pounds|yen|riyals|dirhams|dinars|francs";
// A withdrawal under way, which "sped up" or "completed" reports as done (a bare "the withdrawal" refers back).
const LEAVING = "withdrawal/n|pullout/n|drawdown/n|evacuation/n|handover/n";
// Joint bodies, with the preposition after them: an equal length would lose to the inquiry committee of triggers.ts.
const BODIES = "committee/n|commission/n|force/n|group/n|room/n|centre/n|center/n to|for|on|with";
// Trade a restriction would stop: what a waiver lets a party go on doing.
const TRADED = "import/v|importing|buy/v|buying|purchase/v|purchasing|pay/v|paying|export/v|exporting|sell/v|selling|access/v";
// Words of obligation in a reported demand: "reminded Iraq that it must …".
const MUST = "must|should|obliged|obligated|required";

/**
 * Commitments (PLOVER AGREE: agree to, offer, promise or indicate willingness to cooperate; future cooperation is
 * AGREE): consensus and compromise reached, readiness to act with another party, commitments reaffirmed.
 */
const AGREEMENTS: readonly TriggerEntry[] = [
  v("reach/v|achieve/v|forge/v|find/v * consensus|compromise/n|settlement/n|accommodation/n|formula/n || find/v * common ground", "AGREE"),
  v("ink/v * deal/n|agreement/n|accord/n|pact/n|treaty|memorandum/n", "AGREE"),
  // Accepting a formula or an arrangement agrees to it, as accepting a proposal does (triggers.ts).
  v("accept/v * formula/n|arrangement/n|settlement/n|mechanism/n|package/n|principle/n|principles", "AGREE"),
  // "is ready to contribute troops", "stands ready to help": stated readiness to do a cooperative act is a commitment
  // (the agree governor); alone it codes nothing ("ready to shelter refugees" names no act with another party).
  // ("ready to use force" is a threat, a longer entry of triggers-stance.ts.)
  v("ready|willing to || stand/v ready to", null, undefined, { gov: "agree" }),
  v("declare/v|signal/v|indicate/v|show/v|voice/v|affirm/v|reaffirm/v|confirm/v * readiness|willingness|preparedness to", "AGREE", undefined, { gov: "agree" }),
  // "reaffirmed its respect for Iraq's sovereignty", "reaffirmed its responsibility to protect …" (joint statements;
  // a commitment or pledge restated is read by the AGREE nouns of triggers.ts).
  v("affirm/v|reaffirm/v|reiterate/v|restate/v|renew/v|confirm/v * respect|responsibility|responsibilities|obligation/n|obligations|adherence", "AGREE"),
  // "offered troops to the peacekeeping force": a contribution put forward, not yet made.
  v(`offer/v * ${FORCES}`, "AGREE"),
];

/** Consultations (PLOVER CONSULT): mediation undertaken, a party acting as go-between, talking to a named party. */
const CONSULTATIONS: readonly TriggerEntry[] = [
  v("undertake/v|launch/v|lead/v|begin/v|start/v|conduct/v|resume/v|pursue/v * mediation || undertake/v|launch/v|begin/v|start/v|conduct/v|resume/v|pursue/v * shuttle diplomacy", "CONSULT", "mediate"),
  v("act/v|serve/v as * mediator/n|intermediary|intermediaries|interlocutor/n|broker/n || act/v|serve/v as * go - between", "CONSULT", "mediate"),
  n("mediation between", "CONSULT", "mediate"),
  // "Washington was talking to India": checked like "called X" (a party right after; "spoke to reporters" is no contact).
  v("talk/v|speak/v to", "CONSULT", undefined, { weak: true }),
];

/** Material cooperation (PLOVER COOPERATE, CAMEO 06): intelligence and expertise shared, extraditions. */
const COOPERATION: readonly TriggerEntry[] = [
  v("share/v|exchange/v|swap/v * intelligence|information|data|expertise|experience/n|technology|technologies || share/v|exchange/v * know - how", "COOPERATE"),
  n("intelligence|information sharing || intelligence - sharing", "COOPERATE"),
  // "extradited a suspect to Iraq": the state that receives the suspect is the partner ("to" picks it).
  v("extradite/v ** to", "COOPERATE"),
  n("extradition/n of", "COOPERATE"),
  v(`form/v|establish/v|create/v * joint * ${BODIES} || set/v up * joint * ${BODIES}`, "COOPERATE"),
];

/** Material aid (PLOVER AID, CAMEO 07): sums given, relief handed over, the wounded evacuated, forces contributed. */
const AIDS: readonly TriggerEntry[] = [
  // "pledged $500 million to Iraq", "donated 40 million euros": a sum given is aid, not a promise of cooperation.
  v(`pledge/v|donate/v|contribute/v|grant/v|disburse/v|allocate/v|earmark/v|give/v|lend/v * $|€|£ || pledge/v|donate/v|contribute/v|grant/v|disburse/v|allocate/v|earmark/v|lend/v * million|billion ${CURRENCY}`, "AID"),
  v(`hand/v over|out * ${GOODS}`, "AID"),
  // Casualties and civilians flown out are helped; a state that evacuates its own staff withdraws (triggers.ts).
  v("evacuate/v ** wounded|injured|civilian/n|resident/n|refugee/n|casualties|sick|children|families|villagers|survivors", "AID"),
  v(`contribute/v ** ${FORCES}|aircraft|jet/n|warship/n`, "AID"),
  v("send/v|dispatch/v * doctor/n|medic/n|rescuer/n|engineer/n|expert/n to || send/v|dispatch/v * team/n of * doctor/n|medic/n|rescuer/n|engineer/n|expert/n to || send/v|dispatch/v * medical|rescue team/n to", "AID"),
];

/** Political support (PLOVER SUPPORT): another party's statement or policy welcomed, a party defended, weight lent. */
const SUPPORTS: readonly TriggerEntry[] = [
  // "welcomed President Biden's statement": a possessive makes the person an owner, not a visitor received.
  v("welcome/v|hail/v|praise/v|endorse/v|applaud/v|commend/v ** 's * statement/n|decision/n|policy|policies|proposal/n|plan/n|initiative/n|move/n|step/n|announcement/n|offer/n|remark/n|speech/n|effort/n|efforts|role|position/n|stance/n|approach/n", "SUPPORT"),
  v("defend/v ** against * criticism/n|accusation/n|charge/n|allegation/n|claim/n", "SUPPORT"),
  v("lend/v * support|backing|weight|voice", "SUPPORT"),
  v("throw/v * weight behind || come/v out in support|favour|favor of", "SUPPORT"),
];

/** Concessions (PLOVER CONCEDE: easing restrictions, removing curfews, yielding to demands, nuclear steps halted). */
const CONCESSIONS: readonly TriggerEntry[] = [
  v("cancel/v|scrap/v|end/v|abolish/v|repeal/v|rescind/v|revoke/v|overturn/v|loosen/v * restriction/n|ban/n|curb/n|curfew/n|embargo/n|embargoes|blockade/n", "CONCEDE"),
  v("ease/v|lift/v|relax/v|suspend/v|waive/v * embargoes", "CONCEDE"),
  v("lift/v|end/v|ease/v|relax/v * emergency || lift/v|end/v * martial law", "CONCEDE"),
  v("give/v in to || cave/v in to || bow/v to * pressure|demand/n|call/n || accede/v to * demand/n|request/n|call/n", "CONCEDE"),
  v("grant/v|give/v|issue/v ** permission|permit/n|licence/n|license/n|amnesty|pardon/n|concession/n|autonomy", "CONCEDE"),
  // "allowed Baghdad to keep importing Iranian electricity", "permitted Iraq to pay Iran": trade let through a
  // restriction is eased for the party allowed (GUIDELINES: waivers are CONCEDE).
  v(`allow/v|permit/v|let/v ** to keep|continue ${TRADED} || allow/v|permit/v|let/v ** to ${TRADED}`, "CONCEDE"),
  // "the exemption that had allowed Iraq to buy Iranian gas": what a waiver allowed describes the waiver (no act).
  { p: `that|which had|has|have allowed|permitted|let ** to keep|continue? ${TRADED}`, type: null, pos: "n" },
  // "approved the transfer of Iraqi funds to Iran", "authorised the release of frozen assets".
  v("approve/v|authorise/v|authorize/v|allow/v|permit/v * transfer/n|release/n|payment/n|use/n|unfreezing of ** fund/n|funds|money|asset/n|revenue/n|payment/n", "CONCEDE"),
  v("make/v * concession/n", "CONCEDE"),
  v("drop/v|withdraw/v|waive/v|abandon/v * objection/n|precondition/n|opposition|veto/n", "CONCEDE"),
  v("suspend/v|halt/v|freeze/v|stop/v|cap/v|limit/v * enrichment || suspend/v|halt/v|freeze/v|stop/v * nuclear activities|programme|program|work", "CONCEDE"),
];

/** Retreats with immediate effect (PLOVER RETREAT): withdrawals sped up, forces pulled out, seized goods returned. */
const RETREATS: readonly TriggerEntry[] = [
  v(`speed/v|sped up * ${LEAVING} || accelerate/v|complete/v|finish/v|hasten/v|expedite/v|begin/v|start/v * ${LEAVING}`, "RETREAT", "withdraw", { ownObject: true }),
  v(`pull/v * ${FORCES} out|back`, "RETREAT", "withdraw", { ownObject: true }),
  v("hand/v over|in its|their? * weapon/n|weapons|arms || decommission/v * weapon/n|weapons|arms", "RETREAT", "disarm"),
  v(`return/v ** seized|captured|confiscated|impounded|detained * ${HELD}|prisoner/n|detainee/n || hand/v back ** seized|captured|confiscated|impounded|detained * ${HELD} || return/v * ${HELD} to`, "RETREAT", "release"),
  v("allow/v|permit/v|let/v ** refugee/n|displaced|pilgrim/n|peacekeeper/n|journalist/n|worker/n to return/v|enter/v|reach/v", "RETREAT", "access"),
  v("allow/v|permit/v|grant/v|give/v|restore/v * humanitarian|unhindered|unfettered|unrestricted|full access", "RETREAT", "access"),
  v("allow/v|permit/v * return|entry of * inspector/n|observer/n|monitor/n|refugee/n|peacekeeper/n", "RETREAT", "access"),
  v("quit|quits|quitting * post/n|job/n|position/n|office|cabinet", "RETREAT", "resign"),
];

/**
 * Demands (PLOVER REQUEST): reminders of what a party must do, obligations recalled, conditions set.
 * Governors, so that the act demanded is absorbed ("reminded Iraq that it must release the crew").
 */
const REQUESTS: readonly TriggerEntry[] = [
  v(`remind/v ** that ** ${MUST} || remind/v ** that ** has|have|had|needs|need|needed to`, "REQUEST", "change", { gov: "request" }),
  v(`issue/v|deliver/v|send/v * reminder/n ** that ** ${MUST}`, "REQUEST", "change", { gov: "request", inside: true }),
  v("remind/v ** of * obligation/n|obligations|commitment/n|duty|duties|responsibility|responsibilities|pledge/n|promise/n", "REQUEST", "change"),
  // "made its return to talks conditional on the lifting of sanctions", "conditioned its return on …".
  v("make/v ** conditional|contingent on|upon || condition/v ** on|upon", "REQUEST", "change"),
  v("seek/v|request/v * waiver/n|exemption/n|exception/n || ask/v|apply/v for * waiver/n|exemption/n|exception/n", "REQUEST", "assist"),
];

export const COOPERATION_TRIGGERS: readonly TriggerEntry[] = [
  ...AGREEMENTS, ...CONSULTATIONS, ...COOPERATION, ...AIDS, ...SUPPORTS, ...CONCESSIONS, ...RETREATS, ...REQUESTS,
];
