/** @module One GDELT events line (1.0 daily, 1.0 back-file or 2.0 export, told apart by width) → a Basira event. */
import { isPartialDate } from "../../../domain/iso-date.js";
import type { QuadClass } from "../../../domain/plover.js";
import { quadClassOfRoot } from "../../../domain/cameo.js";
import { problem } from "../../../domain/problem.js";
import { datasetEvent } from "../dataset-event.js";
import type { Mapped } from "../import-item.js";
import { ANALOGY_CONFIDENCE } from "./cameo-gaps.js";
import { cameoToPlover } from "./cameo-plover.js";
import { gdeltActor } from "./gdelt-actor.js";
import { EVENT_LAYOUTS, type Layout } from "./gdelt-columns.js";

export const GDELT_ORIGIN = "imported:gdelt";
/** GDELT is machine-coded from news text; we rate a row below a hand-coded or extracted event. */
export const GDELT_CONFIDENCE = 0.5;

/** Column indexes resolved once per layout, so the per-line work is plain array reads. */
interface Indexes {
  readonly id: number; readonly date: number; readonly code: number; readonly root: number; readonly quad: number;
  readonly goldstein: number; readonly url: number;
  readonly a1: readonly number[]; readonly a2: readonly number[];
}

const ACTOR_COLUMNS = ["Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code", "Type2Code"] as const;

function indexes(at: Layout): Indexes {
  const i = (name: string): number => (at as Record<string, number | undefined>)[name] ?? -1;
  return {
    id: i("GLOBALEVENTID"), date: i("SQLDATE"), code: i("EventCode"), root: i("EventRootCode"), quad: i("QuadClass"),
    goldstein: i("GoldsteinScale"), url: i("SOURCEURL"),
    a1: ACTOR_COLUMNS.map((c) => i(`Actor1${c}`)), a2: ACTOR_COLUMNS.map((c) => i(`Actor2${c}`)),
  };
}

const INDEXES: ReadonlyMap<number, Indexes> = new Map([...EVENT_LAYOUTS].map(([w, l]) => [w, indexes(l.at)]));
const WIDTHS = [...EVENT_LAYOUTS.keys()].join(", ");

/** Tab positions of the current line; reused, so a line costs no array allocation. */
const tabs = new Int32Array(128);

/**
 * Finds the tabs of `line`; returns the column count. Slicing only the ~20 columns the mapping reads,
 * instead of splitting all 58–61, keeps the hot loop's garbage (and the import's memory) small.
 */
function scan(line: string): number {
  let n = 0;
  tabs[0] = -1;
  for (let at = line.indexOf("\t"); at !== -1 && n < 126; at = line.indexOf("\t", at + 1)) tabs[++n] = at;
  tabs[n + 1] = line.length;
  return n + 1;
}

/** Column `i` of the scanned line. */
const col = (line: string, i: number): string => (i < 0 ? "" : line.slice(tabs[i]! + 1, tabs[i + 1]!));

const actorOf = (l: string, ix: readonly number[]): string | null =>
  gdeltActor({ code: col(l, ix[0]!), name: col(l, ix[1]!), country: col(l, ix[2]!), knownGroup: col(l, ix[3]!), type1: col(l, ix[4]!), type2: col(l, ix[5]!) });

/**
 * Maps one tab-separated line; `place` says where the line is, for the reject record.
 * @example mapGdeltEvent(line, { file: "20160728.export.CSV", line: 1 })
 */
export function mapGdeltEvent(line: string, place: { file: string; line: number }): Mapped {
  const width = scan(line);
  const ix = INDEXES.get(width);
  if (!ix) {
    return reject("wrong-column-count", `expected ${WIDTHS} tab-separated columns, found ${width}`, place);
  }
  const sourceId = col(line, ix.id);
  // Exports made with BigQuery or pandas may start with GDELT's header line: not a row, not an error.
  if (sourceId === "GLOBALEVENTID") return { kind: "skip", reason: "header line" };
  if (!/^\d+$/.test(sourceId)) return reject("bad-id", `GLOBALEVENTID "${sourceId}" is not a number`, place);
  const sqlDate = col(line, ix.date);
  const date = isoDay(sqlDate);
  if (date === null) return reject("bad-date", `SQLDATE "${sqlDate}" is not a date YYYYMMDD`, place);
  const cameo = col(line, ix.code);
  const coding = cameoToPlover(cameo);
  if (!coding) return reject("unknown-cameo", `EventCode "${cameo}" is not a CAMEO event code`, place);
  const gs = col(line, ix.goldstein);
  const goldstein = gs === "" ? NaN : Number(gs);
  if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
    return reject("bad-goldstein", `GoldsteinScale "${gs}" is not a number between -10 and 10`, place);
  }
  const quad = col(line, ix.quad);
  const q = Number(quad);
  const quadClass = (q >= 1 && q <= 4 && Number.isInteger(q) ? q : quadClassOfRoot(col(line, ix.root) || cameo)) as QuadClass | null;
  if (quadClass === null) return reject("bad-quad-class", `QuadClass "${quad}" is not 1–4`, place);
  const actor = actorOf(line, ix.a1) ?? "UNK";
  const target = actorOf(line, ix.a2);
  const url = ix.url >= 0 ? col(line, ix.url) || null : null;
  const event = datasetEvent({
    origin: GDELT_ORIGIN,
    sourceId,
    type: coding.type,
    mode: coding.mode,
    context: coding.context,
    actor,
    target,
    date,
    precision: "day",
    // Round away float artefacts of re-exported files (GDELT publishes one decimal: 1.0000000000000002 → 1).
    intensity: Math.round(goldstein * 100) / 100,
    quadClass,
    cameo,
    quantity: null,
    sentence: null,
    url,
    confidence: coding.analogy ? ANALOGY_CONFIDENCE : GDELT_CONFIDENCE,
  });
  return { kind: "event", event };
}

/** A file holds a few thousand distinct days: check and convert each once. */
const days = new Map<string, string | null>();

let lastSql = "";
let lastIso: string | null = null;

function isoDay(sqlDate: string): string | null {
  // Most rows of a daily file carry the file's own day: compare with the previous row before hashing.
  if (sqlDate === lastSql) return lastIso;
  let d = days.get(sqlDate);
  if (d === undefined) {
    const iso = `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;
    d = /^\d{8}$/.test(sqlDate) && isPartialDate(iso) ? iso : null;
    if (days.size > 50_000) days.clear();
    days.set(sqlDate, d);
  }
  lastSql = sqlDate;
  lastIso = d;
  return d;
}

function reject(code: string, message: string, place: { file: string; line: number }): Mapped {
  return { kind: "reject", problem: problem(code, message, place) };
}
