import type { RandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { protectWithChain, type ProtectedUpdate } from "../../shared/syft/protect-chain";

export type { ProtectedUpdate };

/**
 * The worker's protection pipeline, in the order of DESIGN's round, with the EFFECTIVE
 * protection (the request, never weaker than the site's policy: worker/policy), written as
 * the chain of tensors (shared/syft/protect-chain.ts):
 *
 *   update(delta).clip(C).addNoise(std)        // always clipped; local DP noise
 *     .weigh(count / maxExamples)
 *     .fixPrecision({ ring: 32, clipRange, scale, trailer: [count, loss] })
 *     .addNoise(sigma2)                        // distributed DP, discrete Gaussian in the ring
 *
 * The result is the fit vector of shared/ring/fit-vector (masked by SecAgg+ or split by the
 * additive client with the same sharing code). Never mutates `delta`. `examples` is already
 * capped by the site's policy; the weight is min(examples, maxExamples) / maxExamples when
 * `weighted`, else 1.
 */
export function protectUpdate(delta: Float32Array, examples: number, loss: number, p: Protection, rng: RandomSource): ProtectedUpdate {
  return protectWithChain(delta, examples, loss, p, rng);
}
