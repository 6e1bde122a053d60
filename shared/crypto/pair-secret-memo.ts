/**
 * X25519 agreements of pairs whose two ends live in one process, computed once.
 *
 * In a simulation one process holds many parties, and the two ends of a pair compute the same 32
 * bytes: a's secret with B's public key, b's with A's. SecAgg+ makes two agreements per
 * neighbour per worker (76,000 a round at n = 1,000, its largest CPU cost); with a memo the
 * second end of a pair takes what the first computed instead of repeating the multiplication.
 *
 * Why a hit is safe: an entry is keyed by both public keys and is only ever asked for through an
 * X25519Agreement (shared/crypto/x25519.ts) whose own public key, derived by node from its secret
 * key, is one of the two. So the memo hands a party only the secret it would compute itself: the
 * entry was put by that party or by the holder of the other key, and both compute the same bytes.
 * A peer key of low order yields no secret and is never kept; a peer key sent in another
 * encoding is another entry. Entries are removed when taken and belong to one secure sum (its
 * context): the first party of the next sum clears what is left (pairs whose other end dropped
 * or lives in another thread). Bounded; cleared when full, which only costs the saving.
 *
 * Only virtual workers get one (worker/virtual, worker/pool, `conclave worker --virtual`): a
 * deployed worker, one party per process, computes every agreement itself and keeps no secret
 * beyond its round.
 */
import { X25519_KEY_BYTES } from "./x25519";

const MAX_PENDING = 1 << 17;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

function pairKey(own: Uint8Array, peer: Uint8Array): string {
  const a = latin1(own), b = latin1(peer);
  return a < b ? a + b : b + a;
}

export class PairSecretMemo {
  #context = "";
  readonly #pending = new Map<string, Uint8Array>();
  readonly #maxPending: number;
  #hits = 0;
  #misses = 0;

  constructor(maxPending = MAX_PENDING) {
    if (!Number.isInteger(maxPending) || maxPending < 1) throw new RangeError(`maxPending must be a positive integer, got ${maxPending}`);
    this.#maxPending = maxPending;
  }

  /** A party starts its part of the secure sum with this context: what is left of an earlier sum is dropped. */
  begin(context: Uint8Array): void {
    const c = latin1(context);
    if (c === this.#context) return;
    this.#context = c;
    this.#pending.clear();
  }

  /**
   * The secret of the pair (own, peer): the one the other end computed (removed from the memo), else
   * compute() (kept, as a copy, for the other end; a null result, a low-order peer key, is not kept).
   */
  agree(own: Uint8Array, peer: Uint8Array, compute: () => Uint8Array | null): Uint8Array | null {
    if (own.length !== X25519_KEY_BYTES || peer.length !== X25519_KEY_BYTES) return compute();
    const key = pairKey(own, peer);
    const known = this.#pending.get(key);
    if (known !== undefined) {
      this.#pending.delete(key);
      this.#hits++;
      return known;
    }
    this.#misses++;
    const secret = compute();
    if (secret === null) return null;
    if (this.#pending.size >= this.#maxPending) this.#pending.clear();
    this.#pending.set(key, secret.slice());
    return secret;
  }

  /** Drop every kept secret (e.g. when the simulation ends). */
  clear(): void {
    this.#pending.clear();
    this.#context = "";
  }

  /** Agreements answered from the memo, agreements computed, and secrets kept now. */
  get stats(): { readonly hits: number; readonly misses: number; readonly pending: number } {
    return { hits: this.#hits, misses: this.#misses, pending: this.#pending.size };
  }
}
