/** @module Lexicon entries that code nothing: uses of act words that name no act between parties, which beat the act readings by length. */
import type { TriggerEntry } from "./triggers.js";

// Read as nouns: a noun reading is tried at every word, so the entry blocks the act reading wherever it matches.
const none = (p: string): TriggerEntry => ({ p, type: null, pos: "n" });

// Ills and policy aims a state fights without fighting anyone: "fight money laundering", "counter terrorism financing".
const ILLS =
  "corruption|laundering|money|terrorism|terror|extremism|radicalisation|radicalization|inflation|poverty|crime|smuggling|trafficking|drug/n|drugs|disease/n|pandemic|epidemic|covid|climate|emissions|financing|fraud|disinformation|misinformation|unemployment|hunger|famine|drought|desertification|piracy|impunity|hate|racism|discrimination";
// What a party "fought" in politics, not in arms: "fought the referendum", "fought the ruling in court".
const POLITICAL_OBJECTS = "referendum/n|election/n|elections|vote/n|ruling/n|bill/n|law/n|decision/n|proposal/n|plan/n|reform/n|amendment/n|case/n|measure/n|policy|policies";
// Resources and markets captured without force: "capture associated gas", "capture market share".
const CAPTURED = "gas|carbon|emissions|flaring|methane|market/n|share/n|value|revenue/n|investment/n|attention|imagination|mood";
// Verbs a cause is said to help bring about: "which helped to set off the protests" (no aid to anyone).
const CAUSED = "set|spark/v|trigger/v|fuel/v|drive/v|push/v|prompt/v|provoke/v|cause/v|explain/v|shape/v|undermine/v|worsen/v|deepen/v|create/v|bring/v|make/v|keep/v|pave/v|lay/v|raise/v|lower/v|reduce/v|boost/v|ease/v";

/**
 * Act words with no act: policy struggles against ills ("fight corruption"), political opposition ("fought the
 * referendum"), resources captured, causes that "helped to spark" something, riot police (a unit, not a riot),
 * "is back in force" and questions ("asked whether", "was asked about") which request nothing of a party.
 */
const NON_ACTS: readonly TriggerEntry[] = [
  none(`fight/v|combat/v|tackle/v|counter/v|battle/v * ${ILLS} || fight/v|combat/v|battle/v against * ${ILLS}`),
  none(`fight/v|battle/v * ${POLITICAL_OBJECTS}`),
  none(`capture/v * ${CAPTURED} || gas capture/n`),
  none(`help/v to? ${CAUSED}`),
  none("riot police|squad/n|gear|control|shield/n|unit/n|officer/n|officers"),
  // The charge behind a measure, not an act reported: "sanctioned the bank for supporting the militia".
  none("for supporting|backing|funding|financing|aiding|arming|sponsoring|harbouring|harboring"),
  none("is|are|was|were|be|been|being back || come/v|came|go/v|went|get/v|got back"),
  none("ask/v whether|if|about|what|how|when|where|who || be|is|are|was|were|been|being asked about|whether|if|what|how|why|when"),
];

export const NON_ACT_TRIGGERS: readonly TriggerEntry[] = NON_ACTS;
