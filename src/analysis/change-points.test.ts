import { describe, expect, test } from "vitest";
import { pelt } from "./change-points.js";

describe("PELT", () => {
  test("a clean step: one break, segment means exact", () => {
    // One mean: cost Σ(y−5)²/1 = 8·25 = 200. Split at 4: cost 0 + β (3·ln 8 ≈ 6.24). The split wins.
    const r = pelt([0, 0, 0, 0, 10, 10, 10, 10], { sigma: 1 });
    expect(r.changes).toEqual([4]);
    expect(r.means).toEqual([0, 10]);
    expect(r.method).toMatchObject({ method: "PELT", penalty: "MBIC (β = 3·ln n)", sigmaEstimate: "given", n: 8 });
    expect(r.method.beta).toBeCloseTo(3 * Math.log(8), 12);
  });

  test("a shift smaller than the penalty is not a break", () => {
    // Split cost saving = 8·(0.5)² = 2 < β ≈ 6.24, so one segment.
    expect(pelt([0, 0, 0, 0, 1, 1, 1, 1], { sigma: 1 }).changes).toEqual([]);
    // With a manual β of 1 the saving (2) beats the penalty.
    expect(pelt([0, 0, 0, 0, 1, 1, 1, 1], { sigma: 1, penalty: 1 }).changes).toEqual([4]);
  });

  test("two breaks; the minimum segment length is respected", () => {
    const y = [0, 0, 0, 9, 9, 9, 0, 0, 0];
    expect(pelt(y, { sigma: 1 }).changes).toEqual([3, 6]);
    // A one-period spike is its own segment only when segments may be one period long.
    expect(pelt([0, 0, 0, 9, 0, 0, 0], { sigma: 1, minSegment: 1 }).changes).toEqual([3, 4]);
    const bounds = [0, ...pelt([0, 0, 0, 9, 0, 0, 0], { sigma: 1, minSegment: 2 }).changes, 7];
    expect(bounds.slice(1).every((t, i) => t - bounds[i]! >= 2)).toBe(true);
  });

  test("σ is estimated robustly from first differences", () => {
    const noisy = [0.3, -0.5, 0.1, 0.6, -0.2, 0.4, 10.2, 9.7, 10.5, 9.9, 10.1, 9.6];
    const r = pelt(noisy);
    // Differences' median 0.2, MAD 0.7 → σ = 0.7 / (0.6745·√2) ≈ 0.7339.
    expect(r.method.sigma).toBeCloseTo(0.7 / (0.6745 * Math.SQRT2), 10);
    expect(r.method.sigmaEstimate).toBe("MAD of first differences / (0.6745·√2)");
    expect(r.changes).toEqual([6]);
  });

  test("edge cases: empty, constant, shorter than a segment", () => {
    expect(pelt([]).changes).toEqual([]);
    expect(pelt([3, 3, 3, 3]).method.sigmaEstimate).toBe("none (constant series)");
    expect(pelt([5], { minSegment: 2 }).changes).toEqual([]);
  });
});
