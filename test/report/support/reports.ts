import type { EvalMetrics } from "../../../shared/metrics/eval-metrics";
import { summaryFields } from "../../../shared/metrics/eval-metrics";
import type { ReportRound, RunReport, RunResult } from "../../../server/report/run-report";
import { BOSTON_TASK, PIMA_TASK } from "../../../shared/task/tasks";

export function result(test: EvalMetrics, wallSeconds: number): RunResult {
  return { test, metrics: summaryFields(test), wallSeconds };
}

export function reportRound(round: number, test: EvalMetrics | null, overrides: Partial<ReportRound> = {}): ReportRound {
  return {
    round, applied: true, abortReason: null, metrics: test ? summaryFields(test) : {}, test, trainLoss: 50 / round, workersSampled: 2, workersSucceeded: 2,
    failures: {}, seconds: 0.05, stageSeconds: { fit: 0.03, aggregate: 0.01, evaluate: 0.01 }, epsilon: null, ...overrides,
  };
}

const mse = (v: number): EvalMetrics => ({ kind: "regression", examples: 102, loss: v, mse: v });

/** A plaintext Boston run: MSE falling with the rounds, a centralised baseline. */
export function bostonReport(rounds: number): RunReport {
  const list = Array.from({ length: rounds }, (_, i) => reportRound(i + 1, mse(80 / (i + 1) + 10)));
  return {
    task: "boston", kind: "regression", createdAt: "2025-01-01T00:00:00.000Z", backend: "wasm",
    config: { workers: 2, rounds, seed: 1, partition: "round-robin", secureAggregation: "none", dp: null, train: BOSTON_TASK.train, model: BOSTON_TASK.model },
    ran: { source: "demo", protocol: "none", secagg: null, dp: null, dropouts: null, roundsPlanned: rounds, roundsRun: rounds, roundsAborted: 0, stoppedEarly: null },
    rounds: list, centralized: { ...result(mse(11.5), 0.4), epochs: rounds }, federated: result(mse(18), 0.6), comparisons: [],
  };
}

const binary = (accuracy: number, auc: number): EvalMetrics => ({ kind: "binary", examples: 154, loss: 0.6, accuracy, auc });

/** The Pima DP demo: distributed DP over SecAgg+, one aborted round, the run without DP beside it. */
export function pimaDpReport(): RunReport {
  const rounds = [1, 2, 3, 4].map((r) => reportRound(r, binary(0.6 + r / 50, 0.7 + r / 100), { epsilon: 0.5 * r }));
  rounds[2] = reportRound(3, binary(0.64, 0.72), { applied: false, abortReason: "round 3 aborted at ShareKeys: 1 workers remain", trainLoss: null, epsilon: 1.5,
    workersSucceeded: 0, failures: { ROUND_ABORTED: 2 } });
  const noDp = [1, 2, 3, 4].map((r) => reportRound(r, binary(0.65 + r / 50, 0.75 + r / 100)));
  const dp = { mode: "distributed", noise: 1.1, clip: 1, delta: 1e-5, epsilon: 2 };
  return {
    task: "pima", kind: "binary", createdAt: "2025-01-01T00:00:00.000Z", backend: "wasm",
    config: { workers: 4, rounds: 4, seed: 1, partition: "iid", secureAggregation: "secagg+", dp, train: PIMA_TASK.train, model: PIMA_TASK.model },
    ran: { source: "demo", protocol: "secagg+", secagg: { neighbors: 3, threshold: 2 }, dp, dropouts: { rate: 0.2, injected: 3, recovered: 1, abortedRounds: 1 },
      roundsPlanned: 4, roundsRun: 4, roundsAborted: 1, stoppedEarly: null },
    rounds, centralized: { ...result(binary(0.74, 0.83), 0.5), epochs: 4 }, federated: result(binary(0.68, 0.74), 1.2),
    comparisons: [{ label: "federated, no DP", rounds: noDp, federated: result(binary(0.73, 0.79), 1.1) }],
  };
}
