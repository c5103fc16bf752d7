/** @module Gazetteer of towns, provinces and bases of the region outside Iraq, each with its country's code. */

/**
 * Places of Syria, Iran, Turkey, Yemen, Israel, Lebanon, Jordan and the Gulf states that reports name as where
 * an act happened ("struck targets near Isfahan", "pulled out of posts at Tal Abyad", "rallied in Sanaa"). A place
 * is not an actor; it stands for its country as the target of a strike, visit or withdrawal and as the country whose
 * public a crowd there is (GUIDELINES: actor/target codes). Each entry is a regular-expression source tolerant of
 * common transliterations. Source: the country each place lies in, as in standard atlases (facts only; no text
 * copied). Capitals are in `places.ts`/the registry; contested places (Jerusalem, Golan, Gaza) are left out.
 */
export const REGIONAL_PLACES: readonly { readonly re: string; readonly country: string }[] = [
  {
    country: "SYR",
    re: "Aleppo|Idlib|Homs|Hama|Latakia|Tartus|Deir\\s+(?:ez|al|el)[- ]?Zou?r|Raqqa|(?:al[- ])?Hasa(?:ka|kah|keh)|Qamishli|Kobani|Manbij|Tal\\s+Abyad|Ras\\s+al[- ]Ain|Afrin|Daraa|Albu\\s+Kamal|Abu\\s+Kamal|Bukamal|Palmyra|(?:al[- ])?Tanf|Mayadin|Quneitra|Shayrat",
  },
  {
    country: "IRN",
    re: "Isfahan|Esfahan|Natanz|Fordow|Bushehr|Bandar\\s+Abbas|Shiraz|Tabriz|Mashhad|Qom|Kermanshah|Ahvaz|Ahwaz|Khuzestan|Ilam|Chabahar|Kerman|Yazd|Arak|Parchin|Sistan|Baluchestan|Kharg\\s+Island|Semnan",
  },
  {
    country: "TUR",
    re: "Istanbul|Izmir|Gaziantep|Sanliurfa|Urfa|Diyarbakir|Hatay|Incirlik|Adana|Akcakale|Ceylanpinar|Kilis|Mardin|Sirnak|Hakkari",
  },
  { country: "YEM", re: "Sanaa|Sana'a|Sana’a|Aden|Hodeidah|Hudaydah|Hodeida|Marib|Saada|Sa'ada|Taiz|Mukalla" },
  { country: "ISR", re: "Haifa|Eilat|Nevatim|Dimona|Negev|Beersheba|Ashkelon|Ashdod|Ramat\\s+David" },
  { country: "LBN", re: "Tyre|Sidon|Baalbek|Nabatieh|Bekaa|Dahiyeh|Dahieh" },
  { country: "JOR", re: "Zarqa|Aqaba|Irbid|Muwaffaq\\s+Salti" },
  { country: "SAU", re: "Jeddah|Dhahran|Abqaiq|Ras\\s+Tanura|Mecca|Medina|Khurais|Prince\\s+Sultan\\s+Air\\s+Base" },
  { country: "ARE", re: "Dubai|Fujairah|Al\\s+Dhafra|Sharjah" },
  { country: "QAT", re: "Al\\s+Udeid|Ras\\s+Laffan" },
  { country: "KWT", re: "Camp\\s+Arifjan|Ali\\s+Al\\s+Salem|Camp\\s+Buehring" },
];

const STRUCK_AT = new RegExp(
  // "struck Isfahan" (the place as the object) or "hit a radar near Isfahan".
  `^(?:\\s+|[^.;]{0,60}?\\b(?:in|at|near|on|across|outside|around)\\s+)(?:the\\s+)?(?:(?:provinces?|city|town|region|port|area|outskirts)\\s+of\\s+)?(?:(?:central|northern|southern|eastern|western|north-?(?:eastern|western)|south-?(?:eastern|western))\\s+)?(${REGIONAL_PLACES.map((p) => p.re).join("|")})\\b`,
);
const BY_NAME = REGIONAL_PLACES.map((p) => ({ re: new RegExp(`^(?:${p.re})$`), country: p.country }));

/**
 * "a strike hit a radar at an air base near Isfahan": the country of a regional place named as where an attack
 * landed, in the words after its trigger, or null. Iraqi places are left to the rules that know Iraq's actors.
 */
export function struckCountry(after: string): string | null {
  const m = STRUCK_AT.exec(after);
  if (!m) return null;
  return BY_NAME.find((p) => p.re.test(m[1]!))?.country ?? null;
}
