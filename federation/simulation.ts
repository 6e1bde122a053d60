/**
 * A simulation from code in one call: the coordinator-side driver (server/simulation) over the
 * virtual workers (worker/virtual). This layer is where server/ and worker/ meet for the library,
 * as bin/ is for the command line.
 */
import { checkSimulationShape, simulateFederation, type SimulationConfig as DriverConfig, type SimulationResult as DriverResult } from "../server/simulation/run-simulation";
import type { BackendChoice, BackendName } from "../worker/backend/select-backend";
import type { WorkerPolicy } from "../worker/policy/worker-policy";
import type { CentralizedResult } from "../worker/trainer/centralized";
import { createVirtualWorkers } from "../worker/virtual/virtual-workers";
import type { DropoutInjector } from "../worker/virtual/dropout-injector";
import { createPooledWorkers } from "../worker/pool/pooled-workers";
import type { WorkerPool } from "../worker/pool/worker-pool";
import type { WorkerOptions } from "../worker/worker-client";

export { workerName } from "../server/simulation/run-simulation";
export { DATA_DIR } from "../shared/data/data-dir";

export interface SimulationConfig extends DriverConfig {
  readonly backend?: BackendName;
  /** Extra options per virtual worker (dropout injection hooks). */
  readonly workerOptions?: (index: number, name: string) => Partial<WorkerOptions>;
  /** The simulated sites' own policy (default: they accept the run's protocol and assume one colluding site). */
  readonly sitePolicy?: WorkerPolicy;
  /** Worker threads the virtual workers run in (worker/pool); 1 or absent: all in this thread. */
  readonly threads?: number;
  /** A pool kept across simulations (its threads stay warm); the workers run in its threads, and it stays open after. */
  readonly pool?: WorkerPool;
  /** Seeded dropout injection; unlike a `workerOptions` hook it also works in threads (drops are recorded in its events). */
  readonly dropout?: DropoutInjector;
}

export type SimulationResult = DriverResult<BackendChoice, CentralizedResult>;

/**
 * A whole federation in one process: the coordinator, N virtual workers (the
 * real worker code over the in-memory transport) sharing one tfjs trainer, the
 * server-side test split, and optionally the centralised baseline.
 */
export async function runSimulation(config: SimulationConfig): Promise<SimulationResult> {
  checkSimulationShape(config);
  const common = { task: config.task, seed: config.seed, ...(config.backend ? { backend: config.backend } : {}), ...(config.sitePolicy ? { sitePolicy: config.sitePolicy } : {}) };
  const { pool } = config;
  const threads = pool?.size ?? config.threads ?? 1;
  if (pool && config.threads !== undefined && config.threads !== pool.size) throw new Error(`threads is ${config.threads} but the pool given has ${pool.size}; give one or the other`);
  if (pool && config.backend !== undefined && config.backend !== pool.backend.name) throw new Error(`backend is ${config.backend} but the pool given runs ${pool.backend.name}`);
  const injector = config.dropout;
  if ((threads > 1 || pool) && config.workerOptions) throw new Error("workerOptions hooks cannot cross into worker threads; run with threads 1, or give dropout injection as `dropout`");
  const dropout = injector ? { dropout: { probability: injector.probability, mode: injector.mode, seed: injector.seed, record: (e: DropoutInjector["events"][number]) => injector.events.push(e) } } : {};
  const workers = pool ? await pool.open({ task: config.task, seed: config.seed, ...(config.sitePolicy ? { sitePolicy: config.sitePolicy } : {}), ...dropout })
    : threads > 1 ? await createPooledWorkers({ ...common, threads, workers: config.workers, ...dropout })
    : await createVirtualWorkers({ ...common, ...(config.workerOptions || injector ? { workerOptions: (i: number, name: string) => ({
      ...(injector ? { dropAt: injector.forWorker(name) } : {}), ...config.workerOptions?.(i, name) }) } : {}) });
  return simulateFederation(config, workers);
}
