import type { Protection } from "../../shared/protocol/messages";

/**
 * Feature statistics in the ring with about double the fixed-point precision:
 * each weighted value v becomes a coarse word q1 = round(v * scale) and a fine
 * word for the remainder, stretched by 2 * scale * range so it uses the whole
 * range too. The coordinator recovers sum(v) = sum(q1) / scale + sum(q2) /
 * (scale * 2 * scale * range). Layout: coarse words, fine words, then the integer
 * weight (as protect-update's), so the secure driver's decoding applies unchanged.
 */
export function encodeStats(values: readonly number[], rows: number, p: Protection): { ring: Uint32Array; clamped: number } {
  const count = Math.max(1, Math.min(rows, p.maxExamples));
  const weight = p.weighted ? count / p.maxExamples : 1;
  const n = values.length;
  const stretch = 2 * p.scale * p.clipRange;
  const limit = Math.floor(p.clipRange * p.scale);
  const ring = new Uint32Array(2 * n + 1);
  let clamped = 0;
  // Integers are written directly (two's complement): no float32 round trip, which would lose the low bits.
  for (let j = 0; j < n; j++) {
    const v = values[j]! * weight;
    if (Math.abs(v) > p.clipRange) clamped++;
    const q = Math.max(-limit, Math.min(limit, Math.round(v * p.scale)));
    const remainder = Math.max(-limit, Math.min(limit, Math.round((v - q / p.scale) * stretch * p.scale)));
    ring[j] = q >>> 0;
    ring[n + j] = remainder >>> 0;
  }
  ring[2 * n] = p.weighted ? count : 1;
  return { ring, clamped };
}

