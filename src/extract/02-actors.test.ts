import { describe, expect, it } from "vitest";
import { tokenize } from "./01-tokens.js";
import { findActors } from "./02-actors.js";

const codes = (text: string): string[] => findActors(tokenize(text), text).filter((m) => !m.modifier).map((m) => m.code);

describe("findActors", () => {
  it.each([
    ["The U.S. Treasury Department acted.", ["USA.TREASURY"]],
    ["US forces and Iraqi security forces", ["USA.MILITARY", "IRQ.MILITARY"]],
    ["the Iraqi Parliament", ["IRQ.PARLIAMENT"]],
    ["Iran-backed armed factions", ["IRAN_BACKED_MILITIAS"]],
    ["pro-Tehran Iraqi figures", ["IRQ.IRAN_ALIGNED"]],
    ["the United States-led international coalition", ["COALITION"]],
    ["the commander of the Iranian Quds Force", ["IRN.IRGC"]],
    ["President Trump met Prime Minister al-Kadhimi", ["USA", "IRQ"]],
    ["Kataib Hezbollah leader Abu Fadak", ["KATAIB_HEZBOLLAH"]],
    ["Iraqi and American forces", ["IRQ.MILITARY", "USA.MILITARY"]],
    ["near Baghdad International Airport", []],
    ["Ayn al-Assad air base", []],
    ["General Electric and Chevron", ["USA.BUSINESS", "USA.BUSINESS"]],
    ["Washington and Tehran", ["USA", "IRN"]],
    ["Iran's foreign ministry", ["IRN"]],
    ["Turkish troops raided ISIS cells in northern Iraq", ["TUR", "ISIS"]],
    ["Jordanian jets hit ISIS depots in northern Syria", ["JOR", "ISIS"]],
    ["Iraqi and Iranian delegations met in Doha", ["IRQ", "IRN"]],
    ["sanctions on Tehran", ["IRN"]],
    ["threatened to shut its mission in Ankara", ["TUR"]],
    ["crowds in Beirut attacked the Saudi embassy", ["LBN", "SAU"]],
    ["police detained those responsible", ["UNK"]],
    ["Turkish jets hit ISIS posts in south-eastern Syria", ["TUR", "ISIS"]],
    ["Ankara recalled its own ambassador from Tehran", ["TUR", "IRN"]],
    ["Kuwait closed their embassy", ["KWT"]],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("marks a bare demonym before a non-actor noun as a modifier", () => {
    const text = "Iranian influence in Iraq";
    const ms = findActors(tokenize(text), text);
    expect(ms.map((m) => [m.code, m.modifier])).toEqual([["IRN", true], ["IRQ", false]]);
  });

  it("lists named members after 'such as'", () => {
    const text = "factions such as Kataib Hezbollah and Asaib Ahl al-Haq";
    const head = findActors(tokenize(text), text)[0]!;
    expect(head.members.map((m) => m.code)).toEqual(["KATAIB_HEZBOLLAH", "ASAIB_AHL_AL_HAQ"]);
  });

  it("learns a person introduced with a title or an apposition, for later sentences", () => {
    const names = new Map<string, string>();
    for (const t of ["Omani Foreign Minister Sayyid Badr Albusaidi flew in.", "Ali Rezaei, Iran's deputy foreign minister, spoke."]) findActors(tokenize(t), t, names);
    const later = "Albusaidi met Rezaei.";
    expect(findActors(tokenize(later), later, names).map((m) => m.code)).toEqual(["OMN", "IRN"]);
    // Titles are not names: "Minister" alone stays unknown.
    expect(names.has("sayyid")).toBe(false);
  });

  it("matches short all-capital aliases case-sensitively", () => {
    expect(codes("let us see")).toEqual([]);
    expect(codes("the US said")).toEqual(["USA"]);
  });
});
