/**
 * Exact non-negative rationals over BigInt, for the discrete Gaussian sampler: a float
 * parameter is converted to the rational it denotes exactly (every finite double is
 * m * 2^e), so no rounding enters the sampler's arithmetic.
 */
export interface Rational {
  readonly num: bigint;
  /** Always > 0; the fraction is in lowest terms. */
  readonly den: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError("rational: zero denominator");
  const s = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

/** The exact value of a finite double as a reduced fraction. */
export function rationalFromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`cannot convert ${x} to a rational`);
  if (x === 0) return { num: 0n, den: 1n };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biasedExp = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biasedExp === 0) {
    exp = -1074; // subnormal: mantissa * 2^-1074
  } else {
    mantissa |= 1n << 52n;
    exp = biasedExp - 1075;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exp >= 0) return { num: sign * (mantissa << BigInt(exp)), den: 1n };
  return rational(sign * mantissa, 1n << BigInt(-exp));
}

/** floor(sqrt(n)) for n >= 0 (Newton's method on integers). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n; // a close start, then exact correction
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** The value as a double, correct to a few ulps (each operand is cut to 64 bits); for display and planning only. */
export function rationalToNumber(r: Rational): number {
  const sn = Math.max(0, bitLength(r.num) - 64);
  const sd = Math.max(0, bitLength(r.den) - 64);
  const ratio = Number(r.num >> BigInt(sn)) / Number(r.den >> BigInt(sd));
  // Apply 2^(sn - sd) in two halves so neither factor overflows or underflows on its own.
  const e = sn - sd;
  const half = Math.trunc(e / 2);
  return ratio * 2 ** half * 2 ** (e - half);
}

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}
