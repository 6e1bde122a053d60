/** Small byte helpers shared by the crypto modules. */
import crypto from "node:crypto";

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A non-negative safe integer as 8 bytes, big-endian. */
export function u64(value: number): Uint8Array {
  const out = new Uint8Array(8);
  writeU64(out, 0, value);
  return out;
}

/**
 * Write a non-negative safe integer as 8 big-endian bytes at `offset` (no DataView, no
 * allocation: the context encodings of the SecAgg+ hot path write thousands a round).
 */
export function writeU64(out: Uint8Array, offset: number, value: number): void {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`expected a non-negative safe integer, got ${value}`);
  }
  const hi = Math.floor(value / 2 ** 32);
  const lo = value >>> 0;
  out[offset] = hi >>> 24; out[offset + 1] = (hi >>> 16) & 0xff; out[offset + 2] = (hi >>> 8) & 0xff; out[offset + 3] = hi & 0xff;
  out[offset + 4] = lo >>> 24; out[offset + 5] = (lo >>> 16) & 0xff; out[offset + 6] = (lo >>> 8) & 0xff; out[offset + 7] = lo & 0xff;
}

/** u64(v_1) || u64(v_2) || ... in one buffer (no allocation per value: id lists of thousands are hashed every round). */
export function u64List(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(8 * values.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(Number.isSafeInteger(v) && v >= 0)) throw new RangeError(`expected a non-negative safe integer, got ${v}`);
    view.setUint32(8 * i, Math.floor(v / 2 ** 32));
    view.setUint32(8 * i + 4, v >>> 0);
  }
  return out;
}

/** Read 8 big-endian bytes at offset as a number (exact below 2^53). */
export function readU64(bytes: Uint8Array, offset: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(offset) * 2 ** 32 + view.getUint32(offset + 4);
}

const UTF8 = new TextEncoder(); // stateless: one for the module

export function utf8(text: string): Uint8Array {
  return UTF8.encode(text);
}

/** Length-prefixed (one byte) UTF-8, for domain-separation labels. */
export function label(text: string): Uint8Array {
  const bytes = utf8(text);
  if (bytes.length > 255) throw new RangeError(`label too long: ${text}`);
  return concatBytes(Uint8Array.of(bytes.length), bytes);
}

/** Equality in time independent of where the arrays differ. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}

export function fromBase64Url(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64url"));
}

export function isAllZero(bytes: Uint8Array): boolean {
  let acc = 0;
  for (let i = 0; i < bytes.length; i++) acc |= bytes[i]!;
  return acc === 0;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** A word vector as little-endian bytes (a copy). */
export function wordsToBytesLE(words: Uint32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  } else {
    const view = new DataView(out.buffer);
    for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]!, true);
  }
  return out;
}

/** Little-endian bytes (length a multiple of 4) as a fresh word vector. */
export function bytesToWordsLE(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new RangeError(`a word vector needs a multiple of 4 bytes, got ${bytes.length}`);
  const out = new Uint32Array(bytes.length / 4);
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(bytes);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  }
  return out;
}
