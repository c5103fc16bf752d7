/** @module Guesses en or ar from the share of Arabic letters. */
import type { Language } from "../domain/document.js";

export function detectLanguage(text: string): Language {
  // A counting loop: this runs on every ingested document, and regex matches allocate per letter.
  const n = Math.min(text.length, 20_000);
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? "ar" : "en";
}
