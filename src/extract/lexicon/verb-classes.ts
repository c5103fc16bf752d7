/** @module Verb classes: English verbs grouped by PLOVER type and mode, a low-confidence fallback for sentences with no other trigger. */
import type { TriggerEntry } from "./triggers.js";
import type { PloverType } from "../../domain/plover.js";
import { BLAME_WORDS } from "./triggers-breadth.js";

/**
 * The verbs reporters use for each PLOVER type, after the CAMEO verb phrases (codebook in
 * /work/shared/data/event-data/cameo) and the PLOVER modes (src/domain/codebooks). Each line is a pattern in the
 * syntax of `pattern.ts`: mostly a bare verb, sometimes with its particle ("cave/v in").
 *
 * They are a fallback, not the lexicon: 03-triggers keeps one only when its sentence has no other event trigger
 * (governors such as "said" or "urged" do not count, so "vowed to pummel X" still reads), and 07-modality keeps its
 * event only when a named party is its subject (or its "by" agent) and another party follows it (`unnamedDoer`).
 * A verb whose reading depends on its object ("cut", "halt", "close", "beat") stays in the main lexicon with that
 * object.
 */
const CLASSES: readonly (readonly [PloverType, string | undefined, string])[] = [
  // ASSAULT (CAMEO 18–20): force used against people or places.
  ["ASSAULT", undefined, "assault/v|hammer/v|batter/v|pummel/v|blitz/v|overrun/v|overran|skirmish/v|counterattack/v|retaliate/v"],
  ["ASSAULT", "aerial", "strafe/v"],
  ["ASSAULT", "heavy-weapons", "rocket/v|mortar/v"],
  ["ASSAULT", "firearms", "snipe/v|gun/v down"],
  ["ASSAULT", "targeted", "murder/v|slaughter/v|behead/v|lynch/v|slay/v|slew|slain|execute/v|hang/v"],
  ["ASSAULT", "firearms", "shoot/v|stab/v"],
  ["ASSAULT", "unconventional", "poison/v"],
  ["ASSAULT", "torture", "torture/v|maim/v"],
  ["ASSAULT", "destroy", "destroy/v|demolish/v|raze/v|bulldoze/v|torch/v|sink/v|sank|sunk|torpedo/v|torpedoed"],
  ["ASSAULT", "abduct", "take/v * hostage/n || hold/v * hostage/n"],
  ["ASSAULT", undefined, "hit/v"],
  // COERCE (CAMEO 17): repression, seizure, expulsion of people.
  ["COERCE", "arrest", "imprison/v|jail/v|incarcerate/v|nab/v || lock/v up"],
  ["COERCE", "seize", "impound/v|expropriate/v|nationalise/v|nationalize/v|requisition/v"],
  ["COERCE", "restrict", "suppress/v|repress/v|quell/v|harass/v|intimidate/v|persecute/v|muzzle/v"],
  ["COERCE", "deport", "exile/v|banish/v|evict/v || strip/v * citizenship|nationality|passport/n"],
  ["COERCE", "cyber", "hack/v"],
  // SANCTION (CAMEO 16): reducing relations, aid or trade; legal penalties.
  ["SANCTION", "discontinue", "embargo/v|outlaw/v|proscribe/v|freeze/v|curb/v|revoke/v|rescind/v|downgrade/v || deny/v * visa/n|visas|entry"],
  // ACCUSE (CAMEO 11): disapproval voiced.
  ["ACCUSE", "disapprove", "fault/v|reproach/v|scold/v|chide/v|admonish/v|upbraid/v|excoriate/v|vilify/v|deride/v|ridicule/v|disparage/v|lament/v"],
  ["ACCUSE", "disapprove", "lash/v out at || hit/v out at || round/v on || take/v aim at || single/v out"],
  // REJECT (CAMEO 12): refusals of another party's demand, offer or authority.
  ["REJECT", undefined, "veto/v|rebuff/v|spurn/v|repudiate/v|disavow/v|renounce/v|snub/v|resist/v || walk/v away from || say/v no to"],
  // THREATEN (CAMEO 13).
  ["THREATEN", undefined, "menace/v|blackmail/v"],
  // REQUEST (CAMEO 10).
  ["REQUEST", "change", "beg/v|entreat/v|solicit/v"],
  // AGREE (CAMEO 03, 05): commitments.
  ["AGREE", undefined, "consent/v|guarantee/v || make/v peace with || sign/v up to|for"],
  // COOPERATE (CAMEO 06).
  ["COOPERATE", undefined, "team/v up with || join/v forces with || trade/v with || ally/v with || work/v closely? with|alongside || patrol/v with|alongside"],
  // SUPPORT (CAMEO 05): approval and solidarity.
  ["SUPPORT", undefined, "champion/v|acclaim/v || side/v with || rally/v behind|around || vouch/v for || bury/v the hatchet"],
  // MOBILIZE (CAMEO 15): forces readied or shown.
  ["MOBILIZE", "troops", "muster/v|marshal/v|conscript/v || call/v up || position/v|preposition/v * troop/n|forces|unit/n|battalion/n|warship/n|missile/n|bomber/n"],
  // PROTEST (CAMEO 14).
  ["PROTEST", "demo", "picket/v"],
  // CONCEDE (CAMEO 08): yielding to the other side.
  ["CONCEDE", undefined, "capitulate/v|acquiesce/v|unblock/v || cave/v in || accede/v to || drop/v * objection/n|opposition|veto/n"],
  // RETREAT (CAMEO 08, 0874): forces leaving, people freed.
  ["RETREAT", "withdraw", "flee|flees|fled|fleeing"],
  ["RETREAT", "release", "pardon/v|release/v|free/v"],
  // AID (CAMEO 07).
  ["AID", undefined, "rearm/v|resupply/v|airlift/v|subsidise/v|subsidize/v || ship/v|fly/v * weapon/n|weapons|arms|aid|ammunition|munition/n|equipment"],
  // CONSULT (CAMEO 04).
  ["CONSULT", undefined, "sit/v down with || huddle/v with"],
];

// Blame in reported speech also takes plurals and adverbs: "NATO's provocations", "had acted aggressively".
const REPORTED_BLAME = [...BLAME_WORDS, "provocations", "violations", "lies", "aggressively", "unfairly", "illegally", "recklessly", "irresponsibly"].join("|");

/**
 * Accusations in reported speech (CAMEO 11): "the minister said the crisis was rooted in NATO's provocations",
 * "said the Chinese had acted with great aggression". The speaker blames the party named in the clause. Only as a
 * fallback (a sentence whose clause names an act of its own, "said Iran had condemned the aggression", codes that act)
 * and, like the verb classes, only with the speaker named as subject and another party after the verb.
 */
const REPORTED: readonly (readonly [PloverType, string | undefined, string])[] = [
  ["ACCUSE", "disapprove", "say/v|tell/v|state/v|claim/v|charge/v|insist/v|argue/v|assert/v|complain/v ** ** " + REPORTED_BLAME],
];

export const FALLBACK_TRIGGERS: readonly TriggerEntry[] = [...CLASSES, ...REPORTED].map(([type, mode, p]) => ({
  p,
  type,
  pos: "v",
  ...(mode ? { mode } : {}),
  fallback: true,
}));
