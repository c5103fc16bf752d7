/** @module Trigger entries for the conflictual acts (ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) as wire English words them. */
import type { TriggerEntry } from "./triggers.js";
import { nounEntry as n, verbEntry as v } from "./entry.js";


// What one party asks of another and the other can refuse to meet.
const ASKED = "demand/n|condition/n|term/n|request/n|call/n|ultimatum/n|grievance/n";
// What another party offers or proposes and can be opposed as a proposal rather than condemned as an act.
const PROPOSED = "mediation|proposal/n|plan/n|initiative/n|offer/n|resolution/n|draft/n|nomination/n|nominee/n|candidacy";
// What a restriction names when it is a threat in the making: "plans to impose sanctions".
const MEASURES = "sanction/n|restriction/n|tariff/n|embargo/n|ban/n|curb/n|penalties|blockade/n|curfew/n";
// Political life a state shuts a group or person out of (PLOVER COERCE restrict), unlike trade bans (SANCTION).
const POLITICAL = "party|parties|candidate/n|opposition|movement/n|organisation/n|organization/n|rally|rallies|protest/n|demonstration/n|gathering/n|march/n|union/n|newspaper/n";
// Outlets and platforms a state can silence.
const MEDIA = "channel/n|station/n|newspaper/n|outlet/n|broadcaster/n|tv|television|radio|agency|telegram|facebook|twitter|whatsapp|youtube|instagram|tiktok|website/n|websites|internet|media";
// Deeds and measures a party is blamed for or berated over.
const DEEDS =
  "attack/n|strike/n|killing/n|bombing/n|shelling|assassination/n|explosion/n|blast/n|incident/n|violence|deaths|crisis|collapse/n|" +
  "incursion/n|raid/n|operation/n|bombardment/n|intervention/n|interference|decision/n|move/n|policy|policies|statement/n|remark/n|comment/n|" +
  "plan/n|sanction/n|decree/n|law/n|ruling/n|presence|deal/n|agreement/n|government/n|administration";
// People held by a state, whom its agents can torture or abuse.
const HELD = "detainee/n|prisoner/n|inmate/n|protester/n|demonstrator/n|suspect/n|civilian/n|captive/n|journalist/n|activist/n|woman|women|child|children|migrant/n|immigrant/n|refugee/n";

/**
 * Refusals (PLOVER REJECT): demands not met, proposals opposed, permission denied, vetoes and refusals to allow.
 * Opposing an act stays an accusation (GUIDELINES: "rejects all reckless actions" is ACCUSE): only proposals here.
 */
const REFUSALS: readonly TriggerEntry[] = [
  v(`not|n't|never meet/v|satisfy/v|fulfil/v|fulfill/v|grant/v|heed/v ** ${ASKED}`, "REJECT"),
  v(`is|are|was|were|remain/v|remains|remained opposed to * ${PROPOSED} || oppose/v * ${PROPOSED}`, "REJECT"),
  // "denied the delegation permission to land", "denied inspectors access": a request turned down (CAMEO 12).
  v("deny/v|refuse/v ** permission|access|clearance", "REJECT"),
  // "rejected North Korea's long-standing demand": a possessive owner longer than the three-word gap of the core entry.
  v(`reject/v|rebuff/v|dismiss/v|spurn/v|refuse/v ** 's|' * ${ASKED}|${PROPOSED}|invitation/n|appeal/n|overture/n`, "REJECT"),
  // "dismissed the allegations as baseless": an accusation denied (CAMEO 12), one word longer than "dismissed … as" (ACCUSE).
  v("dismiss/v|reject/v|deny/v|denounce/v * allegation/n|accusation/n|claim/n|charge/n|report/n|statement/n as baseless|unfounded|false|lies|fabricated|fabrication/n|groundless|nonsense|propaganda|ridiculous|absurd|untrue|slander", "REJECT"),
  v(`push/v back against|on * ${ASKED}|pressure|demand/n || push/v back against|on`, "REJECT"),
  // Talks proposed and turned down (CAMEO 125): "rejected direct negotiations", "snubbed the summit".
  v("reject/v|rebuff/v|spurn/v|dismiss/v * talks|negotiation/n|dialogue/n|meeting/n|summit/n", "REJECT", "meet"),
  v("snub/v|stonewall/v", "REJECT"),
  // Standing or an account denied: "questioned the legitimacy of the vote", "cast doubt on Tehran's account".
  v("question/v|challenge/v|dispute/v * legitimacy|legality|validity || cast/v doubt on * claim/n|account/n|version/n|report/n|statement/n|finding/n|assertion/n|narrative/n|legitimacy", "REJECT"),
  v("veto/v|vetoes", "REJECT"),
  v("vote/v down", "REJECT"),
  // "refused to allow UN planes to land": the refusal is the act; what was not allowed codes nothing.
  v("refuse/v|decline/v to allow/v|permit/v|let ** to|into|in|on || refuse/v|decline/v to allow/v|permit/v|let", "REJECT"),
];

/** Threats (PLOVER THREATEN): measures announced as coming or held ready, strikes threatened, tolerance withdrawn. */
const THREATS: readonly TriggerEntry[] = [
  // An announced intention to impose a measure is a threat of it (GUIDELINES: "threat of sanctions … announced intention").
  v(`plan/v|intend/v|prepare/v|propose/v to impose/v|reimpose/v|introduce/v|tighten/v ** ${MEASURES}`, "THREATEN", "restrict"),
  v(`ready|prepared|willing to impose/v|declare/v|introduce/v|tighten/v ** ${MEASURES}|martial|emergency`, "THREATEN", "restrict"),
  // "threatened to hold a general strike unless …": a coming protest held over the other side.
  v("threaten/v * to hold/v|stage/v|call/v|launch/v|start/v|begin/v ** strike/n|protest/n|protests|boycott/n|walkout/n|march/n", "THREATEN"),
  v("will|would|'ll no longer tolerate/v|accept/v|allow/v", "THREATEN"),
  // "raised the prospect of sanctions", "hinted at new tariffs": a measure held over another, not yet taken.
  // One word past the measure, so that "raised … tariffs" (a sanction in triggers-breadth.ts) does not win the tie.
  v(`raise/v|float/v|dangle/v * prospect/n|possibility|spectre|specter|threat/n of * ${MEASURES} on|against|over|for|if|unless|,|.|; || raise/v|float/v|dangle/v * prospect/n|possibility|spectre|specter|threat/n of * ${MEASURES} || hint/v at * ${MEASURES} || float/v|dangle/v * ${MEASURES}`, "THREATEN", "restrict"),
];

// Roads and passages a crowd blocks (PLOVER PROTEST obstruct).
const WAYS = "road/n|roads|street/n|streets|highway/n|motorway/n|bridge/n|intersection/n|junction/n|entrance/n|railway/n";

const BURNT = "embassy|embassies|consulate/n|mission/n|parliament|office/n|offices|headquarters|courthouse/n|council/n|tyre/n|tire/n";
const STAGE = "stage/v|hold/v|begin/v|start/v|launch/v|declare/v";
// Any word after the strike: a match one word longer than "staged a … strike" (an attack in triggers.ts) wins the tie.
const AFTER = "to|in|on|over|against|for|outside|at|since|until|after|,|.|;";

/** Protests (PLOVER PROTEST): roads blocked, hunger strikes and sit-ins staged, petitions signed. */
const PROTESTS: readonly TriggerEntry[] = [
  v(`block/v|barricade/v|blockade/v * ${WAYS}`, "PROTEST", "obstruct"),
  // Longer than "staged a … strike" (an attack) by the word after it, so the hunger strike is not read as a strike.
  v(`${STAGE} ** hunger strike/n ${AFTER} || go/v on ** hunger strike/n ${AFTER}`, "PROTEST", "hunger"),
  v(`${STAGE}|call/v ** general|nationwide|national|labour|labor strike/n ${AFTER}`, "PROTEST", "strike"),
  v("collect/v|gather/v ** signature/n", "PROTEST", "demo"),
  // Crowds burn the missions and offices of those they protest against; forces that burn a base attack it (ASSAULT).
  v(`set/v fire to * ${BURNT} || set/v * ${BURNT} on|ablaze fire? || burn/v|burnt|torch/v * ${BURNT}`, "PROTEST", "vandalize"),
  v("walk/v off the? job/n || down/v tools", "PROTEST", "strike"),
  v("hold/v|stage/v * vigil/n", "PROTEST", "demo"),
];

/** Coercion (PLOVER COERCE): groups outlawed, people held, websites defaced, sieges declared. */
const COERCION: readonly TriggerEntry[] = [
  v(`outlaw/v || ban/v|bar/v ** ${POLITICAL} || ban/v|bar/v ** from participating|running|standing|contesting`, "COERCE", "restrict"),
  v("prevent/v|forbid/v|forbade|prohibit/v * rally|rallies|protest/n|demonstration/n|gathering/n|march/n", "COERCE", "restrict"),
  v("place/v|put/v ** under house arrest || hold/v ** in custody|detention || take/v ** into custody", "COERCE", "arrest"),
  v("impose/v|declare/v|extend/v ** state of siege", "COERCE", "martial-law"),
  v("extend/v|tighten/v ** curfew/n", "COERCE", "curfew"),
  v("deface/v|hack/v ** website/n|websites|site/n|account/n|server/n|network/n || hack/v into", "COERCE", "cyber"),
  // Media silenced (PLOVER COERCE censor), one word longer than the curbs on access and licences read as sanctions.
  v(`impose/v * blackout/n || block/v|restrict/v|cut/v|suspend/v ** access to * ${MEDIA} || suspend/v|revoke/v|cancel/v|withdraw/v * licence/n|license/n of * ${MEDIA} || close/v|shut/v|raid/v|storm/v * office/n|offices|headquarters|bureau/n|studio/n|studios of * ${MEDIA}`, "COERCE", "censor"),
  v("cordon/v off || seal/v off", "COERCE", "restrict"),
  v("hold/v ** incommunicado || jail/v|imprison/v|incarcerate/v", "COERCE", "arrest"),
  v("force/v ** out of the? country|territory", "SANCTION", "expel"),
  // Individuals expelled are deported (PLOVER COERCE deport); only diplomats expelled are a SANCTION.
  v("expel/v ** journalist/n|reporter/n|correspondent/n|worker/n|labourer/n|laborer/n|migrant/n|immigrant/n|refugee/n|national/n|citizen/n|activist/n|foreigner/n|student/n", "COERCE", "deport"),
  v("block/v|halt/v|freeze/v|withhold/v * payment/n", "SANCTION", "discontinue"),
];

/** Mobilisation (PLOVER MOBILIZE): forces strengthened, fighters recruited, troops kept on alert. */
const MOBILISATION: readonly TriggerEntry[] = [
  v("strengthen/v|reinforce/v|bolster/v * force/n|forces|troop/n|position/n|garrison/n|defences|defenses|presence", "MOBILIZE", "troops"),
  v("remain/v|stay/v|kept|keep/v * on high|full|maximum|heightened|combat? alert", "MOBILIZE", "troops"),
  // "moved ballistic missiles into Iraq": weapons brought forward (PLOVER MOBILIZE weapons); supplying them to another is AID.
  v("move/v|position/v|deploy/v|station/v|redeploy/v ** missile/n|rocket/n|launcher/n into|to|near|along|in", "MOBILIZE", "weapons"),
  // Militant regrouping (GUIDELINES: MOBILIZE): "reconstituted its networks", "rebuilt its cells".
  // The possessive right before the noun: "rebuilt its power network" is no regrouping.
  v("reconstitute/v|rebuild/v|rebuilt|revive/v|reorganise/v|reorganize/v its|their network/n|cell/n|ranks|capabilities|capability|forces|structure/n|command/n", "MOBILIZE", "militia"),
  v("stockpile/v|amass/v|hoard/v * weapon/n|weapons|arms|missile/n|rocket/n|drone/n|munition/n|munitions|explosives || build/v up * arsenal/n|stockpile/n|stockpiles", "MOBILIZE", "weapons"),
  v("expand/v|extend/v|increase/v|strengthen/v its|their|the military? presence|foothold/n|footprint/n", "MOBILIZE", "troops"),
  v("beef/v|step/v|ramp/v up * security", "MOBILIZE", "police"),
  v("recruit/v|enlist/v * fighter/n|militant/n|volunteer/n|recruit/n|member/n|gunmen|suicide", "MOBILIZE", "militia"),
];

/** Accusations (PLOVER ACCUSE): inspectors dispatched, people questioned. */
const ACCUSATIONS: readonly TriggerEntry[] = [
  v("dispatch/v|send/v|sent * inspector/n|investigator/n || dispatch/v|send/v|sent * fact - finding", "ACCUSE", "investigate"),
  v("open/v|file/v|bring/v|press/v * case/n|charges|lawsuit/n|proceedings against", "ACCUSE", "allege"),
  // Blame as wire verbs word it: "lashed out at Ankara", "hit out at Washington", "blasted the incursion".
  v("lash/v out at|against || hit/v out at|against || round/v on || tear/v|tore into", "ACCUSE", "disapprove"),
  v(`blast/v ** as || blast/v * ${DEEDS}`, "ACCUSE", "disapprove"),
  // "said Baghdad was responsible for the crisis": the party held responsible stands inside.
  v(`say/v|insist/v|charge/v|claim/v|allege/v ** was|were|is|are|been * responsible for * ${DEEDS} || say/v|insist/v|charge/v|claim/v|allege/v ** was|were|is|are|been to blame for * ${DEEDS}`, "ACCUSE", "allege", { inside: true }),
  v("summon/v ** for questioning|interrogation", "ACCUSE", "investigate"),
  v("interrogate/v|question/v * suspect/n|detainee/n|official/n|officials|minister/n|officer/n", "ACCUSE", "investigate"),
];

/** Assaults (PLOVER ASSAULT): torture and abuse of the held, attempts on a life, ethnic cleansing. */
const ASSAULTS: readonly TriggerEntry[] = [
  v("torture/v", "ASSAULT", "torture"),
  v("forcibly disappear/v", "ASSAULT", "abduct"),
  n("enforced|forced disappearance/n of?", "ASSAULT", "abduct", { of: "target" }),
  // Unambiguous killings the verb classes code only between two named parties: "ISIS beheaded two hostages".
  v("behead/v|decapitate/v", "ASSAULT", "targeted"),
  v("lob/v|hurl/v ** mortar/n|rocket/n|grenade/n|shell/n|missile/n|bomb/n|explosive/n", "ASSAULT", "heavy-weapons"),
  n("torture of", "ASSAULT", "torture", { of: "target" }),
  n("died|dies|death/n under|from|after torture || died|dies|death/n * result of torture", "ASSAULT", "torture"),
  v(`abuse/v|mistreat/v|maltreat/v|beat/v * ${HELD}`, "ASSAULT", "beat"),
  v(`sexually abuse/v|assault/v|abusing|assaulting || rape/v * ${HELD}`, "ASSAULT", "sexual"),
  // A failed attempt on a life is still an attack made (unlike "tried to reach a deal", where nothing happened).
  v("attempt/v|try/v to assassinate/v|kill/v|murder/v", "ASSAULT", "targeted"),
  n("attempt/n to assassinate/v|kill/v|murder/v || attempt/n on * life|lives", "ASSAULT", "targeted", { of: "target" }),
  n("ethnic cleansing || genocide", "ASSAULT", "targeted"),
];

export const CONFLICT_TRIGGERS: readonly TriggerEntry[] = [...REFUSALS, ...THREATS, ...PROTESTS, ...COERCION, ...MOBILISATION, ...ACCUSATIONS, ...ASSAULTS];
