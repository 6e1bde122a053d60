/**
 * A process-wide memo of Ed25519 verifications that succeeded, keyed by SHA-256 over the public
 * key, the signature and the message (length-prefixed). Verification is a deterministic
 * predicate of exactly those bytes, so a hit gives the answer a fresh verification would: a
 * forged, altered or replayed signature differs in some byte and misses. It pays in simulation,
 * where one process holds every party: a SecAgg+ key advertisement is checked by each of its k
 * neighbours and by the coordinator (k = 38 at n = 1,000), a consistency signature by every
 * surviving neighbour; the memo verifies each once. A deployed worker (one party per process)
 * sees no difference. Only successes are kept; the set is cleared when it reaches its bound.
 */
import crypto from "node:crypto";

const MAX_ENTRIES = 1 << 17;
const verified = new Set<string>();

function memoKey(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): string {
  const lengths = new Uint8Array(4);
  new DataView(lengths.buffer).setUint32(0, message.length);
  return crypto.createHash("sha256").update(publicKey).update(signature).update(lengths).update(message).digest("base64");
}

/** `verify(message, signature, publicKey)`, asked at most once per distinct success in this process. */
export function memoisedVerify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array, verify: () => boolean): boolean {
  const key = memoKey(message, signature, publicKey);
  if (verified.has(key)) return true;
  const ok = verify();
  if (ok) {
    if (verified.size >= MAX_ENTRIES) verified.clear();
    verified.add(key);
  }
  return ok;
}
