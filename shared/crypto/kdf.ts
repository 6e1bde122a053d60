/**
 * HKDF-SHA256 (node:crypto) from a shared secret to a 256-bit seed, bound to
 * its context: the purpose, the round and the ids involved. Two different
 * contexts never yield the same seed, so one agreed secret can key several
 * independent streams (and a seed from round r is useless in round r+1).
 */
import crypto from "node:crypto";
import { concatBytes, label, u64, utf8 } from "./bytes";

export const SEED_BYTES = 32;

const SALT = utf8("conclave/kdf/v1"); // shared, never written (hkdfSync only reads it)

export interface SeedContext {
  /** What the seed is for, e.g. "secagg+/pairwise-mask". */
  readonly purpose: string;
  readonly round: number;
  /** The ids the seed belongs to, in a fixed order (sort them for a symmetric pair). */
  readonly ids: readonly number[];
}

export function seedInfo(context: SeedContext): Uint8Array {
  return concatBytes(label(context.purpose), u64(context.round), u64(context.ids.length), ...context.ids.map(u64));
}

/** A 32-byte seed from `secret` (>= 32 bytes of key material) bound to `context`. */
export function deriveSeed(secret: Uint8Array, context: SeedContext): Uint8Array {
  if (secret.length < 32) throw new RangeError(`deriveSeed needs at least 32 bytes of key material, got ${secret.length}`);
  return new Uint8Array(crypto.hkdfSync("sha256", secret, SALT, seedInfo(context), SEED_BYTES));
}
