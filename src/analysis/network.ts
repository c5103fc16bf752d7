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

/**
 * Folds edge cells into a directed network. An edge is kept when it carries at least `minEvents`
 * events; degrees count kept edges only, so nodes and edges always agree.
 * @example network([{ actor: "USA", target: "IRQ", quad: [3, 0, 0, 0], score: 9 }]).nodes[0].weightedDegree // → 3
 */
export function network(cells: readonly EdgeCell[], options: { readonly minEvents?: number } = {}): Network {
  const minEvents = options.minEvents ?? 1;
  // Sort-merge rather than a map of pairs: a year of a big store has ~10⁵ pairs, and the store hands
  // them over already in (actor, target) order, so the sort below is skipped and merging is one pass.
  const ordered = isPairOrdered(cells) ? cells : [...cells].sort((x, y) => byCode(x.actor, y.actor) || byCode(x.target, y.target));
  const merged: NetworkEdge[] = [];
  let i = 0;
  while (i < ordered.length) {
    const { actor: source, target } = ordered[i]!;
    const quad: Record<QuadClass, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    let net = 0;
    for (; i < ordered.length && ordered[i]!.actor === source && ordered[i]!.target === target; i++) {
      const c = ordered[i]!;
      quad[1] += c.quad[0];
      quad[2] += c.quad[1];
      quad[3] += c.quad[2];
      quad[4] += c.quad[3];
      net += c.score;
    }
    const weight = quad[1] + quad[2] + quad[3] + quad[4];
    // Self-loops (an actor acting on itself) are not relations.
    if (source !== target && weight >= minEvents) merged.push({ source, target, weight, quadClass: quad, net: round6(net) });
  }
  // Stable sort on weight alone keeps the (source, target) order among equal weights.
  const kept = merged.sort((x, y) => y.weight - x.weight);
  const nodes = new Map<string, { out: number; in: number; outW: number; inW: number }>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { out: 0, in: 0, outW: 0, inW: 0 }));
    return n;
  };
  for (const e of kept) {
    const s = node(e.source);
    const t = node(e.target);
    s.out += 1;
    s.outW += e.weight;
    t.in += 1;
    t.inW += e.weight;
  }
  return {
    nodes: [...nodes.entries()]
      .map(([id, n]) => ({ id, outDegree: n.out, inDegree: n.in, degree: n.out + n.in, outWeight: n.outW, inWeight: n.inW, weightedDegree: n.outW + n.inW }))
      .sort((x, y) => y.weightedDegree - x.weightedDegree || byCode(x.id, y.id)),
    edges: kept,
    minEvents,
  };
}

function isPairOrdered(cells: readonly EdgeCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (a.actor > b.actor || (a.actor === b.actor && a.target > b.target)) return false;
  }
  return true;
}
