/**
 * Fixed-size byte records, one per peer id, in one buffer: what a live SecAgg+ client keeps of
 * its k neighbours (their share keys and mask secrets; the shares they sent it). A Map of small
 * Uint8Arrays cost about 230 bytes per array (object, ArrayBuffer, backing store); with 1,000
 * clients live in a round and 4 arrays per neighbour that was 35 KB a client. Here a client's
 * neighbours cost their bytes plus 8 per id.
 */
export class PeerRecords {
  /** The peer ids, ascending. */
  readonly ids: Float64Array;
  readonly width: number;
  readonly #bytes: Uint8Array;

  /** Records for these distinct ids (any order), each `width` bytes, zeroed until set. */
  constructor(ids: Iterable<number>, width: number) {
    if (!Number.isInteger(width) || width < 1) throw new RangeError(`a record's width must be a positive integer, got ${width}`);
    this.ids = Float64Array.from(ids).sort();
    for (let i = 1; i < this.ids.length; i++) if (this.ids[i] === this.ids[i - 1]) throw new RangeError(`peer ${this.ids[i]} is listed twice`);
    this.width = width;
    this.#bytes = new Uint8Array(this.ids.length * width);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The position of id among the ids, or -1. */
  indexOf(id: number): number {
    return indexInAscending(this.ids, id);
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  /** A view of part of id's record (no copy), or undefined if id is not a peer. */
  get(id: number, offset = 0, length = this.width - offset): Uint8Array | undefined {
    const i = this.indexOf(id);
    if (i < 0) return undefined;
    if (offset < 0 || length < 0 || offset + length > this.width) throw new RangeError(`bytes ${offset}..${offset + length} are outside a ${this.width}-byte record`);
    return this.#bytes.subarray(i * this.width + offset, i * this.width + offset + length);
  }

  /** Write bytes into id's record at offset. */
  set(id: number, bytes: Uint8Array, offset = 0): void {
    const i = this.indexOf(id);
    if (i < 0) throw new RangeError(`worker ${id} is not one of these peers`);
    if (offset < 0 || offset + bytes.length > this.width) throw new RangeError(`${bytes.length} bytes at ${offset} do not fit a ${this.width}-byte record`);
    this.#bytes.set(bytes, i * this.width + offset);
  }

  /** Zero every record (secrets are not left for the collector to find). */
  wipe(): void {
    this.#bytes.fill(0);
  }
}

/** The position of id in an ascending array (binary search), or -1. */
export function indexInAscending(ascending: ArrayLike<number>, id: number): number {
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ascending[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
