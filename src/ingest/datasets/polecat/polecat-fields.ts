/**
 * @module POLECAT field names as data. TSV exports use headers such as "Event ID" and "Primary Actor
 * Sector", JSON-lines records PLOVER names such as `id`, `event`, `recipient`; both are normalised to
 * snake case and looked up through these alias lists, first match wins.
 */
export const POLECAT_FIELDS = {
  id: ["event_id", "id"],
  date: ["event_date", "date"],
  type: ["event_type", "event"],
  mode: ["event_mode", "mode"],
  intensity: ["event_intensity", "intensity"],
  quad: ["quad_code", "quad_class", "quadclass"],
  context: ["contexts", "context"],
  actorName: ["actor_name", "actor"],
  actorCountry: ["actor_country"],
  actorSector: ["primary_actor_sector", "actor_sector", "actor_sectors"],
  recipientName: ["recipient_name", "recipient"],
  recipientCountry: ["recipient_country"],
  recipientSector: ["primary_recipient_sector", "recipient_sector", "recipient_sectors"],
  url: ["url", "link", "source_url", "story_url"],
  text: ["event_text", "text"],
} as const;

export type PolecatField = keyof typeof POLECAT_FIELDS;

/** POLECAT sector names → CAMEO-style role codes (then mapped like GDELT's: MIL → MILITARY). */
export const POLECAT_SECTORS: Readonly<Record<string, string>> = {
  government: "GOV", executive: "GOV", military: "MIL", police: "COP", intelligence: "SPY", legislature: "LEG",
  legislative: "LEG", judiciary: "JUD", judicial: "JUD", business: "BUS", civilian: "CVL", civilians: "CVL",
  rebel: "REB", rebels: "REB", insurgents: "REB", militia: "REB", opposition: "OPP", party: "PTY",
};
