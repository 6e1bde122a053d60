// Fixed-point encoding of docs/protocol.md section 10.

/** z = v·S clamped to [-R·S, R·S]; the word is floor(z + 1/2) mod 2^32; NaN encodes as 0. */
export function encodeFixed(value: number, clipRange: number, scale: number): number {
  if (Number.isNaN(value)) return 0;
  const bound = clipRange * scale;
  const z = Math.min(Math.max(value * scale, -bound), bound);
  return Math.floor(z + 0.5) >>> 0;
}

/** A summed word read as a signed 32-bit integer divided by S. */
export function decodeFixed(word: number, scale: number): number {
  return (word | 0) / scale;
}
