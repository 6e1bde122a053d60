import { Coordinator } from "../coordinator";
import { createStrategy, type StrategyParameters } from "../strategy/create-strategy";
import type { Strategy } from "../strategy/strategy";
import type { StrategyOptions } from "../strategy/aggregation-strategy";
import type { RunHistory, RoundRecord } from "../run-history";
import type { SecureAggregationDriver } from "../round/secure-aggregation-driver";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../round/ring-driver";
import type { Dataset } from "../../shared/data/dataset";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { needsStandardisation, scaleFeatures } from "../../shared/data/feature-scaling";
import { partitionDataset, formatPartition, type PartitionSpec } from "../../shared/data/partition";
import { trainTestSplit } from "../../shared/data/split";
import { createLocalFederation } from "../../shared/federation/local-federation";
import type { Membership } from "../../shared/federation/membership";
import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { metricsRecord } from "../../shared/metrics/metrics-record";
import type { Protection, SecureAggregationMode, Standardisation } from "../../shared/protocol/messages";
import { describeTask, type TaskDescription } from "../../shared/protocol/task-description";
import { SeededRng } from "../../shared/random/seeded-rng";
import { initialTaskWeights } from "../../shared/task/init-weights";
import type { TaskKind, TaskSpec } from "../../shared/task/task-spec";
import { taskClipNorm } from "../../shared/task/task-defaults";
import type { ModelWeights } from "../../shared/tensor/weights";
import type { Connection } from "../../shared/transport/transport";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";

/** What a virtual worker is told when it is created: its name, the task, its keys and the federation. */
export interface VirtualWorkerContext {
  readonly name: string;
  readonly task: TaskDescription & { readonly kind: TaskKind; readonly clipNorm: number };
  readonly identity: SigningKeyPair;
  readonly membership: Membership;
  readonly secureAggregation: SecureAggregationMode;
}

/** A virtual worker the driver connects: the coordinator's end of its transport, and its join. */
export interface VirtualWorkerEndpoint {
  readonly connection: Connection;
  join(): Promise<void>;
}

/**
 * The worker side of a simulation (worker/virtual's createVirtualWorkers builds one): Flower's
 * client_fn, `connect(workerIndex, partition, context)`, plus the evaluation of the global model
 * on the test split and the centralised baseline, both on the workers' tfjs backend.
 */
export interface SimulationWorkers<Backend = unknown, Baseline = unknown> {
  /** The backend the workers train on (reported in the result). */
  readonly backend: Backend;
  connect(workerIndex: number, partition: Dataset, context: VirtualWorkerContext): VirtualWorkerEndpoint;
  /** The metrics of `weights` on `test` (already scaled). */
  evaluate(weights: ModelWeights, test: Dataset): Promise<EvalMetrics>;
  /** The centralised baseline: the task trained on all of `train` for `epochs`, measured on `test`. */
  centralized(train: Dataset, test: Dataset, options: { readonly epochs: number; readonly seed: number }): Promise<Baseline>;
  dispose(): void;
}

/** What a strategy of your own is built with: the run's sampling, training and server-side evaluation. */
export interface StrategyContext extends Required<Pick<StrategyOptions, "fractionFit" | "minFitWorkers" | "train" | "evaluateFn">> {
  readonly secureAggregation: SecureAggregationMode;
  readonly workersPerRound: number;
  readonly rounds: number;
}

/** Builds the run's strategy (Flower's server_fn, for the strategy): `(context) => new MyStrategy(context)`. */
export type StrategyFactory = (context: StrategyContext) => Strategy;

export interface SimulationConfig {
  readonly task: TaskSpec;
  readonly workers: number;
  readonly rounds: number;
  readonly seed: number;
  readonly partition: PartitionSpec;
  readonly fractionFit?: number;
  readonly secureAggregation: SecureAggregationMode;
  /** Protection sent to workers (clipping, DP); secure-aggregation fields are filled by the driver. */
  readonly protection: Protection;
  /**
   * The secure-aggregation driver; without one, a run whose secureAggregation is not "none" gets
   * defaultSecureDriver(secureAggregation).
   */
  readonly secure?: SecureAggregationDriver;
  /**
   * The aggregation strategy: by name (server/strategy/create-strategy.ts), or a function that
   * builds one of your own from the run's context; default fedavg with its defaults.
   */
  readonly strategy?: { readonly name: string; readonly parameters?: StrategyParameters } | StrategyFactory;
  /** Wraps the strategy (differential privacy). */
  readonly wrapStrategy?: (inner: Strategy, total: number) => Strategy;
  readonly beforeRound?: (round: number) => string | null;
  readonly centralized: boolean;
  readonly roundTimeoutMs?: number;
  readonly onRound?: (record: RoundRecord, test: EvalMetrics | null) => void;
  readonly csvPath?: string;
  /** Federated standardisation (default on): all parties scale features with the federation's securely summed statistics. */
  readonly standardise?: boolean;
  /** Evaluate the global model on the test split after every round (default) or only at the end (benchmarks). */
  readonly evaluateEveryRound?: boolean;
}

export interface SimulationResult<Backend = unknown, Baseline = unknown> {
  readonly backend: Backend;
  readonly partition: string;
  readonly centralized: Baseline | null;
  readonly federated: { readonly test: EvalMetrics; readonly wallSeconds: number };
  /** The final global model. */
  readonly weights: ModelWeights;
  readonly history: RunHistory;
  /** The server-side test metrics after each round. */
  readonly perRoundTest: readonly (EvalMetrics | null)[];
}

export function workerName(i: number): string {
  return `worker-${String(i + 1).padStart(3, "0")}`;
}

/**
 * The driver a simulation uses when its config names a protocol but gives none: the protocol's
 * defaults for n workers, weighted by examples, the ring's default clamp, 30 s per stage.
 */
export function defaultSecureDriver(protocol: SecureAggregationMode): SecureAggregationDriver | undefined {
  if (protocol === "none") return undefined;
  return new RingSecureDriver({ protocol, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: Number.MAX_SAFE_INTEGER, stageTimeoutMs: 30_000 });
}

/** The worker and round counts a simulation can run (RangeError otherwise). */
export function checkSimulationShape(config: Pick<SimulationConfig, "workers" | "rounds">): void {
  if (!Number.isInteger(config.workers) || config.workers < 1) throw new RangeError(`--workers must be a positive integer, got ${config.workers}`);
  if (!Number.isInteger(config.rounds) || config.rounds < 1) throw new RangeError(`--rounds must be a positive integer, got ${config.rounds}`);
}

/**
 * The data of a simulation: the workers' partitions, the coordinator's test split and the
 * centralised baseline. In its own function so that the whole table and the training split are
 * garbage once partitioned (an async function keeps its locals for as long as it runs).
 */
async function prepareData<Backend, Baseline>(config: SimulationConfig, workers: SimulationWorkers<Backend, Baseline>, csv: string) {
  const { task } = config;
  const split = trainTestSplit(await loadTaskCsv(task, csv), { seed: config.seed });
  if (split.train.rows < config.workers) throw new RangeError(`${split.train.rows} training rows cannot be split over ${config.workers} workers; use fewer workers`);
  const centralized = config.centralized ? await workers.centralized(split.train, split.test, { epochs: config.rounds * task.train.localEpochs, seed: config.seed }) : null;
  const parts = partitionDataset(config.partition, split.train, config.workers, config.seed);
  return { parts, rawTest: split.test, trainRows: split.train.rows, centralized };
}

/**
 * A whole federation in one process: the coordinator, N virtual workers from `workers` (Flower's
 * client_fn: the real worker code over the in-memory transport), the server-side test split, and
 * optionally the centralised baseline. Disposes `workers` when done.
 */
export async function simulateFederation<Backend, Baseline>(config: SimulationConfig, workers: SimulationWorkers<Backend, Baseline>): Promise<SimulationResult<Backend, Baseline>> {
  const { task } = config;
  checkSimulationShape(config);
  const backend = workers.backend;
  const secure = config.secure ?? defaultSecureDriver(config.secureAggregation);
  const csv = config.csvPath ?? task.dataFile;
  if (csv === undefined) throw new Error(`task "${task.name}" names no data file (data.file in its task file); give the CSV to simulate on`);
  // `parts` is emptied once the workers hold them (splice below): pool threads keep their own copies.
  const { parts, rawTest, trainRows, centralized } = await prepareData(config, workers, csv);
  // Until (unless) federated standardisation runs, the coordinator scales its split with its own statistics.
  const scaling = task.preprocessing.scaling;
  let test = scaleFeatures(scaling, rawTest, null);
  const perRoundTest: (EvalMetrics | null)[] = [];
  let lastTest: EvalMetrics | null = null;
  const fractionFit = config.fractionFit ?? 1;
  const context: StrategyContext = {
    secureAggregation: config.secureAggregation, workersPerRound: Math.max(1, Math.ceil(fractionFit * config.workers)),
    train: { ...task.train, seed: config.seed },
    fractionFit,
    minFitWorkers: 1,
    rounds: config.rounds,
    evaluateFn: (round, weights) => config.evaluateEveryRound === false && round < config.rounds ? Promise.resolve(null) : workers.evaluate(weights, test).then((m) => {
      lastTest = m;
      return { loss: m.loss, metrics: metricsRecord(m) };
    }),
  };
  const chosen = config.strategy;
  const { rounds: _rounds, ...options } = context;
  const inner = typeof chosen === "function" ? chosen(context)
    : createStrategy(chosen?.name ?? "fedavg", { ...(chosen?.parameters ? { parameters: chosen.parameters } : {}), ...options });
  const strategy = config.wrapStrategy ? config.wrapStrategy(inner, config.workers) : inner;
  const names = parts.map((_, i) => workerName(i));
  const federation = createLocalFederation(names);
  const description = { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) };
  const coordinator = new Coordinator({
    membership: federation.membership, identity: federation.coordinator, task: description, maxExamples: trainRows, initialWeights: initialTaskWeights(task, config.seed), strategy, rounds: config.rounds,
    protection: config.protection, ...(secure ? { secure } : {}), rng: SeededRng.fromSeed(config.seed).fork("sampling"),
    maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES, roundTimeoutMs: config.roundTimeoutMs ?? 300_000,
    ...(config.beforeRound ? { beforeRound: config.beforeRound } : {}),
    ...(config.standardise === false || !needsStandardisation(scaling) ? {} : { standardise: { features: rawTest.cols,
      onComputed: (s: Standardisation) => { test = scaleFeatures(scaling, rawTest, { mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) }); } } }),
    onRound: (record) => {
      perRoundTest.push(lastTest);
      config.onRound?.(record, lastTest);
    },
  });
  try {
    const endpoints = parts.splice(0).map((part, i) => {
      const name = workerName(i);
      const endpoint = workers.connect(i, part, { name, task: description, identity: federation.sites.get(name)!, membership: federation.membership,
        secureAggregation: config.secureAggregation });
      coordinator.addConnection(endpoint.connection);
      return endpoint;
    });
    await Promise.all(endpoints.map((w) => w.join()));
    const t0 = performance.now();
    const history = await coordinator.run();
    const wallSeconds = (performance.now() - t0) / 1000;
    const final = (history.rounds.length === config.rounds ? lastTest : null) ?? (await workers.evaluate(coordinator.globalWeights, test));
    return { backend, partition: formatPartition(config.partition), centralized, federated: { test: final, wallSeconds }, weights: coordinator.globalWeights, history, perRoundTest };
  } finally {
    await coordinator.shutdown("finished", "simulation over");
    workers.dispose();
  }
}
