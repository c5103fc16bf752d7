/** @module English inflection of lexicon words: verb forms and noun plurals, with the irregulars we need. */

// Irregular verbs: base → [past, participle]. Only verbs the lexicons use need to be here.
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  withdraw: ["withdrew", "withdrawn"], strike: ["struck", "struck"], shoot: ["shot", "shot"],
  meet: ["met", "met"], hold: ["held", "held"], take: ["took", "taken"], give: ["gave", "given"],
  lead: ["led", "led"], send: ["sent", "sent"], fight: ["fought", "fought"], keep: ["kept", "kept"],
  make: ["made", "made"], begin: ["began", "begun"], sell: ["sold", "sold"], buy: ["bought", "bought"],
  break: ["broke", "broken"], bring: ["brought", "brought"], speak: ["spoke", "spoken"], beat: ["beat", "beaten"],
  hit: ["hit", "hit"], cut: ["cut", "cut"], put: ["put", "put"], set: ["set", "set"], pay: ["paid", "paid"],
  say: ["said", "said"], tell: ["told", "told"], seek: ["sought", "sought"], win: ["won", "won"],
  freeze: ["froze", "frozen"], forbid: ["forbade", "forbidden"], blow: ["blew", "blown"], lay: ["laid", "laid"],
  overrun: ["overran", "overrun"], shut: ["shut", "shut"], spend: ["spent", "spent"], sign: ["signed", "signed"],
  undertake: ["undertook", "undertaken"], fly: ["flew", "flown"], throw: ["threw", "thrown"], bid: ["bid", "bid"],
  draw: ["drew", "drawn"], rebuild: ["rebuilt", "rebuilt"], build: ["built", "built"], lend: ["lent", "lent"],
  deal: ["dealt", "dealt"], stand: ["stood", "stood"], go: ["went", "gone"], come: ["came", "come"],
  see: ["saw", "seen"], find: ["found", "found"], seize: ["seized", "seized"], rise: ["rose", "risen"],
  slay: ["slew", "slain"], hang: ["hanged", "hanged"], get: ["got", "gotten"], do: ["did", "done"],
  fall: ["fell", "fallen"], leave: ["left", "left"], shrink: ["shrank", "shrunk"], forgive: ["forgave", "forgiven"], undo: ["undid", "undone"], write: ["wrote", "written"], wage: ["waged", "waged"],
  retake: ["retook", "retaken"],
};

// One-syllable (or final-stress) verbs that double their last consonant: ban → banned, banning.
const DOUBLING = new Set([
  "ban", "bar", "plan", "stop", "drop", "commit", "admit", "permit", "regret", "ship", "rob", "kidnap", "grab",
  "trap", "tap", "jam", "chat", "slam", "snub", "nab", "abet", "submit", "embed", "rap",
  "occur", "refer", "prefer", "confer", "defer", "rebut", "transfer", "stab", "bug", "step",
]);

const VOWEL = /[aeiou]/;

/** Third person, past, participle and gerund forms of a verb. */
export function verbForms(base: string): string[] {
  const irr = IRREGULAR[base];
  const doubled = DOUBLING.has(base) ? base + base.at(-1) : null;
  let s: string;
  if (/(s|sh|ch|x|z|o)$/.test(base)) s = base + "es";
  else if (/[^aeiou]y$/.test(base)) s = base.slice(0, -1) + "ies";
  else s = base + "s";
  let ed: string;
  let ing: string;
  if (doubled) {
    ed = doubled + "ed";
    ing = doubled + "ing";
  } else if (base.endsWith("e")) {
    ed = base + "d";
    ing = base.endsWith("ee") ? base + "ing" : base.slice(0, -1) + "ing";
  } else if (/[^aeiou]y$/.test(base)) {
    ed = base.slice(0, -1) + "ied";
    ing = base + "ing";
  } else {
    ed = base + "ed";
    ing = base + "ing";
  }
  const forms = new Set([base, s, ing, ...(irr ? irr : [ed])]);
  // A final single vowel + l doubles in British and often American spelling: expelled, cancelled, labelled.
  if (/[^aeiou][aeiou]l$/.test(base) && !irr) {
    forms.add(base + "led");
    forms.add(base + "ling");
    forms.add(base + "l" + "ed");
    forms.add(base + "l" + "ing");
  }
  return [...forms];
}

/** Singular and plural of a noun ("sanction" → sanction, sanctions; "policy" → policy, policies). */
export function nounForms(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + "ies"];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, base + "es"];
  if (!VOWEL.test(base)) return [base];
  return [base, base + "s"];
}
