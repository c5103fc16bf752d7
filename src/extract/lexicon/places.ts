/** @module Places that stand for their country as the target of a visit, withdrawal, deployment or aid. */

/**
 * "a visit to Ain al-Asad", "withdrawn from Camp Taji": a base, city or province is where the act happens,
 * and the country that holds it is its target (GUIDELINES: actor/target codes; places are not actors).
 * Each entry is a regular-expression source, tolerant of "al-"/"al " and spelling variants.
 */
export const PLACES: readonly { readonly re: string; readonly country: string }[] = [
  { re: "(?:A[iy]n\\s+)?al[- ]?Ass?ad(?:\\s+(?:Air\\s*[Bb]ase|airbase|base))?|Ain\\s+al[- ]?Ass?ad", country: "IRQ" },
  { re: "(?:Camp\\s+)?Taji|Balad(?:\\s+Air\\s*[Bb]ase)?|Qa[iy]y?arah?|K-1|Camp\\s+Victory|Victory\\s+Base|Union\\s+III|Green\\s+Zone", country: "IRQ" },
  { re: "Baghdad\\s+International\\s+Airport|Mosul|Basr?a|Kirkuk|Anbar|Nineveh|Ninawa|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Samarra|Diyala|Salahuddin|Salah\\s+al-Din|Sulaymaniyah|Duhok|Sinjar|Habbaniyah|Harir", country: "IRQ" },
];

/** Types whose target may be a place's country. */
export const PLACE_TARGET_TYPES: ReadonlySet<string> = new Set(["CONSULT", "RETREAT", "MOBILIZE", "AID"]);

const PLACE_RE = new RegExp(`^[^.;]{0,40}?\\b(?:to|from|at|in|out\\s+of|into)\\s+(?:the\\s+)?(?:${PLACES.map((p) => p.re).join("|")})\\b`);

/** The country of a place named in a to/from/at/in phrase right after a trigger, or null. */
export function placeTarget(after: string): string | null {
  const m = PLACE_RE.exec(after);
  if (!m) return null;
  for (const p of PLACES) if (new RegExp(`(?:${p.re})\\b`).test(m[0])) return p.country;
  return null;
}
