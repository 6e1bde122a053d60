import { clipL2 } from "../../shared/dp/clip";
import { addDiscreteGaussianNoise } from "../../shared/dp/discrete-gaussian";
import { addGaussianNoise } from "../../shared/dp/gaussian";
import type { RandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { encodeInto } from "../../shared/ring/fixed-point";
import { fitVectorLength, lossWord } from "../../shared/ring/fit-vector";

export interface ProtectedUpdate {
  /** The update after clipping and local noise (what leaves the worker when secure aggregation is off). */
  readonly plain: Float32Array;
  /** Under secure aggregation: the fit vector (shared/ring/fit-vector): weighted update words (+ ring noise), count, loss. */
  readonly ring: Uint32Array | null;
  readonly norm: number;
  readonly clipped: boolean;
  /** Coordinates clamped to the fixed-point range (logged: a clamp changes the update). */
  readonly clamped: number;
}

/**
 * The worker's protection pipeline, in the order of DESIGN's round, with the EFFECTIVE
 * protection (the request, never weaker than the site's policy: worker/policy):
 * clip to L2 norm C (always: every mode has a norm bound) -> local Gaussian noise (local DP)
 * -> weight -> fixed-point encode into Z_2^32 -> discrete Gaussian noise in the ring
 * (distributed DP). Never mutates `delta`.
 *
 * `examples` is already capped by the site's policy; the weight is min(examples,
 * maxExamples) / maxExamples when `weighted`, else 1.
 */
export function protectUpdate(delta: Float32Array, examples: number, loss: number, p: Protection, rng: RandomSource): ProtectedUpdate {
  if (!(p.clipNorm > 0)) throw new RangeError(`every update is clipped: the clip norm must be positive, got ${p.clipNorm}`);
  const c = clipL2(delta, p.clipNorm);
  let update = c.clipped;
  const clipped = c.factor < 1;
  if (p.dpMode === "local" && p.noiseStd > 0) update = addGaussianNoise(update, p.noiseStd, rng);
  if (p.secureAggregation === "none") return { plain: update, ring: null, norm: c.norm, clipped, clamped: 0 };

  if (!(p.scale > 0 && p.clipRange > 0)) throw new RangeError(`secure aggregation needs a positive fixed-point scale and clip range, got scale ${p.scale} and range ${p.clipRange}`);
  if (p.weighted && !(p.maxExamples >= 1)) throw new RangeError(`a weighted update needs the run's example cap (max_examples >= 1), got ${p.maxExamples}`);
  const count = p.weighted ? Math.max(1, Math.min(examples, p.maxExamples)) : 1;
  const weight = p.weighted ? count / p.maxExamples : 1;
  const weighted = new Float32Array(update.length);
  let clamped = 0;
  for (let i = 0; i < update.length; i++) {
    const v = update[i]! * weight;
    weighted[i] = v;
    if (v > p.clipRange || v < -p.clipRange) clamped++;
  }
  const d = update.length;
  const ring = new Uint32Array(fitVectorLength(d));
  encodeInto(weighted, p.clipRange, p.scale, ring.subarray(0, d));
  if (p.dpMode === "distributed" && p.ringNoiseSigma2 > 0) ring.set(addDiscreteGaussianNoise(ring.subarray(0, d), p.ringNoiseSigma2, rng), 0);
  ring[d] = count;
  ring[d + 1] = p.dpMode === null ? lossWord(loss, weight) : 0;
  return { plain: update, ring, norm: c.norm, clipped, clamped };
}
