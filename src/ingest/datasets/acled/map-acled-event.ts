/** @module One ACLED CSV record → a Basira event: PLOVER type by (sub-)event type, fatalities kept as the quantity. */
import { isPartialDate } from "../../../domain/iso-date.js";
import { PLOVER } from "../../../domain/plover.js";
import { problem } from "../../../domain/problem.js";
import type { HeaderedRow } from "../csv-rows.js";
import { datasetEvent } from "../dataset-event.js";
import type { Mapped } from "../import-item.js";
import { acledActor } from "./acled-actor.js";
import { ACLED_EVENT_TYPES, ACLED_SUB_EVENTS } from "./acled-event-types.js";

export const ACLED_ORIGIN = "imported:acled";
/** ACLED is coded by trained researchers from sources they cite: higher than machine-coded rows. */
const ACLED_CONFIDENCE = 0.8;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** ACLED writes YYYY-MM-DD in current exports and "05 January 2023" in older ones. */
function isoDate(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isPartialDate(t) ? t : null;
  const m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.findIndex((x) => x.startsWith(m[2]!.toLowerCase().slice(0, 3)));
  if (month < 0) return null;
  const d = `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isPartialDate(d) ? d : null;
}

export function mapAcledEvent(row: HeaderedRow, place: { file: string; line: number }): Mapped {
  const bad = (code: string, message: string): Mapped => ({ kind: "reject", problem: problem(code, message, place) });
  if (row.width !== row.expected) return bad("wrong-column-count", `expected ${row.expected} columns (as the header), found ${row.width}`);
  const v = row.values;
  const sourceId = (v.event_id_cnty ?? "").trim();
  if (!sourceId) return bad("bad-id", "event_id_cnty is empty");
  const day = isoDate(v.event_date ?? "");
  if (!day) return bad("bad-date", `event_date "${v.event_date ?? ""}" is not a date`);
  const sub = (v.sub_event_type ?? "").trim().toLowerCase();
  const coding = sub in ACLED_SUB_EVENTS ? ACLED_SUB_EVENTS[sub] : ACLED_EVENT_TYPES[(v.event_type ?? "").trim().toLowerCase()];
  if (coding === null) return { kind: "skip", reason: `ACLED "${v.sub_event_type}" has no PLOVER equivalent` };
  if (coding === undefined) return bad("unknown-event-type", `event type "${v.event_type ?? ""}" / "${v.sub_event_type ?? ""}" is not an ACLED type`);
  const fatal = (v.fatalities ?? "").trim();
  if (fatal !== "" && !/^\d+$/.test(fatal)) return bad("bad-fatalities", `fatalities "${fatal}" is not a whole number`);
  const country = v.country ?? "";
  const actor = acledActor(v.actor1 ?? "", v.inter1 ?? "", country) ?? "UNK";
  const target = acledActor(v.actor2 ?? "", v.inter2 ?? "", country);
  // time_precision 3 means ACLED knows only the month (or an approximate period): keep that precision.
  const monthOnly = (v.time_precision ?? "").trim() === "3";
  const date = monthOnly ? day.slice(0, 7) : day;
  const info = PLOVER[coding.type];
  const event = datasetEvent({
    origin: ACLED_ORIGIN,
    sourceId,
    type: coding.type,
    mode: coding.mode,
    context: coding.context,
    actor,
    target,
    date,
    precision: monthOnly ? "month" : "day",
    intensity: info.intensity,
    quadClass: info.quadClass,
    cameo: null,
    quantity: fatal !== "" && fatal !== "0" ? `${fatal} killed` : null,
    // ACLED's notes are the human summary of the event: the readable record of what happened.
    sentence: v.notes?.trim() || null,
    url: null,
    confidence: ACLED_CONFIDENCE,
  });
  return { kind: "event", event };
}
