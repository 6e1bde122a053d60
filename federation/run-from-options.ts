/**
 * A demo or simulation run from its options: the strategy and DP checked before anything trains,
 * the secure-aggregation driver, seeded dropout injection, and with --dp in a demo the same run
 * without DP (same seed) so the cost of privacy shows. bin/federation/execute-run.ts adds the
 * command line's logs, progress bars, table and report over it.
 */
import { parsePartition, type PartitionSpec } from "../shared/data/partition";
import type { EvalMetrics } from "../shared/metrics/eval-metrics";
import type { TaskSpec } from "../shared/task/task-spec";
import { getLogger } from "../shared/log/logger";
import type { RunOptions } from "./run-options";
import { runSimulation, type SimulationResult } from "./simulation";
import { DropoutInjector } from "../worker/virtual/dropout-injector";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../server/round/ring-driver";
import { PLAINTEXT_PROTECTION } from "../shared/protocol/messages";
import { DEFAULT_COLLUSION_BOUND } from "../shared/secagg/neighbour-graph";
import { simulatedSitePolicy } from "../worker/virtual/simulated-site-policy";
import { taskClipNorm } from "../shared/task/task-defaults";
import type { RoundRecord, RunHistory } from "../server/run-history";
import { buildDpSetup, logDpPlan, modelDimension, type DpSetup } from "../server/dp/dp-setup";
import { chooseStrategy, type CheckedStrategyChoice } from "../server/simulation/strategy-choice";

const log = getLogger("cli");

/** The secure-aggregation driver for the options, or undefined for "none". */
export function secureDriver(options: RunOptions, clipRange: number, weighted: boolean, maxExamples: number, headroomBits = 0): RingSecureDriver | undefined {
  if (options.secagg === "none") return undefined;
  return new RingSecureDriver({ protocol: options.secagg, clipRange, weighted, maxExamples, headroomBits, stageTimeoutMs: 30_000, dropoutRate: options.dropout,
    ...(options.collusionBound !== undefined ? { collusionBound: options.collusionBound } : {}),
    ...(options.neighbors !== undefined ? { neighbors: options.neighbors } : {}), ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
}

/** The summary's secure-aggregation and dropout fields. */
export function secureSummary(options: RunOptions, history: RunHistory, injector: DropoutInjector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const withK = history.rounds.find((r) => typeof r.extras.k === "number");
  if (options.secagg === "secagg+" && withK) out.secagg = { neighbors: withK.extras.k, threshold: withK.extras.t };
  if (options.dropout > 0 || injector.events.length > 0) {
    const aborted = new Set(history.rounds.filter((r) => !r.applied).map((r) => r.round));
    const injected = injector.events.length;
    const recovered = injector.events.filter((e) => !aborted.has(e.round)).length;
    out.dropouts = { injected, recovered, abortedRounds: aborted.size };
  }
  return out;
}

/** The task with --local-epochs and --client-lr applied. */
export function withTraining(task: TaskSpec, options: RunOptions): TaskSpec {
  return { ...task, train: { ...task.train, ...(options.localEpochs !== undefined ? { localEpochs: options.localEpochs } : {}),
    ...(options.clientLr !== undefined ? { learningRate: options.clientLr } : {}) } };
}

/** One round's timings, for the summary's perRound. */
export interface RoundTiming {
  round: number; seconds: number; fit: number; aggregate: number; evaluate: number; contributors: number; failures: number; metric: number | null;
}

/** What the caller sees of each run's rounds (progress bars). */
export interface RunHooks {
  /** After each round of the run called `label`; epsilon is the privacy spent so far under DP. */
  onRound?(label: string, record: RoundRecord, test: EvalMetrics | null, epsilon: number | undefined): void;
  /** After the run called `label` ends. */
  onRunEnd?(label: string): void;
}

export interface RunFromOptionsResult {
  readonly partition: PartitionSpec;
  readonly rounds: number;
  readonly strategy: CheckedStrategyChoice;
  readonly dp: DpSetup | null;
  readonly result: SimulationResult;
  readonly injector: DropoutInjector;
  /** The demo's run without DP (with --dp only). */
  readonly noDp: SimulationResult | undefined;
  /** Timings of the main run's rounds. */
  readonly timings: readonly RoundTiming[];
}

/** Runs a demo or a simulation from options (the task's training already overridden, see withTraining). */
export async function runFromOptions(task: TaskSpec, options: RunOptions, kind: "demo" | "simulate", hooks: RunHooks = {}): Promise<RunFromOptionsResult> {
  const partition = parsePartition(options.partition);
  const rounds = options.rounds ?? task.rounds;
  // The strategy is checked before anything trains, like DP below.
  const strategy = chooseStrategy(options, task, partition);
  // Differential privacy is checked before anything trains: a bad configuration is an error here.
  const dp = buildDpSetup(options, modelDimension(task.model), rounds);
  if (dp) logDpPlan(dp);
  const timings: RoundTiming[] = [];
  const runOnce = async (label: string, withDp: DpSetup | null, centralized: boolean): Promise<{ result: SimulationResult; injector: DropoutInjector }> => {
    const injector = new DropoutInjector(options.dropout, options.secagg, options.seed);
    const secure = withDp ? withDp.secure : secureDriver(options, DEFAULT_CLIP_RANGE, true, Number.MAX_SAFE_INTEGER);
    const siteDp = withDp && withDp.config.mode !== "central" ? { mode: withDp.config.mode, noiseMultiplier: withDp.config.noiseMultiplier, delta: withDp.config.delta } : null;
    const result = await runSimulation({
      task, workers: options.workers, rounds, seed: options.seed, partition, fractionFit: options.fractionFit, strategy,
      ...(options.data !== undefined ? { csvPath: options.data } : {}),
      ...(options.backend ? { backend: options.backend } : {}),
      secureAggregation: options.secagg, protection: withDp ? withDp.protection : { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) }, centralized,
      sitePolicy: simulatedSitePolicy(options.secagg, options.collusionBound ?? DEFAULT_COLLUSION_BOUND, siteDp),
      ...(secure ? { secure } : {}),
      ...(withDp ? { wrapStrategy: withDp.wrapStrategy, beforeRound: (round: number) => withDp.beforeRound(round) } : {}),
      // Federated standardisation would release exact feature statistics outside the DP accounting: off in DP
      // runs, and in the demo's comparison run too, so that the table shows the cost of DP alone.
      ...(dp ? { standardise: false } : {}),
      workerOptions: (_i, name) => ({ dropAt: injector.forWorker(name) }),
      onRound: (record, test) => {
        const epsilon = withDp?.strategy?.epsilon();
        if (withDp && epsilon !== undefined) log.info("privacy spent so far", { round: record.round, epsilon: Number(epsilon.toPrecision(6)), delta: withDp.config.delta });
        hooks.onRound?.(label, record, test, epsilon);
        if (withDp === dp) {
          timings.push({ round: record.round, seconds: record.seconds.total, fit: record.seconds.fit, aggregate: record.seconds.aggregate,
            evaluate: record.seconds.evaluate, contributors: record.contributors.length, failures: record.failures.length,
            metric: test ? (test.kind === "regression" ? test.mse : test.accuracy) : null });
        }
      },
    });
    hooks.onRunEnd?.(label);
    return { result, injector };
  };
  // With --dp, the demo also trains without DP (same seed) so the table shows what privacy costs.
  const noDp = dp && kind === "demo" ? (await runOnce(`${kind} ${task.name} (no DP)`, null, options.baseline)).result : undefined;
  const { result, injector } = await runOnce(`${kind} ${task.name}${dp ? ` (DP ${dp.config.mode})` : ""}`, dp, options.baseline && noDp === undefined);
  if (dp && result.history.rounds.length < rounds) {
    log.warn("training stopped before the epsilon budget would be exceeded", { roundsRun: result.history.rounds.length, roundsPlanned: rounds,
      epsilon: dp.strategy?.epsilon(), budget: dp.config.epsilonBudget });
  }
  return { partition, rounds, strategy, dp, result, injector, noDp, timings };
}
