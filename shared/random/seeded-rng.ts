/**
 * A small seeded PRNG for data work: shuffles, splits, partitions, weight init.
 * xoshiro128** (Blackman & Vigna) with its 128-bit state expanded from the seed by
 * splitmix32. Reproducible across platforms: only 32-bit integer arithmetic.
 *
 * NOT for secrets: masks and keys use the crypto PRG in shared/crypto. Nothing in
 * Conclave's data path may call Math.random.
 */

export type Seed = number | string;

const TWO_POW_32 = 4294967296;

/** splitmix32: a bijective 32-bit mixer, good for expanding seeds. */
function splitmix32(state: number): { value: number; next: number } {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return { value: z >>> 0, next };
}

/** FNV-1a over UTF-16 code units, then one splitmix round to spread the bits. */
function hashString(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return splitmix32(h).value;
}

/** The seed as two 32-bit words (integers up to 2^53 keep all their bits). */
function seedWords(seed: Seed): [number, number] {
  if (typeof seed === "string") return [hashString(seed, 0x1234567), hashString(seed, 0x7654321)];
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number or a string, got ${seed}`);
  if (Number.isInteger(seed) && Math.abs(seed) <= Number.MAX_SAFE_INTEGER) {
    const sign = seed < 0 ? 1 : 0;
    const abs = Math.abs(seed);
    const lo = abs % TWO_POW_32;
    const hi = Math.floor(abs / TWO_POW_32);
    return [lo >>> 0, (hi ^ (sign << 31)) >>> 0];
  }
  return seedWords(String(seed));
}

function expandKey(a: number, b: number): Uint32Array {
  const key = new Uint32Array(4);
  let s = (a ^ Math.imul(b, 0x9e3779b1)) | 0;
  for (let i = 0; i < 4; i++) {
    const r = splitmix32(s ^ (i === 1 ? b : 0));
    key[i] = r.value;
    s = r.next;
  }
  // xoshiro must not start from the all-zero state.
  if ((key[0]! | key[1]! | key[2]! | key[3]!) === 0) key[0] = 0x9e3779b9;
  return key;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export class SeededRng {
  /** The 128-bit key this stream was created with (fork derives from it). */
  private readonly key: Uint32Array;
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal: number | null = null;

  private constructor(key: Uint32Array) {
    this.key = key;
    this.s0 = key[0]! | 0;
    this.s1 = key[1]! | 0;
    this.s2 = key[2]! | 0;
    this.s3 = key[3]! | 0;
  }

  /** A stream for a seed: an integer (up to 2^53, sign kept), any number, or a string. */
  static fromSeed(seed: Seed): SeededRng {
    const [a, b] = seedWords(seed);
    return new SeededRng(expandKey(a, b));
  }

  /**
   * An independent stream named `label`. It depends only on this stream's seed
   * and the label, not on how many numbers this stream has drawn, so
   * `rng.fork("init")` is the same stream wherever it is called.
   */
  fork(label: string): SeededRng {
    const h1 = hashString(label, this.key[0]! ^ this.key[2]!);
    const h2 = hashString(label, this.key[1]! ^ this.key[3]!);
    return new SeededRng(expandKey((h1 ^ this.key[0]!) >>> 0, (h2 ^ this.key[1]! ^ rotl(this.key[3]!, 7)) >>> 0));
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** A uniform integer in [0, n), without modulo bias; 1 <= n <= 2^32. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`int(n) needs an integer 1 <= n <= 2^32, got ${n}`);
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const r = this.nextUint32();
      if (r < limit) return r % n;
    }
  }

  /** A standard normal draw (Marsaglia's polar method; the spare is kept). */
  normal(): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return z;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        this.spareNormal = v * f;
        return u * f;
      }
    }
  }

  /**
   * A Gamma(shape, 1) draw by Marsaglia and Tsang (2000); for shape < 1 the
   * boost Gamma(shape + 1) * U^(1/shape). May underflow to 0 for tiny shapes:
   * use logGamma for Dirichlet weights with small alpha.
   */
  gamma(shape: number): number {
    return Math.exp(this.logGamma(shape));
  }

  /** log of a Gamma(shape, 1) draw, stable for tiny shapes. */
  logGamma(shape: number): number {
    if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma shape must be a positive finite number, got ${shape}`);
    if (shape < 1) {
      let u = this.uniform();
      while (u === 0) u = this.uniform();
      return this.logGamma(shape + 1) + Math.log(u) / shape;
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return Math.log(d * v);
      if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return Math.log(d * v);
    }
  }

  /** A draw from the symmetric Dirichlet(alpha, ..., alpha) over k parts. */
  dirichlet(alpha: number, k: number): Float64Array {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`dirichlet needs k >= 1 parts, got ${k}`);
    const logs = new Float64Array(k);
    let max = -Infinity;
    for (let i = 0; i < k; i++) {
      logs[i] = this.logGamma(alpha);
      if (logs[i]! > max) max = logs[i]!;
    }
    let sum = 0;
    for (let i = 0; i < k; i++) {
      logs[i] = Math.exp(logs[i]! - max);
      sum += logs[i]!;
    }
    for (let i = 0; i < k; i++) logs[i] = logs[i]! / sum;
    return logs;
  }

  /** Fisher–Yates shuffle, in place; returns the same array. */
  shuffle<T>(array: T[]): T[];
  shuffle<A extends Uint32Array | Int32Array | Float32Array | Float64Array>(array: A): A;
  shuffle<T>(array: T[] | Uint32Array | Int32Array | Float32Array | Float64Array): unknown {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i]!;
      array[i] = array[j]!;
      array[j] = tmp;
    }
    return array;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): Uint32Array {
    const p = new Uint32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }
}
