/**
 * The coordinator path's protection and sharing as they were before they were
 * written as the chain of tensors, frozen here (not imported) so that the
 * chain is compared with the algorithm it replaced, not with itself:
 * worker/secure/protect-update.ts `protectUpdate` and shared/secagg/additive.ts
 * `splitShares` as of main f8101ad (protocol v2), bodies unchanged.
 * Used by test/syft/protect-chain.test.ts and bench/syft-chain.ts.
 */
import type { RandomBytes } from "../../shared/crypto/random";
import { clipL2 } from "../../shared/dp/clip";
import { addDiscreteGaussianNoise } from "../../shared/dp/discrete-gaussian";
import { addGaussianNoise } from "../../shared/dp/gaussian";
import type { RandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { encodeInto } from "../../shared/ring/fixed-point";
import { fitVectorLength, lossWord } from "../../shared/ring/fit-vector";
import type { ProtectedUpdate } from "../../shared/syft/protect-chain";

export function frozenProtectUpdate(delta: Float32Array, examples: number, loss: number, p: Protection, rng: RandomSource): ProtectedUpdate {
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

/** n shares of `vector` (mod 2^32): the first n - 1 uniform, the last the difference. */
export function frozenSplitShares(vector: Uint32Array, n: number, rng: RandomBytes): Uint32Array[] {
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`splitShares needs n >= 1 shares, got ${n}`);
  const d = vector.length;
  const last = vector.slice();
  const shares: Uint32Array[] = [];
  for (let s = 0; s < n - 1; s++) {
    const share = new Uint32Array(d);
    new Uint8Array(share.buffer).set(rng(4 * d)); // copy: the source may be unaligned
    for (let i = 0; i < d; i++) last[i] = last[i]! - share[i]!;
    shares.push(share);
  }
  shares.push(last);
  return shares;
}
