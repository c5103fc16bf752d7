/** @module Migration 5: dyad cells summed over dimension and origin, the rollup an unfiltered dyad series reads. */
import type { Migration } from "./migrations.js";

/**
 * A dyad series without a dimension or origin filter — the common read — summed the root cells of
 * every dimension × origin (about six rows per cell) and grouped them on each read. This rollup holds
 * that sum once, so the read is one key range of rows that need no grouping. It is derived from the
 * root cells, which already reflect exactly the events up to the watermark, so the backfill here and
 * the refresh (`refreshAnalysis`, which folds each batch into both) keep the two in step.
 */
export const MIGRATION_0005_ANALYSIS_DYAD_CELLS: Migration = {
  version: 5,
  name: "analysis: root dyad cells by month summed over dimension and origin",
  sql: `
    CREATE TABLE analysis_dyad_cells (
      grain TEXT NOT NULL,
      actor TEXT NOT NULL,
      target TEXT NOT NULL,
      kfrom TEXT NOT NULL,
      kto TEXT NOT NULL,
      type TEXT NOT NULL,
      quad_class INTEGER NOT NULL,
      n INTEGER NOT NULL,
      score REAL NOT NULL,
      PRIMARY KEY (grain, actor, target, kfrom, kto, type, quad_class)
    ) WITHOUT ROWID;
    INSERT INTO analysis_dyad_cells
      SELECT grain, actor, target, kfrom, kto, type, quad_class, sum(n), sum(score) FROM analysis_root_cells
      GROUP BY grain, actor, target, kfrom, kto, type, quad_class HAVING sum(n) <> 0;
  `,
};
