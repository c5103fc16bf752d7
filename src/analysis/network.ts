/** @module The actor network: actors as nodes, directed edges weighted by event counts per QuadClass. */
import { byCode } from "./compare-codes.js";
import type { QuadClass } from "../domain/plover.js";
import { round6 } from "./dyad-series.js";

/** Events from one actor to another, counted per QuadClass (what the store aggregates; pairs may repeat). */
export interface EdgeCell {
  readonly actor: string;
  readonly target: string;
  /** Events in QuadClass 1, 2, 3 and 4. */
  readonly quad: readonly [number, number, number, number];
  /** Sum of the events' scores. */
  readonly score: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Total events source → target. */
  readonly weight: number;
  readonly quadClass: Readonly<Record<QuadClass, number>>;
  readonly net: number;
}

export interface NetworkNode {
  readonly id: string;
  /** Distinct actors this one acts on / is acted on by. */
  readonly outDegree: number;
  readonly inDegree: number;
  readonly degree: number;
  /** Events sent, received, and both (weighted degree). */
  readonly outWeight: number;
  readonly inWeight: number;
  readonly weightedDegree: number;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly minEvents: number;
}

/** One directed pair, merged over its cells: [actor, target, q1, q2, q3, q4, score] (how the store hands pairs over). */
export type PairRow = readonly [actor: string, target: string, q1: number, q2: number, q3: number, q4: number, score: number];

/**
 * Folds edge cells into a directed network. An edge is kept when it carries at least `minEvents`
 * events; degrees count kept edges only, so nodes and edges always agree.
 * @example network([{ actor: "USA", target: "IRQ", quad: [3, 0, 0, 0], score: 9 }]).nodes[0].weightedDegree // → 3
 */
export function network(cells: readonly EdgeCell[], options: { readonly minEvents?: number } = {}): Network {
  // Sort-merge rather than a map of pairs: a year of a big store has ~10⁵ pairs.
  const ordered = isPairOrdered(cells) ? cells : [...cells].sort((x, y) => byCode(x.actor, y.actor) || byCode(x.target, y.target));
  const pairs: PairRow[] = [];
  let i = 0;
  while (i < ordered.length) {
    const { actor, target } = ordered[i]!;
    let [q1, q2, q3, q4, score] = [0, 0, 0, 0, 0];
    for (; i < ordered.length && ordered[i]!.actor === actor && ordered[i]!.target === target; i++) {
      const c = ordered[i]!;
      q1 += c.quad[0];
      q2 += c.quad[1];
      q3 += c.quad[2];
      q4 += c.quad[3];
      score += c.score;
    }
    pairs.push([actor, target, q1, q2, q3, q4, score]);
  }
  return networkOfPairs(pairs, options);
}

/**
 * The network from pairs that are each one (actor, target) pair, in (actor, target) order — what the
 * store hands over, read lazily row by row so a year of ~10⁵ pairs becomes edge objects once. Pairs
 * out of order are sorted first; self-loops (an actor acting on itself) are not relations.
 */
export function networkOfPairs(pairs: Iterable<PairRow>, options: { readonly minEvents?: number } = {}): Network {
  const minEvents = options.minEvents ?? 1;
  const edges: NetworkEdge[] = [];
  const nodes = new Map<string, { out: number; in: number; outW: number; inW: number }>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { out: 0, in: 0, outW: 0, inW: 0 }));
    return n;
  };
  const quads = new QuadCounts();
  let ordered = true;
  let last: NetworkEdge | undefined;
  for (const r of pairs) {
    // Indexed rather than destructured: this loop runs once per pair, ~10⁵ times for a year.
    const source = r[0];
    const target = r[1];
    const weight = r[2] + r[3] + r[4] + r[5];
    if (source === target || weight < minEvents) continue;
    const e: NetworkEdge = { source, target, weight, quadClass: quads.of(r[2], r[3], r[4], r[5]), net: round6(r[6]) };
    if (last && (last.source > source || (last.source === source && last.target >= target))) ordered = false;
    edges.push((last = e));
    const s = node(source);
    const t = node(target);
    s.out += 1;
    s.outW += weight;
    t.in += 1;
    t.inW += weight;
  }
  if (!ordered) edges.sort((x, y) => byCode(x.source, y.source) || byCode(x.target, y.target));
  // Stable sort on weight alone keeps the (source, target) order among equal weights.
  edges.sort((x, y) => y.weight - x.weight);
  return {
    nodes: [...nodes.entries()]
      .map(([id, n]) => ({ id, outDegree: n.out, inDegree: n.in, degree: n.out + n.in, outWeight: n.outW, inWeight: n.inW, weightedDegree: n.outW + n.inW }))
      .sort((x, y) => y.weightedDegree - x.weightedDegree || byCode(x.id, y.id)),
    edges,
    minEvents,
  };
}

/**
 * Hands out one frozen `{1, 2, 3, 4}` object per distinct tuple of counts. Objects keyed by integers
 * cost V8 several times a named-key object to build, and a year's ~10⁵ edges, mostly a handful of
 * events each, share a few thousand distinct tuples; frozen, sharing them is safe.
 */
class QuadCounts {
  private readonly seen = new Map<number, Readonly<Record<QuadClass, number>>>();
  of(q1: number, q2: number, q3: number, q4: number): Readonly<Record<QuadClass, number>> {
    if (q1 >= 4096 || q2 >= 4096 || q3 >= 4096 || q4 >= 4096 || q1 < 0 || q2 < 0 || q3 < 0 || q4 < 0) return { 1: q1, 2: q2, 3: q3, 4: q4 };
    const key = q1 + 4096 * (q2 + 4096 * (q3 + 4096 * q4)); // < 2^48: exact as a double
    let q = this.seen.get(key);
    if (q === undefined) this.seen.set(key, (q = Object.freeze({ 1: q1, 2: q2, 3: q3, 4: q4 })));
    return q;
  }
}

function isPairOrdered(cells: readonly EdgeCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (a.actor > b.actor || (a.actor === b.actor && a.target > b.target)) return false;
  }
  return true;
}
