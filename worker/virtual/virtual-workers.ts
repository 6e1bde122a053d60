/**
 * The worker side of an in-process simulation: Flower's client_fn. Every virtual worker is the
 * real WorkerClient over the in-memory transport; they share one tfjs trainer (a lock
 * serialises its use), which also evaluates the global model for the coordinator.
 */
import type { Dataset } from "../../shared/data/dataset";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { Membership } from "../../shared/federation/membership";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import type { TaskDescription } from "../../shared/protocol/task-description";
import { DEFAULT_COLLUSION_BOUND } from "../../shared/secagg/neighbour-graph";
import type { TaskKind, TaskSpec } from "../../shared/task/task-spec";
import type { ModelWeights } from "../../shared/tensor/weights";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import type { Connection } from "../../shared/transport/transport";
import { requiredKernels } from "../backend/model-kernels";
import { selectBackend, type BackendChoice, type BackendName } from "../backend/select-backend";
import type { WorkerPolicy } from "../policy/worker-policy";
import { TfjsLearner, TrainerLock } from "../tfjs-learner";
import { trainCentralized, type CentralizedResult } from "../trainer/centralized";
import { Trainer } from "../trainer/trainer";
import { WorkerClient, type WorkerOptions } from "../worker-client";
import { simulatedSitePolicy } from "./simulated-site-policy";

/** What the coordinator side tells a virtual worker (server/simulation's VirtualWorkerContext, structurally). */
export interface VirtualWorkerSetup {
  readonly name: string;
  readonly task: TaskDescription & { readonly kind: TaskKind; readonly clipNorm: number };
  readonly identity: SigningKeyPair;
  readonly membership: Membership;
  readonly secureAggregation: SecureAggregationMode;
}

export interface VirtualWorkersOptions {
  readonly task: TaskSpec;
  /** Seed of the shared trainer's initial weights. */
  readonly seed: number;
  /** Force a tfjs backend (default: the best that loads). */
  readonly backend?: BackendName;
  /** The simulated sites' own policy (default: they accept the run's protocol and assume one colluding site). */
  readonly sitePolicy?: WorkerPolicy;
  /** Extra options per virtual worker (dropout injection hooks). */
  readonly workerOptions?: (index: number, name: string) => Partial<WorkerOptions>;
}

export interface VirtualWorkers {
  readonly backend: BackendChoice;
  connect(workerIndex: number, partition: Dataset, setup: VirtualWorkerSetup): { readonly connection: Connection; join(): Promise<void> };
  evaluate(weights: ModelWeights, test: Dataset): Promise<EvalMetrics>;
  centralized(train: Dataset, test: Dataset, options: { readonly epochs: number; readonly seed: number }): Promise<CentralizedResult>;
  dispose(): void;
}

/** Selects the backend, then builds virtual workers on demand (the shared trainer is made on first use). */
export async function createVirtualWorkers(options: VirtualWorkersOptions): Promise<VirtualWorkers> {
  const { task } = options;
  const backend = await selectBackend(options.backend, { kernels: requiredKernels(task.model) });
  const lock = new TrainerLock();
  let trainer: Trainer | null = null;
  const shared = (): Trainer => (trainer ??= new Trainer(task, options.seed));
  let memo: PairSecretMemo | null = null; // every party is in this process: each pair agrees once (made on first use: a pool's local workers never connect)
  const pairSecrets = (): PairSecretMemo => (memo ??= new PairSecretMemo());
  return {
    backend,
    connect(workerIndex, partition, setup) {
      const [serverEnd, workerEnd] = createMemoryPair(setup.name);
      const learner = new TfjsLearner(shared(), partition, backend.name, lock, workerIndex);
      const client = new WorkerClient(workerEnd, { name: setup.name, task: setup.task, learner, identity: setup.identity, membership: setup.membership, pairSecrets: pairSecrets(),
        policy: options.sitePolicy ?? simulatedSitePolicy(setup.secureAggregation, DEFAULT_COLLUSION_BOUND, null), ...options.workerOptions?.(workerIndex, setup.name) });
      return { connection: serverEnd, join: async () => { await client.join(); } };
    },
    evaluate: (weights, test) => lock.run(async () => {
      const t = shared();
      t.setWeights(weights);
      return t.evaluate(test);
    }),
    centralized: (train, test, o) => trainCentralized(task, train, test, o),
    dispose: () => {
      memo?.clear();
      trainer?.dispose();
    },
  };
}
