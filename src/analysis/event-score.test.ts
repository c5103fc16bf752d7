import { expect, test } from "vitest";
import { eventScore } from "./event-score.js";

test.each([
  ["stored intensity wins", { intensity: -9, cameo: "190", type: "ASSAULT" }, -9],
  ["CAMEO without intensity → Goldstein", { intensity: null, cameo: "042", type: "CONSULT" }, 1.9],
  ["unknown CAMEO leaf falls back to its parent", { intensity: null, cameo: "1909", type: "ASSAULT" }, -10],
  ["PLOVER intensity otherwise", { intensity: null, cameo: null, type: "AID" }, 10],
  ["ACCUSE's sign typo corrected", { intensity: null, cameo: null, type: "ACCUSE" }, -3],
] as const)("%s", (_name, e, score) => expect(eventScore(e)).toBe(score));
