/**
 * Sources of random bytes, passed in explicitly so that protocol code stays
 * pure and tests and simulations are reproducible.
 */
import crypto from "node:crypto";

/** Returns `length` fresh random bytes. */
export type RandomBytes = (length: number) => Uint8Array;

const POOL_BYTES = 4096;
/** Bytes of the CSPRNG not handed out yet; each draw is copied out and its bytes in the pool zeroed. */
const pool = new Uint8Array(POOL_BYTES);
let poolPos = POOL_BYTES;

/**
 * The operating system's CSPRNG (node:crypto). Use this for real keys. Draws of up to 256 bytes
 * (keys, secrets, Shamir coefficients: about 80 a SecAgg+ round per worker) are served from a
 * 4 KiB block filled by one randomFillSync, which cost about 6 us a call here; a served range is
 * zeroed in the block at once, so no secret stays behind in it. Larger draws go to node directly.
 */
export const systemRandomBytes: RandomBytes = (length) => {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`a random draw must be a non-negative integer of bytes, got ${length}`);
  if (length > 256) return new Uint8Array(crypto.randomBytes(length));
  if (poolPos + length > POOL_BYTES) {
    crypto.randomFillSync(pool);
    poolPos = 0;
  }
  const out = pool.slice(poolPos, poolPos + length);
  pool.fill(0, poolPos, poolPos + length);
  poolPos += length;
  return out;
};

const SEEDED_BLOCK_BYTES = 4096;
const SEEDED_ZEROS = Buffer.alloc(SEEDED_BLOCK_BYTES);

/**
 * A deterministic stream (AES-256-CTR keyed by a 32-byte seed): the same seed
 * gives the same bytes. For tests and reproducible simulations only; a
 * deployment must use systemRandomBytes for its keys.
 */
export function seededRandomBytes(seed: Uint8Array): RandomBytes {
  if (seed.length !== 32) throw new RangeError(`seededRandomBytes needs a 32-byte seed, got ${seed.length} bytes`);
  const cipher = crypto.createCipheriv("aes-256-ctr", seed, Buffer.alloc(16));
  // Small draws (4-byte integers, 33-byte field elements) are served from a
  // 4 KiB block of the stream: the bytes are the same as one update per draw
  // (CTR is a stream), without a call into OpenSSL for each.
  let block = new Uint8Array(0);
  let used = 0;
  return (length) => {
    if (length > SEEDED_BLOCK_BYTES && used === block.length) return new Uint8Array(cipher.update(Buffer.alloc(length)));
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (used === block.length) {
        block = cipher.update(SEEDED_ZEROS); // a fresh Buffer each time: no copy needed
        used = 0;
      }
      const take = Math.min(length - filled, block.length - used);
      out.set(block.subarray(used, used + take), filled);
      used += take;
      filled += take;
    }
    return out;
  };
}

/** A 32-byte seed from a small integer label, for tests: seededRandomBytes(seedFromLabel(7)). */
export function seedFromLabel(label: number | string): Uint8Array {
  return new Uint8Array(crypto.createHash("sha256").update(`conclave/test-seed/${String(label)}`).digest());
}

/** A uniform integer in [0, bound) from the given source, by rejection sampling (bound <= 2^32). */
export function randomInt(bound: number, randomBytes: RandomBytes): number {
  if (!(Number.isInteger(bound) && bound >= 1 && bound <= 2 ** 32)) {
    throw new RangeError(`randomInt bound must be an integer in 1..2^32, got ${bound}`);
  }
  const limit = 2 ** 32 - (2 ** 32 % bound); // largest multiple of bound not above 2^32
  for (;;) {
    const b = randomBytes(4);
    const x = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
    if (x < limit) return x % bound;
  }
}
