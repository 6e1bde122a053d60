// Byte-string helpers of docs/protocol.md section 1: label, u32, u64 (big-endian), hex.

/** Concatenate byte strings (the "‖" of the protocol document). */
export function concat(...parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}

/** u32(x): 4 bytes, big-endian, unsigned. */
export function u32(x: number): Buffer {
  if (!Number.isInteger(x) || x < 0 || x > 0xffffffff) throw new RangeError(`u32 needs an integer in 0..2^32-1, got ${x}`);
  const b = Buffer.alloc(4);
  b.writeUInt32BE(x);
  return b;
}

/** u64(x): 8 bytes, big-endian, unsigned. */
export function u64(x: number | bigint): Buffer {
  const v = BigInt(x);
  if (v < 0n || v >= 1n << 64n) throw new RangeError(`u64 needs an integer in 0..2^64-1, got ${x}`);
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(v);
  return b;
}

/** label(s): one byte holding the UTF-8 length of s (at most 255), then those bytes. */
export function label(s: string): Buffer {
  const bytes = Buffer.from(s, "utf8");
  if (bytes.length > 255) throw new RangeError(`a label holds at most 255 bytes; "${s.slice(0, 20)}..." has ${bytes.length}`);
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

export function fromHex(hex: string): Buffer {
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error(`not an even-length hex string: ${hex.slice(0, 20)}`);
  return Buffer.from(hex, "hex");
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** Raw little-endian uint32 words (ring vectors, section 1) from and to bytes. */
export function wordsToBytes(words: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(words.length * 4);
  for (let i = 0; i < words.length; i++) b.writeUInt32LE(words[i]! >>> 0, i * 4);
  return b;
}

export function bytesToWords(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new Error(`a ring vector is a multiple of 4 bytes; got ${bytes.length}`);
  const b = Buffer.from(bytes);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}
