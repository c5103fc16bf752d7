import { expect, test } from "vitest";
import { network, type EdgeCell } from "./network.js";
import { networkDot, networkGraphml } from "./network-formats.js";

const cells: EdgeCell[] = [
  { actor: "USA", target: "IRQ", quad: [3, 0, 0, 0], score: 7.5 },
  { actor: "USA", target: "IRQ", quad: [0, 0, 0, 1], score: -10 }, // the same pair again: summed
  { actor: "IRQ", target: "USA", quad: [0, 0, 2, 0], score: -4 },
  { actor: "IRN", target: "IRQ", quad: [0, 0, 1, 0], score: -3.5 },
  { actor: "IRQ", target: "IRQ", quad: [9, 0, 0, 0], score: 9 }, // a self-loop: not a relation
];

test("edges, degrees and weighted degrees", () => {
  const net = network(cells);
  expect(net.edges[0]).toEqual({ source: "USA", target: "IRQ", weight: 4, quadClass: { 1: 3, 2: 0, 3: 0, 4: 1 }, net: -2.5 });
  expect(net.nodes.find((n) => n.id === "IRQ")).toEqual({ id: "IRQ", outDegree: 1, inDegree: 2, degree: 3, outWeight: 2, inWeight: 5, weightedDegree: 7 });
  expect(net.nodes.map((n) => n.id)).toEqual(["IRQ", "USA", "IRN"]);
  const pruned = network(cells, { minEvents: 2 });
  expect(pruned.edges.map((e) => `${e.source}>${e.target}`)).toEqual(["USA>IRQ", "IRQ>USA"]);
  expect(pruned.nodes.map((n) => n.id)).toEqual(["IRQ", "USA"]);
});

test("DOT and GraphML carry the weights", () => {
  const net = network(cells);
  expect(networkDot(net)).toContain('"USA" -> "IRQ" [weight=4, q1=3, q2=0, q3=0, q4=1, net=-2.5');
  const xml = networkGraphml(net);
  expect(xml).toContain('<edge source="USA" target="IRQ"><data key="weight">4</data>');
  expect(xml).toContain('<key id="net" for="edge" attr.name="net" attr.type="double"/>');
});
