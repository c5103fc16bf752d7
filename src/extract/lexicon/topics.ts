/** @module The words that tell what an act is about — force, money or politics — read in the act's own clause by 08-dimension. */

/** Force, troops, armed groups and their weapons, and the calming of fighting (GUIDELINES: Dimension, military). */
export const MILITARY_TOPIC: ReadonlySet<string> = new Set([
  "troops", "troop", "forces", "force", "military", "soldiers", "security", "army", "armed", "militia", "militias", "factions",
  "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "rocket", "rockets", "missile", "missiles", "drone",
  "drones", "isis", "terrorism", "counterterrorism", "counter", "combat", "mission", "bases", "base", "weapons", "arms",
  "intelligence", "operation", "operations", "defense", "defence", "war", "fight", "battles", "presence", "withdrawal",
  "deployment", "pentagon", "offensive", "fighting", "ceasefire", "truce", "hostilities", "incursion",
  // Armed groups and the people who fight for them.
  "militant", "militants", "insurgents", "insurgency", "terrorist", "terrorists", "fighters", "guerrillas", "jihadists",
  // Arms and the platforms that carry them.
  "jets", "warplanes", "aircraft", "fighter", "bombers", "warships", "destroyers", "artillery", "shelling", "ammunition",
  "munitions", "interceptors", "air", "naval", "navy", "raid", "raids", "bombing", "bombings",
  // Calming a fight is about the fight: "urged both sides to show restraint", "brokered a ceasefire".
  "restraint", "escalation", "ceasefires", "truces", "escalate", "armistice", "peacekeepers", "peacekeeping", "demilitarised", "demilitarized",
  "disengagement", "pause", "defend", "violence", "clashes", "troopships",
]);

/** Money, trade, energy and livelihoods (GUIDELINES: Dimension, economic). */
export const ECONOMIC_TOPIC: ReadonlySet<string> = new Set([
  "sanctions", "sanction", "trade", "investment", "investments", "economic", "economy", "oil", "gas", "electricity",
  "energy", "billion", "million", "trillion", "$", "dollar", "dollars", "dinar", "funds", "assets", "revenues", "revenue",
  "exemptions", "exemption", "waiver", "waivers", "financial", "bank", "banks", "contracts", "contract", "companies",
  "company", "import", "imports", "export", "exports", "stocks", "reserves", "budget", "prices", "salaries", "jobs",
  "water", "services", "unemployment", "remittances", "loans", "debt", "tariffs", "freeze", "outages", "blackouts", "shortages",
  "fuel", "wages", "poverty", "cost", "costs", "accounts", "account", "payments", "payment", "money", "frozen", "fed",
  "dues", "finances", "currency", "debts", "arrears", "bills", "sanctioned",
  // Business, markets and the energy trade.
  "pipeline", "pipelines", "banking", "firms", "business", "businesses", "investors", "invest", "market", "markets",
  "commercial", "goods", "grid", "crude", "refinery", "refineries", "petroleum", "customs", "tariff", "loan", "finance",
  "financing", "laundering", "embargo", "barrels", "lng", "exporters", "importers", "tender", "bid", "bids", "economically",
  "subsidies", "inflation", "blacklist", "blacklisted", "blacklisting", "purchases", "supplies", "shipments", "flaring",
]);

/** Sovereignty, diplomacy, law and the political order: an act about these is political even beside a war. */
export const POLITICAL_TOPIC: ReadonlySet<string> = new Set([
  "sovereignty", "sovereign", "embassy", "embassies", "consulate", "diplomatic", "diplomats", "diplomat", "ambassador",
  "envoy", "relations", "ties", "apology", "constitution", "constitutional", "unconstitutional", "referendum", "election",
  "elections", "court", "courts", "law", "legal", "illegal", "visa", "visas", "corruption", "reform",
  "reforms", "premises", "punish", "accountable", "responsible", "investigation", "justice",
  "unacceptable", "violation", "condemnation", "recognition", "independence", "autonomy", "resignation", "opposition", "political", "politics", "influence", "session", "sessions", "summit", "propaganda",
]);
