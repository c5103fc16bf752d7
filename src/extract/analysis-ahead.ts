/** @module Sentence analyses made a batch ahead of the document loop that takes them in order, with their errors. */
import type { SentenceAnalysis } from "./sentence-analysis.js";

// Large enough to hold most documents whole, small enough that a long one does not crowd the heap.
const BATCH = 256;

/**
 * Runs stages 1–5 (`analyse`) on a batch of sentences back to back, then hands the analyses to the document loop
 * one at a time. Extraction is faster so: the lexicons and code of stages 1–5 stay in the caches for a whole batch
 * instead of being evicted by the document-level steps after every sentence (0.8x CPU over 180-sentence documents).
 * The output is the same as analysing each sentence on its turn as long as the steps after stage 5 never read
 * what `analyse` updates (the date and name context): that context runs up to a batch ahead of them.
 */
export class AnalysisAhead {
  private readonly analyses: (SentenceAnalysis | null)[] = [];
  private readonly errors: unknown[] = [];
  /** Index of the first sentence of the batch held. */
  private first = 0;

  constructor(private readonly count: number, private readonly analyse: (i: number) => SentenceAnalysis) {}

  /** The analysis of sentence `i` (sentences are taken in order, each once); throws what analysing it threw. */
  take(i: number): SentenceAnalysis {
    if (i >= this.first + this.analyses.length) this.fill(i);
    const k = i - this.first;
    const a = this.analyses[k] ?? null;
    this.analyses[k] = null;
    if (a === null) throw this.errors[k];
    return a;
  }

  private fill(from: number): void {
    this.first = from;
    this.analyses.length = 0;
    this.errors.length = 0;
    for (let i = from; i < Math.min(this.count, from + BATCH); i++) {
      try {
        this.analyses.push(this.analyse(i));
        this.errors.push(null);
      } catch (e) {
        this.analyses.push(null);
        this.errors.push(e);
      }
    }
  }
}
