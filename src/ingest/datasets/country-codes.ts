/**
 * @module Country names → ISO 3166-1 alpha-3, for datasets that write names (ACLED actors and countries).
 * A short list: the countries of the Iraq–US–Iran system and their neighbours, plus frequent others.
 * A name not listed is kept verbatim as a code ("Burkina Faso" → "Burkina_Faso").
 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = {
  iraq: "IRQ", iran: "IRN", "united states": "USA", "united states of america": "USA", syria: "SYR", turkey: "TUR",
  "saudi arabia": "SAU", kuwait: "KWT", jordan: "JOR", israel: "ISR", palestine: "PSE", lebanon: "LBN", yemen: "YEM",
  "united arab emirates": "ARE", qatar: "QAT", bahrain: "BHR", oman: "OMN", egypt: "EGY", afghanistan: "AFG",
  pakistan: "PAK", russia: "RUS", china: "CHN", "united kingdom": "GBR", france: "FRA", germany: "DEU", india: "IND",
  ukraine: "UKR", libya: "LBY", sudan: "SDN", somalia: "SOM", nigeria: "NGA", ethiopia: "ETH", mali: "MLI",
  "burkina faso": "BFA", niger: "NER", mexico: "MEX", colombia: "COL", brazil: "BRA", myanmar: "MMR",
  "democratic republic of congo": "COD", kenya: "KEN", azerbaijan: "AZE", armenia: "ARM", georgia: "GEO",
};

/** ISO alpha-3 for a country name, or null. */
export const countryCode = (name: string): string | null => COUNTRY_CODES[name.trim().toLowerCase()] ?? null;
