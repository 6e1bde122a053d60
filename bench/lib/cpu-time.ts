/**
 * How the benchmarks time a call on a shared machine: the smaller of its
 * wall-clock time and the process CPU time (user + system) it took.
 *
 * Neither clock alone measures the main thread's work. Wall time grows while
 * another process holds the core; process CPU time also counts V8's
 * background GC and compiler threads, which run on the other core and get
 * billed to whatever call is in flight (we saw a 0.1 ms call billed 4 ms).
 * Both only ever add to the main thread's CPU time, so the smaller is the
 * tighter estimate. (Node 20 has no per-thread CPU clock, and
 * /proc/thread-self/schedstat only advances at scheduler ticks, 4 ms here.)
 * Cache and memory-bandwidth contention still show, so figures are medians.
 */

export interface Instant {
  readonly wall: number;
  readonly cpu: number;
}

export function now(): Instant {
  const u = process.cpuUsage();
  return { wall: performance.now(), cpu: (u.user + u.system) / 1000 };
}

/** Milliseconds since `start`: min(wall, process CPU). */
export function elapsedMs(start: Instant): number {
  const end = now();
  return Math.min(end.wall - start.wall, end.cpu - start.cpu);
}

export const CLOCK_NAME = "min(wall, process CPU)";

/** What reading the clocks around an empty call costs, subtracted from each measured call. */
const READ_OVERHEAD_MS = (() => {
  const reps = 2000;
  const start = now();
  for (let i = 0; i < reps; i++) elapsedMs(now());
  return Math.max(0, elapsedMs(start) / reps);
})();

/** Accumulates the time spent inside `run` calls. */
export class CpuMeter {
  #total = 0;

  get ms(): number {
    return this.#total;
  }

  run<T>(fn: () => T): T {
    const start = now();
    try {
      return fn();
    } finally {
      this.#total += Math.max(0, elapsedMs(start) - READ_OVERHEAD_MS);
    }
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
