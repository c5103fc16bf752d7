/** @module `npm start`: builds ./basira.db from the bundled example corpus if it is missing, then runs the main job. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem } from "../domain/problem.js";
import { openWorkbench } from "../workbench.js";
import { storeSummary } from "./store-summary.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export async function start(dbPath = process.env.BASIRA_DB ?? "basira.db"): Promise<number> {
  const fresh = !existsSync(dbPath);
  const wb = openWorkbench({ db: dbPath });
  try {
    if (fresh) {
      const report = await wb.ingest([join(root, "examples", "iraq-us")]);
      for (const p of report.results.flatMap((r) => r.problems).filter((p) => p.fatal)) console.error(formatProblem(p));
      console.log(`Created ${wb.store.path} from the example corpus (${report.results.filter((r) => r.status === "added").length} documents).\n`);
    }
    console.log(storeSummary(wb));
    console.log("\nTry: npx basira events --dyad IRQ,USA   npx basira search \"troops\"   npx basira --help");
    return 0;
  } finally {
    wb.close();
  }
}

process.exitCode = await start();
