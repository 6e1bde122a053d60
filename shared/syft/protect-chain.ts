/**
 * The worker's protection pipeline as a chain of tensors (the mission's
 * "mirroring the chain of tensors", on the coordinator's path):
 *
 *   update(delta).clip(C).addNoise(std, rng).weigh(w)
 *     .fixPrecision({ ring: 32, clipRange, scale, trailer: [count, loss] })
 *     .addNoise(sigma2, rng)          // discrete Gaussian, in the ring
 *     .share(n, randomBytes)          // or .words for SecAgg+ masking
 *
 * Each step is the project's one implementation of it (shared/dp clipL2,
 * addGaussianNoise and addDiscreteGaussianNoise, shared/ring encodeInto and
 * the fit-vector trailer, this package's splitShares32).
 * worker/secure/protect-update.ts is protectWithChain below; the tests compare
 * its words with a frozen copy of the pipeline it replaced.
 *
 * The weight is applied as the values are encoded: weigh() records it, and
 * fixPrecision() forms each product in float64, counts it against the clip
 * range, rounds it to float32 and encodes it, in one pass. A step never
 * touches the caller's delta.
 */
import type { RandomBytes } from "../crypto/random";
import { clipL2 } from "../dp/clip";
import { addDiscreteGaussianNoise, type Sigma2 } from "../dp/discrete-gaussian";
import { addGaussianNoise } from "../dp/gaussian";
import type { RandomSource } from "../dp/random-source";
import type { Protection } from "../protocol/messages";
import { lossWord } from "../ring/fit-vector";
import { encodeInto } from "../ring/fixed-point";
import { splitShares32 } from "./sharing";

export interface RingEncoding {
  readonly ring: 32;
  readonly clipRange: number;
  readonly scale: number;
  /** Words appended after the encoded values (the fit vector's count and loss words); never noised. */
  readonly trailer?: readonly number[];
}

/** A float update on its way to the ring. */
export class UpdateChain {
  private constructor(
    private readonly base: Float32Array,
    /** L2 norm before clipping (0 when clip() was not called). */
    readonly norm: number,
    readonly clipped: boolean,
    /** The FedAvg weight weigh() recorded (1 before), applied by fixPrecision. */
    readonly weight: number,
  ) {}

  static of(delta: Float32Array): UpdateChain {
    return new UpdateChain(delta, 0, false, 1);
  }

  /** The update with the weight applied (before weigh(): the chain's own buffer, not a copy; the caller's delta if no step ran). */
  get values(): Float32Array {
    if (this.weight === 1) return this.base;
    const out = new Float32Array(this.base.length);
    for (let i = 0; i < out.length; i++) out[i] = this.base[i]! * this.weight;
    return out;
  }

  /** Scales to L2 norm at most `clipNorm` (a copy: the input is never modified). */
  clip(clipNorm: number): UpdateChain {
    const c = clipL2(this.values, clipNorm);
    return new UpdateChain(c.clipped, c.norm, c.factor < 1, 1);
  }

  /** Adds N(0, std^2) to each coordinate (local DP), into a new buffer. */
  addNoise(std: number, rng: RandomSource): UpdateChain {
    return new UpdateChain(addGaussianNoise(this.values, std, rng), this.norm, this.clipped, 1);
  }

  /** Multiplies by a FedAvg weight (recorded; applied as the values are encoded or read). */
  weigh(weight: number): UpdateChain {
    if (!Number.isFinite(weight)) throw new RangeError(`a FedAvg weight must be finite, got ${weight}`);
    return new UpdateChain(this.base, this.norm, this.clipped, this.weight * weight);
  }

  /** Fixed point in Z_2^32 (shared/ring: clamp to clipRange, scale, round), then the trailer words. */
  fixPrecision(encoding: RingEncoding): RingUpdate {
    const d = this.base.length;
    const trailer = encoding.trailer ?? [];
    const words = new Uint32Array(d + trailer.length);
    const { clipRange } = encoding;
    let clamped = 0;
    let encoded = this.base;
    if (this.weight === 1) {
      for (let i = 0; i < d; i++) {
        const v = this.base[i]!;
        if (v > clipRange || v < -clipRange) clamped++;
      }
    } else {
      encoded = new Float32Array(d);
      for (let i = 0; i < d; i++) {
        const v = this.base[i]! * this.weight;
        encoded[i] = v;
        if (v > clipRange || v < -clipRange) clamped++;
      }
    }
    encodeInto(encoded, clipRange, encoding.scale, words.subarray(0, d));
    trailer.forEach((w, i) => { words[d + i] = w; });
    return new RingUpdate(words, d, clamped);
  }
}

/** An update encoded in Z_2^32: `payload` words of values, then the trailer. */
export class RingUpdate {
  constructor(readonly words: Uint32Array, readonly payload: number, readonly clamped: number) {}

  /** Adds discrete Gaussian noise N_Z(0, sigma2) to the payload words (distributed DP). */
  addNoise(sigma2: Sigma2, rng: RandomSource): RingUpdate {
    this.words.set(addDiscreteGaussianNoise(this.words.subarray(0, this.payload), sigma2, rng), 0);
    return this;
  }

  /** n additive shares of all words (the coordinator's additive protocol). */
  share(n: number, randomBytes: RandomBytes): Uint32Array[] {
    return splitShares32(this.words, n, randomBytes);
  }
}

export function update(delta: Float32Array): UpdateChain {
  return UpdateChain.of(delta);
}

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
 * The worker's protection pipeline, in the order of DESIGN's round, with the
 * EFFECTIVE protection (the request, never weaker than the site's policy):
 * clip to L2 norm C (always: every mode has a norm bound) -> local Gaussian
 * noise (local DP) -> weight -> fixed point in Z_2^32 with the count and loss
 * words -> discrete Gaussian noise in the ring (distributed DP). Never mutates
 * `delta`.
 *
 * `examples` is already capped by the site's policy; the weight is
 * min(examples, maxExamples) / maxExamples when `weighted`, else 1. The loss
 * word is 0 under DP (a per-site value outside the accounting).
 */
export function protectWithChain(delta: Float32Array, examples: number, loss: number, p: Protection, rng: RandomSource): ProtectedUpdate {
  if (!(p.clipNorm > 0)) throw new RangeError(`every update is clipped: the clip norm must be positive, got ${p.clipNorm}`);
  let chain = update(delta).clip(p.clipNorm);
  if (p.dpMode === "local" && p.noiseStd > 0) chain = chain.addNoise(p.noiseStd, rng);
  if (p.secureAggregation === "none") return { plain: chain.values, ring: null, norm: chain.norm, clipped: chain.clipped, clamped: 0 };

  if (!(p.scale > 0 && p.clipRange > 0)) throw new RangeError(`secure aggregation needs a positive fixed-point scale and clip range, got scale ${p.scale} and range ${p.clipRange}`);
  if (p.weighted && !(p.maxExamples >= 1)) throw new RangeError(`a weighted update needs the run's example cap (max_examples >= 1), got ${p.maxExamples}`);
  const count = p.weighted ? Math.max(1, Math.min(examples, p.maxExamples)) : 1;
  const weight = p.weighted ? count / p.maxExamples : 1;
  // shared/ring/fit-vector's trailer: the count, then the weighted loss (FIT_TRAILER_WORDS = 2).
  const trailer = [count, p.dpMode === null ? lossWord(loss, weight) : 0];
  let ring = chain.weigh(weight).fixPrecision({ ring: 32, clipRange: p.clipRange, scale: p.scale, trailer });
  if (p.dpMode === "distributed" && p.ringNoiseSigma2 > 0) ring = ring.addNoise(p.ringNoiseSigma2, rng);
  return { plain: chain.values, ring: ring.words, norm: chain.norm, clipped: chain.clipped, clamped: ring.clamped };
}
