/** @module Change-point detection by PELT (Killick, Fearnhead & Eckley 2012) for shifts in the mean. */
import type { Penalty } from "./analysis-options.js";

export interface ChangePointMethod {
  readonly method: "PELT";
  readonly cost: "normal mean shift";
  /** σ used to scale the cost; estimated unless given. */
  readonly sigma: number;
  readonly sigmaEstimate: "given" | "MAD of first differences / (0.6745·√2)" | "standard deviation" | "none (constant series)";
  readonly penalty: string;
  /** The penalty added per segment, β. */
  readonly beta: number;
  readonly minSegment: number;
  readonly n: number;
}

export interface ChangePointResult {
  /** Indices where a new segment starts (0 < i < n), ascending. */
  readonly changes: readonly number[];
  /** Mean of each segment, in order. */
  readonly means: readonly number[];
  readonly method: ChangePointMethod;
}

export interface PeltOptions {
  /** `MBIC` β = 3·ln n (Zhang & Siegmund 2007, R changepoint's default); `BIC` β = 2·ln n; or β itself. */
  readonly penalty?: Penalty;
  readonly minSegment?: number;
  /** Noise scale; by default a robust estimate, so the penalty is in units of the series' own noise. */
  readonly sigma?: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * σ from the median absolute deviation of first differences: a level shift moves one difference
 * only, so the estimate reflects noise, not the breaks being sought.
 */
function estimateSigma(y: readonly number[]): Pick<ChangePointMethod, "sigma" | "sigmaEstimate"> {
  if (y.length > 2) {
    const d = y.slice(1).map((v, i) => v - y[i]!);
    const mad = median(d.map((x) => Math.abs(x - median(d))));
    if (mad > 0) return { sigma: mad / (0.6745 * Math.SQRT2), sigmaEstimate: "MAD of first differences / (0.6745·√2)" };
  }
  // Step-like series (mostly flat) have MAD 0; the overall spread is a conservative fallback.
  const mean = y.reduce((s, v) => s + v, 0) / Math.max(1, y.length);
  const sd = Math.sqrt(y.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, y.length - 1));
  return sd > 0 ? { sigma: sd, sigmaEstimate: "standard deviation" } : { sigma: 1, sigmaEstimate: "none (constant series)" };
}

/**
 * Optimal partition of `y` into segments of constant mean, minimising Σ cost + β·segments, where a
 * segment's cost is Σ(y − ȳ)²/σ² (twice the Gaussian negative log-likelihood). PELT prunes candidates
 * that can never again be optimal, so it runs in about linear time yet returns the exact optimum.
 * @example pelt([0, 0, 0, 0, 10, 10, 10, 10], { sigma: 1 }).changes // → [4]
 */
export function pelt(y: readonly number[], options: PeltOptions = {}): ChangePointResult {
  const n = y.length;
  const minSegment = Math.max(1, options.minSegment ?? 2);
  const penalty = options.penalty ?? "MBIC";
  const beta = penalty === "MBIC" ? 3 * Math.log(Math.max(n, 2)) : penalty === "BIC" ? 2 * Math.log(Math.max(n, 2)) : penalty;
  const { sigma, sigmaEstimate } = options.sigma !== undefined ? { sigma: options.sigma, sigmaEstimate: "given" as const } : estimateSigma(y);
  const method: ChangePointMethod = {
    method: "PELT",
    cost: "normal mean shift",
    sigma,
    sigmaEstimate,
    penalty: typeof penalty === "number" ? `manual β=${penalty}` : penalty === "MBIC" ? "MBIC (β = 3·ln n)" : "BIC (β = 2·ln n)",
    beta,
    minSegment,
    n,
  };
  if (n === 0) return { changes: [], means: [], method };

  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + y[i]!;
    s2[i + 1] = s2[i]! + y[i]! ** 2;
  }
  const cost = (s: number, t: number): number => {
    const sum = s1[t]! - s1[s]!;
    return Math.max(0, s2[t]! - s2[s]! - (sum * sum) / (t - s)) / (sigma * sigma);
  };

  const F = new Float64Array(n + 1).fill(Infinity);
  F[0] = -beta;
  const last = new Int32Array(n + 1);
  let candidates = [0];
  for (let t = minSegment; t <= n; t++) {
    let best = Infinity;
    let arg = 0;
    const totals = new Map<number, number>();
    for (const s of candidates) {
      if (t - s < minSegment) continue;
      const v = F[s]! + cost(s, t) + beta;
      totals.set(s, v);
      if (v < best) {
        best = v;
        arg = s;
      }
    }
    F[t] = best;
    last[t] = arg;
    // Pruning (K = 0 for this cost): a start that already loses to the optimum by the penalty never recovers.
    candidates = candidates.filter((s) => !totals.has(s) || totals.get(s)! - beta <= best);
    if (t + minSegment <= n || t === n) candidates.push(t);
  }

  const changes: number[] = [];
  for (let t = last[n]!; t > 0; t = last[t]!) changes.unshift(t);
  const bounds = [0, ...changes, n];
  const means = bounds.slice(1).map((t, i) => (s1[t]! - s1[bounds[i]!]!) / (t - bounds[i]!));
  return { changes, means, method };
}
