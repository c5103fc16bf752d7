/** @module Stage 8: the dimension of an event — military, economic or political — from its type, mode and nearby words. */
import type { Dimension } from "../domain/dimension.js";
import type { SentenceAnalysis } from "./sentence-analysis.js";

const MILITARY_WORDS = new Set([
  "troops", "troop", "forces", "force", "military", "soldiers", "security", "army", "armed", "militia", "militias", "factions",
  "attack", "attacks", "strike", "strikes", "airstrike", "rocket", "rockets", "missile", "drone", "isis", "terrorism",
  "counterterrorism", "counter", "combat", "mission", "bases", "base", "weapons", "arms", "intelligence", "operation",
  "operations", "defense", "defence", "war", "fight", "battles", "presence", "withdrawal", "deployment", "pentagon",
  "offensive", "fighting", "ceasefire", "truce", "hostilities", "incursion", "airstrikes", "drones", "rockets", "missiles",
]);
const ECONOMIC_WORDS = new Set([
  "sanctions", "sanction", "trade", "investment", "investments", "economic", "economy", "oil", "gas", "electricity",
  "energy", "billion", "million", "trillion", "$", "dollar", "dollars", "dinar", "funds", "assets", "revenues", "revenue",
  "exemptions", "exemption", "waiver", "waivers", "financial", "bank", "banks", "contracts", "contract", "companies",
  "company", "import", "imports", "export", "exports", "stocks", "reserves", "budget", "prices", "salaries", "jobs",
  "water", "services", "unemployment", "remittances", "loans", "debt", "tariffs", "freeze", "power", "shortages",
  "fuel", "wages", "poverty", "cost", "costs", "accounts", "account", "payments", "payment", "money", "frozen", "fed",
  "dues", "finances", "currency", "debts", "arrears", "bills", "dollars", "gas", "sanctioned",
]);

function context(a: SentenceAnalysis, start: number, end: number, width: number): { mil: number; eco: number } {
  let mil = 0;
  let eco = 0;
  for (let k = Math.max(0, start - width); k < Math.min(a.tokens.length, end + width); k++) {
    const w = a.tokens[k]!.norm;
    const inside = k >= start && k < end ? 2 : 1;
    if (MILITARY_WORDS.has(w)) mil += inside;
    if (ECONOMIC_WORDS.has(w)) eco += inside;
  }
  return { mil, eco };
}

/**
 * The dimension of an event by the substance of its action (GUIDELINES: Dimension).
 * @example dimensionOf(a, "SANCTION", "discontinue", 3, 5) // "economic"
 */
export function dimensionOf(a: SentenceAnalysis, type: string, mode: string | null, start: number, end: number, target: string | null): Dimension {
  const near = context(a, start, end, 6);
  const words = a.tokens.slice(start, end).map((t) => t.norm).join(" ");
  switch (type) {
    case "ASSAULT": case "MOBILIZE": case "AID": case "COERCE":
      return type === "AID" && near.eco > near.mil ? "economic" : "military";
    case "RETREAT":
      return mode === "release" || mode === "resign" ? "political" : "military";
    case "SANCTION":
      if (mode === "withdraw" || mode === "convict" || mode === "expel" || /embass|consulate|directive|memorandum|ambassador|diplomat|relations|ties\b|talks|negotiation|dialogue|visa/.test(words)) return "political";
      return "economic";
    case "THREATEN":
      if (mode === "arrest" || mode === "relations") return "political";
      if (mode === "violence" || mode === "expel") return "military";
      // "warned Baghdad that its accounts could be frozen": a threat about money is economic wherever the money is named.
      if (near.eco > 0) return "economic";
      if (near.mil > 0) return "military";
      return context(a, 0, a.tokens.length, 0).eco > 0 ? "economic" : "political";
    case "PROTEST":
      // A protest takes the dimension of its grievance, which may be told anywhere in the sentence.
      return near.eco > 0 || context(a, 0, a.tokens.length, 0).eco > 0 ? "economic" : "political";
    case "ACCUSE": case "REJECT": case "SUPPORT": case "CONSULT": {
      // "took the energy file to Washington", "held talks on oil exports": talks about money or energy are economic,
      // as security talks are military (GUIDELINES: Dimension, by the substance of the action).
      if (type === "CONSULT" && context(a, start, end, 0).eco > 0 && near.eco > near.mil) return "economic";
      // Calling an act a crime, an aggression or a breach judges it in law and politics, whatever force it used.
      const judged = a.tokens.slice(start, end + 4).map((t) => t.norm).join(" ");
      return near.mil > 1 && !/sovereignty|violation|aggression|crime|breach|terror/.test(judged) ? "military" : "political";
    }
    case "COOPERATE": case "AGREE": case "CONCEDE": case "REQUEST": {
      // An announced drawdown is about forces whatever words surround it.
      if (type === "CONCEDE" && /\b(?:withdr\w*|draw down|drawdown|pull out|troops?|forces|mission|presence)\b/.test(words)) return "military";
      if (target?.endsWith(".BUSINESS")) return "economic";
      if (near.mil > near.eco) return "military";
      if (near.eco > 0) return "economic";
      return type === "COOPERATE" ? "economic" : "political";
    }
    default:
      return "political";
  }
}
