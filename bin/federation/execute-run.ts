import path from "node:path";
import { writeRunReport } from "../../server/report/write-run-report";
import { parsePartition } from "../../shared/data/partition";
import type { TaskSpec } from "../../shared/task/task-spec";
import { getLogger } from "../../shared/log/logger";
import { RoundProgress } from "./progress";
import type { RunOptions } from "./run-options";
import { runSimulation, type SimulationResult } from "./simulation";
import { buildSummary, renderTable, simulationReport, type RunSummary } from "./summary";
import { DropoutInjector } from "./dropout-injector";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { PLAINTEXT_PROTECTION } from "../../shared/protocol/messages";
import { DEFAULT_COLLUSION_BOUND } from "../../shared/secagg/neighbour-graph";
import { simulatedSitePolicy } from "./local-federation";
import { taskClipNorm } from "./task-defaults";
import type { RunHistory } from "../../server/run-history";
import { buildDpSetup, dpSummary, logDpPlan, modelDimension, type DpSetup } from "./dp-setup";
import { applyLogOptions, type AppliedLogging } from "./log-options";
import { chooseStrategy } from "./strategy-choice";

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
function withTraining(task: TaskSpec, options: RunOptions): TaskSpec {
  return { ...task, train: { ...task.train, ...(options.localEpochs !== undefined ? { localEpochs: options.localEpochs } : {}),
    ...(options.clientLr !== undefined ? { learningRate: options.clientLr } : {}) } };
}

/** Run a demo or a simulation from parsed options; prints the table (or JSON) and writes the report. */
export async function executeRun(task: TaskSpec, options: RunOptions, kind: "demo" | "simulate"): Promise<RunSummary> {
  // The terminal shows the bar, notable events and the table; every log line goes to the run's log file too.
  const reportDir = path.join(options.reportDir, new Date().toISOString().replace(/[:.]/g, "-"));
  const logging = applyLogOptions(options, { defaultLevel: "warn", ...(options.report ? { defaultFile: path.join(reportDir, "run.log") } : {}) });
  try {
    return await runAndReport(withTraining(task, options), options, kind, reportDir, logging);
  } finally {
    logging.close();
  }
}

async function runAndReport(task: TaskSpec, options: RunOptions, kind: "demo" | "simulate", reportDir: string, logging: AppliedLogging): Promise<RunSummary> {
  const partition = parsePartition(options.partition);
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
  const stoppedEarly = dp && result.history.rounds.length < rounds ? `the epsilon budget ${String(dp.config.epsilonBudget)} would have been exceeded` : null;
  if (dp && result.history.rounds.length < rounds) {
    log.warn("training stopped before the epsilon budget would be exceeded", { roundsRun: result.history.rounds.length, roundsPlanned: rounds,
      epsilon: dp.strategy?.epsilon(), budget: dp.config.epsilonBudget });
  }
  const summary = buildSummary(task.name, options.workers, result, {
    secureAggregation: options.secagg, dp: dp ? dpSummary(dp, rounds) : null, strategy: strategyFields,
    ...secureSummary(options, result.history, injector),
    ...(kind === "simulate" ? { partition: result.partition, perRound: timings } : {}),
  }, noDp, task.metrics);
  if (options.report) {
    const dir = reportDir;
    const written = await writeRunReport(dir, simulationReport({ task, kind, summary, result, ...(noDp ? { noDp } : {}), roundsPlanned: rounds, seed: options.seed,
      fractionFit: options.fractionFit, dropout: options.dropout, stoppedEarly }));
    log.info("run report written", { dir, ...written });
    if (!options.json) {
      process.stdout.write(`\nreport: ${written.htmlPath}\n        ${written.jsonPath}\nplots:  ${written.plotPaths.join(", ")}\n${logging.file ? `log:    ${logging.file}\n` : ""}`);
    }
  }
  process.stdout.write((options.json ? JSON.stringify(summary) : renderTable(summary, result.partition)) + "\n");
  return summary;
}
