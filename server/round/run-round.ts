import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { parameterCount, type ModelWeights } from "../../shared/tensor/weights";
import { fitVectorLength } from "../../shared/ring/fit-vector";
import { getLogger } from "../../shared/log/logger";
import type { Membership } from "../../shared/federation/membership";
import type { WorkerSession } from "../worker-session";
import type { RoundRecord } from "../run-history";
import type { FitAggregate, FitOutcome, SamplingRandom, Strategy, WorkerInfo } from "../strategy/strategy";
import { collectEvaluate } from "./evaluate-round";
import { collectFit } from "./fit-round";
import type { SecureAggregationDriver } from "./secure-aggregation-driver";
import { decodeFitSum } from "./secure-sums";
import type { ShardFailure, ShardSum } from "../hierarchy/upstream";

const log = getLogger("coordinator.round");

export interface RoundInputs {
  readonly runId: string;
  readonly membership: Membership;
  readonly round: number;
  readonly weights: ModelWeights;
  readonly strategy: Strategy;
  readonly sessions: ReadonlyMap<string, WorkerSession>;
  readonly infos: ReadonlyMap<string, WorkerInfo>;
  readonly protection: Protection;
  readonly secure: SecureAggregationDriver | undefined;
  readonly rng: SamplingRandom;
  /** The round's whole budget (training, every secure stage, evaluation), ms. */
  readonly roundTimeoutMs: number;
  readonly standardisation: Standardisation | null;
  readonly maxExamples: number;
  /** The metrics of the evaluate vector after the loss (shared/protocol/evaluate-vector). */
  readonly evaluateMetrics: readonly string[];
  readonly onStage?: (stage: string, seconds: number) => void;
  /** The workers sampled for this round, as soon as they are chosen. */
  readonly onSampled?: (sampled: readonly string[]) => void;
  /** A leaf of a hierarchy: the decoded secure sum goes here instead of to the strategy, and the model is left as it was. */
  readonly forward?: (sum: ShardSum | ShardFailure) => void;
}

export interface RoundOutput {
  readonly record: RoundRecord;
  readonly weights: ModelWeights;
  readonly workerEpsilon: Readonly<Record<string, number>>;
  /** The delta of each entry of workerEpsilon. */
  readonly workerDelta: Readonly<Record<string, number>>;
}

/**
 * One training round, as data: sample, send RoundStart, collect the updates (or run secure
 * aggregation over the workers that trained), check and decode the sum, aggregate with the
 * strategy, evaluate. Every part is bounded by one deadline for the whole round, so a worker
 * that answers each stage just in time cannot stretch the round beyond it.
 */
export async function runRound(input: RoundInputs): Promise<RoundOutput> {
  const { round, strategy, secure } = input;
  const t0 = performance.now();
  const deadline = Date.now() + input.roundTimeoutMs;
  let weights = input.weights;
  const available = [...input.infos.values()].filter((w) => input.sessions.get(w.id)?.connected === true);
  const instructions = strategy.configureFit(round, weights, available, input.rng);
  const sampled = instructions.map((i) => i.worker);
  input.onSampled?.(sampled);
  const sampledInfo = available.filter((w) => sampled.includes(w.id));
  const protection = secure ? secure.protection(input.protection, sampledInfo) : input.protection;
  const fit = await collectFit(round, weights, instructions, input.sessions, input.infos, protection, deadline - Date.now(), input.standardisation, input.maxExamples);
  input.onStage?.("fit", (performance.now() - t0) / 1000);
  const t1 = performance.now();
  let aggregate: FitAggregate;
  let failures = fit.failures;
  let abortReason: string | null = null;
  let extras: Record<string, number | string> = {};
  let released = false;
  if (secure) {
    const d = parameterCount(weights);
    const sum = fit.trained.length > 0
      ? await secure.run({ runId: input.runId, membership: input.membership, round, purpose: "fit", participants: fit.trained, vectorLength: fitVectorLength(d), deadline, ...(input.onStage ? { onStage: input.onStage } : {}) })
      : { kind: "aborted" as const, reason: "no worker finished training", failures: [], extras: {}, released: false };
    failures = [...failures, ...sum.failures];
    extras = { ...sum.extras };
    aggregate = { kind: "secure-sum", weightedSum: new Float32Array(0), totalWeight: 0, contributors: [], metrics: {} };
    if (sum.kind === "aborted") {
      abortReason = sum.reason;
      released = sum.released;
    } else {
      released = true;
      const decoded = decodeFitSum(sum.sum, d, protection, sum.contributors.map((id) => input.infos.get(id)!));
      if (!decoded.ok) abortReason = `round ${round}: ${decoded.reason}`;
      else aggregate = { kind: "secure-sum", weightedSum: decoded.value.weightedSum, totalWeight: decoded.value.totalWeight, contributors: sum.contributors,
        metrics: decoded.value.trainLoss !== null ? { trainLoss: decoded.value.trainLoss } : {} };
    }
  } else {
    aggregate = { kind: "individual", results: fit.results };
  }
  const contributors = aggregate.kind === "individual" ? aggregate.results.map((r) => r.worker) : aggregate.contributors;
  const usable = abortReason === null && contributors.length > 0;
  let outcome: FitOutcome | null;
  if (input.forward) {
    // A leaf: the root applies the strategy to the total; the shard's sum is all that leaves this coordinator.
    outcome = usable && aggregate.kind === "secure-sum" ? { weights, metrics: aggregate.metrics } : null;
    input.forward(outcome && aggregate.kind === "secure-sum" ? shardSum(aggregate, protection)
      : { failed: abortReason ?? "no worker returned a usable update" });
  } else {
    outcome = usable ? strategy.aggregateFit(round, weights, aggregate, failures) : null;
  }
  if (outcome) weights = outcome.weights;
  else {
    if (released) strategy.recordRelease?.(round);
    if (abortReason === null) abortReason = contributors.length === 0 ? "no worker returned a usable update" : "the strategy kept the previous model";
  }
  const t2 = performance.now();
  const serverEval = await strategy.evaluate(round, weights);
  const evalWorkers = strategy.configureEvaluate(round, weights, available.filter((w) => input.sessions.get(w.id)?.connected === true), input.rng);
  let federatedEval = null;
  if (evalWorkers.length > 0 && deadline > Date.now()) {
    const fed = await collectEvaluate({ runId: input.runId, membership: input.membership }, round, weights, evalWorkers, input.sessions, input.infos, deadline,
      input.standardisation, input.protection, secure, input.evaluateMetrics);
    federatedEval = fed.secure ?? strategy.aggregateEvaluate(round, fed.results, fed.failures);
  }
  const t3 = performance.now();
  const record: RoundRecord = {
    round, sampled, contributors, failures, applied: outcome !== null, abortReason, fitMetrics: outcome?.metrics ?? {},
    serverEval, federatedEval, extras,
    seconds: { fit: (t1 - t0) / 1000, aggregate: (t2 - t1) / 1000, evaluate: (t3 - t2) / 1000, total: (t3 - t0) / 1000 },
  };
  const level = record.applied ? "info" : "warn";
  log.log(level, `round ${round} ${record.applied ? "applied" : `not applied (${abortReason})`}: ${contributors.length} of ${sampled.length} sampled contributed, ${record.seconds.total.toFixed(2)} s`,
    { round, sampled: sampled.length, contributors: contributors.length, failures: failures.length, applied: record.applied, loss: serverEval?.loss, ...serverEval?.metrics, ...extras });
  return { record, weights, workerEpsilon: fit.privacy, workerDelta: fit.privacyDelta };
}

/** What a leaf forwards of a decoded secure sum: the sums and the count word, nothing per worker. */
function shardSum(aggregate: Extract<FitAggregate, { kind: "secure-sum" }>, protection: Protection): ShardSum {
  const examples = protection.weighted ? Math.round(aggregate.totalWeight * protection.maxExamples) : aggregate.totalWeight;
  return { weightedSum: aggregate.weightedSum, totalWeight: aggregate.totalWeight, examples, contributors: aggregate.contributors.length,
    trainLoss: aggregate.metrics.trainLoss ?? null };
}
