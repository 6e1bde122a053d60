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
 * encoding is another entry. An entry is zeroed when the other end takes it; entries are tagged
 * with their secure sum's context, and what is left of a sum (a pair whose other end dropped, or
 * whose two ends computed at once) is zeroed when the next begins. The table is a fixed-size
 * cache in a SharedArrayBuffer (shared-slot-table.ts), so the pool threads of one simulation
 * share one and a pair whose ends live in different threads agrees once too; when it is full an
 * entry is overwritten, which only costs the saving.
 *
 * Only virtual workers get one (worker/virtual, worker/pool, `conclave worker --virtual`): a
 * deployed worker, one party per process, computes every agreement itself and keeps no secret
 * beyond its round.
 */
import { createHash } from "node:crypto";
import { SharedSlotTable } from "./shared-slot-table";
import { X25519_KEY_BYTES } from "./x25519";

/** Slots of a memo's table: 2^16 (6.8 MB), about 1.7 per pair agreement of a round at n = 1,000 and k = 38. */
const DEFAULT_SLOTS = 1 << 16;
const PAIR_KEY_BYTES = 2 * X25519_KEY_BYTES;

export class PairSecretMemo {
  readonly #table: SharedSlotTable;
  #tag = 1;
  #hits = 0;
  #misses = 0;
  readonly #key = new Uint8Array(PAIR_KEY_BYTES);
  readonly #found = new Uint8Array(X25519_KEY_BYTES);

  /** A memo of its own (`slots`, a power of two), or a view of one shared with other threads (its `buffer`). */
  constructor(from: number | SharedArrayBuffer = DEFAULT_SLOTS) {
    this.#table = typeof from === "number" ? SharedSlotTable.create(from, PAIR_KEY_BYTES, X25519_KEY_BYTES) : SharedSlotTable.attach(from, PAIR_KEY_BYTES, X25519_KEY_BYTES);
  }

  /** The table's memory, for another thread's `new PairSecretMemo(buffer)`. */
  get buffer(): SharedArrayBuffer {
    return this.#table.buffer;
  }

  /** A party starts its part of the secure sum with this context: what is left of earlier sums is zeroed. */
  begin(context: Uint8Array): void {
    const tag = createHash("sha256").update(context).digest().readInt32LE(0) || 1;
    if (tag === this.#tag) return;
    this.#tag = tag;
    this.#table.sweep(tag);
  }

  /**
   * The secret of the pair (own, peer): the one the other end computed, else compute() (kept for
   * the other end; a null result, a low-order peer key, is not kept).
   */
  agree(own: Uint8Array, peer: Uint8Array, compute: () => Uint8Array | null): Uint8Array | null {
    if (own.length !== X25519_KEY_BYTES || peer.length !== X25519_KEY_BYTES) return compute();
    const ownFirst = Buffer.compare(own, peer) < 0;
    this.#key.set(ownFirst ? own : peer, 0);
    this.#key.set(ownFirst ? peer : own, X25519_KEY_BYTES);
    if (this.#table.take(this.#key, this.#tag, this.#found)) {
      this.#hits++;
      return this.#found.slice();
    }
    this.#misses++;
    const secret = compute();
    if (secret !== null) this.#table.set(this.#key, this.#tag, secret);
    return secret;
  }

  /** Zero every kept secret (when the simulation ends; safe while other threads still use the table). */
  clear(): void {
    this.#table.sweep();
  }

  /** Secrets kept now (computed by one end, not yet taken by the other). */
  get held(): number {
    return this.#table.occupied();
  }

  /** Agreements this view answered from the table, and agreements it computed. */
  get stats(): { readonly hits: number; readonly misses: number } {
    return { hits: this.#hits, misses: this.#misses };
  }
}
