/**
 * What a worker does with each request of a run, under its own policy: train and protect its
 * update (RoundStart), report its feature statistics (StatsRequest, round 0), evaluate on its
 * held-out rows (EvaluateRequest). Each returns the reply body, or throws a ProtocolError
 * (POLICY_REFUSED, TRAINING_FAILED, EVALUATION_FAILED) that becomes a typed Error reply.
 * Nothing of the site's leaves in plaintext under secure aggregation: no update, no count,
 * no loss, no statistics.
 */
import { ProtocolError, type Body, type EvaluateRequestBody, type Protection, type RoundStartBody } from "../shared/protocol/messages";
import type { RandomSource } from "../shared/dp/random-source";
import { flatten, unflatten } from "../shared/tensor/weights";
import type { Logger } from "../shared/log/logger";
import type { LocalLearner } from "./local-learner";
import { effectiveProtection } from "./policy/effective-protection";
import type { WorkerPolicy } from "./policy/worker-policy";
import { WorkerAccountant } from "./privacy/worker-accountant";
import { encodeStats } from "./secure/encode-stats";
import { protectUpdate } from "./secure/protect-update";
import type { SecureParticipation } from "./secure/secure-participation";
import type { WorkerRoundLog } from "./round-log";

/** What a worker keeps for one run, across reconnections: its privacy spent and evaluations answered. */
export interface WorkerRunState {
  readonly runId: string;
  readonly accountant: WorkerAccountant | null;
  evaluations: number;
  roundsTrained: number;
}

export function newRunState(runId: string, policy: WorkerPolicy): WorkerRunState {
  return { runId, accountant: policy.dp ? new WorkerAccountant(policy.dp.delta) : null, evaluations: 0, roundsTrained: 0 };
}

export interface RoundContext {
  readonly name: string;
  readonly policy: WorkerPolicy;
  readonly taskClipNorm: number;
  readonly learner: LocalLearner;
  /** Held-out rows for evaluation (the policy's holdout); null: this site does not evaluate. */
  readonly evaluator: LocalLearner | null;
  readonly secure: SecureParticipation;
  readonly random: RandomSource;
  readonly log: Logger;
  readonly state: WorkerRunState;
  /** The worker's one line per round: the handlers report their local work to it. */
  readonly rounds: WorkerRoundLog;
}

function refused(ctx: RoundContext, what: string, reason: string): ProtocolError {
  ctx.log.warn(`refused ${what}: ${reason}`, { policy: "refused", what });
  return new ProtocolError("POLICY_REFUSED", `${ctx.name} refuses ${what}: ${reason}`);
}

function examplesCap(ctx: RoundContext, rows: number): number {
  return ctx.policy.maxExamples === null ? rows : Math.min(rows, ctx.policy.maxExamples);
}

export async function handleRoundStart(ctx: RoundContext, round: number, start: RoundStartBody): Promise<Body> {
  const t0 = performance.now();
  const dimension = start.weights.reduce((s, w) => s + w.values.length, 0);
  const eff = effectiveProtection(start.protection, ctx.policy, ctx.taskClipNorm, dimension, ctx.state.accountant);
  if (!eff.ok) throw refused(ctx, `round ${round}`, eff.reason);
  const p = eff.value.protection;
  let result;
  try {
    result = await ctx.learner.train(start.weights, start.train, start.standardisation);
  } catch (err) {
    throw new ProtocolError("TRAINING_FAILED", `local training failed in round ${round}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const global = flatten(start.weights);
  const delta = flatten(result.weights);
  for (let i = 0; i < delta.length; i++) delta[i]! -= global[i]!;
  const examples = examplesCap(ctx, result.examples);
  if (ctx.learner.exactCount && p.weighted && p.secureAggregation !== "none" && examples > p.maxExamples) {
    throw new ProtocolError("TRAINING_FAILED", `round ${round}: ${ctx.name} holds ${examples} examples this round, more than the coordinator's weight unit of ${p.maxExamples}; ` +
      `its weight would be capped and the FedAvg biased against it: run the coordinator with --max-examples of at least ${examples}`);
  }
  const guarded = protectUpdate(delta, examples, result.loss, p, ctx.random);
  const trainSeconds = (performance.now() - t0) / 1000;
  if (guarded.clamped > 0) ctx.log.warn("update coordinates clamped to the fixed-point range", { round, clamped: guarded.clamped, range: p.clipRange });
  const charge = eff.value.charge;
  const accountant = ctx.state.accountant;
  const release = (): void => { if (charge && accountant) accountant.charge(charge); };
  ctx.state.roundsTrained++;
  const epsilon = accountant && charge ? accountant.epsilon(charge) : null;
  ctx.rounds.worked(round, { examples, epochs: start.train.localEpochs, loss: result.loss, trainSeconds, clipped: guarded.clipped, dp: p.dpMode ?? null });
  ctx.log.verbose(`round ${round}: trained on ${examples} rows, protection ${p.secureAggregation}${p.dpMode ? ` + DP ${p.dpMode}` : ""}` +
    `${guarded.clipped ? `, update clipped to ${p.clipNorm}` : ""}${epsilon !== null ? `, epsilon ${epsilon.toFixed(3)} of ${ctx.policy.dp!.epsilonBudget}` : ""}`,
  { round, protocol: p.secureAggregation, examples, seconds: Number(trainSeconds.toFixed(3)), norm: guarded.norm, clipped: guarded.clipped });
  const privacy = accountant && epsilon !== null ? { epsilon, delta: accountant.delta, rounds: accountant.spent().rounds + 1 } : accountant ? accountant.spent() : null;
  if (guarded.ring) {
    ctx.secure.setInput(round, "fit", { protocol: p.secureAggregation === "secagg+" ? "secagg+" : "additive", vector: guarded.ring, minSum: eff.value.minSum, onReleased: release });
    return { type: "trainResult", update: [], numExamples: 0, metrics: {}, trainSeconds, privacy };
  }
  release();
  return { type: "trainResult", update: unflatten(guarded.plain, start.weights), numExamples: examples, metrics: { loss: result.loss }, trainSeconds, privacy };
}

/** Round 0: this worker's feature moments, held for secure aggregation (or sent in plaintext when its policy accepts "none"). */
export async function handleStatsRequest(ctx: RoundContext, round: number, p: Protection): Promise<Body> {
  if (!ctx.policy.allowStandardisation) throw refused(ctx, "to share its feature statistics", "its policy keeps them at home (DP runs release nothing outside the accounting)");
  if (!ctx.policy.protocols.includes(p.secureAggregation)) {
    throw refused(ctx, "to share its feature statistics", `its policy accepts only ${ctx.policy.protocols.join(", ")}, but the coordinator asked for ${p.secureAggregation}`);
  }
  const m = await ctx.learner.moments();
  const values = [...m.mean, ...m.meanSquare];
  const rows = examplesCap(ctx, m.rows);
  if (p.secureAggregation === "none") return { type: "statsResult", values, numExamples: rows };
  const encoded = encodeStats(values, rows, p);
  if (encoded.clamped > 0) ctx.log.warn("feature statistics clamped to the fixed-point range; standardisation will be off for those features", { clamped: encoded.clamped, range: p.clipRange });
  ctx.secure.setInput(round, "stats", { protocol: p.secureAggregation, vector: encoded.ring, minSum: Math.max(3, ctx.policy.secagg.minParticipants) });
  return { type: "statsResult", values: [], numExamples: 0 };
}

export async function handleEvaluateRequest(ctx: RoundContext, round: number, req: EvaluateRequestBody, metricNames: readonly string[]): Promise<Body> {
  const ev = ctx.policy.evaluation;
  if (!ev.allow || ctx.evaluator === null) throw refused(ctx, "federated evaluation", "its policy does not answer evaluation requests (the model is evaluated on the coordinator's own test data instead)");
  if (ctx.state.evaluations >= ev.maxPerRun) throw refused(ctx, "federated evaluation", `it has answered ${ctx.state.evaluations} evaluation requests this run, its policy's limit`);
  const p = req.protection;
  if (p.secureAggregation === "none" && ev.requireSecure) throw refused(ctx, "plaintext evaluation", "its policy returns evaluation metrics only through secure aggregation");
  if (!ctx.policy.protocols.includes(p.secureAggregation)) throw refused(ctx, "federated evaluation", `its policy accepts only ${ctx.policy.protocols.join(", ")}`);
  let r;
  try {
    r = await ctx.evaluator.evaluate(req.weights, req.standardisation);
  } catch (err) {
    throw new ProtocolError("EVALUATION_FAILED", `evaluation failed in round ${round}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { loss: _loss, ...metrics } = r.metrics;
  const values = p.secureAggregation === "none" ? [r.loss, ...Object.values(metrics)] : [r.loss, ...metricNames.map((k) => r.metrics[k] ?? Number.NaN)];
  if (!values.every(Number.isFinite)) {
    throw new ProtocolError("EVALUATION_FAILED", `the model gives a non-finite loss or metric on ${ctx.name}'s held-out rows (loss ${r.loss}); it has diverged`);
  }
  ctx.state.evaluations++;
  const rows = examplesCap(ctx, r.numExamples);
  if (p.secureAggregation === "none") return { type: "evaluateResult", numExamples: rows, loss: r.loss, metrics };
  const encoded = encodeStats(values, rows, p);
  ctx.secure.setInput(round, "evaluate", { protocol: p.secureAggregation, vector: encoded.ring, minSum: Math.max(3, ctx.policy.secagg.minParticipants) });
  return { type: "evaluateResult", numExamples: 0, loss: 0, metrics: {} };
}
