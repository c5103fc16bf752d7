/** @module One GDELT 2.0 mentions row (raw 16-column TSV, or the lower-case CSV some tools write) → a mention. */
import { problem } from "../../../domain/problem.js";
import type { Mapped } from "../import-item.js";
import { GDELT2_MENTION_COLUMNS } from "./gdelt-columns.js";
import { GDELT_ORIGIN } from "./map-gdelt-event.js";

const WIDTH = GDELT2_MENTION_COLUMNS.length;
const at = Object.fromEntries(GDELT2_MENTION_COLUMNS.map((c, i) => [c, i])) as Record<(typeof GDELT2_MENTION_COLUMNS)[number], number>;

const int = (s: string | undefined): number | null => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : null);
const num = (s: string | undefined): number | null => (s !== undefined && s !== "" && Number.isFinite(Number(s)) ? Number(s) : null);
const text = (s: string | undefined): string | null => (s ? s : null);

/** `fields` in GDELT's column order; the CSV variant has the same order under a lower-case header. */
export function mapGdeltMention(f: readonly string[], place: { file: string; line: number }): Mapped {
  if (f.length !== WIDTH) {
    return { kind: "reject", problem: problem("wrong-column-count", `expected ${WIDTH} mention columns, found ${f.length}`, place) };
  }
  const id = f[at.GLOBALEVENTID]!;
  if (!/^\d+$/.test(id)) return { kind: "reject", problem: problem("bad-id", `GLOBALEVENTID "${id}" is not a number`, place) };
  const url = f[at.MentionIdentifier]!;
  if (!url) return { kind: "reject", problem: problem("missing-url", "MentionIdentifier is empty", place) };
  const raw = int(f[at.InRawText]);
  return {
    kind: "mention",
    mention: {
      origin: GDELT_ORIGIN,
      eventSourceId: id,
      eventTime: text(f[at.EventTimeDate]),
      mentionTime: text(f[at.MentionTimeDate]),
      mentionType: int(f[at.MentionType]),
      sourceName: text(f[at.MentionSourceName]),
      url,
      sentence: int(f[at.SentenceID]),
      actor1Offset: int(f[at.Actor1CharOffset]),
      actor2Offset: int(f[at.Actor2CharOffset]),
      actionOffset: int(f[at.ActionCharOffset]),
      inRawText: raw === null ? null : raw === 1,
      confidence: num(f[at.Confidence]),
      docLength: int(f[at.MentionDocLen]),
      docTone: num(f[at.MentionDocTone]),
    },
  };
}
