/**
 * Sources of random bytes, passed in explicitly so that protocol code stays
 * pure and tests and simulations are reproducible.
 */
import crypto from "node:crypto";

/** Returns `length` fresh random bytes. */
export type RandomBytes = (length: number) => Uint8Array;

const BLOCK_BYTES = 4096;
const ZEROS = Buffer.alloc(BLOCK_BYTES);

/**
 * Draws served in order from a 4 KiB block that `refill` fills (allocated on first use): one call
 * into OpenSSL per 4 KiB instead of one per draw (keys, secrets, Shamir coefficients: about 80 a
 * SecAgg+ round per worker; a randomFillSync cost about 6 us here). A draw may span blocks, so the
 * bytes are the source's stream in order. Each served range is zeroed in the block at once: no
 * secret stays behind in it.
 */
function blockServed(refill: (block: Uint8Array) => void): RandomBytes {
  let block: Uint8Array | null = null;
  let used = BLOCK_BYTES;
  return (length) => {
    if (!Number.isInteger(length) || length < 0) throw new RangeError(`a random draw must be a non-negative integer of bytes, got ${length}`);
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (used === BLOCK_BYTES) {
        block ??= new Uint8Array(BLOCK_BYTES);
        refill(block);
        used = 0;
      }
      const take = Math.min(length - filled, BLOCK_BYTES - used);
      out.set(block!.subarray(used, used + take), filled);
      block!.fill(0, used, used + take);
      used += take;
      filled += take;
    }
    return out;
  };
}

/** The operating system's CSPRNG (node:crypto). Use this for real keys. */
export const systemRandomBytes: RandomBytes = blockServed((block) => {
  crypto.randomFillSync(block);
});

/**
 * A deterministic stream (AES-256-CTR keyed by a 32-byte seed): the same seed
 * gives the same bytes. For tests and reproducible simulations only; a
 * deployment must use systemRandomBytes for its keys.
 */
export function seededRandomBytes(seed: Uint8Array): RandomBytes {
  if (seed.length !== 32) throw new RangeError(`seededRandomBytes needs a 32-byte seed, got ${seed.length} bytes`);
  const cipher = crypto.createCipheriv("aes-256-ctr", seed, Buffer.alloc(16));
  return blockServed((block) => {
    block.set(cipher.update(ZEROS));
  });
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
