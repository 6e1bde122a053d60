import path from "node:path";
import { writeRunReport } from "../../server/report/write-run-report";
import type { RunReport } from "../../server/report/run-report";
import { parsePartition } from "../../shared/data/partition";
import type { Protection } from "../../shared/protocol/messages";
import { getTask } from "../../shared/task/tasks";
import type { TaskSpec } from "../../shared/task/task-spec";
import { getLogger } from "../../shared/log/logger";
import { RoundProgress } from "./progress";
import type { RunOptions } from "./run-options";
import { runSimulation, type SimulationResult } from "./simulation";
import { buildSummary, renderTable, type RunSummary } from "./summary";
import { DropoutInjector } from "./dropout-injector";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { generateSigningKeyPair } from "../../shared/crypto/signatures";
import type { RunHistory } from "../../server/run-history";
import { buildDpSetup, dpSummary, logDpPlan, modelDimension, type DpSetup } from "./dp-setup";
import { chooseStrategy } from "./strategy-choice";

const log = getLogger("cli");

function reportOf(task: TaskSpec, options: RunOptions, result: SimulationResult, rounds: number, summary: RunSummary,
  strategy: Readonly<Record<string, string | number>>): RunReport {
  return {
    task: task.name, kind: task.kind, createdAt: new Date().toISOString(), backend: result.backend.name,
    config: { workers: options.workers, rounds, seed: options.seed, partition: result.partition, secureAggregation: options.secagg,
      dp: summary.dp ? { ...summary.dp } : null, train: task.train, model: task.model, extra: { fractionFit: options.fractionFit, dropout: options.dropout, strategy: { ...strategy } } },
    rounds: result.history.rounds.map((r, i) => ({
      round: r.round, test: result.perRoundTest[i] ?? null, trainLoss: typeof r.fitMetrics.trainLoss === "number" ? r.fitMetrics.trainLoss : null,
      workersSampled: r.sampled.length, workersSucceeded: r.contributors.length, seconds: r.seconds.total,
      ...(typeof r.fitMetrics.epsilon === "number" ? { epsilon: r.fitMetrics.epsilon } : typeof r.extras.epsilon === "number" ? { epsilon: r.extras.epsilon } : {}),
    })),
    centralized: result.centralized ? { test: result.centralized.test, wallSeconds: result.centralized.wallSeconds, epochs: result.centralized.epochs } : null,
    federated: { test: result.federated.test, wallSeconds: result.federated.wallSeconds },
  };
}

const PLAIN: Protection = { secureAggregation: "none", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0, scale: 0, weighted: true, maxExamples: 0 };


/** The secure-aggregation driver for the options, or undefined for "none". */
export function secureDriver(options: RunOptions, clipRange: number, weighted: boolean, headroomBits = 0): RingSecureDriver | undefined {
  if (options.secagg === "none") return undefined;
  return new RingSecureDriver({ protocol: options.secagg, clipRange, weighted, headroomBits, stageTimeoutMs: 30_000, dropoutRate: options.dropout,
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
function withTraining(task: TaskSpec, options: RunOptions): TaskSpec {
  return { ...task, train: { ...task.train, ...(options.localEpochs !== undefined ? { localEpochs: options.localEpochs } : {}),
    ...(options.clientLr !== undefined ? { learningRate: options.clientLr } : {}) } };
}

/** Run a demo or a simulation from parsed options; prints the table (or JSON) and writes the report. */
export async function executeRun(taskName: string, options: RunOptions, kind: "demo" | "simulate"): Promise<RunSummary> {
  const partition = parsePartition(options.partition);
  const task = withTraining(getTask(taskName), options);
  const rounds = options.rounds ?? task.rounds;
  // The strategy is checked before anything trains, like DP below.
  const strategy = chooseStrategy(options, task, partition);
  const strategyFields = { name: strategy.name, ...strategy.resolved };
  // Differential privacy is checked before anything trains: a bad configuration is an error here.
  const dp = buildDpSetup(options, modelDimension(task.model), rounds);
  if (dp) logDpPlan(dp);
  const showProgress = options.progress && !options.json;
  const timings: { round: number; seconds: number; fit: number; aggregate: number; evaluate: number; contributors: number; failures: number; metric: number | null }[] = [];
  const runOnce = async (label: string, withDp: DpSetup | null, centralized: boolean): Promise<{ result: SimulationResult; injector: DropoutInjector }> => {
    let progress: RoundProgress | null = null;
    const injector = new DropoutInjector(options.dropout, options.secagg, options.seed);
    const secure = withDp ? withDp.secure : secureDriver(options, DEFAULT_CLIP_RANGE, true);
    const result = await runSimulation({
      task, workers: options.workers, rounds, seed: options.seed, partition, fractionFit: options.fractionFit, strategy,
      ...(options.backend ? { backend: options.backend } : {}),
      secureAggregation: options.secagg, protection: withDp ? withDp.protection : PLAIN, centralized,
      ...(secure ? { secure } : {}),
      ...(withDp ? { wrapStrategy: withDp.wrapStrategy, beforeRound: (round: number) => withDp.beforeRound(round) } : {}),
      // Federated standardisation would release exact feature statistics outside the DP accounting: off in DP
      // runs, and in the demo's comparison run too, so that the table shows the cost of DP alone.
      ...(dp ? { standardise: false } : {}),
      workerOptions: (_i, name) => ({ identity: generateSigningKeyPair(), dropAt: injector.forWorker(name) }),
      onRound: (record, test) => {
        progress ??= new RoundProgress(rounds, label, showProgress);
        const epsilon = withDp?.strategy?.epsilon();
        if (withDp && epsilon !== undefined) log.info("privacy spent so far", { round: record.round, epsilon: Number(epsilon.toPrecision(6)), delta: withDp.config.delta });
        progress.update(record, test, epsilon === undefined ? {} : { epsilon });
        if (withDp === dp) {
          timings.push({ round: record.round, seconds: record.seconds.total, fit: record.seconds.fit, aggregate: record.seconds.aggregate,
            evaluate: record.seconds.evaluate, contributors: record.contributors.length, failures: record.failures.length,
            metric: test ? (test.kind === "regression" ? test.mse : test.accuracy) : null });
        }
      },
    });
    (progress as RoundProgress | null)?.stop();
    return { result, injector };
  };
  // With --dp, the demo also trains without DP (same seed) so the table shows what privacy costs.
  const noDp = dp && kind === "demo" ? (await runOnce(`${kind} ${task.name} (no DP)`, null, options.baseline)).result : undefined;
  const { result, injector } = await runOnce(`${kind} ${task.name}${dp ? ` (DP ${dp.config.mode})` : ""}`, dp, options.baseline && noDp === undefined);
  if (dp && result.history.rounds.length < rounds) {
    log.warn("training stopped before the epsilon budget would be exceeded", { roundsRun: result.history.rounds.length, roundsPlanned: rounds,
      epsilon: dp.strategy?.epsilon(), budget: dp.config.epsilonBudget });
  }
  const summary = buildSummary(task.name, options.workers, result, {
    secureAggregation: options.secagg, dp: dp ? dpSummary(dp, rounds) : null, strategy: strategyFields,
    ...secureSummary(options, result.history, injector),
    ...(kind === "simulate" ? { partition: result.partition, perRound: timings } : {}),
  }, noDp);
  if (options.report) {
    const dir = path.join(options.reportDir, new Date().toISOString().replace(/[:.]/g, "-"));
    // The DP demo trained the baseline in its comparison run: the report's plot shows it too.
    const reported = noDp && !result.centralized ? { ...result, centralized: noDp.centralized } : result;
    const written = await writeRunReport(dir, reportOf(task, options, reported, rounds, summary, strategyFields));
    log.info("run report written", { dir, ...written });
    if (!options.json) process.stdout.write(`\nreport: ${path.join(dir, "report.json")}\nplot:   ${path.join(dir, "metric.svg")}\n`);
  }
  process.stdout.write((options.json ? JSON.stringify(summary) : renderTable(summary, result.partition)) + "\n");
  return summary;
}
