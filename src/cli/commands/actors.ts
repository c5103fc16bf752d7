/** @module `basira actors`: the actor registry, searchable by code or by English or Arabic name. */
import { ACTORS } from "../../domain/actors.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";

/** Case-, diacritic- and punctuation-insensitive form for matching names ("U.S." ~ "us"). */
const fold = (s: string): string =>
  s.normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export const actors: Command = {
  name: "actors",
  summary: "list known actors (codes, kinds, English and Arabic names)",
  usage: "basira actors [--q NAME] [--format table|json|jsonl|csv]",
  positionals: { min: 0, max: 0 },
  options: {
    q: { type: "string", description: "match a code, name or alias (English or Arabic)" },
    format: { type: "string", description: "table|json|jsonl|csv (default table)" },
  },
  async run(values, _args, ctx) {
    const format = maybeFormat(values.format);
    const q = values.q === undefined ? "" : fold(String(values.q));
    const hits = ACTORS.filter((a) =>
      !q ||
      fold(a.code).includes(q) ||
      [a.names.en, a.names.ar, ...a.aliases.en, ...a.aliases.ar].some((n) => fold(n).includes(q)),
    );
    const rows = format === "table"
      ? hits.map((a) => ({ code: a.code, kind: a.kind, country: a.country, name: a.names.en, arabic: a.names.ar }))
      : hits;
    ctx.stdout.write(renderRows(rows, format));
    return 0;
  },
};
