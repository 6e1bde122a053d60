import type { ModelWeights } from "../../shared/tensor/weights";
import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { chooseScale } from "../../shared/ring/fixed-point";
import { EVALUATE_RANGE } from "../../shared/protocol/evaluate-vector";
import type { WorkerSession } from "../worker-session";
import type { EvaluateResult, Evaluation, Failure, WorkerInfo } from "../strategy/strategy";
import type { SecureAggregationDriver, SecureRunRequest } from "./secure-aggregation-driver";
import { failureFrom } from "./fit-round";
import { decodeMeanSum } from "./secure-sums";

export interface EvaluateCollection {
  /** Plaintext: each worker's result (weights capped at its announced count). */
  readonly results: EvaluateResult[];
  /** Secure: the federation's evaluation, summed securely (no worker's own metrics are ever seen). */
  readonly secure: Evaluation | null;
  /** Secure: the rows the evaluation pools (the count word: the contributors' capped counts, summed); 0 without one. */
  readonly secureExamples: number;
  readonly failures: Failure[];
}

/**
 * Ask the chosen workers to evaluate the global model on their held-out rows. With a secure
 * driver the results travel as the evaluate vector through secure aggregation and only the
 * federation's weighted means come back; without one, each worker's result is taken with its
 * weight capped at the count it announced at join (a worker cannot outweigh the others by
 * claiming more examples).
 */
export async function collectEvaluate(run: Pick<SecureRunRequest, "runId" | "membership">, round: number, weights: ModelWeights, workers: readonly string[], sessions: ReadonlyMap<string, WorkerSession>,
  infos: ReadonlyMap<string, WorkerInfo>, deadline: number, standardisation: Standardisation | null, base: Protection,
  secure: SecureAggregationDriver | undefined, metricNames: readonly string[]): Promise<EvaluateCollection> {
  const results: EvaluateResult[] = [];
  const failures: Failure[] = [];
  const answered: WorkerSession[] = [];
  const unit = Math.max(1, ...workers.map((w) => infos.get(w)?.numExamples ?? 1));
  const protection: Protection = secure
    ? { ...base, clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, secureAggregation: secure.mode, clipRange: EVALUATE_RANGE,
        scale: chooseScale({ clipRange: EVALUATE_RANGE, maxParties: Math.max(1, workers.length) }), weighted: true, maxExamples: unit }
    : { ...base, secureAggregation: "none" };
  await Promise.all(workers.map(async (id) => {
    const session = sessions.get(id);
    if (!session || !session.connected) {
      failures.push({ worker: id, code: "DISCONNECTED", reason: `worker ${id} is no longer connected` });
      return;
    }
    try {
      const r = await session.request(round, { type: "evaluateRequest", weights, standardisation, protection }, "evaluateResult", deadline - Date.now());
      if (secure) {
        answered.push(session);
        return;
      }
      const numExamples = Math.min(r.numExamples, infos.get(id)?.numExamples ?? 0);
      if (numExamples >= 1) results.push({ worker: id, numExamples, loss: r.loss, metrics: r.metrics });
    } catch (err) {
      failures.push(failureFrom(id, err));
    }
  }));
  results.sort((a, b) => (a.worker < b.worker ? -1 : 1));
  if (!secure || answered.length === 0) return { results, secure: null, secureExamples: 0, failures };
  answered.sort((a, b) => (a.id < b.id ? -1 : 1));
  const values = 1 + metricNames.length;
  const sum = await secure.run({ ...run, round, purpose: "evaluate", participants: answered, vectorLength: 2 * values + 1, deadline });
  failures.push(...sum.failures);
  if (sum.kind === "aborted") return { results, secure: null, secureExamples: 0, failures };
  const decoded = decodeMeanSum(sum.sum, values, protection, sum.contributors.map((id) => infos.get(id)!), "evaluation vector");
  if (!decoded.ok) {
    failures.push(...sum.contributors.map((worker) => ({ worker, code: "INVALID_UPDATE" as const, reason: decoded.reason })));
    return { results, secure: null, secureExamples: 0, failures };
  }
  const [loss, ...rest] = decoded.value.means;
  return { results, secure: { loss: loss!, metrics: Object.fromEntries(metricNames.map((k, i) => [k, rest[i]!])) }, secureExamples: decoded.value.count, failures };
}
