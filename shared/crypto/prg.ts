/**
 * The mask generator: a 32-byte seed expanded into a stream of uint32 words.
 *
 * AES-256-CTR through node:crypto, key = seed, IV = 0. Each seed comes from the
 * KDF with its own context, so a (key, IV) pair is never reused for two streams.
 * Measured on this machine (AMD EPYC, AES-NI and VAES, node 20 / OpenSSL 3.0):
 * AES-256-CTR ~3.5 GB/s and ChaCha20 ~2.8 GB/s raw through cipher.update at
 * 256 KiB, and ~300-380 vs ~250-350 M words/s for expand+add at 64 KiB chunks; AES
 * wins (and takes the 256-bit seed as its key directly).
 *
 * Words are read little-endian (the byte order of the stream is fixed, so the
 * masks agree across machines). The stream is produced in 64 KiB chunks and
 * added in place, so expandAddInto allocates no d-sized temporary.
 */
import crypto from "node:crypto";
import { SEED_BYTES } from "./kdf";

const CHUNK_WORDS = 16384; // 64 KiB: in cache, and few calls into node
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
/** The plaintext AES-CTR encrypts into the keystream: read-only, allocated once for every expansion. */
const ZEROS = new Uint8Array(CHUNK_WORDS * 4);

function cipherFor(seed: Uint8Array): crypto.Cipher {
  if (seed.length !== SEED_BYTES) throw new RangeError(`PRG seed must be ${SEED_BYTES} bytes, got ${seed.length}`);
  return crypto.createCipheriv("aes-256-ctr", seed, Buffer.alloc(16));
}

/** The next `count` stream words as a Uint32Array view (aligned, little-endian). */
function nextWords(cipher: crypto.Cipher, count: number): Uint32Array {
  const bytes = cipher.update(count === CHUNK_WORDS ? ZEROS : ZEROS.subarray(0, count * 4));
  if (bytes.length !== count * 4) throw new Error(`AES-CTR returned ${bytes.length} bytes for ${count * 4}`);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes); // copy only if node hands back an odd offset
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, count);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(aligned.buffer, aligned.byteOffset, count * 4);
    for (let i = 0; i < count; i++) words[i] = view.getUint32(i * 4, true);
  }
  return words;
}

/** acc <- acc + sign * PRG(seed)[0..acc.length) (mod 2^32). */
export function expandAddInto(seed: Uint8Array, acc: Uint32Array, sign: 1 | -1): Uint32Array {
  const cipher = cipherFor(seed);
  const d = acc.length;
  for (let start = 0; start < d; start += CHUNK_WORDS) {
    const count = Math.min(CHUNK_WORDS, d - start);
    const words = nextWords(cipher, count);
    if (sign === 1) {
      for (let i = 0; i < count; i++) acc[start + i] = acc[start + i]! + words[i]!;
    } else {
      for (let i = 0; i < count; i++) acc[start + i] = acc[start + i]! - words[i]!;
    }
  }
  return acc;
}

/** The first `length` words of PRG(seed), as a fresh vector. */
export function expandSeed(seed: Uint8Array, length: number): Uint32Array {
  if (!(Number.isSafeInteger(length) && length >= 0)) throw new RangeError(`length must be a non-negative integer, got ${length}`);
  return expandAddInto(seed, new Uint32Array(length), 1);
}
