/** @module One POLECAT record (TSV row or JSON line, normalised to flat snake-case fields) → a Basira event. */
import { isPartialDate } from "../../../domain/iso-date.js";
import { PLOVER, PLOVER_TYPES, type PloverType, type QuadClass } from "../../../domain/plover.js";
import { problem } from "../../../domain/problem.js";
import { cleanCode, namedActor, roleCode } from "../actor-codes.js";
import { countryCode } from "../country-codes.js";
import { datasetEvent } from "../dataset-event.js";
import type { Mapped } from "../import-item.js";
import { POLECAT_FIELDS, POLECAT_SECTORS, type PolecatField } from "./polecat-fields.js";

export const POLECAT_ORIGIN = "imported:polecat";
/** POLECAT is machine-coded, by a newer transformer pipeline than GDELT's: a little above it. */
const POLECAT_CONFIDENCE = 0.6;
const TYPES = new Set<string>(PLOVER_TYPES);

/** A flat record: normalised field name → text. */
export type PolecatRecord = Readonly<Record<string, string>>;

const get = (r: PolecatRecord, f: PolecatField): string => {
  for (const k of POLECAT_FIELDS[f]) {
    const v = r[k];
    if (v !== undefined && v.trim() !== "") return v.trim();
  }
  return "";
};

/** Sector lists come as "GOV;MIL" or "Government, Military": the first one is the primary. */
function actorCode(name: string, country: string, sector: string): string | null {
  if (!name && !country) return null;
  const named = namedActor(name);
  if (named) return named;
  const first = sector.split(/[;,|]/)[0]!.trim();
  const role = POLECAT_SECTORS[first.toLowerCase()] ?? first.toUpperCase();
  // Countries come as ISO alpha-3 or, in some exports, as names.
  const iso = /^[A-Z]{3}$/.test(country) ? country : country ? countryCode(country) : null;
  if (iso) return roleCode(iso, role);
  return cleanCode(name || country);
}

export function mapPolecatEvent(r: PolecatRecord, place: { file: string; line: number }): Mapped {
  const bad = (code: string, message: string): Mapped => ({ kind: "reject", problem: problem(code, message, place) });
  const sourceId = get(r, "id");
  if (!sourceId) return bad("bad-id", "the record has no event id");
  const rawDate = get(r, "date");
  const date = rawDate.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date)) return bad("bad-date", `date "${rawDate}" is not YYYY-MM-DD`);
  const type = get(r, "type").toUpperCase();
  if (!TYPES.has(type)) return bad("unknown-event-type", `event type "${get(r, "type")}" is not a PLOVER type`);
  const rawIntensity = get(r, "intensity");
  const intensity = rawIntensity === "" ? PLOVER[type as PloverType].intensity : Number(rawIntensity);
  if (!Number.isFinite(intensity) || intensity < -10 || intensity > 10) return bad("bad-intensity", `intensity "${rawIntensity}" is not a number between -10 and 10`);
  const q = Number(get(r, "quad"));
  const quadClass = (q >= 1 && q <= 4 && Number.isInteger(q) ? q : PLOVER[type as PloverType].quadClass) as QuadClass;
  const mode = get(r, "mode").toLowerCase() || null;
  const context = get(r, "context").split(/[;,|]/).map((c) => c.trim().toLowerCase()).filter(Boolean);
  const actor = actorCode(get(r, "actorName"), get(r, "actorCountry"), get(r, "actorSector")) ?? "UNK";
  const target = actorCode(get(r, "recipientName"), get(r, "recipientCountry"), get(r, "recipientSector"));
  const url = get(r, "url");
  const event = datasetEvent({
    origin: POLECAT_ORIGIN,
    sourceId,
    type: type as PloverType,
    mode,
    context,
    actor,
    target,
    date,
    precision: "day",
    intensity,
    quadClass,
    cameo: null,
    quantity: null,
    sentence: get(r, "text") || null,
    url: /^https?:\/\//i.test(url) ? url : null,
    confidence: POLECAT_CONFIDENCE,
  });
  return { kind: "event", event };
}
