/**
 * Deadlines without timers in shared/: the caller passes in how to schedule
 * a callback (worker/syft/system-timers.ts wraps setTimeout; tests pass a
 * manual clock they advance themselves).
 */
export interface Timers {
  /** Calls `callback` once after `ms` milliseconds; returns a function that cancels it. */
  schedule(ms: number, callback: () => void): () => void;
}
