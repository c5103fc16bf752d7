/** @module Code-point order for codes and labels: stable across locales and far faster than localeCompare. */

/** Orders two strings by UTF-16 code units (what SQLite's BINARY collation does for ASCII codes). */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
