import path from "node:path";
import type { Command } from "commander";
import type { CoordinatorEvents, PrivacyEvent } from "../../server/observability/coordinator-events";
import { noEvents } from "../../server/observability/coordinator-events";
import { startObservability } from "../../server/observability/start-observability";
import { coordinatorReport, type CoordinatorReportInput } from "../../server/report/coordinator-report";
import { writeRunReport } from "../../server/report/write-run-report";
import type { RoundRecord } from "../../server/run-history";
import { getLogger } from "../../shared/log/logger";
import { addLogOptions, type LogCliOptions } from "./log-options";
import { addObservabilityOptions, observabilityOptions, type ObservabilityCliOptions } from "./observability-options";

const log = getLogger("cli.coordinator");

/** What `conclave coordinator` observes of its run: logs, metrics, the dashboard, the run report. */
export interface CoordinatorObservation {
  /** Hand these to the Coordinator (option `events`). */
  readonly events: CoordinatorEvents;
  /** After each round: the run's epsilon so far (central or distributed DP), if any. */
  roundDone(record: RoundRecord, privacy: { epsilon: number; delta: number } | null): void;
  /** Write the run report (unless --no-report) and say where it is; returns its folder, or null. */
  report(input: Omit<CoordinatorReportInput, "epsilon" | "siteEpsilon">): Promise<string | null>;
  /** Close the metrics and dashboard servers. */
  close(): Promise<void>;
}

/** The options addCoordinatorObservationOptions adds, as commander parses them. */
export interface CoordinatorObservationCliOptions extends LogCliOptions, ObservabilityCliOptions {
  report: boolean;
  reportDir: string;
}

/**
 * Start the metrics endpoint and the dashboard the options ask for (the log options are applied
 * first, with applyLogOptions, so that every line follows them), and keep what the run report needs that the history lacks: the
 * run's epsilon per round and each site's own epsilon as it reported it, round by round.
 */
export async function observeCoordinator(o: CoordinatorObservationCliOptions,
  tls?: { key: Buffer; cert: Buffer }): Promise<CoordinatorObservation> {
  const epsilonByRound = new Map<number, number>();
  const siteEpsilon: Record<string, { round: number; epsilon: number }[]> = {};
  let round = 0;
  const history: CoordinatorEvents = {
    ...noEvents(),
    roundStarted: (e) => { round = e.round; },
    privacy: (e: PrivacyEvent) => {
      if (e.worker === undefined || !Number.isFinite(e.epsilon)) return;
      (siteEpsilon[e.worker] ??= []).push({ round, epsilon: e.epsilon });
    },
  };
  const started = await startObservability({ ...observabilityOptions(o, tls), extra: [history] });
  const events = started.events;
  return {
    events,
    roundDone: (record, privacy) => {
      if (privacy === null || !Number.isFinite(privacy.epsilon)) return;
      epsilonByRound.set(record.round, privacy.epsilon);
      events.privacy(privacy);
      log.info("privacy spent so far", { round: record.round, epsilon: Number(privacy.epsilon.toPrecision(6)), delta: privacy.delta });
    },
    report: async (input) => {
      if (!o.report) return null;
      const dir = path.join(o.reportDir, new Date().toISOString().replace(/[:.]/g, "-"));
      const written = await writeRunReport(dir, coordinatorReport({ ...input, epsilon: input.history.rounds.map((r) => epsilonByRound.get(r.round) ?? null), siteEpsilon }));
      log.info(`run report: ${written.htmlPath}`, { notable: true, dir, json: written.jsonPath, plots: written.plotPaths.length });
      return dir;
    },
    close: () => started.close(),
  };
}

/**
 * Adds what `conclave coordinator` observes with: --metrics-port and the dashboard's options,
 * --report-dir and --no-report, then the log options (info by default: a service's log).
 */
export function addCoordinatorObservationOptions(cmd: Command): Command {
  addObservabilityOptions(cmd)
    .option("--report-dir <dir>", "where the run report goes (a folder per run: report.json, report.html, plots)", "runs")
    .option("--no-report", "write no run report");
  return addLogOptions(cmd, "info");
}
