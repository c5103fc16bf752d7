import { expect, test } from "vitest";
import type { DyadCell } from "./dyad-cell.js";
import { comparePeriods } from "./compare-periods.js";

const c = (direction: DyadCell["direction"], type: DyadCell["type"], quadClass: DyadCell["quadClass"], n: number, score: number): DyadCell => ({
  direction, from: "2020-01", to: "2020-01", dimension: null, origin: null, type, quadClass, n, score,
});

test("side by side, per 30 days, top types with ties broken alphabetically", () => {
  const [p] = comparePeriods(
    [{ label: "Jan", first: "2020-01-01", last: "2020-01-30", cells: [c("forward", "CONSULT", 1, 2, 5), c("forward", "AGREE", 1, 2, 5), c("forward", "ASSAULT", 4, 1, -9), c("backward", "REJECT", 3, 1, -2)] }],
    { top: 2 },
  );
  expect(p!.days).toBe(30);
  expect(p!.directions.forward).toEqual({
    events: 5, quadClass: { 1: 4, 2: 0, 3: 0, 4: 1 }, net: 1, mean: 0.2, perMonth: 5,
    topTypes: [{ type: "AGREE", events: 2 }, { type: "CONSULT", events: 2 }],
  });
  expect(p!.directions.backward).toMatchObject({ events: 1, net: -2 });
});
