/** @module Guesses en or ar from the share of Arabic letters. */
import type { Language } from "../domain/document.js";

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? "ar" : "en";
}
