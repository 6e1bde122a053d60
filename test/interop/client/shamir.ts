// Shamir secret sharing over p = 2^256 + 297 (docs/protocol.md section 9.5), with BigInt.

export const PRIME = (1n << 256n) + 297n;
export const SHARE_BYTES = 33;

/** A source of random bytes: the client passes node:crypto's randomBytes, the vectors replay recorded draws. */
export type RandomSource = (bytes: number) => Uint8Array;

export function bigFromBytes(b: Uint8Array): bigint {
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v;
}

export function bigToBytes(v: bigint, length: number): Buffer {
  if (v < 0n || v >= 1n << BigInt(8 * length)) throw new RangeError(`${v} does not fit in ${length} bytes`);
  const out = Buffer.alloc(length);
  let x = v;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

function mod(a: bigint): bigint {
  const r = a % PRIME;
  return r < 0n ? r + PRIME : r;
}

/** A uniform coefficient in [0, p): 33 random bytes, the first masked to its lowest bit, drawn again if >= p. */
export function randomCoefficient(random: RandomSource): bigint {
  for (;;) {
    const b = Buffer.from(random(SHARE_BYTES));
    b[0] = b[0]! & 1;
    const v = bigFromBytes(b);
    if (v < PRIME) return v;
  }
}

/** f(x) for each x, f of degree t - 1 with f(0) = secret and coefficients a_1..a_(t-1) drawn in that order. */
export function shamirShares(secret: bigint, t: number, xs: readonly number[], random: RandomSource): bigint[] {
  if (secret < 0n || secret >= PRIME) throw new RangeError("a Shamir secret must lie in [0, p)");
  const coefficients = [secret];
  for (let i = 1; i < t; i++) coefficients.push(randomCoefficient(random));
  return xs.map((x) => {
    let y = 0n;
    for (let i = coefficients.length - 1; i >= 0; i--) y = mod(y * BigInt(x) + coefficients[i]!);
    return y;
  });
}

function inverse(a: bigint): bigint {
  let [r0, r1] = [mod(a), PRIME];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error("no inverse modulo p");
  return mod(s0);
}

/** Lagrange interpolation at 0 from (x, y) points with distinct x. */
export function shamirCombine(points: readonly { x: number; y: bigint }[]): bigint {
  let secret = 0n;
  for (const [i, pi] of points.entries()) {
    let num = 1n;
    let den = 1n;
    for (const [j, pj] of points.entries()) {
      if (i === j) continue;
      num = mod(num * BigInt(-pj.x));
      den = mod(den * BigInt(pi.x - pj.x));
    }
    secret = mod(secret + pi.y * num * inverse(den));
  }
  return secret;
}
