/**
 * Shamir secret sharing of 32-byte secrets over the prime field F_p with
 * p = 2^256 + 297, the smallest prime above 2^256 (checked in the tests), so
 * every 256-bit secret is a field element. A share is (x, y): x a positive
 * integer (distinct per holder; in SecAgg+ the holder's id + 1), y = f(x) with
 * f of degree t - 1 and f(0) = secret, coefficients uniform in F_p (rejection
 * sampling). Any t shares give f(0) by Lagrange interpolation; t - 1 shares
 * are uniformly distributed whatever the secret.
 *
 * y travels as 33 big-endian bytes (p needs 257 bits).
 */
import bigInt from "big-integer";
import type { RandomBytes } from "./random";

export const SHAMIR_PRIME = bigInt(2).pow(256).add(297);
export const SHAMIR_SECRET_BYTES = 32;
export const SHAMIR_SHARE_BYTES = 33;

export interface ShamirShare {
  /** The evaluation point: a positive safe integer, distinct across holders. */
  readonly x: number;
  /** f(x), 33 bytes big-endian. */
  readonly y: Uint8Array;
}

export interface ShareOptions {
  /** Number of shares. */
  readonly n: number;
  /** Threshold: any t shares reconstruct, t - 1 reveal nothing. 1 <= t <= n. */
  readonly t: number;
  /** Evaluation points (default 1..n). */
  readonly xs?: readonly number[];
}

type Big = bigInt.BigInteger;

function toBig(bytes: Uint8Array): Big {
  return bigInt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex") || "0", 16);
}

function toBytes(value: Big, length: number): Uint8Array {
  const hex = value.toString(16).padStart(length * 2, "0");
  if (hex.length > length * 2) throw new RangeError(`value does not fit ${length} bytes`);
  return new Uint8Array(Buffer.from(hex, "hex"));
}

/** A uniform element of F_p: 257 random bits, rejected when >= p (accepts about half the time). */
function randomFieldElement(randomBytes: RandomBytes): Big {
  for (;;) {
    const bytes = randomBytes(SHAMIR_SHARE_BYTES);
    bytes[0] = bytes[0]! & 0x01;
    const value = toBig(bytes);
    if (value.lesser(SHAMIR_PRIME)) return value;
  }
}

function checkXs(xs: readonly number[]): void {
  const seen = new Set<number>();
  for (const x of xs) {
    if (!(Number.isSafeInteger(x) && x >= 1)) throw new RangeError(`Shamir evaluation points must be positive safe integers, got ${x}`);
    if (seen.has(x)) throw new RangeError(`Shamir evaluation point ${x} appears twice`);
    seen.add(x);
  }
}

/** Split a 32-byte secret into n shares with threshold t. */
export function share(secret: Uint8Array, options: ShareOptions, randomBytes: RandomBytes): ShamirShare[] {
  const { n, t } = options;
  if (secret.length !== SHAMIR_SECRET_BYTES) throw new RangeError(`the secret must be ${SHAMIR_SECRET_BYTES} bytes, got ${secret.length}`);
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(Number.isSafeInteger(t) && t >= 1 && t <= n)) throw new RangeError(`t must be an integer in 1..n (n = ${n}), got ${t}`);
  const xs = options.xs ?? Array.from({ length: n }, (_, i) => i + 1);
  if (xs.length !== n) throw new RangeError(`${xs.length} evaluation points given for ${n} shares`);
  checkXs(xs);
  const coefficients: Big[] = [toBig(secret)];
  for (let i = 1; i < t; i++) coefficients.push(randomFieldElement(randomBytes));
  return xs.map((x) => {
    let y = bigInt.zero; // Horner
    for (let i = t - 1; i >= 0; i--) y = y.multiply(x).add(coefficients[i]!).mod(SHAMIR_PRIME);
    return { x, y: toBytes(y, SHAMIR_SHARE_BYTES) };
  });
}

/**
 * f(0) from the given shares (all are used: pass exactly t of them). Null if
 * the result is not a 256-bit value, which means the shares are inconsistent.
 */
export function reconstruct(shares: readonly ShamirShare[]): Uint8Array | null {
  if (shares.length === 0) throw new RangeError("reconstruct needs at least one share");
  checkXs(shares.map((s) => s.x));
  const ys = shares.map((s) => {
    if (s.y.length !== SHAMIR_SHARE_BYTES) throw new RangeError(`a share's y must be ${SHAMIR_SHARE_BYTES} bytes, got ${s.y.length}`);
    return toBig(s.y);
  });
  let secret = bigInt.zero;
  for (let i = 0; i < shares.length; i++) {
    // Lagrange basis at 0: prod_{j != i} x_j / (x_j - x_i)
    let num = bigInt.one;
    let den = bigInt.one;
    for (let j = 0; j < shares.length; j++) {
      if (j === i) continue;
      num = num.multiply(shares[j]!.x).mod(SHAMIR_PRIME);
      den = den.multiply(shares[j]!.x - shares[i]!.x).mod(SHAMIR_PRIME);
    }
    const positiveDen = den.mod(SHAMIR_PRIME).add(SHAMIR_PRIME).mod(SHAMIR_PRIME);
    const basis = num.multiply(positiveDen.modInv(SHAMIR_PRIME)).mod(SHAMIR_PRIME);
    secret = secret.add(ys[i]!.multiply(basis)).mod(SHAMIR_PRIME);
  }
  if (secret.bitLength().greater(256)) return null;
  return toBytes(secret, SHAMIR_SECRET_BYTES);
}
