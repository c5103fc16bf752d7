/** @module Trigger entries for stances news text states in many words: refusals, shows of force, aid, threats, contacts. */
import type { TriggerEntry } from "./triggers.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


/**
 * What a party refuses (CAMEO 12): another party's demand, proposal, plan, claim, ruling or standing. Acts and
 * measures ("rejected the strikes", "rejects all reckless actions") are not in the list: disapproving an act is an
 * accusation (GUIDELINES: ACCUSE), which the bare verb codes.
 */
const REFUSED =
  "demand/n|request/n|proposal/n|offer/n|plan/n|ultimatum/n|appeal/n|bid/n|initiative/n|overture/n|invitation/n|mediation|" +
  "claim/n|assertion/n|accusation/n|allegation/n|charge/n|remark/n|statement/n|" +
  "resolution/n|move/n|deadline/n|condition/n|term/n|precondition/n|idea/n|notion/n|suggestion/n|" +
  "ruling/n|verdict/n|result/n|outcome/n|legitimacy|authority|jurisdiction|snapback|deal/n|agreement/n|accord/n|" +
  "framework/n|roadmap/n|ceasefire/n|truce/n|settlement/n|nominee/n|nomination/n|appointment/n|notification/n|" +
  "account/n|version/n|narrative/n|finding/n|conclusion/n|reimposition|extension/n|renewal/n";

const MEETINGS = "talks|talk/n|meeting/n|summit/n|negotiation/n|conference/n|session/n|dialogue/n";

// What one party asks of another: what it may call unacceptable.
const ASKED = "demand/n|condition/n|term/n|precondition/n|proposal/n|offer/n|ultimatum/n|plan/n|request/n";

// Verbs of turning down; "deny" only before what is claimed or asked ("denied entry" is a sanction).
const TURN_DOWN = "reject/v|dismiss/v|repudiate/v|rebuff/v|spurn/v|refuse/v|deny/v|dispute/v|contest/v|challenge/v";
// "Declined" also means fell ("exports declined after the deal"): only with a determiner or possessive right after it.
const DECLINE = "decline/v the|a|an|its|their|his|her|any|all|this|that|these|those * || decline/v * 's *";

// Words that declare another party's act or claim without legal force: a refusal of its validity, not blame.
const VOID = "void|invalid|illegitimate|nonbinding|unenforceable|meaningless";

// Finite forms only, as for the withheld approvals of triggers-breadth.ts: "with the US not recognising the court"
// describes a standing position, not a refusal made.
const OBEY = [
  "not|n't|never abide|abides|abided by",
  "not|n't|never comply|complies|complied|cooperate|cooperates|cooperated with",
  "not|n't|never obey|obeys|obeyed|heed|heeds|heeded|implement|implements|implemented|respect|respects|respected|honour|honours|honoured|honor|honors|honored",
];
const APPROVE = "accept|accepts|accepted|recognise|recognises|recognised|recognize|recognizes|recognized|endorse|endorses|endorsed";

/** Refusals (PLOVER REJECT): "rejected India's claim", "dismissed Seoul's proposal", "would not abide by the resolution". */
const REFUSALS: readonly TriggerEntry[] = [
  // A short gap: a longer one would run past "and" into the next act ("rejected the offer and insisted that the result
  // …"). Resolutions may carry a body's long name ("the UN Security Council resolution").
  v(`${TURN_DOWN} * ${REFUSED} || ${DECLINE.split(" || ").map((d) => `${d} ${REFUSED}`).join(" || ")} || ${TURN_DOWN} ** council|assembly|board|union * resolution/n|demand/n|statement/n || brush/v|wave/v|shrug/v aside|off * ${REFUSED} || throw/v out * ${REFUSED}`, "REJECT"),
  // Obedience withheld (CAMEO 128): the pattern opens on the negation, as "not recognise" does in triggers-breadth.ts.
  // With its object when one follows, so that "comply with the sanctions" (a concession) does not outrun it.
  v(OBEY.flatMap((h) => [h, `${h} * sanction/n|measure/n|them|it|${REFUSED}`]).join(" || "), "REJECT"),
  // "would not accept any mediation": with its object, so that "accept … mediation" (an agreement) does not outrun it.
  v(`not|n't|never ${APPROVE} * sanction/n|measure/n|${REFUSED}`, "REJECT"),
  // Standing denied (CAMEO 12): "said the US move had no legal basis", "said Kosovo had no right to hold the vote".
  v(`say/v|insist/v|argue/v|maintain/v|declare/v ** had|has|have no legal? basis|right/n|standing|authority|legitimacy|jurisdiction|mandate|effect|force || say/v|insist/v|argue/v|maintain/v|declare/v ** was|were|is|are without legal? basis|standing|effect|force`, "REJECT", undefined, { inside: true }),
  // Refusing to yield (CAMEO 124): "would not bow to pressure", "will never give in to blackmail".
  v("not|n't|never bow/v|bend/v|yield/v|submit/v|succumb/v|surrender/v * to || not|n't|never give/v|cave/v in", "REJECT"),
  // Votes and vetoes (CAMEO 129): "voted against the resolution", "cast its veto on the draft", "Russia's veto of …".
  v("vote/v against", "REJECT"),
  v("cast/v|use/v|wield/v|exercise/v * veto/n", "REJECT"),
  n("veto/n of|on|against", "REJECT", undefined, { of: "target" }),
  n("rejection/n of", "REJECT", undefined, { of: "target" }),
  // "called the decision null and void", "declared the referendum invalid": validity denied.
  v(`call/v|declare/v|deem/v|consider/v|pronounce/v|term/v|brand/v|describe/v ** null and void || call/v|declare/v|deem/v|consider/v|pronounce/v|term/v|brand/v|describe/v ** ${VOID} || call/v|declare/v|deem/v|consider/v|pronounce/v|term/v|describe/v ** non - binding || call/v|declare/v|deem/v|consider/v|pronounce/v|term/v|describe/v ** not legally? binding`, "REJECT"),
  // "said the ECOWAS decision was null and void": the thing declared void stands inside, so its owner is the target.
  v(`say/v|declare/v|insist/v ** was|were|is|are * null and void || say/v|declare/v|insist/v ** was|were|is|are * ${VOID}`, "REJECT", undefined, { inside: true }),
  // A demand or offer called unacceptable is turned down (CAMEO 12), unlike an act so called (an accusation).
  v(`call/v|deem/v|term/v|consider/v|find/v|found ** ${ASKED} * unacceptable|unrealistic|absurd|impossible || say/v|insist/v|declare/v ** ${ASKED} was|were|is|are * unacceptable|unrealistic|absurd|impossible || say/v|insist/v|declare/v ** ${ASKED} was|were|is|are out of the question`, "REJECT", undefined, { inside: true }),
  // "said there would be no talks with Seoul": a proposal to meet refused (CAMEO 125).
  v(`say/v|insist/v|declare/v ** there would|will|could be no ${MEETINGS}|compromise/n|deal/n|concession/n`, "REJECT", undefined, { inside: true }),
  // Staying away from talks (CAMEO 125): "said it would not attend the talks in Geneva".
  v(`not|n't|never attend/v|join/v|resume/v * ${MEETINGS} || not|n't|never return/v to * ${MEETINGS} || not|n't|never take/v part in * ${MEETINGS} || not|n't|never participate/v in * ${MEETINGS}`, "REJECT"),
  v("void/v|annul/v|nullify/v|invalidate/v|overturn/v * result/n|vote/n|election/n|referendum/n|decision/n|decree/n|order/n|ruling/n|appointment/n|nomination/n", "REJECT"),
];

// Forces and arms whose movement shows force (CAMEO 15), beyond the troop words of triggers.ts.
const FORCES = "tank/n|armour|armor|armoured|armored|artillery|reservist/n|paratrooper/n|marine/n|commando/n|division/n|brigade/n|regiment/n|warplane/n|aircraft|helicopter/n|frigate/n|destroyer/n|launcher/n|battery|batteries";

/** Shows of force (PLOVER MOBILIZE): arms moved to a front, forces put on alert or readied, reserves called up. */
const FORCE_POSTURE: readonly TriggerEntry[] = [
  v(`move/v|shift/v|rush/v|position/v|amass/v|mass/v|concentrate/v|deploy/v|redeploy/v ** ${FORCES}`, "MOBILIZE", "troops"),
  // "placed its army on the highest level of combat readiness", "put the navy on a war footing".
  v("put/v|place/v ** on ** alert|readiness|footing || go/v|went|gone on * alert", "MOBILIZE", "troops"),
  v("call/v up * reservist/n|reserve/n|reserves|conscript/n|recruit/n", "MOBILIZE", "troops"),
  // "ordered 7,000 more troops to Germany": only with a number or "more", so that "ordered the troops to leave" stays an order.
  // The destination is part of the match, so that the longer order to one's own forces ("ordered … troops to")
  // does not take "to Germany" for the step they are to take.
  v("order/v|send/v|dispatch/v ** more|additional|extra|further * troop/n|soldier/n|forces|reinforcement/n|warship/n|jet/n|bomber/n to|into|toward|towards? the?", "MOBILIZE", "troops"),
  // "conducted a large-scale artillery drill": the describing words may run past the short gap of triggers.ts.
  v("hold/v|conduct/v|stage/v ** drill/n|drills|manoeuvres|maneuvers", "MOBILIZE", "troops"),
  v("scramble/v * jet/n|jets|fighter/n|aircraft|warplane/n|interceptor/n", "MOBILIZE", "troops"),
  // "flew bombers over the peninsula": aircraft shown near the other side.
  v("fly/v|flew|flown ** bomber/n|jet/n|warplane/n|aircraft over|near|along", "MOBILIZE", "troops"),
];

// What donors send: relief goods and arms (CAMEO 07).
const RELIEF = "food|medicine/n|medical|relief|supplies|tent/n|wheat|grain|vaccine/n|humanitarian";
const ARMS = "weapon/n|weapons|arms|helicopter/n|drone/n|missile/n|tank/n|jet/n|aircraft|ammunition|equipment|munition/n";

/** Material help (PLOVER AID): relief delivered, aid pledged or released, a party supplied with arms. */
const AID_BREADTH: readonly TriggerEntry[] = [
  v(`deliver/v|send/v|ship/v|airlift/v|dispatch/v|provide/v|donate/v|distribute/v|airdrop/v ** ${RELIEF}`, "AID"),
  // "pledged $50 million in humanitarian aid" (the gold codes pledged support AID, alt AGREE).
  v("pledge/v|commit/v|allocate/v|earmark/v|release/v|unveil/v ** aid|assistance|relief|weapons|arms|funding", "AID"),
  v(`supply/v|provide/v|equip/v|furnish/v|arm/v ** with * ${ARMS}`, "AID"),
  // "gave Pakistan fighter jets": arms handed over (not "sent jets", which may be one's own forces moving).
  v("give/v|gave|donate/v|transfer/v ** jet/n|jets|aircraft|helicopter/n|tank/n|warship/n|frigate/n|submarine/n|howitzer/n|artillery|rifle/n", "AID"),
  // "announced 40 million euros in humanitarian aid": a sum given in aid.
  v("announce/v|approve/v|provide/v|give/v|send/v|allocate/v ** in humanitarian|military|economic|emergency|development|financial|new|additional? aid|assistance", "AID"),
  // Trainers sent to a state help its forces (GUIDELINES: support for the partner's forces is AID); advisers stay a deployment.
  v("send/v|deploy/v|dispatch/v ** instructor/n|trainer/n to", "AID"),
  // Balance-of-payments help (CAMEO 071): "deposited $3 billion in Pakistan's central bank", "a bailout for Egypt".
  v("deposit/v ** in|with * central bank/n || roll/v over * loan/n|deposit/n|debt/n", "AID"),
  n("bailout/n|rescue package/n for|to", "AID"),
  n("arms|weapons|military deliveries|delivery|shipment/n|supplies|transfer/n to", "AID"),
];

/** Threats beyond "threatened" and "warned" (PLOVER THREATEN): ultimatums, force kept on the table, promised payback. */
const THREAT_BREADTH: readonly TriggerEntry[] = [
  v("give/v|issue/v|deliver/v|set/v|serve/v * ultimatum/n", "THREATEN"),
  // "would not rule out military action": force held out (CAMEO 138), not a refusal.
  v("not|n't|never rule/v out * military|force|strike/n|strikes|attack/n|action|option/n|retaliation", "THREATEN", "violence"),
  n("all options are|were|remain|remained|remains on the table", "THREATEN", "violence"),
  v("vow/v|promise/v|swear/v|swore|sworn|pledge/v|threaten/v * make/v * pay", "THREATEN", "violence"),
  // The party warned stands inside: "said Pakistan would pay a heavy price", "said any US attack would be met with force".
  v("say/v|warn/v|declare/v ** would|will pay * price/n || say/v|warn/v|declare/v ** would|will pay dearly || say/v|warn/v|declare/v ** would|will be met with", "THREATEN", "violence", { inside: true }),
  v("say/v|warn/v|declare/v ** would|will be considered|regarded|treated|deemed|seen as? a|an * declaration of war || say/v|warn/v|declare/v ** would|will consider/v|regard/v|treat/v ** as? a|an * declaration of war", "THREATEN", "violence", { inside: true }),
  // Readiness to use force (CAMEO 138): "said it was ready to intervene militarily", "reserved the right to respond".
  v("ready|prepared|willing to use/v force || ready|prepared|willing to intervene/v|strike/v|retaliate/v || reserve/v * right to respond/v|retaliate/v|defend/v|act/v", "THREATEN", "violence"),
  v("would|will|'ll take/v * countermeasure/n|countermeasures || would|will|'ll take/v * necessary|appropriate|retaliatory|reciprocal|decisive measure/n|measures|step/n|steps|action", "THREATEN"),
  // Opens on the modal like "would not hesitate to" (triggers-detection.ts): a stated resolve, not a forecast.
  v("would|will|'ll respond/v|retaliate/v|react/v * decisively|forcefully|firmly|harshly|strongly|resolutely|militarily|swiftly || would|will|'ll respond/v|retaliate/v|react/v * with force", "THREATEN", "violence"),
];

/** Contacts told by their medium (PLOVER CONSULT): calls and video conferences, landings in a capital. */
const CONTACT_BREADTH: readonly TriggerEntry[] = [
  v("hold/v|have/v|had ** call/n|conversation/n|videoconference/n|teleconference/n || hold/v|have/v|had ** video conference/n", "CONSULT", "phone"),
  n("phone|telephone|video conversation/n|conference/n || videoconference/n with|between || call/n between", "CONSULT", "phone"),
  // "was in Cairo for talks with Egyptian officials": presence in a capital for talks is a visit ("for talks" alone is a purpose).
  v("was|were|is|are|been in|at * for * talks|talk/n|meeting/n|meetings|consultation/n|negotiation/n|visit/n|summit/n", "CONSULT", "visit"),
  // A foreign counterpart only: aides brief their own president.
  v("brief/v * counterpart/n|envoy/n|ambassador/n|delegation/n", "CONSULT"),
  // "landed in Islamabad": checked like "arrived in" (a capital right after, not forces).
  v("land/v in", "CONSULT", "visit", { weak: true }),
];

/**
 * A judgement passed on an attack is an accusation, not the attack (GUIDELINES: "called the strike a heinous crime"):
 * "called the Indian strikes an act of war", "said the attack on the ship was an act of piracy by X". The attack words
 * sit inside the pattern so that they are not read as an act of their own.
 */
const ATTACKS = "attack/n|strike/n|strikes|shelling|bombing/n|raid/n|killing/n|incursion/n";
const JUDGED = `say/v|call/v|declare/v ** ${ATTACKS} ** was|were|is|are|amounted|constituted *`;
// Judgements that brand an act a wrong: what a party calls an attack it condemns.
const WRONG =
  "illegal|unlawful|unjustified|unprovoked|unacceptable|criminal|cowardly|barbaric|heinous|reckless|provocative|" +
  "murder|massacre|terrorism|terrorist|piracy|genocide|aggression|provocation";
const JUDGED_ATTACKS: readonly TriggerEntry[] = [
  v(`call/v|term/v|brand/v|label/v|declare/v the|these|those|this|that|its|their ** ${ATTACKS} a|an * act/n of`, "ACCUSE", "disapprove", { inside: true }),
  v(`${JUDGED} act/n of || ${JUDGED} crime/n|violation/n|breach/n|${WRONG}`, "ACCUSE", "disapprove"),
  // "…, calling it murder": the act just told, judged (the words of blame of triggers-breadth.ts miss the nouns).
  v("call/v|brand/v|term/v|label/v it|them|this|that * murder|massacre|terrorism|piracy|genocide || call/v|brand/v|term/v|label/v it|them|this|that * war crime/n || call/v|brand/v|term/v|label/v it|them|this|that * ethnic cleansing", "ACCUSE", "disapprove"),
  // "said Pakistan was responsible for the strike": responsibility laid on another party (a party's own strikes are told as done, not as responsibility).
  v(`say/v|claim/v|allege/v|insist/v|conclude/v|find/v ** was|were|is|are|been responsible for * ${ATTACKS}|blast/n|explosion/n|violence|massacre/n|assassination/n|abduction/n`, "ACCUSE", "allege", { inside: true }),
  v(`say/v|claim/v|allege/v|insist/v ** was|were|is|are|been behind * ${ATTACKS}|assassination/n`, "ACCUSE", "allege", { inside: true }),
];

export const STANCE_TRIGGERS: readonly TriggerEntry[] = [
  ...REFUSALS, ...FORCE_POSTURE, ...AID_BREADTH, ...THREAT_BREADTH, ...CONTACT_BREADTH, ...JUDGED_ATTACKS,
];
