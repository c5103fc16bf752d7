/** @module Gazetteer data beyond the registry: body nouns ("troops", "parliament") that refine a state cue, and link words. */

/** What a body noun says about its actor; each state maps these to its own codes (see SUBCODES). */
export type Body =
  | "MILITARY" | "DIPLOMACY" | "FINANCE" | "LEGISLATURE" | "BUSINESS" | "JUDICIARY" | "PUBLIC" | "PARTIES" | "ARMED"
  | "ROOT" | "COALITION" | "POLITICIANS";

export interface HeadEntry {
  /** The noun phrase, space separated, lower case; the last word is pluralised automatically when marked /n. */
  readonly words: string;
  readonly body: Body;
  /** The code when no state cue precedes it ("the parliament" in an Iraq text), or null to drop it. */
  readonly alone: string | null;
}

const h = (body: Body, alone: string | null, ...words: string[]): HeadEntry[] => words.map((w) => ({ words: w, body, alone }));

/**
 * A state's people named in the plural ("Nigerians staged a rally", "Palestinians protested"): the public of that
 * state, as "protesters" are Iraq's. Words that are also common nouns ("poles") are left out; "Iraqis", "Americans",
 * "Iranians", "Israelis", "Saudis", "Kurds" and the like are registry names (domain/actors.ts).
 */
const PEOPLES: Readonly<Record<string, readonly string[]>> = {
  SYR: ["syrians"], AFG: ["afghans"], TUR: ["turks"], KWT: ["kuwaitis"], JOR: ["jordanians"], RUS: ["russians"],
  GBR: ["britons"], FRA: ["frenchmen"], DEU: ["germans"], ITA: ["italians"], IND: ["indians"], EGY: ["egyptians"],
  ARE: ["emiratis"], QAT: ["qataris"], BHR: ["bahrainis"], OMN: ["omanis"], ESP: ["spaniards"], DNK: ["danes"],
  CAN: ["canadians"], AUS: ["australians"], PAK: ["pakistanis"], PSE: ["palestinians"], LBY: ["libyans"],
  UKR: ["ukrainians"], AZE: ["azerbaijanis", "azeris"], PRK: ["north koreans"], KOR: ["south koreans"],
  NOR: ["norwegians"], BEL: ["belgians"], CYP: ["cypriots"], VEN: ["venezuelans"], MAR: ["moroccans"], DZA: ["algerians"],
  TUN: ["tunisians"], SOM: ["somalis"], ROU: ["romanians"], AUT: ["austrians"], FIN: ["finns"], BLR: ["belarusians"],
  KAZ: ["kazakhs"], BGD: ["bangladeshis"], IDN: ["indonesians"], MYS: ["malaysians"], BRA: ["brazilians"],
  MEX: ["mexicans"], ZAF: ["south africans"], YEM: ["yemenis"], NGA: ["nigerians"], NER: ["nigeriens"], MLI: ["malians"],
  TCD: ["chadians"], ETH: ["ethiopians"], ERI: ["eritreans"], KEN: ["kenyans"], UGA: ["ugandans"], RWA: ["rwandans"],
  CMR: ["cameroonians"], TZA: ["tanzanians"], AGO: ["angolans"], MOZ: ["mozambicans"], ZWE: ["zimbabweans"],
  GHA: ["ghanaians"], CIV: ["ivorians"], MRT: ["mauritanians"], GEO: ["georgians"], MDA: ["moldovans"],
  SRB: ["serbs", "serbians"], HRV: ["croats"], BIH: ["bosnians"], ALB: ["albanians"], XKX: ["kosovars"],
  GRC: ["greeks"], BGR: ["bulgarians"], HUN: ["hungarians"], CZE: ["czechs"], SVK: ["slovaks"], LTU: ["lithuanians"],
  LVA: ["latvians"], EST: ["estonians"], ISL: ["icelanders"], NZL: ["new zealanders"], ARG: ["argentines", "argentinians"],
  COL: ["colombians"], CUB: ["cubans"], CHL: ["chileans"], PER: ["peruvians"], ECU: ["ecuadorians"], BOL: ["bolivians"],
  NIC: ["nicaraguans"], THA: ["thais"], PHL: ["filipinos"], LKA: ["sri lankans"], NPL: ["nepalis"], KHM: ["cambodians"],
  SGP: ["singaporeans"], TWN: ["taiwanese"], MNG: ["mongolians"], UZB: ["uzbeks"], TJK: ["tajiks"], TKM: ["turkmens"],
  YUG: ["yugoslavs"], ZMB: ["zambians"], LBR: ["liberians"],
  SLE: ["sierra leoneans"], HTI: ["haitians"], PAN: ["panamanians"], MNE: ["montenegrins"], MKD: ["macedonians"],
  SVN: ["slovenians", "slovenes"], BDI: ["burundians"], GIN: ["guineans"], NAM: ["namibians"], MWI: ["malawians"],
  LAO: ["laotians"], GTM: ["guatemalans"], HND: ["hondurans"], SLV: ["salvadorans"], CRI: ["costa ricans"],
  JAM: ["jamaicans"], PRY: ["paraguayans"], URY: ["uruguayans"], GMB: ["gambians"],
};

// Standalone defaults reflect the Iraq–US–Iran domain: an unqualified "parliament" or "protesters" is Iraqi,
// an unqualified "administration" American; an unqualified "troops" is left unresolved.
export const HEADS: readonly HeadEntry[] = [
  ...h("MILITARY", null, "troop/n", "force/n", "soldier/n", "military", "militaries", "army", "armed force/n", "serviceman",
    "servicemen", "service member/n", "personnel", "base/n", "military base/n", "air base/n", "marine/n", "special force/n",
    "aircraft", "warplane/n", "jet/n", "drone/n", "bomber/n", "warship/n", "submarine/n", "commander/n", "military commander/n", "air force", "navy",
    "security service/n", "intelligence", "intelligence service/n", "intelligence and security service/n",
    "air defence/n", "air defense/n",
    "counterterrorism force/n", "counter - terrorism force/n", "defense ministry", "ministry of defense", "defence ministry",
    "defense minister", "defence minister", "defense secretary", "defense department", "military presence", "adviser/n",
    "advisor/n", "contingent/n", "battalion/n", "brigade/n", "unit/n", "convoy/n", "patrol/n", "police",
    // The forces and craft a wire story names as the doer of a blow: "Iranian border guards shot …", "Turkish gunboats".
    "guard/n", "border guard/n", "coast guard/n", "border police", "policeman", "policemen", "paratrooper/n", "sniper/n",
    "infantry", "artillery", "helicopter/n", "gunship/n", "fighter jet/n", "gunboat/n", "frigate/n",
    "navy ship/n", "naval force/n", "ground force/n", "air defence force/n", "air defense force/n"),
  // An unqualified "security forces" in this domain are Iraq's.
  ...h("MILITARY", "IRQ.MILITARY", "security force/n"),
  ...h("DIPLOMACY", "USA.STATE", "embassy", "embassies", "diplomat/n", "envoy/n", "ambassador/n", "consulate/n",
    "state department", "secretary of state", "foreign ministry", "foreign minister", "chargé d'affaires", "charge d'affaires",
    "chargé", "consul/n", "consul general"),
  ...h("FINANCE", null, "treasury", "treasury department", "central bank", "finance ministry", "finance minister", "bank/n"),
  ...h("LEGISLATURE", "IRQ.PARLIAMENT", "parliament", "parliament/n", "lawmaker/n", "legislator/n", "mp/n",
    "parliamentarian/n", "legislature", "council of representatives"),
  ...h("BUSINESS", null, "company", "companies", "firm/n", "business/n", "investor/n", "corporation/n", "oil company",
    "oil companies", "energy company", "energy companies", "contractor/n", "energy group/n", "oil group/n", "oil major/n",
    "telecoms group/n", "telecom group/n", "telecommunications group/n", "carmaker/n", "automaker/n", "conglomerate/n",
    "airline/n", "shipping group/n", "shipping line/n", "insurer/n", "lender/n", "manufacturer/n"),
  ...h("JUDICIARY", "IRQ.JUDICIARY", "court/n", "supreme court", "federal court", "judiciary", "judge/n", "prosecutor/n"),
  ...h("PUBLIC", "IRQ.PUBLIC", "protester/n", "protestor/n", "demonstrator/n", "citizen/n", "civilian/n"),
  // A "civilian contractor" killed or wounded is a person, not the company the BUSINESS codes stand for.
  ...h("PUBLIC", null, "civilian contractor/n", "people", "public", "crowd/n", "youth", "tribe/n", "resident/n", "voter/n", "worker/n",
    // People a state's forces act on, named by nationality: "shot two Afghan villagers", "detained Iranian journalists".
    "student/n", "villager/n", "smuggler/n", "sailor/n", "journalist/n", "activist/n", "nationals", "truck driver/n", "trader/n", "asylum seeker/n",
    // Trades and groups a wire story names a crowd by: "Lebanese unions struck", "Iranian teachers rallied".
    "unions", "trade union/n", "labor union/n", "labour union/n", "teacher/n", "doctor/n", "nurse/n", "farmer/n", "miner/n",
    "pensioner/n", "hacker/n"),
  // "a human rights group" is no armed group: alone it is a doer left unnamed (GUIDELINES: UNK), with a demonym its state's.
  ...h("PUBLIC", "UNK", "human rights group/n", "rights group/n", "human rights organization/n", "human rights organisation/n"),
  ...h("PARTIES", "IRQ.PARTIES", "political force/n", "party", "parties", "political party", "political parties",
    "bloc/n", "political bloc/n", "political leader/n", "party leader/n"),
  ...h("PARTIES", null, "movement"),
  // Coalitions of parties, not the anti-ISIS coalition: "the ruling coalition", "leaders of the opposition coalition".
  ...h("PARTIES", "IRQ.PARTIES", "opposition coalition/n", "ruling coalition/n", "governing coalition/n", "electoral coalition/n",
    "political coalition/n", "parliamentary coalition/n", "coalition partner/n"),
  ...h("POLITICIANS", null, "figure/n", "politician/n", "political figure/n"),
  ...h("ARMED", "IRQ.MILITIAS", "militia/n", "armed faction/n", "armed group/n", "faction/n", "armed movement/n",
    "paramilitary", "paramilitaries", "militiaman", "militiamen"),
  ...h("ARMED", null, "militant/n", "proxy", "proxies", "fighter/n", "group/n", "rebel/n", "insurgent/n"),
  ...h("ROOT", null, "government/n", "official/n", "administration", "authorities", "prime minister", "president",
    "vice president", "leader/n", "leadership", "ministry/n", "minister/n", "cabinet", "delegation/n", "negotiator/n",
    "spokesman", "spokesperson", "spokeswoman", "regime", "national security adviser", "security adviser",
    "national security advisor", "foreign policy", "side", "counterpart/n", "officer/n", "commission", "king", "emir",
    "crown prince", "sultan", "head of state", "foreign secretary", "interior minister", "chancellor", "premier", "junta/n",
    "council", "presidency", "kingdom", "country", "nation", "monarch",
    // State agencies and regulators act for their state: "the Iraqi civil aviation authority banned flights".
    "civil aviation authority", "aviation authority", "civil aviation authorities", "regulator/n", "communications regulator/n",
    "media regulator/n", "telecoms regulator/n", "energy regulator/n", "nuclear regulator/n", "customs authority",
    "border authority", "port authority", "atomic energy organization", "atomic energy agency"),
  // "the speaker", "Parliament speaker": the legislature's; alone it names no state.
  ...h("LEGISLATURE", null, "speaker"),
  ...h("COALITION", "COALITION", "coalition", "coalition force/n", "international force/n", "international coalition",
    "global coalition"),
  ...Object.entries(PEOPLES).flatMap(([code, words]) => h("PUBLIC", code, ...words)),
];

/** The code each state gives a body noun; a missing entry falls back to the state itself. */
export const SUBCODES: Readonly<Record<string, Partial<Record<Body, string>>>> = {
  USA: { MILITARY: "USA.MILITARY", DIPLOMACY: "USA.STATE", FINANCE: "USA.TREASURY", LEGISLATURE: "USA.CONGRESS", BUSINESS: "USA.BUSINESS" },
  IRQ: {
    MILITARY: "IRQ.MILITARY", LEGISLATURE: "IRQ.PARLIAMENT", JUDICIARY: "IRQ.JUDICIARY", PUBLIC: "IRQ.PUBLIC",
    PARTIES: "IRQ.PARTIES", POLITICIANS: "IRQ.PARTIES", ARMED: "IRQ.MILITIAS",
  },
  IRN: { ARMED: "IRAN_BACKED_MILITIAS" },
};

/**
 * Last words of titles ("President", "Defence Minister") that, right before a person the registry does not know,
 * stand for the state the discourse is about, as the bare title does. Envoys keep their lexicon reading (an
 * unqualified ambassador is American in this domain).
 */
export const HOLDER_TITLES: ReadonlySet<string> = new Set([
  "president", "minister", "premier", "leader", "king", "emir", "chancellor", "sultan", "monarch",
]);

/** Heads that are only meaningful with a state cue or a link word; alone they name nobody. */
export const DEMONYMS: ReadonlySet<string> = new Set([
  "american", "iraqi", "iranian", "syrian", "afghan", "turkish", "saudi", "kuwaiti", "jordanian", "israeli", "chinese",
  "russian", "british", "french", "lebanese", "kurdish", "german", "italian", "japanese", "indian", "egyptian",
  "emirati", "qatari", "bahraini", "omani", "spanish", "dutch", "danish", "canadian", "australian", "pakistani",
  "libyan", "sudanese", "ukrainian", "azerbaijani", "azeri", "swiss", "norwegian", "swedish",
  "belgian", "cypriot", "venezuelan", "moroccan", "algerian", "tunisian", "somali", "armenian", "polish", "romanian",
  "austrian", "finnish", "belarusian", "kazakh", "bangladeshi", "indonesian", "malaysian", "brazilian",
  "mexican", "yemeni", "nigerien", "nigerian", "malian", "burkinabe", "chadian", "senegalese", "togolese", "beninese",
  "ivorian", "ghanaian", "mauritanian", "ethiopian", "eritrean", "djiboutian", "kenyan", "ugandan", "rwandan",
  "congolese", "cameroonian", "tanzanian", "angolan", "mozambican", "zimbabwean", "georgian", "moldovan", "serbian",
  "croatian", "bosnian", "albanian", "greek", "bulgarian", "hungarian", "czech", "slovak", "portuguese", "irish",
  "lithuanian", "latvian", "estonian", "icelandic", "argentine", "argentinian", "colombian", "cuban", "chilean",
  "peruvian", "ecuadorian", "bolivian", "nicaraguan", "vietnamese", "thai", "philippine", "filipino", "burmese",
  "nepalese", "nepali", "cambodian", "singaporean", "taiwanese", "mongolian", "uzbek", "kyrgyz", "tajik",
  "palestinian", "serb", "croat", "soviet", "yugoslav", "zambian", "liberian", "haitian", "panamanian", "montenegrin",
  "macedonian", "slovenian", "slovene", "burundian", "gabonese", "guinean", "namibian", "malawian", "malagasy", "laotian",
  "bruneian", "timorese", "guatemalan", "honduran", "salvadoran", "jamaican", "paraguayan", "uruguayan", "gambian",
  "bhutanese", "maldivian", "maltese", "kosovar", "kosovan", "turkmen",
]);

/** "Iran-backed", "Tehran-aligned": after a hyphen these make the state the sponsor, not the actor. */
export const SPONSOR_WORDS: ReadonlySet<string> = new Set([
  "backed", "aligned", "affiliated", "linked", "supported", "sponsored", "funded", "allied", "loyal", "leaning", "controlled",
]);

/** "US-led coalition": the state leads, the head names the actor. */
export const LEAD_WORDS: ReadonlySet<string> = new Set(["led"]);

/** Words that may sit between a state cue and its body noun: "Iraqi federal police", "US senior officials". */
export const MODIFIERS: ReadonlySet<string> = new Set([
  "federal", "armed", "senior", "top", "former", "acting", "then", "political", "international", "global", "foreign",
  "local", "special", "new", "regional", "central", "supreme", "national", "elite", "some", "several", "many", "two",
  "military", "security", "interim", "caretaker", "outgoing", "incoming", "current", "deputy", "chief", "main", "most",
  "certain", "other", "major", "energy", "oil", "shiite", "shia", "sunni", "kurdish", "allied", "partner", "fellow",
  "ruling", "opposition", "defense", "defence", "intelligence", "counterterrorism", "own", "its", "their", "his", "her",
  // Words that describe an office holder between a state's possessive and the title: "Iran's religious leader",
  // "Iraq's ousted president".
  "religious", "spiritual", "ousted", "deposed", "exiled", "late", "longtime", "veteran", "hardline", "powerful",
  "influential", "embattled", "reformist", "moderate", "conservative", "transitional", "provisional", "newly",
  "appointed", "elected",
]);
