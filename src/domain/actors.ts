/** @module The actor registry of the Iraq–US–Iran system, as data, with English and Arabic names. */
import type { Actor } from "./actor.js";

const a = (
  code: string,
  kind: Actor["kind"],
  country: string | null,
  parent: string | null,
  en: string,
  ar: string,
  aliasesEn: string[] = [],
  aliasesAr: string[] = [],
): Actor => ({ code, kind, country, parent, names: { en, ar }, aliases: { en: aliasesEn, ar: aliasesAr } });

/** Codes follow the event-coding guidelines (USA, USA.MILITARY, IRQ.PARLIAMENT, PMF …). */
export const ACTORS: readonly Actor[] = [
  a("USA", "state", "USA", null, "United States", "الولايات المتحدة", ["U.S.", "US", "America", "Washington", "the White House"], ["أمريكا", "واشنطن"]),
  a("USA.MILITARY", "military", "USA", "USA", "U.S. military", "الجيش الأمريكي", ["Pentagon", "CENTCOM", "U.S. forces"], ["البنتاغون", "القوات الأمريكية"]),
  a("IRQ", "state", "IRQ", null, "Iraq", "العراق", ["Baghdad", "Iraqi government"], ["بغداد", "الحكومة العراقية"]),
  a("IRQ.PARLIAMENT", "government_body", "IRQ", "IRQ", "Council of Representatives of Iraq", "مجلس النواب العراقي", ["Iraqi Parliament"], ["البرلمان العراقي"]),
  a("IRN", "state", "IRN", null, "Iran", "إيران", ["Tehran"], ["طهران"]),
];
