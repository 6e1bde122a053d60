import path from "node:path";
import { Coordinator } from "../../server/coordinator";
import { createStrategy, type StrategyParameters } from "../../server/strategy/create-strategy";
import type { Strategy } from "../../server/strategy/strategy";
import type { RunHistory, RoundRecord } from "../../server/run-history";
import type { SecureAggregationDriver } from "../../server/round/secure-aggregation-driver";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { needsStandardisation, scaleFeatures } from "../../shared/data/feature-scaling";
import { partitionDataset, formatPartition, type PartitionSpec } from "../../shared/data/partition";
import { trainTestSplit } from "../../shared/data/split";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { Protection, SecureAggregationMode, Standardisation } from "../../shared/protocol/messages";
import { SeededRng } from "../../shared/random/seeded-rng";
import { initialTaskWeights } from "../../shared/task/init-weights";
import type { TaskSpec } from "../../shared/task/task-spec";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { selectBackend, type BackendChoice, type BackendName } from "../../worker/backend/select-backend";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { trainCentralized, type CentralizedResult } from "../../worker/trainer/centralized";
import { Trainer } from "../../worker/trainer/trainer";
import { TfjsLearner, TrainerLock, metricsRecord } from "../../worker/tfjs-learner";
import { WorkerClient, type WorkerOptions } from "../../worker/worker-client";
import type { WorkerPolicy } from "../../worker/policy/worker-policy";
import { describeTask } from "../../shared/protocol/task-description";
import { DEFAULT_COLLUSION_BOUND } from "../../shared/secagg/neighbour-graph";
import { createLocalFederation, simulatedSitePolicy } from "./local-federation";
import { taskClipNorm } from "./task-defaults";

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
  /** The simulated sites' own policy (default: they accept the run's protocol and assume one colluding site). */
  readonly sitePolicy?: WorkerPolicy;
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
  const backend = await selectBackend(config.backend, { kernels: requiredKernels(task.model) });
  const csv = config.csvPath ?? task.dataFile;
  if (csv === undefined) throw new Error(`task "${task.name}" names no data file (data.file in its task file); give the CSV to simulate on`);
  const all = await loadTaskCsv(task, csv);
  const split = trainTestSplit(all, { seed: config.seed });
  if (split.train.rows < config.workers) throw new RangeError(`${split.train.rows} training rows cannot be split over ${config.workers} workers; use fewer workers`);

  const centralized = config.centralized ? await trainCentralized(task, split.train, split.test, { epochs: config.rounds * task.train.localEpochs, seed: config.seed }) : null;

  const parts = partitionDataset(config.partition, split.train, config.workers, config.seed);
  // Until (unless) federated standardisation runs, the coordinator scales its split with its own statistics.
  const scaling = task.preprocessing.scaling;
  let test = scaleFeatures(scaling, split.test, null);
  const trainer = new Trainer(task, config.seed);
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
  const names = parts.map((_, i) => workerName(i));
  const federation = createLocalFederation(names);
  const description = { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) };
  const coordinator = new Coordinator({
    membership: federation.membership, identity: federation.coordinator, task: description, maxExamples: split.train.rows, initialWeights: initialTaskWeights(task, config.seed), strategy, rounds: config.rounds,
    protection: config.protection, ...(config.secure ? { secure: config.secure } : {}), rng: SeededRng.fromSeed(config.seed).fork("sampling"),
    maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES, roundTimeoutMs: config.roundTimeoutMs ?? 300_000,
    ...(config.beforeRound ? { beforeRound: config.beforeRound } : {}),
    ...(config.standardise === false || !needsStandardisation(scaling) ? {} : { standardise: { features: split.test.cols,
      onComputed: (s: Standardisation) => { test = scaleFeatures(scaling, split.test, { mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) }); } } }),
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
      return new WorkerClient(workerEnd, { name, task: description, learner, identity: federation.sites.get(name)!, membership: federation.membership,
        policy: config.sitePolicy ?? simulatedSitePolicy(config.secureAggregation, DEFAULT_COLLUSION_BOUND, null), ...config.workerOptions?.(i, name) });
    });
    await Promise.all(workers.map((w) => w.join()));
    const t0 = performance.now();
    const history = await coordinator.run();
    const wallSeconds = (performance.now() - t0) / 1000;
    const final = (history.rounds.length === config.rounds ? lastTest : null) ?? (await lock.run(async () => { trainer.setWeights(coordinator.globalWeights); return trainer.evaluate(test); }));
    return { backend, partition: formatPartition(config.partition), centralized, federated: { test: final, wallSeconds }, history, perRoundTest };
  } finally {
    await coordinator.shutdown("finished", "simulation over");
    trainer.dispose();
  }
}
