/**
 * A fixed-size table of key -> value slots in a SharedArrayBuffer, read and written by several
 * threads at once without a lock. It is a cache, never a store: an entry may be overwritten by
 * another (the table is full), and a lookup may miss while another thread writes; a caller
 * computes what it misses. What it guarantees is that a hit returns exactly the value some
 * thread set for exactly that key and tag.
 *
 * Layout of a slot, in 32-bit words: [seq, tag, key..., value...]. `seq` is 0 for a slot never
 * written, odd while a thread writes it and even otherwise (a seqlock): a writer claims a slot by
 * compare-and-swap from even to odd, writes, and publishes the next even number; a reader takes
 * the entry only if it saw the same even `seq` before and after reading it. Every access to a
 * slot is an Atomics operation (sequentially consistent), so a reader never mixes two writers'
 * bytes. `tag` is the caller's generation (nonzero; e.g. one secure sum): an entry of another tag
 * is invisible and free to reuse. take() and sweep() zero entries under the same seqlock (tag 0
 * is no entry), so secrets kept here can be removed as soon as they are used or stale.
 *
 * Used by the pool threads of a simulation to share work whose result is a deterministic
 * function of public inputs or is held by both ends of a pair (pair-secret-memo.ts,
 * verified-signatures.ts); one process only.
 */

/** Slots probed from a key's home slot before a lookup gives up or a write evicts. */
const PROBES = 16;
const HEADER_WORDS = 2;

export class SharedSlotTable {
  readonly buffer: SharedArrayBuffer;
  readonly keyBytes: number;
  readonly valueBytes: number;
  readonly #words: Int32Array;
  readonly #mask: number;
  readonly #keyWords: number;
  readonly #valueWords: number;
  readonly #slotWords: number;
  readonly #key32: Int32Array;
  readonly #key8: Uint8Array;
  readonly #value32: Int32Array;
  readonly #value8: Uint8Array;

  /** A new table of `slots` slots (a power of two). */
  static create(slots: number, keyBytes: number, valueBytes: number): SharedSlotTable {
    if (!Number.isInteger(slots) || slots < 1 || (slots & (slots - 1)) !== 0 || slots > 1 << 24) throw new RangeError(`slots must be a power of two up to 2^24, got ${slots}`);
    checkWidth("keyBytes", keyBytes, 4);
    checkWidth("valueBytes", valueBytes, 0);
    return new SharedSlotTable(new SharedArrayBuffer(slots * (HEADER_WORDS + (keyBytes + valueBytes) / 4) * 4), keyBytes, valueBytes);
  }

  /** Another thread's view of a table (its `buffer`, sent in workerData). */
  static attach(buffer: SharedArrayBuffer, keyBytes: number, valueBytes: number): SharedSlotTable {
    checkWidth("keyBytes", keyBytes, 4);
    checkWidth("valueBytes", valueBytes, 0);
    return new SharedSlotTable(buffer, keyBytes, valueBytes);
  }

  private constructor(buffer: SharedArrayBuffer, keyBytes: number, valueBytes: number) {
    this.#keyWords = keyBytes / 4;
    this.#valueWords = valueBytes / 4;
    this.#slotWords = HEADER_WORDS + this.#keyWords + this.#valueWords;
    const slots = buffer.byteLength / (this.#slotWords * 4);
    if (!Number.isInteger(slots) || slots < 1 || (slots & (slots - 1)) !== 0) {
      throw new RangeError(`a buffer of ${buffer.byteLength} bytes does not hold a power of two of ${this.#slotWords * 4}-byte slots`);
    }
    this.buffer = buffer;
    this.keyBytes = keyBytes;
    this.valueBytes = valueBytes;
    this.#words = new Int32Array(buffer);
    this.#mask = slots - 1;
    this.#key32 = new Int32Array(this.#keyWords);
    this.#key8 = new Uint8Array(this.#key32.buffer);
    this.#value32 = new Int32Array(Math.max(1, this.#valueWords));
    this.#value8 = new Uint8Array(this.#value32.buffer, 0, valueBytes);
  }

  /** Slots that hold an entry (of any tag). */
  occupied(): number {
    let n = 0;
    for (let i = 0; i <= this.#mask; i++) if (Atomics.load(this.#words, i * this.#slotWords + 1) !== 0) n++;
    return n;
  }

  /**
   * Zero every entry whose tag is not `keep` (0: every entry), each under its seqlock, so it is
   * safe while other threads use the table: a slot being written is left for the next sweep.
   */
  sweep(keep = 0): void {
    const w = this.#words;
    for (let i = 0; i <= this.#mask; i++) {
      const base = i * this.#slotWords;
      const seq = Atomics.load(w, base);
      if (seq === 0 || (seq & 1) !== 0) continue;
      const tag = Atomics.load(w, base + 1);
      if (tag === 0 || tag === keep) continue;
      this.#wipe(base, seq);
    }
  }

  /** Copy the value of (key, tag) into `out` and return true; false if the table does not hold it. */
  get(key: Uint8Array, tag: number, out: Uint8Array): boolean {
    return this.#find(key, tag, out, false);
  }

  /** As get(), and the entry is zeroed in the table (the value leaves only in `out`). */
  take(key: Uint8Array, tag: number, out: Uint8Array): boolean {
    return this.#find(key, tag, out, true);
  }

  #find(key: Uint8Array, tag: number, out: Uint8Array, remove: boolean): boolean {
    this.#loadKey(key, tag);
    if (out.length !== this.valueBytes) throw new RangeError(`out must be ${this.valueBytes} bytes, got ${out.length}`);
    const w = this.#words;
    const home = this.#home();
    for (let p = 0; p < PROBES; p++) {
      const base = ((home + p) & this.#mask) * this.#slotWords;
      const seq = Atomics.load(w, base);
      if (seq === 0) return false; // never written: nothing was put further along for this key
      if ((seq & 1) !== 0 || Atomics.load(w, base + 1) !== tag || !this.#keyAt(base)) continue;
      for (let i = 0; i < this.#valueWords; i++) this.#value32[i] = Atomics.load(w, base + HEADER_WORDS + this.#keyWords + i);
      if (Atomics.load(w, base) !== seq) continue; // rewritten while read
      if (remove && !this.#wipe(base, seq)) continue; // changed since it was read: not taken
      out.set(this.#value8);
      return true;
    }
    return false;
  }

  /** Keep (key, tag) -> value, in a free or stale slot near its home, else in place of a live one. False only if every candidate was being written. */
  set(key: Uint8Array, tag: number, value: Uint8Array): boolean {
    this.#loadKey(key, tag);
    if (value.length !== this.valueBytes) throw new RangeError(`value must be ${this.valueBytes} bytes, got ${value.length}`);
    this.#value8.set(value);
    const w = this.#words;
    const home = this.#home();
    for (let p = 0; p < PROBES; p++) {
      const base = ((home + p) & this.#mask) * this.#slotWords;
      const seq = Atomics.load(w, base);
      if ((seq & 1) !== 0) continue;
      if (seq !== 0 && Atomics.load(w, base + 1) === tag) {
        if (this.#keyAt(base) && Atomics.load(w, base) === seq) return true; // already held
        continue; // a live entry of another key
      }
      if (this.#write(base, seq, tag)) return true;
    }
    const base = (home & this.#mask) * this.#slotWords;
    const seq = Atomics.load(w, base);
    return (seq & 1) === 0 && this.#write(base, seq, tag);
  }

  #loadKey(key: Uint8Array, tag: number): void {
    if (key.length !== this.keyBytes) throw new RangeError(`key must be ${this.keyBytes} bytes, got ${key.length}`);
    if (!Number.isInteger(tag) || tag === 0 || tag !== (tag | 0)) throw new RangeError(`tag must be a nonzero 32-bit integer, got ${tag}`);
    this.#key8.set(key);
  }

  /** The home slot of the loaded key: a mix of its first and middle words. */
  #home(): number {
    const k = this.#key32;
    let h = Math.imul(k[0]! ^ Math.imul(k[this.#keyWords >> 1]!, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.#mask;
  }

  #keyAt(base: number): boolean {
    const w = this.#words;
    for (let i = 0; i < this.#keyWords; i++) if (Atomics.load(w, base + HEADER_WORDS + i) !== this.#key32[i]) return false;
    return true;
  }

  /** Zero the slot (tag 0: no entry) if its seq is still `seq`. */
  #wipe(base: number, seq: number): boolean {
    if (!this.#claim(base, seq)) return false;
    for (let i = 1; i < this.#slotWords; i++) Atomics.store(this.#words, base + i, 0);
    this.#publish(base, seq);
    return true;
  }

  /** Write the loaded key and value into the slot if its seq is still `seq`. */
  #write(base: number, seq: number, tag: number): boolean {
    const w = this.#words;
    if (!this.#claim(base, seq)) return false;
    Atomics.store(w, base + 1, tag);
    for (let i = 0; i < this.#keyWords; i++) Atomics.store(w, base + HEADER_WORDS + i, this.#key32[i]!);
    for (let i = 0; i < this.#valueWords; i++) Atomics.store(w, base + HEADER_WORDS + this.#keyWords + i, this.#value32[i]!);
    this.#publish(base, seq);
    return true;
  }

  /** The seqlock's writer side: even `seq` -> odd (no one else may write it until published). */
  #claim(base: number, seq: number): boolean {
    return Atomics.compareExchange(this.#words, base, seq, (seq + 1) | 0) === seq;
  }

  /** ... -> the next even number (never 0, which means never written). */
  #publish(base: number, seq: number): void {
    const next = (seq + 2) | 0;
    Atomics.store(this.#words, base, next === 0 ? 2 : next);
  }
}

function checkWidth(what: string, bytes: number, min: number): void {
  if (!Number.isInteger(bytes) || bytes < min || bytes % 4 !== 0 || bytes > 1024) throw new RangeError(`${what} must be a multiple of 4 from ${min} to 1024, got ${bytes}`);
}
