import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { ModelSpec, TaskName, TaskSpec, TrainConfig } from "../../shared/task/task-spec";

/** Any value JSON can carry (for configuration added by later issues). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One federated round as the coordinator saw it. */
export interface ReportRound {
  /** 1-based. */
  readonly round: number;
  /** False when the model did not change (secure aggregation aborted, too few results, ...). */
  readonly applied: boolean;
  readonly abortReason: string | null;
  /**
   * The metrics the final table shows, after this round: testMse, or testAccuracy and testAuc (the
   * coordinator's held-out split); workerLoss and worker* from federated evaluation, when it ran.
   */
  readonly metrics: Readonly<Record<string, number>>;
  /** The global model after this round on the test split, in full (null if not evaluated). */
  readonly test: EvalMetrics | null;
  /** Example-weighted mean of the workers' local training losses (an aggregate; null if not reported). */
  readonly trainLoss: number | null;
  readonly workersSampled: number;
  readonly workersSucceeded: number;
  /** Failures and drop-outs by error code. */
  readonly failures: Readonly<Record<string, number>>;
  /** Wall time of the round (sampling to aggregated model and evaluation), seconds. */
  readonly seconds: number;
  readonly stageSeconds: { readonly fit: number; readonly aggregate: number; readonly evaluate: number };
  /** Privacy spent so far, when differential privacy is on. */
  readonly epsilon: number | null;
}

/** What ran, in the words a reader of the report needs. */
export interface RunDescription {
  readonly source: "demo" | "simulate" | "coordinator";
  /** Secure aggregation: "secagg+", "additive" or "none" (plaintext FedAvg). */
  readonly protocol: string;
  readonly secagg: { readonly neighbors: number; readonly threshold: number } | null;
  /** Differential privacy: mode, noise, clip, delta, epsilon spent, ... (null: off). */
  readonly dp: Readonly<Record<string, number | string>> | null;
  /** Injected drop-outs (simulations) or real ones (coordinator: rate 0, injected 0). */
  readonly dropouts: { readonly rate: number; readonly injected: number; readonly recovered: number; readonly abortedRounds: number } | null;
  readonly roundsPlanned: number;
  readonly roundsRun: number;
  readonly roundsAborted: number;
  /** Why training stopped before the planned rounds (an epsilon budget, an operator), or null. */
  readonly stoppedEarly: string | null;
}

export interface RunConfig {
  readonly workers: number;
  readonly rounds: number;
  readonly seed: number;
  /** As given on the command line: "iid", "round-robin", "dirichlet:0.5", ... ("remote" for a coordinator). */
  readonly partition: string;
  readonly secureAggregation: string;
  readonly dp: JsonValue;
  readonly train: TrainConfig;
  readonly model: ModelSpec;
  /** Anything else a later issue adds (fractionFit, deadlines, ...). */
  readonly extra?: { readonly [key: string]: JsonValue };
}

export interface RunResult {
  /** Final metrics on the test split (null: the coordinator had no test data). */
  readonly test: EvalMetrics | null;
  /** The table's names for them (and the workers' federated evaluation). */
  readonly metrics: Readonly<Record<string, number>>;
  readonly wallSeconds: number;
}

/** Another federated run of the same report, drawn beside the main one (the DP demo's run without DP). */
export interface ComparisonRun {
  readonly label: string;
  readonly rounds: readonly ReportRound[];
  readonly federated: RunResult;
}

/** Everything a run leaves behind in runs/<timestamp>/report.json. */
export interface RunReport {
  readonly task: TaskName;
  readonly kind: TaskSpec["kind"];
  /** ISO 8601. */
  readonly createdAt: string;
  /** The tfjs backend the workers used ("wasm", "cpu", "tfjs-node", "tfjs-node-gpu"; "remote" when each hospital chose its own). */
  readonly backend: string;
  readonly config: RunConfig;
  readonly ran: RunDescription;
  readonly rounds: readonly ReportRound[];
  /** The centralised baseline (null when skipped). */
  readonly centralized: (RunResult & { readonly epochs: number }) | null;
  readonly federated: RunResult;
  readonly comparisons: readonly ComparisonRun[];
  /** A coordinator's report: each site's own epsilon (its local or distributed DP accounting), round by round. */
  readonly siteEpsilon?: Readonly<Record<string, readonly { readonly round: number; readonly epsilon: number }[]>>;
}
