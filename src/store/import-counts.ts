/** @module The running counts of one file's import: what the summary prints and the progress row keeps. */

export interface ImportCounts {
  /** Data rows read (header and blank lines excluded). */
  read: number;
  added: number;
  /** Rows whose dataset id was already stored (a re-import). */
  present: number;
  /** Rows that matched an existing event (same dyad, type and day) and raised its source count. */
  corroborated: number;
  rejected: number;
  /** Rows deliberately not imported, with a counted reason (e.g. ACLED "Other" developments). */
  skipped: number;
  /** Mentions whose event is in the store (GDELT 2.0 mentions files only). */
  linked: number;
}

export const emptyCounts = (): ImportCounts => ({ read: 0, added: 0, present: 0, corroborated: 0, rejected: 0, skipped: 0, linked: 0 });
