import path from "node:path";
import { Coordinator } from "../../server/coordinator";
import { createStrategy, type StrategyParameters } from "../../server/strategy/create-strategy";
import type { Strategy } from "../../server/strategy/strategy";
import type { RunHistory, RoundRecord } from "../../server/run-history";
import type { SecureAggregationDriver } from "../../server/round/secure-aggregation-driver";
import { loadTaskCsv } from "../../shared/data/load-csv";
import { partitionDataset, formatPartition, type PartitionSpec } from "../../shared/data/partition";
import { applyScaler, fitScaler } from "../../shared/data/scaler";
import { trainTestSplit } from "../../shared/data/split";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { Protection, SecureAggregationMode, Standardisation } from "../../shared/protocol/messages";
import { SeededRng } from "../../shared/random/seeded-rng";
import { initialWeights } from "../../shared/task/init-weights";
import type { TaskSpec } from "../../shared/task/task-spec";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { selectBackend, type BackendChoice, type BackendName } from "../../worker/backend/select-backend";
import { trainCentralized, type CentralizedResult } from "../../worker/trainer/centralized";
import { Trainer } from "../../worker/trainer/trainer";
import { TfjsLearner, TrainerLock, metricsRecord } from "../../worker/tfjs-learner";
import { WorkerClient, type WorkerOptions } from "../../worker/worker-client";

/** Where the bundled CSVs live (examples/data, next to bin/). */
export const DATA_DIR = path.resolve(__dirname, "../../examples/data");

export interface SimulationConfig {
  readonly task: TaskSpec;
  readonly workers: number;
  readonly rounds: number;
  readonly seed: number;
  readonly partition: PartitionSpec;
  readonly backend?: BackendName;
  readonly fractionFit?: number;
  readonly secureAggregation: SecureAggregationMode;
  /** Protection sent to workers (clipping, DP); secure-aggregation fields are filled by the driver. */
  readonly protection: Protection;
  /** Builds the secure-aggregation driver (none for "none"). */
  readonly secure?: SecureAggregationDriver;
  /** The aggregation strategy by name (server/strategy/create-strategy.ts); default fedavg with its defaults. */
  readonly strategy?: { readonly name: string; readonly parameters?: StrategyParameters };
  /** Wraps the strategy (differential privacy). */
  readonly wrapStrategy?: (inner: Strategy, total: number) => Strategy;
  readonly beforeRound?: (round: number) => string | null;
  /** Extra options per virtual worker (dropout injection hooks). */
  readonly workerOptions?: (index: number, name: string) => Partial<WorkerOptions>;
  readonly centralized: boolean;
  readonly roundTimeoutMs?: number;
  readonly onRound?: (record: RoundRecord, test: EvalMetrics | null) => void;
  readonly csvPath?: string;
  /** Federated standardisation (default on): all parties scale features with the federation's securely summed statistics. */
  readonly standardise?: boolean;
  /** Evaluate the global model on the test split after every round (default) or only at the end (benchmarks). */
  readonly evaluateEveryRound?: boolean;
}

export interface SimulationResult {
  readonly backend: BackendChoice;
  readonly partition: string;
  readonly centralized: CentralizedResult | null;
  readonly federated: { readonly test: EvalMetrics; readonly wallSeconds: number };
  readonly history: RunHistory;
  /** The server-side test metrics after each round. */
  readonly perRoundTest: readonly (EvalMetrics | null)[];
}

export function workerName(i: number): string {
  return `worker-${String(i + 1).padStart(3, "0")}`;
}

/**
 * A whole federation in one process: the coordinator, N virtual workers (the
 * real worker code over the in-memory transport) sharing one tfjs trainer, the
 * server-side test split, and optionally the centralised baseline.
 */
export async function runSimulation(config: SimulationConfig): Promise<SimulationResult> {
  const { task } = config;
  if (!Number.isInteger(config.workers) || config.workers < 1) throw new RangeError(`--workers must be a positive integer, got ${config.workers}`);
  if (!Number.isInteger(config.rounds) || config.rounds < 1) throw new RangeError(`--rounds must be a positive integer, got ${config.rounds}`);
  const backend = await selectBackend(config.backend);
  const all = await loadTaskCsv(task, config.csvPath ?? path.join(DATA_DIR, task.csvFile));
  const split = trainTestSplit(all, { seed: config.seed });
  if (split.train.rows < config.workers) throw new RangeError(`${split.train.rows} training rows cannot be split over ${config.workers} workers; use fewer workers`);

  const centralized = config.centralized ? await trainCentralized(task, split.train, split.test, { epochs: config.rounds * task.train.localEpochs, seed: config.seed }) : null;

  const parts = partitionDataset(config.partition, split.train, config.workers, config.seed);
  // Until (unless) federated standardisation runs, the coordinator scales its split with its own statistics.
  let test = applyScaler(fitScaler(split.test), split.test);
  const trainer = new Trainer(task.model, config.seed);
  const lock = new TrainerLock();
  const perRoundTest: (EvalMetrics | null)[] = [];
  let lastTest: EvalMetrics | null = null;
  const fractionFit = config.fractionFit ?? 1;
  const inner = createStrategy(config.strategy?.name ?? "fedavg", {
    ...(config.strategy?.parameters ? { parameters: config.strategy.parameters } : {}),
    secureAggregation: config.secureAggregation, workersPerRound: Math.max(1, Math.ceil(fractionFit * config.workers)),
    train: { ...task.train, seed: config.seed },
    fractionFit,
    minFitWorkers: 1,
    evaluateFn: (round, weights) => config.evaluateEveryRound === false && round < config.rounds ? Promise.resolve(null) : lock.run(async () => {
      trainer.setWeights(weights);
      lastTest = await trainer.evaluate(test);
      return { loss: lastTest.loss, metrics: metricsRecord(lastTest) };
    }),
  });
  const strategy = config.wrapStrategy ? config.wrapStrategy(inner, config.workers) : inner;
  const coordinator = new Coordinator({
    admission: { task: task.name }, initialWeights: initialWeights(task.model, config.seed), strategy, rounds: config.rounds,
    protection: config.protection, ...(config.secure ? { secure: config.secure } : {}), rng: SeededRng.fromSeed(config.seed).fork("sampling"),
    maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES, roundTimeoutMs: config.roundTimeoutMs ?? 300_000,
    ...(config.beforeRound ? { beforeRound: config.beforeRound } : {}),
    ...(config.standardise === false ? {} : { standardise: { features: task.features.length,
      onComputed: (s: Standardisation) => { test = applyScaler({ mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) }, split.test); } } }),
    onRound: (record) => {
      perRoundTest.push(lastTest);
      config.onRound?.(record, lastTest);
    },
  });
  try {
    const workers = parts.map((part, i) => {
      const name = workerName(i);
      const [serverEnd, workerEnd] = createMemoryPair(name);
      coordinator.addConnection(serverEnd);
      const learner = new TfjsLearner(trainer, part, backend.name, lock, i);
      return new WorkerClient(workerEnd, { name, task: task.name, learner, capabilities: ["none", "additive", "secagg+"], ...config.workerOptions?.(i, name) });
    });
    await Promise.all(workers.map((w) => w.join()));
    const t0 = performance.now();
    const history = await coordinator.run();
    const wallSeconds = (performance.now() - t0) / 1000;
    const final = (history.rounds.length === config.rounds ? lastTest : null) ?? (await lock.run(async () => { trainer.setWeights(coordinator.globalWeights); return trainer.evaluate(test); }));
    return { backend, partition: formatPartition(config.partition), centralized, federated: { test: final, wallSeconds }, history, perRoundTest };
  } finally {
    await coordinator.shutdown();
    trainer.dispose();
  }
}
