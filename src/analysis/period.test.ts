import { describe, expect, test } from "vitest";
import { grainKey, isPeriod, nextPeriod, periodBounds, periodOfDay, periodOfKey, periodRange, weekStart } from "./period.js";

describe("periods", () => {
  test.each([
    ["2020-01-06", "2020-01-06"], // a Monday is its own week start
    ["2020-01-12", "2020-01-06"], // Sunday belongs to the week before
    ["2020-01-01", "2019-12-30"], // weeks straddle years
  ])("weekStart(%s) = %s", (day, monday) => expect(weekStart(day)).toBe(monday));

  test("keys and labels", () => {
    expect(grainKey("2020-02-29", "month")).toBe("2020-02");
    expect(periodOfKey("2020-08", "quarter")).toBe("2020-Q3");
    expect(periodOfKey("2020-12", "year")).toBe("2020");
    expect(periodOfDay("2020-03-31", "quarter")).toBe("2020-Q1");
  });

  test("bounds, leap years included", () => {
    expect(periodBounds("2020-02", "month")).toEqual({ first: "2020-02-01", last: "2020-02-29" });
    expect(periodBounds("2019-Q4", "quarter")).toEqual({ first: "2019-10-01", last: "2019-12-31" });
    expect(periodBounds("2019-12-30", "week")).toEqual({ first: "2019-12-30", last: "2020-01-05" });
  });

  test("ranges are gap-free and cross year ends", () => {
    expect(periodRange("2019-11", "2020-02", "month")).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(periodRange("2019-Q4", "2020-Q2", "quarter")).toEqual(["2019-Q4", "2020-Q1", "2020-Q2"]);
    expect(nextPeriod("2019-12-30", "week")).toBe("2020-01-06");
  });

  test("period labels are checked", () => {
    expect(isPeriod("2020-Q1", "quarter")).toBe(true);
    expect(isPeriod("2020-01", "quarter")).toBe(false);
    expect(isPeriod("2020-01-07", "week")).toBe(false); // a Tuesday
    expect(isPeriod("2020-13", "month")).toBe(false);
  });
});
