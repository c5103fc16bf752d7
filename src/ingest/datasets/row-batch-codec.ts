/**
 * @module Mapped dataset rows packed into a few flat arrays, so a batch crosses to another thread as a
 * handful of buffers and one string instead of thousands of cloned objects.
 */
import type { Event } from "../../domain/event.js";
import type { Mapped } from "./import-item.js";

/** Event fields with few distinct values, sent as codes into a dictionary that grows batch by batch. */
const DICT_FIELDS = ["type", "mode", "context", "actor", "target", "date", "precision", "dimension", "cameo", "origin"] as const;
/** Event fields (nearly) unique per row, sent as spans of the batch's text. */
const TEXT_FIELDS = ["id", "sourceId", "url", "quantity", "sentence"] as const;
export const D = Object.fromEntries(DICT_FIELDS.map((f, i) => [f, i])) as Record<(typeof DICT_FIELDS)[number], number>;
export const T = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i])) as Record<(typeof TEXT_FIELDS)[number], number>;
export const N_DICT = DICT_FIELDS.length;
export const N_TEXT = TEXT_FIELDS.length;
/** Numbers per row: intensity (NaN for null), QuadClass, confidence. */
export const N_NUM = 3;
/** A dictionary past this size starts over (a file with unbounded distinct actors must not grow memory). */
const MAX_DICT = 100_000;
const NO_FOOTNOTES: readonly string[] = Object.freeze([]);
const contexts = new Map<string, readonly string[]>();
/** JSON of a context array, once per array: mappers share frozen arrays between rows of one code. */
const contextJson = new WeakMap<readonly string[], string>();
const jsonOf = (context: readonly string[]): string => {
  let s = contextJson.get(context);
  if (s === undefined) contextJson.set(context, (s = JSON.stringify(context)));
  return s;
};

/** Rows of one batch: each is a lean event (packed) or anything else (kept as its object, rare). */
export interface PackedBatch {
  /** Index in the file of the first row (0-based, header and blank lines excluded). */
  readonly first: number;
  readonly count: number;
  /** Per row: its line number in the file. */
  readonly lines: Int32Array;
  /** Per row: 1 when packed (the next packed slot), 0 when the next entry of `others`. */
  readonly packed: Uint8Array;
  readonly others: Mapped[];
  /** The dictionary starts over before `dict` is added (see MAX_DICT). */
  readonly reset: boolean;
  /** New dictionary entries, in code order after the existing ones. */
  readonly dict: string[];
  /** Per packed row, N_DICT codes (-1: null). */
  readonly codes: Int32Array;
  /** Per packed row, N_TEXT end offsets into `text`, each starting where the previous one ended; `-end - 1` for null. */
  readonly ends: Int32Array;
  /** The texts as UTF-8; offsets in `ends` count UTF-16 units of the decoded string. */
  readonly text: Uint8Array;
  readonly textBytes: number;
  /** All texts are ASCII, so decoding is a plain copy (latin1) rather than UTF-8 validation. */
  readonly ascii: boolean;
  readonly nums: Float64Array;
  /** Bytes of the file on disk read when the batch was cut, for progress. */
  readonly bytesRead: number;
}

/** True when an event's other columns hold the defaults every dataset row has, so the packed form keeps all of it. */
export const isLean = (e: Event): boolean =>
  e.dateEnd === null && e.trigger === null && e.provenance.document === null && e.provenance.span === null &&
  e.provenance.footnotes.length === 0 && e.modality === "asserted" && e.sourceCount === 1;

/** Builds batches row by row; `take` hands one over (its buffers may then be transferred, so each batch gets new ones). */
export class BatchPacker {
  private readonly codesOf = new Map<string, number>();
  private reset = false;
  private dict: string[] = [];
  private others: Mapped[] = [];
  /** Texts are written out at once (not kept as strings): slices of the row's line would keep the whole line alive until the batch is cut. */
  private text: Buffer;
  private textBytes = 0;
  private textLength = 0;
  private ascii = true;
  private first = 0;
  /** Rows, and packed rows, in the batch so far. */
  private rows = 0;
  private n = 0;
  private lines: Int32Array;
  private packed: Uint8Array;
  private codes: Int32Array;
  private ends: Int32Array;
  private nums: Float64Array;

  constructor(
    private readonly capacity = 4096,
    private readonly maxDict = MAX_DICT,
  ) {
    this.lines = new Int32Array(capacity);
    this.packed = new Uint8Array(capacity);
    this.codes = new Int32Array(capacity * N_DICT);
    this.ends = new Int32Array(capacity * N_TEXT);
    this.nums = new Float64Array(capacity * N_NUM);
    this.text = Buffer.allocUnsafeSlow(capacity * 128);
  }

  get count(): number {
    return this.rows;
  }

  /** Skips rows before the first one packed (a resumed import); only before any row is added. */
  skip(rows: number): void {
    if (this.rows > 0) throw new Error("BatchPacker.skip after rows were added");
    this.first += rows;
  }

  add(m: Mapped, line: number): void {
    // Codes refer to one dictionary per batch, so it can only start over between batches.
    if (this.rows === 0 && this.codesOf.size >= this.maxDict) {
      this.codesOf.clear();
      this.dict = [];
      this.reset = true;
    }
    if (this.rows === this.lines.length) this.grow();
    const row = this.rows++;
    this.lines[row] = line;
    if (m.kind !== "event" || !isLean(m.event)) {
      this.packed[row] = 0;
      this.others.push(m);
      return;
    }
    this.packed[row] = 1;
    const e = m.event;
    const p = e.provenance;
    const j = this.n++;
    const c = j * N_DICT;
    const codes = this.codes;
    codes[c] = this.code(e.type);
    codes[c + 1] = this.code(e.mode);
    codes[c + 2] = this.code(e.context.length === 0 ? "[]" : jsonOf(e.context));
    codes[c + 3] = this.code(e.actor);
    codes[c + 4] = this.code(e.target);
    codes[c + 5] = this.code(e.date);
    codes[c + 6] = this.code(e.precision);
    codes[c + 7] = this.code(e.dimension);
    codes[c + 8] = this.code(e.cameo);
    codes[c + 9] = this.code(e.origin);
    const t = j * N_TEXT;
    this.str(t, e.id);
    this.str(t + 1, e.sourceId);
    this.str(t + 2, p.url);
    this.str(t + 3, e.quantity);
    this.str(t + 4, p.sentence);
    const k = j * N_NUM;
    this.nums[k] = e.intensity ?? NaN;
    this.nums[k + 1] = e.quadClass;
    this.nums[k + 2] = e.confidence;
  }

  private code(s: string | null): number {
    if (s === null) return -1;
    let c = this.codesOf.get(s);
    if (c === undefined) {
      c = this.codesOf.size;
      this.codesOf.set(s, c);
      this.dict.push(s);
    }
    return c;
  }

  private str(at: number, s: string | null): void {
    if (s === null) {
      this.ends[at] = -this.textLength - 1;
      return;
    }
    if (this.textBytes + s.length * 3 > this.text.length) {
      const more = Buffer.allocUnsafeSlow(Math.max(this.text.length * 2, this.textBytes + s.length * 3));
      this.text.copy(more, 0, 0, this.textBytes);
      this.text = more;
    }
    const bytes = this.text.write(s, this.textBytes, "utf8");
    if (bytes !== s.length) this.ascii = false;
    this.textBytes += bytes;
    this.textLength += s.length;
    this.ends[at] = this.textLength;
  }

  private grow(): void {
    const more = <A extends Int32Array | Uint8Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.lines = more(this.lines);
    this.packed = more(this.packed);
    this.codes = more(this.codes);
    this.ends = more(this.ends);
    this.nums = more(this.nums);
  }

  take(bytesRead: number): PackedBatch {
    const b: PackedBatch = {
      first: this.first,
      count: this.rows,
      lines: this.lines,
      packed: this.packed,
      others: this.others,
      reset: this.reset,
      dict: this.dict,
      codes: this.codes,
      ends: this.ends,
      text: this.text,
      textBytes: this.textBytes,
      ascii: this.ascii,
      nums: this.nums,
      bytesRead,
    };
    this.first += this.rows;
    this.rows = 0;
    this.n = 0;
    this.reset = false;
    this.dict = [];
    this.others = [];
    this.text = Buffer.allocUnsafeSlow(this.text.length);
    this.textBytes = 0;
    this.textLength = 0;
    this.ascii = true;
    this.lines = new Int32Array(this.capacity);
    this.packed = new Uint8Array(this.capacity);
    this.codes = new Int32Array(this.capacity * N_DICT);
    this.ends = new Int32Array(this.capacity * N_TEXT);
    this.nums = new Float64Array(this.capacity * N_NUM);
    return b;
  }
}

/** The buffers of a batch, to transfer rather than copy. */
export const transferList = (b: PackedBatch): ArrayBuffer[] =>
  [b.lines.buffer, b.packed.buffer, b.codes.buffer, b.ends.buffer, b.nums.buffer, b.text.buffer] as ArrayBuffer[];

/** The receiving side: keeps the dictionary across batches and reads packed rows' fields. */
export class BatchReader {
  dict: string[] = [];
  batch: PackedBatch | null = null;
  /** The batch's texts, decoded once. */
  private texts = "";

  /** Makes `b` the current batch (its dictionary entries join the dictionary). */
  use(b: PackedBatch): void {
    if (b.reset) this.dict = [];
    for (const s of b.dict) this.dict.push(s);
    this.batch = b;
    this.texts = Buffer.from(b.text.buffer, b.text.byteOffset, b.textBytes).toString(b.ascii ? "latin1" : "utf8");
  }

  /** Dictionary field `f` of packed row `j`. */
  str(j: number, f: number): string | null {
    const c = this.batch!.codes[j * N_DICT + f]!;
    return c < 0 ? null : this.dict[c]!;
  }

  /** Text field `f` of packed row `j`. */
  text(j: number, f: number): string | null {
    const b = this.batch!;
    const at = j * N_TEXT + f;
    const end = b.ends[at]!;
    if (end < 0) return null;
    const before = at === 0 ? 0 : b.ends[at - 1]!;
    return this.texts.slice(before < 0 ? -before - 1 : before, end);
  }

  num(j: number, k: number): number {
    return this.batch!.nums[j * N_NUM + k]!;
  }

  /** Packed row `j` as the event it was (for the rare rows that need the whole object, e.g. corroboration). */
  event(j: number): Event {
    const contextJson = this.str(j, D.context)!;
    let context = contexts.get(contextJson);
    if (context === undefined) contexts.set(contextJson, (context = JSON.parse(contextJson) as string[]));
    const intensity = this.num(j, 0);
    return {
      id: this.text(j, T.id)!,
      type: this.str(j, D.type) as Event["type"],
      mode: this.str(j, D.mode),
      context: context as string[],
      actor: this.str(j, D.actor)!,
      target: this.str(j, D.target),
      date: this.str(j, D.date),
      dateEnd: null,
      precision: this.str(j, D.precision) as Event["precision"],
      dimension: this.str(j, D.dimension) as Event["dimension"],
      modality: "asserted",
      intensity: Number.isNaN(intensity) ? null : intensity,
      quadClass: this.num(j, 1) as Event["quadClass"],
      cameo: this.str(j, D.cameo),
      quantity: this.text(j, T.quantity),
      trigger: null,
      provenance: { document: null, span: null, sentence: this.text(j, T.sentence), footnotes: NO_FOOTNOTES as string[], url: this.text(j, T.url) },
      origin: this.str(j, D.origin)!,
      sourceId: this.text(j, T.sourceId),
      confidence: this.num(j, 2),
      sourceCount: 1,
    };
  }
}
