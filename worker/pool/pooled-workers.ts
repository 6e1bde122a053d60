/**
 * Virtual workers in a pool of worker threads (`--threads N`): the same interface as
 * worker/virtual's in-process workers (Flower's client_fn), but each worker lives in one of N
 * threads, round-robin by index, with its thread's own tfjs trainer. The main thread keeps the
 * coordinator and a trainer of its own for the server-side evaluation and the centralised
 * baseline. This is a pool for one simulation; worker-pool.ts's WorkerPool is kept across many.
 */
import os from "node:os";
import type { BackendName } from "../backend/select-backend";
import type { VirtualWorkers } from "../virtual/virtual-workers";
import { WorkerPool, type PoolSessionOptions } from "./worker-pool";

/** Workers a thread needs to pay for its start and its trainer's warm-up (measured: 2 workers in 2 threads ran 3x slower than in one). */
export const WORKERS_PER_THREAD = 100;

/** The default pool size: the machine's cores, at most one thread per WORKERS_PER_THREAD workers (so 1 below 200 workers on 2 cores). */
export function defaultThreads(workers = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(workers / WORKERS_PER_THREAD)));
}

export interface PooledWorkersOptions extends PoolSessionOptions {
  readonly threads: number;
  /** Force a tfjs backend (default: the best that loads). */
  readonly backend?: BackendName;
  /** How many workers the pool will host (sizes each thread's heap; default 1,000). */
  readonly workers?: number;
}

/** Starts a pool for one simulation: its workers' dispose() also stops the threads. */
export async function createPooledWorkers(options: PooledWorkersOptions): Promise<VirtualWorkers> {
  const pool = await WorkerPool.start({ threads: options.threads, task: options.task, ...(options.backend ? { backend: options.backend } : {}), ...(options.workers ? { workers: options.workers } : {}) });
  try {
    const workers = await pool.open(options);
    return { ...workers, dispose: () => { workers.dispose(); void pool.close(); } };
  } catch (err) {
    await pool.close();
    throw err;
  }
}
