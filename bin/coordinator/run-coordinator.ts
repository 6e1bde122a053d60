import { readFileSync } from "node:fs";
import { Coordinator } from "../../server/coordinator";
import { createStrategy, strategyDefinition } from "../../server/strategy/create-strategy";
import { StrategyConfigError } from "../../server/strategy/strategy-config-error";
import { strategyParameters } from "../federation/strategy-options";
import { cryptoSamplingRandom } from "../../server/strategy/sampling-random";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { healthEndpoint, type HealthStatus } from "../../server/health/health-endpoint";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import type { Evaluation, Strategy } from "../../server/strategy/strategy";
import type { RunHistory } from "../../server/run-history";
import { hexKey } from "../../shared/federation/federation-file";
import { PLAINTEXT_PROTECTION, type Standardisation } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { getLogger } from "../../shared/log/logger";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { needsStandardisation, scaleFeatures } from "../../shared/data/feature-scaling";
import { summaryFields } from "../../shared/metrics/eval-metrics";
import { initialTaskWeights } from "../../shared/task/init-weights";
import { resolveTask } from "../../shared/task/resolve-task";
import type { TaskSpec } from "../../shared/task/task-spec";
import { sizeOfShape, type ModelWeights } from "../../shared/tensor/weights";
import { selectBackend } from "../../worker/backend/select-backend";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { createEvaluator } from "../../worker/trainer/evaluator";
import { featureBounds } from "../../shared/task/task-defaults";
import { buildDpSetup, dpSummary, logDpPlan, modelDimension } from "../../server/dp/dp-setup";
import { loadMembership } from "../federation-io";
import { taskClipNorm } from "../../shared/task/task-defaults";
import { hex, readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";
import type { CoordinatorCliOptions } from "../commands/coordinator";
import { limitsFromOptions } from "./limit-options";
import { outputBound } from "../../server/limits/connection-limits";
import { writeTfjsModel } from "../../worker/trainer/write-tfjs-model";
import { runConfig } from "./run-config";
import { openStateDir, type StateDir } from "./state-dir";
import { applyLogOptions } from "../federation/log-options";
import { observeCoordinator } from "../federation/observe-coordinator";
import { checkUpstreamOptions, joinRoot, type JoinedRoot } from "../hierarchy/join-root";
import { LeafLink } from "../hierarchy/leaf-link";

const log = getLogger("cli.coordinator");

/** Exit codes of `conclave coordinator` (README): the run finished, failed, or stopped before its last round. */
export const COORDINATOR_EXIT = { finished: 0, failed: 1, stoppedEarly: 6 } as const;

const LOOPBACK = ["127.0.0.1", "localhost", "::1"];

/** Server-side evaluation on a held-out CSV (tfjs, any task's model), rescaled once the federation's standardisation is known. */
async function testEvaluator(o: CoordinatorCliOptions, task: TaskSpec): Promise<{ evaluate: (round: number, w: ModelWeights) => Promise<Evaluation | null>; rescale: (s: Standardisation) => void } | null> {
  if (!o.testData) return null;
  const raw = await loadTaskCsv(task, o.testData);
  const scaling = task.preprocessing.scaling;
  let test = scaleFeatures(scaling, raw, null);
  await selectBackend(undefined, { kernels: requiredKernels(task.model) });
  const evaluator = createEvaluator(task);
  return {
    rescale: (s) => { test = scaleFeatures(scaling, raw, { mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) }); },
    evaluate: async (_round, weights) => {
      const m = await evaluator.evaluate(weights, test);
      return { loss: m.loss, metrics: summaryFields(m, task.metrics) };
    },
  };
}

export async function runCoordinator(o: CoordinatorCliOptions): Promise<number> {
  const logging = applyLogOptions(o, { defaultLevel: "info" });
  const task = await resolveTask(o.task);
  const rounds = o.rounds ?? task.rounds;
  const membership = loadMembership(o.federation, o.admin !== undefined ? hexKey(o.admin, "--admin") : undefined);
  const identity = readKeyFile(o.key);
  if (!Buffer.from(identity.publicKey).equals(Buffer.from(membership.coordinator.publicKey))) {
    throw new UsageError(`--key ${o.key} (public key ${hex(identity.publicKey).slice(0, 16)}...) is not the coordinator key of ${o.federation}; use the key the federation file names`);
  }
  if (Boolean(o.tlsKey) !== Boolean(o.tlsCert)) throw new UsageError("--tls-key and --tls-cert go together: give both, or neither");
  const tls = o.tlsKey && o.tlsCert ? { key: readFileSync(o.tlsKey), cert: readFileSync(o.tlsCert) } : undefined;
  if (!tls && !LOOPBACK.includes(o.host)) {
    if (!o.insecure) throw new UsageError(`listening on ${o.host} without TLS would let the network read and alter every message; give --tls-key and --tls-cert (or --insecure for a closed test network)`);
    log.warn("listening beyond this machine without TLS (--insecure)", { host: o.host });
  }
  checkUpstreamOptions(o, { secagg: o.secagg, dp: o.dp !== undefined, federatedEvaluation: o.federatedEvaluation, state: o.state !== undefined });
  const dp = buildDpSetup({ workers: membership.size, fractionFit: o.fractionFit, secagg: o.secagg,
    ...pick(o, ["dp", "noise", "clip", "delta", "epsilonBudget", "neighbors", "threshold", "collusionBound"]) }, modelDimension(task.model), rounds);
  if (dp) logDpPlan(dp);
  const evaluator = await testEvaluator(o, task);
  let inner: Strategy;
  try {
    // A coordinator does not know how the sites' data is split: FedAvg unless --strategy names another.
    inner = createStrategy(o.strategy ?? "fedavg", { parameters: strategyParameters(o), secureAggregation: o.secagg,
      workersPerRound: Math.max(1, Math.ceil(o.fractionFit * membership.size)), train: { ...task.train, seed: o.seed }, fractionFit: o.fractionFit,
      minFitWorkers: Math.min(o.minWorkers, 3), fractionEvaluate: o.federatedEvaluation, ...(evaluator ? { evaluateFn: evaluator.evaluate } : {}) });
  } catch (err) {
    if (err instanceof StrategyConfigError) throw new UsageError(err.message);
    throw err;
  }
  if (dp && strategyDefinition(inner.name).needsIndividualUpdates) {
    throw new UsageError(`strategy ${inner.name} screens each site's update, but DP-FedAvg hands the strategy only a (noisy) sum; use a sum-based strategy with --dp`);
  }
  const strategy = dp ? dp.wrapStrategy(inner, membership.size) : inner;
  const stageTimeoutMs = (o.stageTimeoutSeconds ?? o.roundTimeoutSeconds) * 1000;
  const secure = dp ? dp.secure : o.secagg === "none" ? undefined
    : new RingSecureDriver({ protocol: o.secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: o.maxExamples, stageTimeoutMs,
      ...pick(o, ["collusionBound", "neighbors", "threshold"]) });
  const description = { ...describeTask(task), kind: task.kind };
  let state: StateDir | null = null;
  if (o.state !== undefined) {
    if (!evaluator) await selectBackend(undefined, { kernels: requiredKernels(task.model) }); // the model export serialises the topology with tfjs
    state = openStateDir({ dir: o.state, keep: o.keepCheckpoints, config: runConfig(o, description.digest, rounds, membership), roundsPlanned: rounds, strategy,
      exportModel: async (dir, weights) => { await writeTfjsModel(dir, task, weights); } });
    if (state.resume?.standardisation) evaluator?.rescale(state.resume.standardisation);
  }
  const observed = await observeCoordinator(o, tls);
  const started = Date.now();
  const limits = limitsFromOptions(o);
  const link = o.upstream !== undefined ? new LeafLink(() => coordinator.workers.reduce((n, w) => n + w.numExamples, 0)) : null;
  const coordinator = new Coordinator({ limits, ...(link ? { upstream: link } : {}),
    membership, identity, task: description, initialWeights: initialTaskWeights(task, o.seed), strategy, rounds,
    protection: dp ? dp.protection : { ...PLAINTEXT_PROTECTION, clipNorm: o.clip ?? taskClipNorm(task) }, ...(secure ? { secure } : {}),
    rng: cryptoSamplingRandom, maxMessageBytes: o.maxMessageBytes, maxExamples: o.maxExamples, roundTimeoutMs: o.roundTimeoutSeconds * 1000,
    maxConsecutiveFailures: o.maxFailures, minWorkers: o.minWorkers, waitForWorkersMs: o.waitSeconds * 1000, events: observed.events,
    onRound: (record) => observed.roundDone(record, dp?.strategy ? { epsilon: dp.strategy.epsilon(), delta: dp.config.delta } : null),
    ...(state ? { checkpoint: state.checkpoint, roundStarting: state.roundStarting, ...(state.resume ? { resume: state.resume } : {}) } : {}),
    ...(dp ? { beforeRound: (round: number) => dp.beforeRound(round) } : {}),
    ...(!dp && needsStandardisation(task.preprocessing.scaling)
      ? { standardise: { features: sizeOfShape(task.model.inputShape), bounds: featureBounds(task), onComputed: (s: Standardisation) => evaluator?.rescale(s) } } : {}),
  });
  let phase: HealthStatus["state"] = "waiting";
  const httpHandler = healthEndpoint(() => ({ runId: coordinator.runId, state: phase, roundsCompleted: coordinator.roundsCompleted, roundsPlanned: rounds, workers: coordinator.workerCount }));
  const transport = await SocketIoServerTransport.listen({ port: o.port, host: o.host, maxMessageBytes: o.maxMessageBytes, httpHandler, ...(tls ? { tls } : {}),
    maxBufferedBytes: outputBound(limits, 4 * modelDimension(task.model)), maxConnections: limits.maxPendingConnections + (limits.maxWorkers || membership.size) + 16 })
    .catch(async (err: unknown) => { await observed.close(); throw err; });
  transport.onConnection((c) => coordinator.addConnection(c));
  const stop = (signal: string) => (): void => { log.warn(`${signal}: stopping after the current round`); coordinator.stop(`stopped by ${signal}`); };
  process.once("SIGINT", stop("SIGINT"));
  process.once("SIGTERM", stop("SIGTERM"));
  let history: RunHistory | null = null;
  let startError = "";
  let root: JoinedRoot | null = null;
  try {
    log.info(`waiting for ${o.minWorkers} of the ${membership.size} sites of federation ${membership.federation}`, { url: `${tls ? "https" : "http"}://${o.host}:${transport.port}` });
    await coordinator.waitForWorkers(o.minWorkers, o.waitSeconds * 1000);
    if (link && o.upstream !== undefined) root = await joinRoot({ ...o, upstream: o.upstream }, link, { ...description, clipNorm: o.clip ?? taskClipNorm(task) });
    phase = "running";
    history = await coordinator.run();
    // A leaf whose root finished its run before asking for this leaf's last rounds has finished too.
    if (root && history.outcome === "stopped-early" && root.bye()?.outcome === "finished") history.outcome = "finished";
    phase = "done";
    const finalModel = await state?.saveFinal(coordinator.globalWeights);
    if (finalModel) log.info(`final model written to ${finalModel}`, { dir: finalModel });
    const last = history.rounds[history.rounds.length - 1];
    const summary = {
      task: task.name, runId: history.runId, outcome: history.outcome, reason: history.reason, workers: coordinator.workerCount, rounds: history.rounds.length,
      roundsPlanned: rounds, secureAggregation: o.secagg, roundsApplied: history.rounds.filter((r) => r.applied).length,
      ...(dp ? { dp: dpSummary(dp, rounds) } : {}), workerEpsilon: history.workerEpsilon,
      federated: { ...(last?.federatedEval ? { workerLoss: last.federatedEval.loss, ...prefixed("worker", last.federatedEval.metrics) } : {}), ...(last?.serverEval?.metrics ?? {}) },
    };
    process.stdout.write((o.json ? JSON.stringify(summary) : `run ${history.runId} ${history.outcome}: ${JSON.stringify(summary)}`) + "\n");
  } catch (err) {
    startError = err instanceof Error ? err.message : String(err);
    log.error(startError);
  } finally {
    await root?.leave(`the leaf's run ended (${history?.outcome ?? "failed"})`);
    const outcome = history?.outcome ?? "failed";
    const admitted = coordinator.workers.length;
    await coordinator.shutdown(outcome, history?.reason ?? `the run could not start: ${startError}`);
    await transport.close();
    if (history) {
      await observed.report({ task, history, roundsPlanned: rounds, workers: admitted, seed: o.seed, protocol: o.secagg,
        dp: dp ? dpSummary(dp, rounds) : null, stoppedEarly: history.outcome === "stopped-early" ? history.reason : null, wallSeconds: (Date.now() - started) / 1000 })
        .catch((err: unknown) => log.error(`could not write the run report: ${err instanceof Error ? err.message : String(err)}`));
    }
    await observed.close();
    logging.close();
  }
  return history === null || history.outcome === "failed" ? COORDINATOR_EXIT.failed : history.outcome === "finished" ? COORDINATOR_EXIT.finished : COORDINATOR_EXIT.stoppedEarly;
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function prefixed(prefix: string, metrics: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
}
