import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { ModelSpec, TaskName, TaskSpec, TrainConfig } from "../../shared/task/task-spec";

/** Any value JSON can carry (for configuration added by later issues). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One federated round as the coordinator saw it. */
export interface RoundRecord {
  /** 1-based. */
  readonly round: number;
  /** The global model after this round on the coordinator's test split (null if not evaluated). */
  readonly test: EvalMetrics | null;
  /** Example-weighted mean of the workers' local training losses. */
  readonly trainLoss: number | null;
  readonly workersSampled: number;
  readonly workersSucceeded: number;
  /** Wall time of the round (sampling to aggregated model), seconds. */
  readonly seconds: number;
  /** Privacy spent so far, when differential privacy is on. */
  readonly epsilon?: number | null;
}

export interface RunConfig {
  readonly workers: number;
  readonly rounds: number;
  readonly seed: number;
  /** As given on the command line: "iid", "round-robin", "dirichlet:0.5", ... */
  readonly partition: string;
  readonly secureAggregation: string;
  readonly dp: JsonValue;
  readonly train: TrainConfig;
  readonly model: ModelSpec;
  /** Anything else a later issue adds (fractionFit, deadlines, ...). */
  readonly extra?: { readonly [key: string]: JsonValue };
}

export interface RunResult {
  /** Final metrics on the test split. */
  readonly test: EvalMetrics;
  readonly wallSeconds: number;
}

/** Everything a run leaves behind in runs/<timestamp>/report.json. */
export interface RunReport {
  readonly task: TaskName;
  readonly kind: TaskSpec["kind"];
  /** ISO 8601. */
  readonly createdAt: string;
  /** The tfjs backend the workers used ("wasm", "cpu", "tfjs-node", "tfjs-node-gpu"). */
  readonly backend: string;
  readonly config: RunConfig;
  readonly rounds: readonly RoundRecord[];
  /** The centralised baseline (null when skipped). */
  readonly centralized: (RunResult & { readonly epochs: number }) | null;
  readonly federated: RunResult;
}
