/**
 * Fixed-point encoding of float updates into the ring Z_(2^32).
 *
 * A value v is clipped to [-clipRange, clipRange], scaled by `scale` and rounded
 * to the nearest integer (half up), then stored in two's complement in a
 * Uint32Array. Sums are taken mod 2^32 (see ring-arithmetic.ts) and decoded by
 * reading the sum as a signed 32-bit integer and dividing by `scale`.
 *
 * Overflow: `chooseScale` picks scale = M / clipRange with
 * M = floor((2^(31 - headroomBits) - 1) / maxParties), so every encoded value
 * lies in [-M, M] and the sum of up to maxParties of them lies in
 * [-(2^(31-h) - 1), 2^(31-h) - 1]: it never wraps in the signed reading, and
 * 2^h - 1 times as much again is left for noise added in the ring.
 *
 * Error bound: rounding moves each encoded value by at most 1/2 in integer
 * units, so the decoded sum of n parties differs from the sum of their clipped
 * values by at most n / (2 * scale) per element (plus at most 2^-19 n / scale
 * from the branch-free clamp's double arithmetic, and the final Float32
 * rounding of the result, relative 2^-24). See `sumErrorBound`.
 *
 * Hot path: no Math.round. The clamp is branch-free,
 * c = (|z + L| - |z - L|) / 2 with L = clipRange * scale, which keeps the speed
 * independent of how many values are clipped (a ternary clamp mispredicts and
 * runs about 4x slower on updates where a third of the values clip). Rounding
 * adds an integer offset K >= L plus 1/2 so the argument is positive, truncates
 * with `>>> 0` (floor, for a positive number) and subtracts K again; the
 * Uint32Array store wraps the signed result into two's complement. Values so
 * large (or infinite, or NaN) that z + L would absorb L are counted on the way
 * and redone by a careful second pass: they clip to +-round(L), NaN encodes as 0.
 * Every output stays within [-round(L), round(L)], so no input can overflow the sum.
 */

const TWO_POW_31 = 2 ** 31;

export interface ScaleOptions {
  /** Values are clipped to [-clipRange, clipRange] before encoding; > 0. */
  readonly clipRange: number;
  /** The largest number of encoded vectors that will ever be summed; >= 1. */
  readonly maxParties: number;
  /** Bits of the signed 31-bit magnitude left free (for noise added in the ring); default 0. */
  readonly headroomBits?: number;
}

/** The scale for which maxParties clipped values (and 2^headroomBits times as much) cannot overflow. */
export function chooseScale(options: ScaleOptions): number {
  const { clipRange, maxParties } = options;
  const headroomBits = options.headroomBits ?? 0;
  if (!(Number.isFinite(clipRange) && clipRange > 0)) {
    throw new RangeError(`clipRange must be a positive finite number, got ${clipRange}`);
  }
  if (!(Number.isSafeInteger(maxParties) && maxParties >= 1)) {
    throw new RangeError(`maxParties must be a positive integer, got ${maxParties}`);
  }
  if (!(Number.isInteger(headroomBits) && headroomBits >= 0 && headroomBits <= 30)) {
    throw new RangeError(`headroomBits must be an integer in 0..30, got ${headroomBits}`);
  }
  const maxEncoded = Math.floor((2 ** (31 - headroomBits) - 1) / maxParties);
  if (maxEncoded < 1) {
    throw new RangeError(
      `cannot encode for ${maxParties} parties with ${headroomBits} headroom bits: fewer than one integer step per party; lower headroomBits or maxParties`,
    );
  }
  return maxEncoded / clipRange;
}

/** The largest magnitude an encoded value can take for this clip range and scale. */
export function maxEncodedMagnitude(clipRange: number, scale: number): number {
  return Math.round(clipRange * scale);
}

/** Per-element bound on |decoded sum - sum of clipped inputs| for n parties (ignoring the Float32 output rounding). */
export function sumErrorBound(n: number, scale: number): number {
  return (n * (0.5 + 2 ** -19)) / scale;
}

function checkEncodingArgs(clipRange: number, scale: number): void {
  if (!(Number.isFinite(clipRange) && clipRange > 0)) {
    throw new RangeError(`clipRange must be a positive finite number, got ${clipRange}`);
  }
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError(`scale must be a positive finite number, got ${scale}`);
  }
  if (Math.ceil(clipRange * scale) >= TWO_POW_31) {
    throw new RangeError(
      `clipRange * scale = ${clipRange * scale} does not fit a signed 32-bit value; use chooseScale`,
    );
  }
}

/** Beyond this magnitude (in scaled units) z + L can absorb L; such values take the careful path. */
const CAREFUL_ABOVE = 2 ** 40;

/** Clip, scale and round `values` into `out` (two's complement in Z_2^32). Lengths must match. */
export function encodeInto(values: Float32Array, clipRange: number, scale: number, out: Uint32Array): Uint32Array {
  checkEncodingArgs(clipRange, scale);
  if (out.length !== values.length) {
    throw new RangeError(`encodeInto: output has ${out.length} elements, input has ${values.length}`);
  }
  const limit = clipRange * scale;
  const offsetInt = Math.ceil(limit);
  const offset = offsetInt + 0.5;
  const n = values.length;
  let careful = 0;
  for (let i = 0; i < n; i++) {
    const z = values[i]! * scale;
    careful += Math.abs(z) <= CAREFUL_ABOVE ? 0 : 1; // NaN, +-Infinity and huge values; almost never taken
    // |z+L| - |z-L| is 2z inside [-L, L] and +-2L outside: a branch-free clamp.
    out[i] = ((0.5 * (Math.abs(z + limit) - Math.abs(z - limit)) + offset) >>> 0) - offsetInt;
  }
  if (careful > 0) {
    // Rare: redo the out-of-range elements with an explicit clamp (NaN encodes as 0).
    for (let i = 0; i < n; i++) {
      const z = values[i]! * scale;
      if (Math.abs(z) <= CAREFUL_ABOVE) continue;
      const c = z > 0 ? limit : z < 0 ? -limit : 0;
      out[i] = ((c + offset) >>> 0) - offsetInt;
    }
  }
  return out;
}

/** Encode into a fresh Uint32Array. */
export function encode(values: Float32Array, clipRange: number, scale: number): Uint32Array {
  return encodeInto(values, clipRange, scale, new Uint32Array(values.length));
}

/** Read a ring sum as signed 32-bit integers and divide by `scale`. */
export function decodeSum(sum: Uint32Array, scale: number, out: Float32Array = new Float32Array(sum.length)): Float32Array {
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError(`scale must be a positive finite number, got ${scale}`);
  }
  if (out.length !== sum.length) {
    throw new RangeError(`decodeSum: output has ${out.length} elements, sum has ${sum.length}`);
  }
  const inv = 1 / scale;
  const n = sum.length;
  for (let i = 0; i < n; i++) out[i] = (sum[i]! | 0) * inv;
  return out;
}
