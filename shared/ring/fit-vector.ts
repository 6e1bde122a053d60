/**
 * The layout of a worker's training input to secure aggregation (docs/protocol.md, "Input
 * vectors"): d fixed-point words of weight * update (the model's tensors flattened in order),
 * then the integer count (min(examples, max_examples), or 1 unweighted), then the weighted
 * training loss as round(min(max(loss, 0), LOSS_CLAMP) * weight * LOSS_SCALE), 0 under DP
 * (a per-site value outside the accounting). The loss word of one worker is at most
 * LOSS_CLAMP * LOSS_SCALE = 2^16, so 2^16 workers fit in the 32-bit ring.
 */
export const LOSS_SCALE = 16;
export const LOSS_CLAMP = 4096;
export const FIT_TRAILER_WORDS = 2;

export function fitVectorLength(parameters: number): number {
  return parameters + FIT_TRAILER_WORDS;
}

export function lossWord(loss: number, weight: number): number {
  if (!Number.isFinite(loss) || !(weight > 0)) return 0;
  return Math.round(Math.min(Math.max(loss, 0), LOSS_CLAMP) * Math.min(weight, 1) * LOSS_SCALE) >>> 0;
}

/** The summed count and weighted loss of a fit sum (ring words read unsigned). */
export function fitTrailer(sum: Uint32Array, parameters: number): { readonly count: number; readonly weightedLoss: number } {
  return { count: sum[parameters]!, weightedLoss: sum[parameters + 1]! / LOSS_SCALE };
}
