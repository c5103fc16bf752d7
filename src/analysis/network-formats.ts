/** @module Writes a network as Graphviz DOT or GraphML, for Gephi, yEd, networkx and the like. */
import type { Network } from "./network.js";

const dotId = (s: string): string => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** DOT: edge pen width grows with the log of the weight; colour leans red when conflict dominates. */
export function networkDot(net: Network): string {
  const lines = ["digraph basira {", "  node [shape=box, fontname=Helvetica];"];
  for (const n of net.nodes) lines.push(`  ${dotId(n.id)} [weighted_degree=${n.weightedDegree}, degree=${n.degree}];`);
  for (const e of net.edges) {
    const conflict = e.quadClass[3] + e.quadClass[4];
    const colour = conflict * 2 > e.weight ? "firebrick" : "steelblue";
    const q = e.quadClass;
    lines.push(
      `  ${dotId(e.source)} -> ${dotId(e.target)} [weight=${e.weight}, q1=${q[1]}, q2=${q[2]}, q3=${q[3]}, q4=${q[4]}, net=${e.net}, ` +
        `penwidth=${(1 + Math.log10(e.weight)).toFixed(2)}, color=${colour}];`,
    );
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** GraphML with typed attributes so tools read weights as numbers. */
export function networkGraphml(net: Network): string {
  const nodeKeys = ["outDegree", "inDegree", "degree", "outWeight", "inWeight", "weightedDegree"] as const;
  const edgeKeys = ["weight", "q1", "q2", "q3", "q4", "net"] as const;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="int"/>`),
    ...edgeKeys.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${k === "net" ? "double" : "int"}"/>`),
    '  <graph id="basira" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    out.push(`    <node id="${xml(n.id)}">${nodeKeys.map((k) => `<data key="${k}">${n[k]}</data>`).join("")}</node>`);
  }
  for (const e of net.edges) {
    const v = { weight: e.weight, q1: e.quadClass[1], q2: e.quadClass[2], q3: e.quadClass[3], q4: e.quadClass[4], net: e.net };
    out.push(
      `    <edge source="${xml(e.source)}" target="${xml(e.target)}">${edgeKeys.map((k) => `<data key="${k}">${v[k]}</data>`).join("")}</edge>`,
    );
  }
  out.push("  </graph>", "</graphml>");
  return out.join("\n") + "\n";
}
