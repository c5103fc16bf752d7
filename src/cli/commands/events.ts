/** @module `basira events`: lists coded events with their provenance, filtered by actor, dyad, type, dimension and dates. */
import type { Event } from "../../domain/event.js";
import { InvalidInput } from "../../domain/errors.js";
import { EventFilter } from "../../store/event-filter.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { intFlag, parseFlags } from "../parse-flags.js";

/** The flat record shape shared by the listings (same field names as `basira extract`). */
export function eventRecord(e: Event): Record<string, unknown> {
  return {
    id: e.id,
    date: e.date,
    date_end: e.dateEnd,
    actor: e.actor,
    action: e.type,
    mode: e.mode,
    target: e.target,
    dimension: e.dimension,
    modality: e.modality,
    quad_class: e.quadClass,
    intensity: e.intensity,
    cameo: e.cameo,
    quantity: e.quantity,
    trigger: e.trigger,
    sentence: e.provenance.sentence,
    span: e.provenance.span,
    document: e.provenance.document,
    citation: e.provenance.footnotes.map((f) => `[${f}]`).join(" ") || null,
    url: e.provenance.url,
    origin: e.origin,
    source_id: e.sourceId,
    confidence: e.confidence,
    source_count: e.sourceCount,
    context: e.context,
  };
}

export const events: Command = {
  name: "events",
  summary: "list coded events (who did what to whom, when) with their sources",
  usage:
    "basira events [--actor A] [--target B] [--dyad A,B] [--type T] [--dimension D] [--from DATE] [--to DATE] [--origin O] [--limit N] [--format table|json|jsonl|csv]",
  positionals: { min: 0, max: 0 },
  options: {
    actor: { type: "string", description: "actor code, e.g. USA (matches sub-codes such as USA.MILITARY)" },
    target: { type: "string", description: "target code, e.g. IRQ" },
    dyad: { type: "string", description: "two codes A,B: events in both directions" },
    type: { type: "string", description: "PLOVER type, e.g. ASSAULT" },
    dimension: { type: "string", description: "political|economic|military" },
    modality: { type: "string", description: "asserted|speculative" },
    origin: { type: "string", description: "extracted|imported|imported:gdelt|manual" },
    document: { type: "string", description: "only events of this document (doc:ID)" },
    from: { type: "string", description: "events on or after YYYY[-MM[-DD]]" },
    to: { type: "string", description: "events on or before YYYY[-MM[-DD]]" },
    limit: { type: "string", description: "at most N events" },
    format: { type: "string", description: "table|json|jsonl|csv (default table)" },
  },
  async run(values, _args, ctx) {
    const format = maybeFormat(values.format);
    let dyad: string[] | undefined;
    if (values.dyad !== undefined) {
      dyad = String(values.dyad).split(",").map((s) => s.trim());
      if (dyad.length !== 2 || dyad.some((d) => !d)) throw new InvalidInput(`--dyad takes two actor codes, e.g. --dyad IRQ,USA (got "${String(values.dyad)}")`);
    }
    const filter = parseFlags(EventFilter, {
      actor: values.actor,
      target: values.target,
      dyad,
      type: typeof values.type === "string" ? values.type.toUpperCase() : undefined,
      dimension: values.dimension,
      modality: values.modality,
      origin: values.origin,
      document: values.document,
      from: values.from,
      to: values.to,
      limit: intFlag(values.limit, "limit"),
    });
    const rows = ctx.workbench().store.events(filter).map(eventRecord);
    ctx.stdout.write(
      renderRows(rows, format, format === "table" ? ["date", "actor", "action", "target", "dimension", "modality", "quantity", "sentence"] : undefined),
    );
    return 0;
  },
};
