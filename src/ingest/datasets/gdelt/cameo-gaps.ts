/**
 * @module Our PLOVER coding for the CAMEO codes PLOVER dropped (01 statements, 02 appeals), as data.
 *
 * PLOVER folds CAMEO 02 (appeals) into REQUEST: an appeal is a request, so every 02 code maps there
 * with the matching REQUEST mode. CAMEO 01 (public statements) has no PLOVER type because a statement
 * is not an event; GDELT still carries many of them, and dropping them would silently shrink the
 * imported counts. We keep them under the closest type with a lowered confidence (see
 * `ANALOGY_CONFIDENCE`), keep the CAMEO code and the Goldstein value (≈0 for most statements) so the
 * dyad chart is not moved by them, and an analyst can drop them by CAMEO root "01".
 */
import type { PloverType } from "../../../domain/plover.js";

export interface GapCoding {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: readonly string[];
}

const g = (type: PloverType, mode: string | null = null, ...context: string[]): GapCoding => ({ type, mode, context });

export const CAMEO_GAPS: Readonly<Record<string, GapCoding>> = {
  "01": g("SUPPORT"),
  "010": g("SUPPORT"), // make statement: GDELT codes it verbal cooperation with Goldstein 0
  "011": g("REJECT"), // decline comment
  "012": g("ACCUSE", "disapprove"), // pessimistic comment
  "013": g("SUPPORT"), // optimistic comment
  "014": g("SUPPORT"), // consider policy option: not yet a commitment, so not AGREE
  "015": g("CONCEDE"), // acknowledge or claim responsibility
  "016": g("REJECT"), // deny responsibility: rejects the accusation
  "017": g("SUPPORT"), // symbolic act
  "018": g("SUPPORT"), // empathetic comment
  "019": g("AGREE"), // express accord
  "02": g("REQUEST"),
  "020": g("REQUEST"),
  "021": g("REQUEST", "assist", "economic"), // appeal for material cooperation
  "022": g("REQUEST", "assist", "diplomatic"), // appeal for diplomatic cooperation
  "023": g("REQUEST", "assist", "human_security"), // appeal for aid
  "024": g("REQUEST", "change", "political_institutions"), // appeal for political reform
  "025": g("REQUEST", "yield"), // appeal to yield
  "026": g("REQUEST", "meet", "diplomatic"), // appeal to meet or negotiate
  "027": g("REQUEST", "meet", "diplomatic"), // appeal to settle dispute
  "028": g("REQUEST", "meet", "diplomatic"), // appeal to accept mediation
};

/** Confidence given to statements (01) coded by analogy; appeals (02) map cleanly and keep the dataset's. */
export const ANALOGY_CONFIDENCE = 0.3;
