/**
 * L2 clipping of a flat update (McMahan et al. 2018, DP-FedAvg: each user's update is
 * scaled to norm at most C before it is summed). The norm is accumulated in float64.
 */

/** The Euclidean norm of v, accumulated in float64 (with scaling, so huge or tiny entries do not overflow or underflow). */
export function l2Norm(v: Float32Array): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a > max || Number.isNaN(a)) max = a;
  }
  if (max === 0 || !Number.isFinite(max)) return max; // 0, Infinity or NaN
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]! / max;
    sum += x * x;
  }
  return max * Math.sqrt(sum);
}

export interface ClipResult {
  /** A new array: v * factor. */
  readonly clipped: Float32Array;
  /** The norm of the input. */
  readonly norm: number;
  /** min(1, clip / norm); 1 for the zero vector. */
  readonly factor: number;
}

/**
 * Scales a copy of v to L2 norm at most `clip`; v is never modified. Because the result is
 * rounded to float32, the factor is nudged down by a few ulps when needed so that the
 * returned vector's norm never exceeds `clip` (the sensitivity bound must hold exactly).
 * Throws on non-finite entries: a NaN update would otherwise poison the sum.
 */
export function clipL2(v: Float32Array, clip: number): ClipResult {
  if (!(clip > 0 && Number.isFinite(clip))) throw new RangeError(`clip norm must be finite and > 0, got ${clip}`);
  const norm = l2Norm(v);
  if (!Number.isFinite(norm)) throw new RangeError("cannot clip an update with non-finite entries");
  let factor = norm > clip ? clip / norm : 1;
  let clipped = scaled(v, factor);
  if (factor < 1) {
    // float32 rounding of each entry can push the norm a hair above clip; shrink until it does not.
    for (let k = 0; k < 64 && l2Norm(clipped) > clip; k++) {
      factor *= 1 - 2 ** -23;
      clipped = scaled(v, factor);
    }
  }
  return { clipped, norm, factor };
}

function scaled(v: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! * factor;
  return out;
}
