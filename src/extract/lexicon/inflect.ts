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
  retake: ["retook", "retaken"], tear: ["tore", "torn"], cast: ["cast", "cast"], let: ["let", "let"],
  bend: ["bent", "bent"], drive: ["drove", "driven"], overcome: ["overcame", "overcome"], show: ["showed", "shown"],
  sink: ["sank", "sunk"], sit: ["sat", "sat"], swear: ["swore", "sworn"], uphold: ["upheld", "upheld"],
  wind: ["wound", "wound"], withhold: ["withheld", "withheld"], broadcast: ["broadcast", "broadcast"],
  forecast: ["forecast", "forecast"], upset: ["upset", "upset"], outbid: ["outbid", "outbid"], quit: ["quit", "quit"],
  run: ["ran", "run"], forget: ["forgot", "forgotten"], arise: ["arose", "arisen"], choose: ["chose", "chosen"],
};

// Verbs of more than one syllable stressed on the last, which double their final consonant like one-syllable
// verbs do (see SHORT_CLOSED): commit → committed, begin → beginning; "visit", "target" do not.
const DOUBLING = new Set([
  "begin", "forbid", "overrun", "upset", "outbid", "forget", "deter", "incur", "recur", "infer", "acquit", "equip",
  "omit", "emit", "remit", "outstrip", "unplug",
  "ban", "bar", "plan", "stop", "drop", "commit", "admit", "permit", "regret", "ship", "rob", "kidnap", "grab",
  "trap", "tap", "jam", "chat", "slam", "snub", "nab", "abet", "submit", "embed", "rap",
  "occur", "refer", "prefer", "confer", "defer", "rebut", "transfer", "stab", "bug", "step",
]);

const VOWEL = /[aeiou]/;
// One syllable with one short vowel before one final consonant doubles it: put → putting, lob → lobbed, quit →
// quitting; not after two vowels ("tear", "beat") nor a final w, x or y ("show", "fix", "pay").
const SHORT_CLOSED = /^(?:[^aeiou]*|[^aeiou]*qu)[aeiou][bcdfgklmnprstvz]$/;
// Nouns in consonant + o that take -es: embargo → embargoes (the others take -s: commandos, salvos).
const O_ES = new Set(["embargo", "veto", "cargo", "torpedo", "hero", "echo", "potato", "tomato", "volcano"]);

/** Third person, past, participle and gerund forms of a verb. */
export function verbForms(base: string): string[] {
  const irr = IRREGULAR[base];
  const doubled = DOUBLING.has(base) || SHORT_CLOSED.test(base) ? base + base.at(-1) : null;
  let s: string;
  if (/(s|sh|ch|x|z|[^aeiou]o)$/.test(base)) s = base + "es";
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
  if (/(s|sh|ch|x|z)$/.test(base) || O_ES.has(base)) return [base, base + "es"];
  if (!VOWEL.test(base)) return [base];
  return [base, base + "s"];
}
