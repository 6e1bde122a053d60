/**
 * Fixed point in the ring Z_2^64, PySyft's encoding: a value v becomes the
 * integer round(v * 10^precision) in two's complement (precision = decimal
 * fractional digits, default 3, as PySyft's `precision_fractional`).
 *
 * Range, checked, never wrapped. Every fixed-point or shared tensor carries a
 * public `bound`: an upper bound on the magnitude of its integers. Encoding
 * sets it from the declared `maxAbs` (values above it are refused) and every
 * operation derives the bound of its result before it runs (sum of bounds for
 * add, product for mul, k times for a matmul over k terms, ...). An operation
 * whose result could pass RING_CAPACITY = 2^62 is refused before any message
 * is sent, with a FixedPointRangeError saying what to change. 2^62 leaves the
 * room the truncation protocol needs (values shifted into [0, 2^63)).
 *
 * The bound comes from what the data owner declares, never from the data, so
 * it leaks nothing beyond the declaration. Default maxAbs: 10^(7 - precision)
 * (10^4 at precision 3), so that a product of two values, and a second product
 * after truncation, fit.
 */
import { FixedPointRangeError } from "./errors";

export const RING_BITS = 64;
export const RING_CAPACITY = 1n << 62n;
export const DEFAULT_PRECISION = 3;
export const MAX_PRECISION = 12;
const DEFAULT_MAX_ENCODED_DIGITS = 7;

export function checkPrecision(precision: number): void {
  if (!(Number.isInteger(precision) && precision >= 0 && precision <= MAX_PRECISION)) {
    throw new FixedPointRangeError(`precision must be an integer number of decimal digits in 0..${MAX_PRECISION}, got ${precision}`);
  }
}

/** 10^precision, the fixed-point scale. */
export function scaleOf(precision: number): bigint {
  checkPrecision(precision);
  return 10n ** BigInt(precision);
}

export function defaultMaxAbs(precision: number): number {
  checkPrecision(precision);
  return 10 ** (DEFAULT_MAX_ENCODED_DIGITS - precision);
}

/** The bound (in ring units) of values declared to lie within [-maxAbs, maxAbs]. */
export function boundOf(maxAbs: number, precision: number): bigint {
  if (!(Number.isFinite(maxAbs) && maxAbs > 0)) throw new FixedPointRangeError(`maxAbs must be a positive finite number, got ${maxAbs}`);
  const scaled = Math.ceil(maxAbs * 10 ** precision);
  if (scaled > Number.MAX_SAFE_INTEGER) {
    throw new FixedPointRangeError(`maxAbs ${maxAbs} at precision ${precision} needs integers above 2^53; lower maxAbs or the precision`);
  }
  return checkBound(BigInt(scaled), `values of magnitude up to ${maxAbs} at precision ${precision}`);
}

/** Returns `bound` if the ring holds it, else throws a FixedPointRangeError describing `what`. */
export function checkBound(bound: bigint, what: string): bigint {
  if (bound > RING_CAPACITY) {
    throw new FixedPointRangeError(
      `${what} can reach ${bound} in ring units, above the fixed-point capacity 2^62 of Z_2^64; declare a smaller maxAbs in fixPrecision(), use a lower precision, or scale the values down first`,
    );
  }
  return bound;
}

/** Encodes `values` (each within maxAbs, else FixedPointRangeError) into two's complement. */
export function encodeFixed(values: ArrayLike<number>, precision: number, maxAbs: number): BigUint64Array {
  boundOf(maxAbs, precision);
  const scale = 10 ** precision;
  const out = new BigUint64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(Math.abs(v) <= maxAbs)) {
      throw new FixedPointRangeError(
        `value ${v} at index ${i} is outside the declared fixed-point range [-${maxAbs}, ${maxAbs}]; pass a larger maxAbs to fixPrecision() (the ring holds up to 2^62 / 10^precision)`,
      );
    }
    out[i] = BigInt(Math.round(v * scale));
  }
  return out;
}

/** Signed integers (two's complement) divided by 10^precision; throws if one exceeds `bound` (a tampered share). */
export function decodeFixed(ring: BigUint64Array, precision: number, bound: bigint): Float64Array {
  const signed = new BigInt64Array(ring.buffer, ring.byteOffset, ring.length);
  const scale = 10 ** precision;
  const out = new Float64Array(ring.length);
  for (let i = 0; i < signed.length; i++) {
    const s = signed[i]!;
    if (s > bound || -s > bound) {
      throw new FixedPointRangeError(`decoded value ${s} at index ${i} is beyond its bound ${bound}: a share was altered or lost, or the value overflowed`);
    }
    out[i] = Number(s) / scale;
  }
  return out;
}

/** Signed view of ring elements (no copy). */
export function signedView(ring: BigUint64Array): BigInt64Array {
  return new BigInt64Array(ring.buffer, ring.byteOffset, ring.length);
}

/** The largest magnitude among ring elements read as signed (for public operands, whose values anyone may see). */
export function maxMagnitude(ring: BigUint64Array): bigint {
  let max = 0n;
  for (const s of signedView(ring)) {
    const a = s < 0n ? -s : s;
    if (a > max) max = a;
  }
  return max;
}

/** Signed division toward zero by a positive integer (local truncation of public values, as PySyft's). */
export function truncateTowardZero(ring: BigUint64Array, divisor: bigint): BigUint64Array {
  if (divisor < 1n) throw new FixedPointRangeError(`a divisor must be a positive integer, got ${divisor}`);
  const signed = signedView(ring);
  const out = new BigUint64Array(ring.length);
  for (let i = 0; i < signed.length; i++) out[i] = signed[i]! / divisor;
  return out;
}

/** Bound rules: what an operation's result can reach, given its operands' bounds. */
export const bounds = {
  add: (a: bigint, b: bigint): bigint => a + b,
  mul: (a: bigint, b: bigint): bigint => a * b,
  matmul: (a: bigint, b: bigint, k: number): bigint => BigInt(k) * a * b,
  sum: (a: bigint, n: number): bigint => BigInt(n) * a,
  /** After division by d with the truncation protocol (result within 1 of x / d). */
  div: (a: bigint, d: bigint): bigint => a / d + 1n,
};

/** A public number as a ring element at this precision (round to nearest); integers at precision 0. */
export function encodeScalar(value: number, precision: number): bigint {
  if (!Number.isFinite(value)) throw new FixedPointRangeError(`cannot encode ${value} in fixed point`);
  const scaled = Math.round(value * 10 ** precision);
  if (!Number.isSafeInteger(scaled)) throw new FixedPointRangeError(`${value} at precision ${precision} needs integers above 2^53`);
  return checkBound(BigInt(Math.abs(scaled)), `the constant ${value}`) * (scaled < 0 ? -1n : 1n);
}
