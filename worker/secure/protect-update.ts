import { clipL2 } from "../../shared/dp/clip";
import { addDiscreteGaussianNoise } from "../../shared/dp/discrete-gaussian";
import { addGaussianNoise } from "../../shared/dp/gaussian";
import type { RandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { encodeInto } from "../../shared/ring/fixed-point";

export interface ProtectedUpdate {
  /** The update after clipping and local noise (what leaves the worker when secure aggregation is off). */
  readonly plain: Float32Array;
  /** Under secure aggregation: d fixed-point words of weight * update (+ ring noise), then the weight as an integer. */
  readonly ring: Uint32Array | null;
  readonly norm: number;
  readonly clipped: boolean;
  /** Coordinates clamped to the fixed-point range (logged: a clamp changes the update). */
  readonly clamped: number;
}

/**
 * The worker's protection pipeline, in the order of DESIGN's round:
 * clip to L2 norm C -> local Gaussian noise (local DP) -> weight -> fixed-point
 * encode into Z_2^32 -> discrete Gaussian noise in the ring (distributed DP).
 * Never mutates `delta`.
 *
 * The weight is min(examples, maxExamples) / maxExamples when `weighted`, else 1;
 * the last ring word carries the integer min(examples, maxExamples) (or 1), so the
 * coordinator learns the weighted sum and the total weight, and nothing else.
 */
export function protectUpdate(delta: Float32Array, examples: number, p: Protection, rng: RandomSource): ProtectedUpdate {
  let update = delta;
  let norm = 0;
  let clipped = false;
  if (p.clipNorm > 0) {
    const c = clipL2(delta, p.clipNorm);
    update = c.clipped;
    norm = c.norm;
    clipped = c.factor < 1;
  }
  if (p.dpMode === "local" && p.noiseStd > 0) update = addGaussianNoise(update, p.noiseStd, rng);
  if (p.secureAggregation === "none") return { plain: update === delta ? delta.slice() : update, ring: null, norm, clipped, clamped: 0 };

  if (!(p.scale > 0 && p.clipRange > 0)) throw new RangeError(`secure aggregation needs a positive fixed-point scale and clip range, got scale ${p.scale} and range ${p.clipRange}`);
  const count = p.weighted ? Math.max(1, Math.min(examples, p.maxExamples)) : 1;
  const weight = p.weighted ? count / p.maxExamples : 1;
  const weighted = new Float32Array(update.length);
  let clamped = 0;
  for (let i = 0; i < update.length; i++) {
    const v = update[i]! * weight;
    weighted[i] = v;
    if (v > p.clipRange || v < -p.clipRange) clamped++;
  }
  const ring = new Uint32Array(update.length + 1);
  encodeInto(weighted, p.clipRange, p.scale, ring.subarray(0, update.length));
  if (p.dpMode === "distributed" && p.ringNoiseSigma2 > 0) {
    ring.set(addDiscreteGaussianNoise(ring.subarray(0, update.length), p.ringNoiseSigma2, rng), 0);
  }
  ring[update.length] = count;
  return { plain: update, ring, norm, clipped, clamped };
}
