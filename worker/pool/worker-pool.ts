/**
 * A pool of worker threads for virtual workers, kept across simulations. Each thread loads tfjs
 * and its backend once; each simulation is a session, and between sessions the threads keep
 * their JIT-compiled tfjs code warm (a fresh thread's first ten Boston epochs ran 2x slower
 * than its later ones). Flower's Ray actors are kept the same way across rounds.
 *
 *   const pool = await WorkerPool.start({ threads: 2 });
 *   await runSimulation({ ...config, pool });   // as often as needed, one at a time
 *   await pool.close();
 *
 * A session's workers are those of worker/virtual (the real WorkerClient), each in one thread,
 * round-robin by index, connected to the coordinator by a PortConnection pair over the thread's
 * MessagePort, which carries the encoded protocol bytes as any transport does.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { verifiedSignaturesBuffer } from "../../shared/crypto/verified-signatures";
import { getLogger, loggingSettings } from "../../shared/log/logger";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import type { TaskSpec } from "../../shared/task/task-spec";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { requiredKernels } from "../backend/model-kernels";
import { selectBackend, type BackendChoice, type BackendName } from "../backend/select-backend";
import { createVirtualWorkers, type VirtualWorkers, type VirtualWorkersOptions, type VirtualWorkerSetup } from "../virtual/virtual-workers";
import type { DropPoint } from "../worker-client";
import type { FromThread, PoolSessionInit, PoolThreadInit, ToThread } from "./pool-messages";
import { PortConnection } from "./port-connection";

const log = getLogger("worker.pool");
const ENTRY = path.join(__dirname, "pool-thread-entry.cjs");

export interface WorkerPoolOptions {
  readonly threads: number;
  /** Force a tfjs backend (default: the best that loads for `task`'s model, else for any model). */
  readonly backend?: BackendName;
  /** The task whose model decides the automatic backend (kernels it needs). */
  readonly task?: TaskSpec;
  /** How many workers the pool will host at most at once (sizes each thread's heap; default 1,000). */
  readonly workers?: number;
}

/** One simulation's workers in the pool. */
export interface PoolSessionOptions extends Omit<VirtualWorkersOptions, "workerOptions" | "backend"> {
  /** Seeded dropout injection, run in the threads; each drop is reported to `record`. */
  readonly dropout?: { readonly probability: number; readonly mode: SecureAggregationMode; readonly seed: number;
    readonly record: (event: { round: number; worker: string; point: DropPoint }) => void };
}

/** A pool thread failed to start or crashed, or the pool was used wrongly; the message says which and why. */
export class PoolError extends Error {
  override readonly name = "PoolError";
}

/**
 * A thread's V8 heap limit: a base plus room per worker it will host. V8 grows a heap lazily up
 * to its limit; bounding it makes the thread collect sooner (n = 1,000 SecAgg+ in 2 threads:
 * peak RSS 811 MB unbounded, 667 MB bounded) and an idle worker needs about 10 KB of it.
 */
export function threadHeapMb(workersPerThread: number): number {
  return Math.ceil(128 + workersPerThread * 0.032);
}

/**
 * A thread's V8 young generation. A SecAgg+ round makes much short-lived garbage per worker;
 * at 16 MB more of it was promoted and collected again. Measured, n = 1,000 SecAgg+ in 2 threads,
 * five pairs side by side: 32 MB took 2-20% less wall time (CPU 35-45 s against 40-48 s), for
 * 65 MB more peak RSS (425 -> 492 MB); the 10,000-worker cell went from 695 to 746 MB.
 */
export const THREAD_YOUNG_GENERATION_MB = 32;

/** A thread and what the main thread keeps of the current session's workers in it. */
interface PoolThread {
  readonly worker: Worker;
  readonly ends: Map<number, PortConnection>;
  readonly joins: Map<number, { resolve: () => void; reject: (e: Error) => void }>;
  sentFederation: unknown;
  /** The current session's set-up in this thread, until the thread answers (answers about other sessions are dropped in handle). */
  opening: { resolve: () => void; reject: (e: Error) => void } | null;
}

export class WorkerPool {
  private session = 0;
  private active = false;
  private failure: PoolError | null = null;
  private closed = false;
  private onDrop: PoolSessionOptions["dropout"] | undefined;

  private constructor(private readonly threads: readonly PoolThread[], readonly backend: BackendChoice, private readonly pairSecrets: PairSecretMemo) {}

  /** Starts `threads` threads (each loads tfjs and the backend) and waits until every one is ready. */
  static async start(options: WorkerPoolOptions): Promise<WorkerPool> {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`--threads must be a positive integer, got ${options.threads}`);
    const backend = await selectBackend(options.backend, options.task ? { kernels: requiredKernels(options.task.model) } : {});
    const pairSecrets = new PairSecretMemo(); // one memo of pair agreements and the process's verified signatures, for every thread (SharedArrayBuffers)
    const init: PoolThreadInit = { backend: backend.name, logLevel: loggingSettings().level, pairSecrets: pairSecrets.buffer, verifiedSignatures: verifiedSignaturesBuffer() };
    const heapMb = threadHeapMb(Math.ceil((options.workers ?? 1000) / options.threads));
    const holder: { pool: WorkerPool | null } = { pool: null };
    const started = await Promise.allSettled(Array.from({ length: options.threads }, (_, i) => startThread(i, init, heapMb, holder)));
    const threads = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) {
      await Promise.all(threads.map((t) => t.worker.terminate()));
      throw failed.reason;
    }
    const pool = new WorkerPool(threads, backend, pairSecrets);
    holder.pool = pool;
    log.info(`worker pool started: ${threads.length} threads on ${backend.name}`, { threads: threads.length, backend: backend.name });
    return pool;
  }

  get size(): number { return this.threads.length; }

  /** A simulation's workers: one session at a time; its dispose() ends the session and leaves the threads running. */
  async open(options: PoolSessionOptions): Promise<VirtualWorkers> {
    if (this.closed) throw new PoolError("the worker pool is closed; start another with WorkerPool.start");
    if (this.failure) throw new PoolError(`the worker pool cannot be used: ${this.failure.message}`);
    if (this.active) throw new PoolError("the worker pool already runs a simulation; a pool runs one at a time (dispose the first one's workers, or start another pool)");
    this.active = true;
    const session = ++this.session;
    this.onDrop = options.dropout;
    let local: VirtualWorkers | null = null;
    try {
      local = await createVirtualWorkers({ task: options.task, seed: options.seed, backend: this.backend.name });
      const init: PoolSessionInit = { session, task: options.task, seed: options.seed, ...(options.sitePolicy ? { sitePolicy: options.sitePolicy } : {}),
        ...(options.dropout ? { dropout: { probability: options.dropout.probability, mode: options.dropout.mode, seed: options.dropout.seed } } : {}) };
      await Promise.all(this.threads.map((t) => new Promise<void>((resolve, reject) => {
        t.ends.clear();
        t.joins.clear();
        t.sentFederation = null;
        t.opening = { resolve, reject };
        t.worker.postMessage({ type: "session", ...init } satisfies ToThread);
      })));
      return this.workers(session, local);
    } catch (err) {
      local?.dispose();
      for (const t of this.threads) t.worker.postMessage({ type: "end", session } satisfies ToThread); // what did open in a thread is dropped there
      this.active = false;
      throw err;
    }
  }

  /** Terminates the threads; a simulation still running in the pool sees its workers' connections close. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closed = new PoolError("the worker pool was closed");
    for (const t of this.threads) this.crashed(t, closed);
    this.pairSecrets.clear();
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private workers(session: number, local: VirtualWorkers): VirtualWorkers {
    const send = (t: PoolThread, m: ToThread, transfer: ArrayBuffer[] = []): void => t.worker.postMessage(m, transfer);
    let ended = false;
    return {
      backend: local.backend,
      connect: (workerIndex, partition, setup: VirtualWorkerSetup) => {
        if (ended) throw new PoolError("this simulation's pool session has ended");
        const thread = this.threads[workerIndex % this.threads.length]!;
        if (thread.sentFederation !== setup.membership) {
          const { federation, admin, coordinator, sites } = setup.membership;
          send(thread, { type: "federation", session, membership: { federation, admin, coordinator, sites }, task: setup.task, secureAggregation: setup.secureAggregation });
          thread.sentFederation = setup.membership;
        }
        const end = new PortConnection(`pool:${setup.name}`, DEFAULT_MAX_MESSAGE_BYTES,
          (bytes) => send(thread, { type: "message", session, index: workerIndex, bytes }, [bytes.buffer as ArrayBuffer]),
          (reason) => send(thread, { type: "close", session, index: workerIndex, reason }));
        thread.ends.set(workerIndex, end);
        const joined = new Promise<void>((resolve, reject) => thread.joins.set(workerIndex, { resolve, reject }));
        send(thread, { type: "add", session, index: workerIndex, name: setup.name, identity: setup.identity, partition });
        return { connection: end, join() { return joined; } };
      },
      evaluate: (weights, test) => local.evaluate(weights, test),
      centralized: (train, test, o) => local.centralized(train, test, o),
      dispose: () => {
        if (ended) return;
        ended = true;
        local.dispose();
        for (const t of this.threads) { send(t, { type: "end", session }); t.ends.clear(); t.joins.clear(); }
        this.pairSecrets.clear();
        this.active = false;
      },
    };
  }

  /** (The pool's own threads call this.) A thread's message; anything about a session other than the current one is dropped. */
  handle(thread: PoolThread, m: FromThread): void {
    if (m.type === "ready" || m.type === "fatal") return;
    if (m.session !== this.session) return;
    switch (m.type) {
      case "session-ready": thread.opening?.resolve(); thread.opening = null; return;
      case "session-failed": thread.opening?.reject(new PoolError(`a pool thread could not set up the simulation: ${m.message}`)); thread.opening = null; return;
      case "message": thread.ends.get(m.index)?.deliver(m.bytes); return;
      case "close": thread.ends.get(m.index)?.remoteClosed(m.reason); return;
      case "joined": thread.joins.get(m.index)?.resolve(); thread.joins.delete(m.index); return;
      case "join-failed": thread.joins.get(m.index)?.reject(new Error(m.message)); thread.joins.delete(m.index); return;
      case "dropped": this.onDrop?.record({ round: m.round, worker: m.worker, point: m.point });
    }
  }

  /** (The pool's own threads, and close, call this.) A thread crashed or the pool closed: it cannot be used again, and the current session's workers are closed. */
  crashed(thread: PoolThread, error: PoolError): void {
    this.failure ??= error;
    thread.opening?.reject(error);
    thread.opening = null;
    for (const j of thread.joins.values()) j.reject(error);
    for (const end of thread.ends.values()) end.remoteClosed(error.message);
  }
}

function startThread(i: number, init: PoolThreadInit, heapMb: number, holder: { pool: WorkerPool | null }): Promise<PoolThread> {
  const worker = new Worker(ENTRY, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
  const thread: PoolThread = { worker, ends: new Map(), joins: new Map(), sentFederation: null, opening: null };
  return new Promise((resolve, reject) => {
    let ready = false;
    worker.on("message", (m: FromThread) => {
      if (m.type === "ready") { ready = true; resolve(thread); return; }
      if (m.type === "fatal") {
        const err = new PoolError(`pool thread ${i} failed: ${m.message}`);
        if (!ready) reject(err);
        else log.error(err.message, { thread: i });
        return;
      }
      holder.pool?.handle(thread, m);
    });
    worker.on("error", (err) => {
      const e = new PoolError(`pool thread ${i} crashed: ${err.message}${/memory limit/i.test(err.message) ? ` (its heap limit is ${heapMb} MB; run with fewer workers per thread, or --threads 1)` : ""}`);
      if (!ready) reject(e);
      log.error(e.message, { thread: i });
      holder.pool?.crashed(thread, e);
    });
  });
}
