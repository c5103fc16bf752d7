/** @module The actor network: actors as nodes, directed edges weighted by event counts per QuadClass. */
import { byCode } from "./compare-codes.js";
import type { QuadClass } from "../domain/plover.js";
import { round6 } from "./dyad-series.js";

/** Events from one actor to another in one QuadClass (what the store aggregates). */
export interface EdgeCell {
  readonly actor: string;
  readonly target: string;
  readonly quadClass: QuadClass;
  readonly n: number;
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
 * @example network([{ actor: "USA", target: "IRQ", quadClass: 1, n: 3, score: 9 }]).nodes[0].weightedDegree // → 3
 */
export function network(cells: readonly EdgeCell[], options: { readonly minEvents?: number } = {}): Network {
  const minEvents = options.minEvents ?? 1;
  const edges = new Map<string, { source: string; target: string; quad: Record<QuadClass, number>; net: number }>();
  for (const c of cells) {
    if (c.actor === c.target) continue; // self-loops (an actor acting on itself) are not relations
    const key = `${c.actor}\u0000${c.target}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source: c.actor, target: c.target, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, net: 0 }));
    e.quad[c.quadClass] += c.n;
    e.net += c.score;
  }
  const kept: NetworkEdge[] = [...edges.values()]
    .map((e) => ({ source: e.source, target: e.target, weight: e.quad[1] + e.quad[2] + e.quad[3] + e.quad[4], quadClass: e.quad, net: round6(e.net) }))
    .filter((e) => e.weight >= minEvents)
    .sort((x, y) => y.weight - x.weight || byCode(x.source, y.source) || byCode(x.target, y.target));
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
