/** @module `basira show doc:ID`: a document's metadata, sentences with offsets, footnotes and events. */
import { InvalidInput, NotFound } from "../../domain/errors.js";
import { type Command } from "../command.js";
import { maybeFormat, renderRows } from "../output-format.js";
import { eventRecord } from "./events.js";

export const show: Command = {
  name: "show",
  summary: "show a document: sentences with offsets, footnotes, events",
  usage: "basira show doc:ID [--format table|json]",
  positionals: { min: 1, max: 1 },
  options: { format: { type: "string", description: "table|json (default table)" } },
  async run(values, [ref], ctx) {
    const format = maybeFormat(values.format, ["table", "json"]);
    const { store } = ctx.workbench();
    const ids = store.resolveDocumentId(ref!);
    if (ids.length === 0) throw new NotFound(`no document ${ref}: list them with \`basira documents\``);
    if (ids.length > 1) throw new InvalidInput(`${ref} matches several documents: give more of the id`);
    const id = ids[0]!;
    const doc = store.getDocument(id)!;
    const sentences = store.sentencesOf(id);
    const footnotes = store.footnotesOf(id);
    const events = store.events({ document: id }).map(eventRecord);
    if (format === "json") {
      const { text: _text, ...meta } = doc;
      ctx.stdout.write(JSON.stringify({ document: meta, sentences, footnotes, events }, null, 2) + "\n");
      return 0;
    }
    const out = ctx.stdout;
    out.write(`${doc.title}\n${doc.id}\n`);
    out.write(`published ${doc.published ?? "unknown"} · ${doc.language} · ${doc.kind} · ${doc.author ?? "no author"} · ${doc.source ?? ""}\n\n`);
    out.write("SENTENCES\n");
    out.write(renderRows(sentences.map((s) => ({ "#": s.index, span: `${s.span[0]}-${s.span[1]}`, notes: s.footnotes.join(","), text: s.text })), "table", ["#", "span", "notes", "text"], 200));
    out.write("\nFOOTNOTES\n");
    out.write(renderRows(footnotes.map((f) => ({ label: `[${f.label}]`, markers: f.markers.length, text: f.text })), "table", ["label", "markers", "text"], 200));
    out.write("\nEVENTS\n");
    out.write(renderRows(events, "table", ["date", "actor", "action", "target", "dimension", "modality", "quantity", "trigger"], 200));
    return 0;
  },
};
