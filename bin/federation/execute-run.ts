import path from "node:path";
import { writeRunReport } from "../../server/report/write-run-report";
import type { TaskSpec } from "../../shared/task/task-spec";
import { getLogger } from "../../shared/log/logger";
import { RoundProgress } from "./progress";
import type { RunOptions } from "./run-options";
import { buildSummary, renderTable, simulationReport, type RunSummary } from "./summary";
import { dpSummary } from "../../server/dp/dp-setup";
import { applyLogOptions, type AppliedLogging } from "./log-options";
import { runFromOptions, secureSummary, withTraining } from "../../federation/run-from-options";

const log = getLogger("cli");

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
  const showProgress = options.progress && !options.json;
  const bars = new Map<string, RoundProgress>();
  const run = await runFromOptions(task, options, kind, {
    onRound: (label, record, test, epsilon) => {
      let progress = bars.get(label);
      if (progress === undefined) bars.set(label, (progress = new RoundProgress(options.rounds ?? task.rounds, label, showProgress)));
      progress.update(record, test, epsilon === undefined ? {} : { epsilon });
    },
    onRunEnd: (label) => bars.get(label)?.stop(),
  });
  const { dp, result, injector, noDp, strategy, rounds } = run;
  const strategyFields = { name: strategy.name, ...strategy.resolved };
  const stoppedEarly = dp && result.history.rounds.length < rounds ? `the epsilon budget ${String(dp.config.epsilonBudget)} would have been exceeded` : null;
  const summary = buildSummary(task.name, options.workers, result, {
    secureAggregation: options.secagg, dp: dp ? dpSummary(dp, rounds) : null, strategy: strategyFields,
    ...secureSummary(options, result.history, injector),
    ...(kind === "simulate" ? { partition: result.partition, perRound: run.timings } : {}),
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
