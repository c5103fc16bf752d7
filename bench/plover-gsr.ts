/**
 * @module Generalisation gauge: how many of PLOVER's gold-standard sentences (CAMEO-manual examples, wire English
 * about ~100 countries) the extractor codes with the gold event type, then also the gold actor and target.
 * A quality figure, not a timing; it reads `../shared` (benches may, the product never does).
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/plover-gsr.js              # both halves, aggregate
 *   node dist/bench/plover-gsr.js --half odd --list                              # misses of the development half
 *
 * The odd-numbered records are a development half whose misses may be read; the even half is held out and only
 * counted (`--list` is refused on it), so a rule that lifts odd but not even shows itself as fitted.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ACTORS } from "../src/domain/actors.js";
import type { Event } from "../src/domain/event.js";
import { parseDocument } from "../src/ingest/read-document.js";
import { codeDocument } from "../src/prepare-document.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const DEFAULT_GSR = resolve(root, "../shared/data/event-data/plover/PLOVER_GSR_CAMEO.json");

interface GsrActor { readonly code?: string }
interface GsrRecord {
  readonly event: string;
  readonly text?: string;
  readonly source?: GsrActor[] | string;
  readonly target?: GsrActor[] | string;
}

// PLOVER 0.5 categories that PLOVER 2 (and the guidelines) fold into others.
const TYPE_OF: Record<string, string> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", FIGHT: "ASSAULT", INVESTIGATE: "ACCUSE" };
// Non-ISO codes in the GSR.
const CODE_OF: Record<string, string> = { JAP: "JPN", ITL: "ITA", VTN: "VNM" };
const KIND = new Map(ACTORS.map((a) => [a.code, a.kind]));

const codesOf = (v: GsrRecord["source"]): string[] =>
  (Array.isArray(v) ? v : []).map((a) => CODE_OF[a.code ?? ""] ?? a.code ?? "").filter(Boolean);
const rootOf = (code: string | null): string | null => (code === null ? null : code.split(/[.:]/)[0]!);

/** A coded actor agrees with the GSR's codes on its root; the GSR's generic IGO takes any international organisation, NGO any non-state body. */
function agrees(code: string | null, gold: readonly string[]): boolean {
  const r = rootOf(code);
  if (r === null) return false;
  if (gold.includes(r)) return true;
  const kind = KIND.get(code!) ?? KIND.get(r);
  return (gold.includes("IGO") && kind === "igo") || (gold.includes("NGO") && kind !== undefined && kind !== "state" && kind !== "igo");
}

interface Tally { n: number; type: number; actor: number; target: number }
const tally = (): Tally => ({ n: 0, type: 0, actor: 0, target: 0 });

function main(): void {
  const { values } = parseArgs({ options: { half: { type: "string", default: "both" }, list: { type: "boolean", default: false }, gsr: { type: "string", default: DEFAULT_GSR } } });
  const halves = values.half === "both" ? ["odd", "even"] : [values.half!];
  if (values.list && halves.some((h) => h !== "odd")) {
    console.error("plover-gsr: --list only with --half odd (the even half is held out)");
    process.exitCode = 2;
    return;
  }
  if (!existsSync(values.gsr!)) {
    console.error(`plover-gsr: ${values.gsr} not found: pass --gsr PATH to PLOVER_GSR_CAMEO.json (the shared event-data folder)`);
    process.exitCode = 2;
    return;
  }
  const records = (JSON.parse(readFileSync(values.gsr!, "utf8")) as GsrRecord[]).filter((r) => r.event !== "DOCUMENT" && r.text);
  for (const half of halves) {
    const total = tally();
    const perType = new Map<string, Tally>();
    records.forEach((rec, i) => {
      if ((i % 2 === 1) !== (half === "odd")) return;
      const type = TYPE_OF[rec.event] ?? rec.event;
      const read = parseDocument(rec.text!, "gsr.txt", { published: "2000-06-30" });
      const events: readonly Event[] = read.ok ? codeDocument(read.value, "all").bundle.events : [];
      const src = codesOf(rec.source), tar = codesOf(rec.target);
      const ofType = events.filter((e) => e.type === type);
      const withActor = ofType.filter((e) => agrees(e.actor, src));
      const withTarget = withActor.filter((e) => tar.length === 0 || agrees(e.target, tar));
      for (const t of [total, perType.get(type) ?? perType.set(type, tally()).get(type)!]) {
        t.n++;
        t.type += ofType.length ? 1 : 0;
        t.actor += withActor.length ? 1 : 0;
        t.target += withTarget.length ? 1 : 0;
      }
      if (values.list && !withTarget.length) {
        const what = ofType.length ? (withActor.length ? "TARGET" : "ACTOR") : "MISS";
        const got = events.map((e) => `${e.type}:${e.actor}>${e.target ?? "-"}[${e.trigger ?? ""}]`).join(", ") || "-";
        console.log(`${what} ${i} ${type} src=${src.join("/")} tar=${tar.join("/") || "-"} | ${got} | ${rec.text}`);
      }
    });
    const r = (k: number): string => (k / total.n).toFixed(3);
    console.log(`GSR ${half}: n=${total.n} type ${total.type} (${r(total.type)}) +actor ${total.actor} (${r(total.actor)}) +target ${total.target} (${r(total.target)})`);
    console.log("  per type (type/+actor/+target/n): " + [...perType].sort().map(([t, x]) => `${t} ${x.type}/${x.actor}/${x.target}/${x.n}`).join("  "));
  }
}

main();
