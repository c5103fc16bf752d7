// Word forms the lexicon generates and the pattern checks that catch malformed entries at load time.
import { describe, expect, it } from "vitest";
import { nounForms, verbForms } from "./inflect.js";
import { compilePatterns, expandPhrases } from "./pattern.js";

describe("inflection", () => {
  it.each([
    ["put", ["put", "puts", "putting"]],
    ["begin", ["begin", "begins", "beginning", "began", "begun"]],
    ["lob", ["lob", "lobs", "lobbing", "lobbed"]],
    ["tear", ["tear", "tears", "tearing", "tore", "torn"]],
    ["cast", ["cast", "casts", "casting"]],
    ["visit", ["visit", "visits", "visiting", "visited"]],
    ["show", ["show", "shows", "showing", "showed", "shown"]],
    ["quit", ["quit", "quits", "quitting"]],
    ["fix", ["fix", "fixes", "fixing", "fixed"]],
  ])("verb %s", (base, want) => {
    expect([...verbForms(base)].sort()).toEqual([...want].sort());
  });

  it.each([
    ["embargo", ["embargo", "embargoes"]],
    ["studio", ["studio", "studios"]],
    ["commando", ["commando", "commandos"]],
  ])("noun %s", (base, want) => {
    expect(nounForms(base)).toEqual(want);
  });
});

describe("pattern checks", () => {
  it("reads an _-joined alternative as a phrase", () => {
    expect(expandPhrases("restore/v * maximum_pressure|sanction/n")).toEqual(["restore/v * maximum pressure", "restore/v * sanction/n"]);
    expect(compilePatterns("restore/v * maximum_pressure|sanction/n")).toHaveLength(2);
  });

  it.each(["impose/v sanction/n|", "impose/v |sanction/n", "impose/v sanction/n|/n", "impose/v maximum_pressure?"])(
    "rejects the malformed entry %s",
    (p) => {
      expect(() => compilePatterns(p)).toThrow();
    },
  );
});
