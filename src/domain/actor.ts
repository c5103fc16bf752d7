/** @module An actor: a state, a body of it, an armed group, a company, a person or a public. */
import { z } from "zod";

export const ACTOR_KINDS = [
  "state", "government_body", "military", "armed_group", "igo", "ngo", "company", "person", "public", "party", "unknown",
] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/** Codes such as `USA`, `IRQ.PARLIAMENT`, `PMF`; dataset codes kept verbatim may carry other characters. */
export const ActorCode = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, "expected an actor code such as USA or IRQ.PARLIAMENT");
export type ActorCode = z.infer<typeof ActorCode>;

export const Actor = z.object({
  code: ActorCode,
  kind: ActorKind,
  /** ISO 3166-1 alpha-3 of the country the actor belongs to, if any. */
  country: z.string().length(3).nullable(),
  parent: ActorCode.nullable(),
  names: z.object({ en: z.string().min(1), ar: z.string().min(1) }),
  aliases: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }),
});
export type Actor = z.infer<typeof Actor>;

/** The root of a code: the part before the first dot (`IRQ.PARLIAMENT` → `IRQ`). */
export const actorRoot = (code: string): string => {
  // On the extractor's hot path: no array or RegExp per call.
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 46 || c === 58) return code.slice(0, i); // "." or ":"
  }
  return code;
};
