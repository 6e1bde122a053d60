/**
 * Continuous Gaussian noise for the central and local modes (float updates), by the
 * Box-Muller transform on 53-bit uniforms from a RandomSource:
 *   r = sqrt(-2 ln(1 - u1)), z0 = r cos(2 pi u2), z1 = r sin(2 pi u2),
 * with u1, u2 uniform in [0, 1) so that 1 - u1 is in (0, 1] and the log is finite.
 *
 * Floating-point Gaussians are what Opacus and tensorflow-privacy add; Mironov (2012)
 * showed that the low bits of floating-point noise can leak. Where the noise is added in
 * the integer ring (distributed mode) the exact discrete Gaussian is used instead.
 */
import type { RandomSource } from "./random-source";

const TWO_PI = 2 * Math.PI;

/** One standard normal sample (Box-Muller; the second value of the pair is discarded). */
export function gaussian(rng: RandomSource): number {
  const r = Math.sqrt(-2 * Math.log(1 - rng.uniform53()));
  return r * Math.cos(TWO_PI * rng.uniform53());
}

/** Fills `out` with independent N(0, std^2) samples, two per Box-Muller pair. */
export function fillGaussian(out: Float64Array | Float32Array, std: number, rng: RandomSource): void {
  checkStd(std);
  const n = out.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const r = std * Math.sqrt(-2 * Math.log(1 - rng.uniform53()));
    const theta = TWO_PI * rng.uniform53();
    out[i] = r * Math.cos(theta);
    out[i + 1] = r * Math.sin(theta);
  }
  if (i < n) out[i] = std * gaussian(rng);
}

/**
 * A new array v + N(0, std^2 I); the input is not modified. The sum is formed in float64
 * and rounded once to float32.
 */
export function addGaussianNoise(v: Float32Array, std: number, rng: RandomSource): Float32Array {
  checkStd(std);
  const noise = new Float64Array(v.length);
  fillGaussian(noise, std, rng);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! + noise[i]!;
  return out;
}

function checkStd(std: number): void {
  if (!(std >= 0 && Number.isFinite(std))) throw new RangeError(`noise standard deviation must be finite and >= 0, got ${std}`);
}
