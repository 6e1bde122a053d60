/**
 * The worker's protection pipeline as a chain of tensors (the mission's
 * "mirroring the chain of tensors", on the coordinator's path):
 *
 *   update(delta).clip(C).addNoise(std, rng).weigh(w)
 *     .fixPrecision({ ring: 32, clipRange, scale, trailer: [count] })
 *     .addNoise(sigma2, rng)          // discrete Gaussian, in the ring
 *     .share(n, randomBytes)          // or .words for SecAgg+ masking
 *
 * Each step is the project's one implementation of it (shared/dp clipL2,
 * addGaussianNoise and addDiscreteGaussianNoise, shared/ring encodeInto, this
 * package's splitShares32), in the order of worker/secure/protect-update.ts,
 * so the words and shares are bit for bit those of protectUpdate followed by
 * shared/secagg/additive.ts splitShares (tested). Allocation-light: a step
 * writes into the chain's own buffer when it owns one, and never touches the
 * caller's delta.
 */
import type { RandomBytes } from "../crypto/random";
import { clipL2 } from "../dp/clip";
import { addDiscreteGaussianNoise, type Sigma2 } from "../dp/discrete-gaussian";
import { addGaussianNoise } from "../dp/gaussian";
import type { RandomSource } from "../dp/random-source";
import type { Protection } from "../protocol/messages";
import { encodeInto } from "../ring/fixed-point";
import { splitShares32 } from "./sharing";

export interface RingEncoding {
  readonly ring: 32;
  readonly clipRange: number;
  readonly scale: number;
  /** Words appended after the encoded values (e.g. the example count); not noised. */
  readonly trailer?: readonly number[];
}

/** A float update on its way to the ring. */
export class UpdateChain {
  private constructor(
    readonly values: Float32Array,
    private readonly owned: boolean,
    /** L2 norm before clipping (0 when clip() was not called). */
    readonly norm: number,
    readonly clipped: boolean,
  ) {}

  static of(delta: Float32Array): UpdateChain {
    return new UpdateChain(delta, false, 0, false);
  }

  /** Scales to L2 norm at most `clipNorm` (a copy: the input is never modified). */
  clip(clipNorm: number): UpdateChain {
    const c = clipL2(this.values, clipNorm);
    return new UpdateChain(c.clipped, true, c.norm, c.factor < 1);
  }

  /** Adds N(0, std^2) to each coordinate (local DP). */
  addNoise(std: number, rng: RandomSource): UpdateChain {
    return new UpdateChain(addGaussianNoise(this.values, std, rng), true, this.norm, this.clipped);
  }

  /** Multiplies by a FedAvg weight (in place when this chain owns its buffer). */
  weigh(weight: number): UpdateChain {
    const out = this.owned ? this.values : new Float32Array(this.values.length);
    for (let i = 0; i < out.length; i++) out[i] = this.values[i]! * weight;
    return new UpdateChain(out, true, this.norm, this.clipped);
  }

  /** Fixed point in Z_2^32 (shared/ring: clamp to clipRange, scale, round), then the trailer words. */
  fixPrecision(encoding: RingEncoding): RingUpdate {
    const d = this.values.length;
    const trailer = encoding.trailer ?? [];
    const words = new Uint32Array(d + trailer.length);
    let clamped = 0;
    for (let i = 0; i < d; i++) {
      const v = this.values[i]!;
      if (v > encoding.clipRange || v < -encoding.clipRange) clamped++;
    }
    encodeInto(this.values, encoding.clipRange, encoding.scale, words.subarray(0, d));
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

/**
 * What protectUpdate returns, field for field. `clamped` counts the float32
 * values the encoder clamps; protectUpdate counts the products before their
 * float32 rounding, which can differ only for a product within one float32
 * rounding of clipRange (a log figure: the words are the same either way).
 */
export interface ChainProtectedUpdate {
  readonly plain: Float32Array;
  readonly ring: Uint32Array | null;
  readonly norm: number;
  readonly clipped: boolean;
  readonly clamped: number;
}

/**
 * worker/secure/protect-update.ts `protectUpdate`, as the chain: the same
 * arguments, the same result (tested), for the worker to call instead.
 */
export function protectWithChain(delta: Float32Array, examples: number, p: Protection, rng: RandomSource): ChainProtectedUpdate {
  let chain = update(delta);
  if (p.clipNorm > 0) chain = chain.clip(p.clipNorm);
  if (p.dpMode === "local" && p.noiseStd > 0) chain = chain.addNoise(p.noiseStd, rng);
  if (p.secureAggregation === "none") {
    return { plain: chain.values === delta ? delta.slice() : chain.values, ring: null, norm: chain.norm, clipped: chain.clipped, clamped: 0 };
  }
  if (!(p.scale > 0 && p.clipRange > 0)) throw new RangeError(`secure aggregation needs a positive fixed-point scale and clip range, got scale ${p.scale} and range ${p.clipRange}`);
  const count = p.weighted ? Math.max(1, Math.min(examples, p.maxExamples)) : 1;
  const weight = p.weighted ? count / p.maxExamples : 1;
  // `plain` is the update before weighting, so the weighted values go to a new buffer (as protectUpdate's do).
  let ring = update(chain.values).weigh(weight).fixPrecision({ ring: 32, clipRange: p.clipRange, scale: p.scale, trailer: [count] });
  if (p.dpMode === "distributed" && p.ringNoiseSigma2 > 0) ring = ring.addNoise(p.ringNoiseSigma2, rng);
  return { plain: chain.values, ring: ring.words, norm: chain.norm, clipped: chain.clipped, clamped: ring.clamped };
}
