import { randomInt } from "node:crypto";
import type { SamplingRandom } from "./strategy";

/**
 * The sampler of a deployed coordinator: the operating system's CSPRNG, never seeded and never
 * logged, so the rounds' samples cannot be recomputed from a run report (a seeded sampler is
 * for reproducible simulations only).
 */
export const cryptoSamplingRandom: SamplingRandom = { int: (n) => randomInt(n) };
