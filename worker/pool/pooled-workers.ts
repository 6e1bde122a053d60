/**
 * Virtual workers in a pool of worker threads (`--threads N`): the same interface as
 * worker/virtual's in-process workers (Flower's client_fn), but each worker lives in one of N
 * threads, round-robin by index, with its thread's own tfjs trainer. Its connection to the
 * coordinator is a PortConnection pair over the thread's MessagePort, carrying the encoded
 * protocol bytes as any transport does. The main thread keeps the coordinator and a trainer of
 * its own for the server-side evaluation and the centralised baseline.
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { verifiedSignaturesBuffer } from "../../shared/crypto/verified-signatures";
import { getLogger, loggingSettings } from "../../shared/log/logger";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import { createVirtualWorkers, type VirtualWorkers, type VirtualWorkersOptions, type VirtualWorkerSetup } from "../virtual/virtual-workers";
import type { DropPoint } from "../worker-client";
import type { FromThread, PoolThreadInit, ToThread } from "./pool-messages";
import { PortConnection } from "./port-connection";

const log = getLogger("worker.pool");
const ENTRY = path.join(__dirname, "pool-thread-entry.cjs");

/** Workers a thread needs to pay for its start and its trainer's warm-up (measured: 2 workers in 2 threads ran 3x slower than in one). */
export const WORKERS_PER_THREAD = 100;

/** The default pool size: the machine's cores, at most one thread per WORKERS_PER_THREAD workers (so 1 below 200 workers on 2 cores). */
export function defaultThreads(workers = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(workers / WORKERS_PER_THREAD)));
}

export interface PooledWorkersOptions extends Omit<VirtualWorkersOptions, "workerOptions"> {
  readonly threads: number;
  /** How many workers the pool will host (sizes each thread's heap; default 1,000). */
  readonly workers?: number;
  /** Seeded dropout injection, run in the threads; each drop is reported to `record`. */
  readonly dropout?: { readonly probability: number; readonly mode: SecureAggregationMode; readonly seed: number;
    readonly record: (event: { round: number; worker: string; point: DropPoint }) => void };
}

/** A pool thread failed to start or crashed; the message says which and why. */
export class PoolError extends Error {
  override readonly name = "PoolError";
}

interface PoolThread {
  readonly worker: Worker;
  readonly ends: Map<number, PortConnection>;
  readonly joins: Map<number, { resolve: () => void; reject: (e: Error) => void }>;
  sentFederation: unknown;
}

/**
 * A thread's V8 heap limit: a base plus room per worker it will host. V8 grows a heap lazily up
 * to its limit; bounding it makes the thread collect sooner (n = 1,000 SecAgg+ in 2 threads:
 * peak RSS 811 MB unbounded, 667 MB bounded) and an idle worker needs about 10 KB of it.
 */
export function threadHeapMb(workersPerThread: number): number {
  return Math.ceil(128 + workersPerThread * 0.032);
}

function startThread(i: number, init: PoolThreadInit, onDrop: PooledWorkersOptions["dropout"], heapMb: number): Promise<PoolThread> {
  const worker = new Worker(ENTRY, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } });
  const thread: PoolThread = { worker, ends: new Map(), joins: new Map(), sentFederation: null };
  return new Promise((resolve, reject) => {
    let ready = false;
    worker.on("message", (m: FromThread) => {
      switch (m.type) {
        case "ready": ready = true; resolve(thread); return;
        case "message": thread.ends.get(m.index)?.deliver(m.bytes); return;
        case "close": thread.ends.get(m.index)?.remoteClosed(m.reason); return;
        case "joined": thread.joins.get(m.index)?.resolve(); thread.joins.delete(m.index); return;
        case "join-failed": thread.joins.get(m.index)?.reject(new Error(m.message)); thread.joins.delete(m.index); return;
        case "dropped": onDrop?.record({ round: m.round, worker: m.worker, point: m.point }); return;
        case "fatal": {
          const err = new PoolError(`pool thread ${i} failed: ${m.message}`);
          if (!ready) reject(err);
          else log.error(err.message, { thread: i });
        }
      }
    });
    worker.on("error", (err) => {
      const e = new PoolError(`pool thread ${i} crashed: ${err.message}${/memory limit/i.test(err.message) ? ` (its heap limit is ${heapMb} MB; run with fewer workers per thread, or --threads 1)` : ""}`);
      if (!ready) reject(e);
      log.error(e.message, { thread: i });
      for (const j of thread.joins.values()) j.reject(e);
      for (const end of thread.ends.values()) end.remoteClosed(e.message);
    });
  });
}

/** Starts the pool's threads (each loads tfjs and the task's backend), then builds workers on demand. */
export async function createPooledWorkers(options: PooledWorkersOptions): Promise<VirtualWorkers> {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`--threads must be a positive integer, got ${options.threads}`);
  const local = await createVirtualWorkers({ task: options.task, seed: options.seed, ...(options.backend ? { backend: options.backend } : {}) });
  // One memo of pair agreements and the process's memo of verified signatures, shared by every thread (SharedArrayBuffers).
  const pairSecrets = new PairSecretMemo();
  const init: PoolThreadInit = { task: options.task, seed: options.seed, backend: local.backend.name, logLevel: loggingSettings().level,
    pairSecrets: pairSecrets.buffer, verifiedSignatures: verifiedSignaturesBuffer(),
    ...(options.sitePolicy ? { sitePolicy: options.sitePolicy } : {}),
    ...(options.dropout ? { dropout: { probability: options.dropout.probability, mode: options.dropout.mode, seed: options.dropout.seed } } : {}) };
  const heapMb = threadHeapMb(Math.ceil((options.workers ?? 1000) / options.threads));
  const threads = await Promise.all(Array.from({ length: options.threads }, (_, i) => startThread(i, init, options.dropout, heapMb)));
  log.info(`worker pool started: ${threads.length} threads on ${local.backend.name}`, { threads: threads.length, backend: local.backend.name });
  const send = (t: PoolThread, m: ToThread, transfer: ArrayBuffer[] = []): void => t.worker.postMessage(m, transfer);
  return {
    backend: local.backend,
    connect(workerIndex, partition, setup: VirtualWorkerSetup) {
      const thread = threads[workerIndex % threads.length]!;
      if (thread.sentFederation !== setup.membership) {
        const { federation, admin, coordinator, sites } = setup.membership;
        send(thread, { type: "federation", membership: { federation, admin, coordinator, sites }, task: setup.task, secureAggregation: setup.secureAggregation });
        thread.sentFederation = setup.membership;
      }
      const end = new PortConnection(`pool:${setup.name}`, DEFAULT_MAX_MESSAGE_BYTES,
        (bytes) => send(thread, { type: "message", index: workerIndex, bytes }, [bytes.buffer as ArrayBuffer]),
        (reason) => send(thread, { type: "close", index: workerIndex, reason }));
      thread.ends.set(workerIndex, end);
      const joined = new Promise<void>((resolve, reject) => thread.joins.set(workerIndex, { resolve, reject }));
      send(thread, { type: "add", index: workerIndex, name: setup.name, identity: setup.identity, partition });
      return { connection: end, join() { return joined; } };
    },
    evaluate: (weights, test) => local.evaluate(weights, test),
    centralized: (train, test, o) => local.centralized(train, test, o),
    dispose: () => {
      local.dispose();
      for (const t of threads) void t.worker.terminate();
      pairSecrets.clear();
    },
  };
}
