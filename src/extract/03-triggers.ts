/** @module Stage 3: trigger matches — lexicon patterns found in a sentence, overlaps resolved longest-first. */
import type { Token } from "./01-tokens.js";
import { type CompiledPattern, compilePatterns, matchPattern } from "./lexicon/pattern.js";
import { TRIGGERS, type TriggerEntry } from "./lexicon/triggers.js";

export interface TriggerMatch {
  readonly entry: TriggerEntry;
  /** Token range [start, end) of the whole pattern. */
  readonly start: number;
  readonly end: number;
}

interface Indexed {
  readonly entry: TriggerEntry;
  readonly pattern: CompiledPattern;
  readonly order: number;
}

const INDEX = new Map<string, Indexed[]>();
TRIGGERS.forEach((entry, order) => {
  for (const pattern of compilePatterns(entry.p)) {
    for (const f of pattern.firstForms) {
      const list = INDEX.get(f) ?? [];
      list.push({ entry, pattern, order });
      INDEX.set(f, list);
    }
  }
});

/**
 * All trigger matches of a sentence, without overlaps: at each start the longest pattern wins
 * (ties go to the earlier lexicon entry), and a match inside a longer earlier match is dropped.
 * @example findTriggers(tokenize("Trump imposed sanctions on Iran.")) // one SANCTION match over "imposed sanctions"
 */
export function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = INDEX.get(tokens[i]!.norm);
    if (!list) continue;
    let best: { m: TriggerMatch; order: number } | null = null;
    for (const c of list) {
      const end = matchPattern(c.pattern, tokens, i);
      if (end < 0) continue;
      if (!best || end > best.m.end || (end === best.m.end && c.order < best.order)) {
        best = { m: { entry: c.entry, start: i, end }, order: c.order };
      }
    }
    if (best) found.push(best.m);
  }
  return removeOverlaps(found);
}

function removeOverlaps(ms: TriggerMatch[]): TriggerMatch[] {
  // Longer matches first; keep a match only if it does not overlap one already kept.
  const byLength = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const m of byLength) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
