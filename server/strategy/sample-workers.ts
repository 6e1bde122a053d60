import type { SamplingRandom, WorkerInfo } from "./strategy";

/**
 * Sample max(minCount, ceil(fraction * n)) workers without replacement (a partial
 * Fisher–Yates over a sorted copy, so the same seed and roster give the same sample).
 * Returns [] when fewer than minCount are available.
 */
export function sampleWorkers(available: readonly WorkerInfo[], fraction: number, minCount: number, rng: SamplingRandom): WorkerInfo[] {
  const n = available.length;
  const want = Math.min(n, Math.max(minCount, Math.ceil(fraction * n)));
  if (n < minCount || want === 0) return [];
  const pool = [...available].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; i < want; i++) {
    const j = i + rng.int(n - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, want);
}
