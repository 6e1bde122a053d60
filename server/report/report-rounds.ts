import { summaryFields, type EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { RoundRecord } from "../run-history";
import type { Evaluation } from "../strategy/strategy";
import type { ReportRound, RunDescription } from "./run-report";

/** The table's name of a server-side metric: mse -> testMse, accuracy -> testAccuracy, auc -> testAuc; "test..." stays. */
function testName(key: string): string {
  return key.startsWith("test") ? key : `test${key[0]!.toUpperCase()}${key.slice(1)}`;
}

/** workerLoss, workerDistance, ...: the workers' example-weighted means from federated evaluation. */
function workerName(key: string): string {
  return `worker${key[0]!.toUpperCase()}${key.slice(1)}`;
}

function finite(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v);
}

/**
 * The metrics the final table shows for a round: from the full test metrics when the caller has
 * them (simulations), else from the coordinator's evaluation (its `loss` left out), plus the
 * federated evaluation's loss and metrics as worker*.
 */
export function tableMetrics(test: EvalMetrics | null, serverEval: Evaluation | null, federatedEval: Evaluation | null): Record<string, number> {
  const out: Record<string, number> = {};
  if (test) Object.assign(out, summaryFields(test));
  else if (serverEval) for (const [k, v] of Object.entries(serverEval.metrics)) if (k !== "loss" && k !== "examples") out[testName(k)] = v;
  if (federatedEval) {
    out.workerLoss = federatedEval.loss;
    for (const [k, v] of Object.entries(federatedEval.metrics)) if (k !== "loss" && k !== "examples") out[workerName(k)] = v;
  }
  return out;
}

/** One report round per coordinator record; `perRoundTest[i]` is the full test metrics after round i, when known. */
export function reportRounds(records: readonly RoundRecord[], perRoundTest: readonly (EvalMetrics | null)[] = []): ReportRound[] {
  return records.map((r, i) => {
    const test = perRoundTest[i] ?? null;
    const failures: Record<string, number> = {};
    for (const f of r.failures) failures[f.code] = (failures[f.code] ?? 0) + 1;
    const trainLoss = r.fitMetrics.trainLoss;
    const extraEpsilon = r.extras.epsilon;
    const epsilon = r.fitMetrics.epsilon ?? (typeof extraEpsilon === "number" ? extraEpsilon : undefined);
    return {
      round: r.round, applied: r.applied, abortReason: r.abortReason, metrics: tableMetrics(test, r.serverEval, r.federatedEval), test,
      trainLoss: r.applied && finite(trainLoss) ? trainLoss : null,
      workersSampled: r.sampled.length, workersSucceeded: r.contributors.length, failures, seconds: r.seconds.total,
      stageSeconds: { fit: r.seconds.fit, aggregate: r.seconds.aggregate, evaluate: r.seconds.evaluate },
      epsilon: finite(epsilon) ? epsilon : null,
    };
  });
}

/** The rounds part of a RunDescription. */
export function roundFacts(rounds: readonly ReportRound[], planned: number): Pick<RunDescription, "roundsPlanned" | "roundsRun" | "roundsAborted"> {
  return { roundsPlanned: planned, roundsRun: rounds.length, roundsAborted: rounds.filter((r) => !r.applied).length };
}

function short(v: number | string | undefined): string {
  return typeof v === "number" ? String(Number(v.toPrecision(4))) : String(v ?? "?");
}

/** One line saying what ran: "secagg+ (k=3, t=2) | DP distributed: epsilon 2.31 at delta 1e-5 (noise 1.1, clip 1) | ...". */
export function describeRun(ran: RunDescription): string {
  const parts: string[] = [];
  parts.push(ran.protocol === "none" ? "plaintext FedAvg (no secure aggregation)" : `${ran.protocol}${ran.secagg ? ` (k=${ran.secagg.neighbors}, t=${ran.secagg.threshold})` : ""}`);
  parts.push(ran.dp ? `DP ${short(ran.dp.mode)}: epsilon ${short(ran.dp.epsilon)} at delta ${short(ran.dp.delta)} (noise ${short(ran.dp.noise)}, clip ${short(ran.dp.clip)})` : "no DP");
  if (ran.dropouts) {
    parts.push(`dropout ${short(ran.dropouts.rate)}: ${ran.dropouts.injected} injected, ${ran.dropouts.recovered} recovered`);
  }
  const aborted = ran.roundsAborted > 0 ? `, ${ran.roundsAborted} aborted` : "";
  parts.push(`${ran.roundsRun} of ${ran.roundsPlanned} rounds${aborted}${ran.stoppedEarly ? ` (stopped: ${ran.stoppedEarly})` : ""}`);
  return parts.join(" | ");
}
