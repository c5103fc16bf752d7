// How a day window splits into whole periods (served by rollups) and ragged day ranges (served by events).
import { expect, test } from "vitest";
import { windowPlan } from "../src/store/analysis-queries.js";

test.each([
  ["month", "2020-01-01", "2020-12-31", { first: "2020-01", last: "2020-12" }, []],
  ["month", "2019-03-17", "2021-08-09", { first: "2019-04", last: "2021-07" }, [["2019-03-17", "2019-03-31"], ["2021-08-01", "2021-08-09"]]],
  ["month", "2020-01-05", "2020-02-12", null, [["2020-01-05", "2020-01-31"], ["2020-02-01", "2020-02-12"]]],
  ["month", "2020-01-05", "2020-01-20", null, [["2020-01-05", "2020-01-20"]]],
  ["week", "2020-01-08", "2020-01-26", { first: "2020-01-13", last: "2020-01-20" }, [["2020-01-08", "2020-01-12"]]],
  ["year", "2019-12-15", "2020-12-31", { first: "2020", last: "2020" }, [["2019-12-15", "2019-12-31"]]],
  ["year", undefined, "2020-06-30", { first: undefined, last: "2019" }, [["2020-01-01", "2020-06-30"]]],
] as const)("%s %s..%s", (unit, from, to, full, ragged) => {
  const plan = windowPlan(unit, from, to);
  expect(plan.full === null ? null : { first: plan.full.first, last: plan.full.last }).toEqual(full);
  expect(plan.ragged).toEqual(ragged);
});
