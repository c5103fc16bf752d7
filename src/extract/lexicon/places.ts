/** @module Places that stand for their country as the target of a visit, withdrawal, deployment or aid. */
import { REGIONAL_PLACES } from "./regional-places.js";

/**
 * "a visit to Ain al-Asad", "withdrawn from Camp Taji": a base, city or province is where the act happens,
 * and the country that holds it is its target (GUIDELINES: actor/target codes; places are not actors).
 * Each entry is a regular-expression source, tolerant of "al-"/"al " and spelling variants.
 */
export const PLACES: readonly { readonly re: string; readonly country: string }[] = [
  { re: "(?:A[iy]n\\s+)?al[- ]?Ass?ad(?:\\s+(?:Air\\s*[Bb]ase|airbase|base))?|Ain\\s+al[- ]?Ass?ad", country: "IRQ" },
  { re: "(?:Camp\\s+)?Taji|Balad(?:\\s+Air\\s*[Bb]ase)?|Qa[iy]y?arah?|K-1|Camp\\s+Victory|Victory\\s+Base|Union\\s+III|Green\\s+Zone", country: "IRQ" },
  { re: "Baghdad\\s+International\\s+Airport|Mosul|Basr?a|Kirkuk|Anbar|Nineveh|Ninawa|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Samarra|Diyala|Salahuddin|Salah\\s+al-Din|Sulaymaniyah|Duhok|Sinjar|Habbaniyah|Harir", country: "IRQ" },
  // Towns of the Kurdistan Region's border districts, where cross-border strikes and shelling land.
  { re: "Zakho|Sidakan|Amadiya|Amedi|Batifa|Qandil|Soran|Makhmour|Halabja|Penjwen|Kani\\s+Masi|Barzan|Shiladze", country: "IRQ" },
  ...REGIONAL_PLACES,
];

/**
 * Cities that the registry lists as names of their state (a capital stands for its government: "Tehran said").
 * After a locative preposition ("met in Beijing", "a strike in Baghdad") they are where the act happened,
 * not a party to it (GUIDELINES: places are not actors).
 */
export const CITY_NAMES: ReadonlySet<string> = new Set([
  "baghdad", "tehran", "washington", "beijing", "riyadh", "damascus", "moscow", "ankara", "kabul", "amman", "doha",
  "muscat", "manama", "cairo", "beirut", "islamabad", "london", "paris", "berlin", "rome", "tokyo", "seoul", "erbil",
  "abu dhabi", "tel aviv", "new delhi", "ottawa", "canberra", "madrid", "copenhagen", "the hague",
]);

// Capitals and regional seats are only targets of a movement to or from them ("flew to Tehran", "withdrew from
// Baghdad"): "met in Beijing" names the venue, not a party.
const CAPITALS: readonly { readonly re: string; readonly country: string }[] = [
  { re: "Baghdad|Erbil", country: "IRQ" }, { re: "Tehran", country: "IRN" }, { re: "Washington", country: "USA" },
  { re: "Riyadh", country: "SAU" }, { re: "Beijing", country: "CHN" }, { re: "Damascus", country: "SYR" },
  { re: "Ankara", country: "TUR" }, { re: "Doha", country: "QAT" }, { re: "Muscat", country: "OMN" },
  { re: "Abu\\s+Dhabi", country: "ARE" }, { re: "Kuwait\\s+City", country: "KWT" }, { re: "Manama", country: "BHR" },
  { re: "Amman", country: "JOR" },
];
const CAPITAL_RE = new RegExp(`^[^.;]{0,40}?\\b(?:to|from|into|out\\s+of)\\s+(${CAPITALS.map((p) => p.re).join("|")})\\b`);

/** Types whose target may be a place's country. */
export const PLACE_TARGET_TYPES: ReadonlySet<string> = new Set(["CONSULT", "RETREAT", "MOBILIZE", "AID"]);

const PLACE_RE = new RegExp(`^[^.;]{0,40}?\\b(?:to|from|at|in|out\\s+of|into)\\s+(?:the\\s+)?(?:${PLACES.map((p) => p.re).join("|")})\\b`);

/** The country of a place named in a to/from/at/in phrase right after a trigger, or null. */
export function placeTarget(after: string): string | null {
  const m = PLACE_RE.exec(after);
  if (!m) {
    const c = CAPITAL_RE.exec(after);
    return c ? CAPITALS.find((p) => new RegExp(`^(?:${p.re})$`).test(c[1]!))?.country ?? null : null;
  }
  for (const p of PLACE_TESTS) if (p.re.test(m[0])) return p.country;
  return null;
}

// Compiled once: a regional gazetteer makes the list long, and compiling per call showed in profiles.
const PLACE_TESTS = PLACES.map((p) => ({ re: new RegExp(`(?:${p.re})\\b`), country: p.country }));
const SCENE_TESTS = [...CAPITALS, ...PLACES].map((p) => ({ re: new RegExp(`^(?:${p.re})$`), country: p.country }));

const SCENE_RE = new RegExp(`\\b(?:in|across|throughout)\\s+(?:the\\s+)?(?:(?:central|northern|southern|eastern|western|downtown)\\s+)?(${[...CAPITALS.map((p) => p.re), ...PLACES.map((p) => p.re)].join("|")})\\b`);

/**
 * "crowds stormed the Saudi embassy in Tehran": the country of the first capital or Iraqi place named as where the
 * act happened, whose public a crowd with no nationality is (GUIDELINES: protesters are their state's public).
 */
export function sceneCountry(text: string): string | null {
  const m = SCENE_RE.exec(text);
  if (!m) return null;
  const place = m[1]!;
  for (const p of SCENE_TESTS) if (p.re.test(place)) return p.country;
  return null;
}

const AT_PLACE = new RegExp(`\\b(?:in|near|at|outside|around|of)\\s+(?:the\\s+)?(?:(?:town|city|village|province|district|region|area)\\s+of\\s+)?(${[...CAPITALS.map((p) => p.re), ...PLACES.map((p) => p.re)].join("|")})\\b`);

/**
 * "a resort near Zakho", "a market in Basra": the country of the first known place named as where something
 * happened, or null (GUIDELINES: places stand for their country; they are not actors).
 */
export function placeCountry(text: string): string | null {
  const m = AT_PLACE.exec(text);
  if (!m) return null;
  for (const p of SCENE_TESTS) if (p.re.test(m[1]!)) return p.country;
  return null;
}
