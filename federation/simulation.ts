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
import type { WorkerOptions } from "../worker/worker-client";

export { workerName } from "../server/simulation/run-simulation";
export { DATA_DIR } from "../shared/data/data-dir";

export interface SimulationConfig extends DriverConfig {
  readonly backend?: BackendName;
  /** Extra options per virtual worker (dropout injection hooks). */
  readonly workerOptions?: (index: number, name: string) => Partial<WorkerOptions>;
  /** The simulated sites' own policy (default: they accept the run's protocol and assume one colluding site). */
  readonly sitePolicy?: WorkerPolicy;
}

export type SimulationResult = DriverResult<BackendChoice, CentralizedResult>;

/**
 * A whole federation in one process: the coordinator, N virtual workers (the
 * real worker code over the in-memory transport) sharing one tfjs trainer, the
 * server-side test split, and optionally the centralised baseline.
 */
export async function runSimulation(config: SimulationConfig): Promise<SimulationResult> {
  checkSimulationShape(config);
  const workers = await createVirtualWorkers({ task: config.task, seed: config.seed,
    ...(config.backend ? { backend: config.backend } : {}), ...(config.sitePolicy ? { sitePolicy: config.sitePolicy } : {}),
    ...(config.workerOptions ? { workerOptions: config.workerOptions } : {}) });
  return simulateFederation(config, workers);
}
