/**
 * HKDF-SHA256 (node:crypto) from a shared secret to a 256-bit seed, bound to
 * its context: the purpose, the round and the ids involved. Two different
 * contexts never yield the same seed, so one agreed secret can key several
 * independent streams (and a seed from round r is useless in round r+1).
 */
import crypto from "node:crypto";
import { label, utf8, writeU64 } from "./bytes";

export const SEED_BYTES = 32;

const SALT = utf8("conclave/kdf/v1"); // shared, never written (HMAC only reads it)

export interface SeedContext {
  /** What the seed is for, e.g. "secagg+/pairwise-mask". */
  readonly purpose: string;
  readonly round: number;
  /** The ids the seed belongs to, in a fixed order (sort them for a symmetric pair). */
  readonly ids: readonly number[];
}

const labels = new Map<string, Uint8Array>(); // a handful of purposes, each encoded once

export function seedInfo(context: SeedContext): Uint8Array {
  let purpose = labels.get(context.purpose);
  if (purpose === undefined) {
    purpose = label(context.purpose);
    if (labels.size < 64) labels.set(context.purpose, purpose);
  }
  // label(purpose) || u64(round) || u64(ids.length) || u64(id)...: one buffer, written in place.
  const out = new Uint8Array(purpose.length + 16 + 8 * context.ids.length);
  out.set(purpose, 0);
  let at = purpose.length;
  writeU64(out, at, context.round); at += 8;
  writeU64(out, at, context.ids.length); at += 8;
  for (const id of context.ids) { writeU64(out, at, id); at += 8; }
  return out;
}

const BLOCK_ONE = Uint8Array.of(1);

/**
 * HKDF-SHA256 (RFC 5869) with an output of one hash block (32 bytes): PRK = HMAC(salt, ikm),
 * OKM = HMAC(PRK, info || 0x01). The same bytes as crypto.hkdfSync("sha256", ikm, salt, info, 32)
 * (tested), at about half its cost: hkdfSync builds a secret KeyObject for every call, and the
 * SecAgg+ worker derives two keys per neighbour per round.
 */
export function hkdfSha256Block(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array): Uint8Array {
  const prk = crypto.createHmac("sha256", salt).update(ikm).digest();
  const okm = crypto.createHmac("sha256", prk).update(info).update(BLOCK_ONE).digest();
  return new Uint8Array(okm.buffer, okm.byteOffset, okm.byteLength);
}

/** A 32-byte seed from `secret` (>= 32 bytes of key material) bound to `context`. */
export function deriveSeed(secret: Uint8Array, context: SeedContext): Uint8Array {
  if (secret.length < 32) throw new RangeError(`deriveSeed needs at least 32 bytes of key material, got ${secret.length}`);
  return hkdfSha256Block(secret, SALT, seedInfo(context));
}
