/**
 * A memo of Ed25519 verifications that succeeded, keyed by SHA-256 over the public key, the
 * signature and the message (length-prefixed). Verification is a deterministic predicate of
 * exactly those bytes, so a hit gives the answer a fresh verification would: a forged, altered or
 * replayed signature differs in some byte and misses. It pays in simulation, where one process
 * holds every party: a SecAgg+ key advertisement is checked by each of its k neighbours and by
 * the coordinator (k = 38 at n = 1,000), a consistency signature by every surviving neighbour;
 * the memo verifies each once. A deployed worker (one party per process) sees no difference.
 * Only successes are kept. The memo is a fixed-size cache (shared-slot-table.ts, 2^15 digests,
 * 1.3 MB; when full an entry is overwritten) in a SharedArrayBuffer: a simulation's pool threads
 * adopt the main thread's, so a signature the coordinator checked is not checked again in a thread.
 */
import crypto from "node:crypto";
import { SharedSlotTable } from "./shared-slot-table";

const SLOTS = 1 << 15;
const DIGEST_BYTES = 32;
const TAG = 1;
const NO_VALUE = new Uint8Array(0);
let table: SharedSlotTable | null = null;

const verified = (): SharedSlotTable => (table ??= SharedSlotTable.create(SLOTS, DIGEST_BYTES, 0));

/** SHA-256 of publicKey || signature || u32(message length) || message, hashed as one buffer (one call into node, not four). */
function memoKey(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const input = new Uint8Array(publicKey.length + signature.length + 4 + message.length);
  input.set(publicKey, 0);
  input.set(signature, publicKey.length);
  const at = publicKey.length + signature.length;
  new DataView(input.buffer).setUint32(at, message.length);
  input.set(message, at + 4);
  return crypto.createHash("sha256").update(input).digest();
}

/** `verify(message, signature, publicKey)`, asked at most once per distinct success kept in the memo. */
export function memoisedVerify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array, verify: () => boolean): boolean {
  const key = memoKey(message, signature, publicKey);
  const memo = verified();
  if (memo.get(key, TAG, NO_VALUE)) return true;
  const ok = verify();
  if (ok) memo.set(key, TAG, NO_VALUE);
  return ok;
}

/** This process's memo, for pool threads to adopt (worker/pool). */
export function verifiedSignaturesBuffer(): SharedArrayBuffer {
  return verified().buffer;
}

/** Use another thread's memo (its verifiedSignaturesBuffer()) from now on. */
export function adoptVerifiedSignatures(buffer: SharedArrayBuffer): void {
  table = SharedSlotTable.attach(buffer, DIGEST_BYTES, 0);
}
