import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { summaryFields } from "../../shared/metrics/eval-metrics";
import type { MetricName, TaskSpec } from "../../shared/task/task-spec";
import { reportRounds, roundFacts } from "../../server/report/report-rounds";
import type { RunReport, RunResult } from "../../server/report/run-report";
import type { SimulationResult } from "../../federation/simulation";

/** The `--json` summary of a demo or simulation: one object, the last line of stdout. */
export interface RunSummary {
  readonly task: string;
  readonly workers: number;
  readonly rounds: number;
  readonly backend: string;
  readonly secureAggregation: string;
  readonly dp: Readonly<Record<string, number | string>> | null;
  readonly centralized: Readonly<Record<string, number>> | null;
  readonly federated: Readonly<Record<string, number>>;
  readonly [extra: string]: unknown;
}

function round6(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}

function fields(m: EvalMetrics, metrics: readonly MetricName[] | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(summaryFields(m, metrics)).map(([k, v]) => [k, round6(v)]));
}

/**
 * `noDp`: with --dp, the demo's federated run without DP (same seed), shown next to the DP run
 * (`federated`) as `federatedNoDp`; its centralised baseline is the one reported.
 */
export function buildSummary(task: string, workers: number, result: SimulationResult, extra: { secureAggregation: string; dp: RunSummary["dp"]; [k: string]: unknown },
  noDp?: SimulationResult, metrics?: readonly MetricName[]): RunSummary {
  const { secureAggregation, dp, ...rest } = extra;
  const centralized = noDp ? noDp.centralized : result.centralized;
  const aborted = result.history.rounds.filter((r) => !r.applied).length;
  return {
    task, workers, rounds: result.history.rounds.length, roundsAborted: aborted, backend: result.backend.name, secureAggregation, dp,
    ...rest,
    centralized: centralized ? { ...fields(centralized.test, metrics), wallSeconds: round6(centralized.wallSeconds) } : null,
    federated: { ...fields(result.federated.test, metrics), wallSeconds: round6(result.federated.wallSeconds) },
    ...(noDp ? { federatedNoDp: { ...fields(noDp.federated.test, metrics), wallSeconds: round6(noDp.federated.wallSeconds) } } : {}),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown, f: (r: Record<string, unknown>) => string): string {
  return isRecord(v) ? f(v) : "";
}

/** The final table a person reads. */
export function renderTable(summary: RunSummary, partition: string): string {
  const metricNames = Object.keys(summary.federated).filter((k) => k !== "wallSeconds");
  const header = ["run", ...metricNames, "wall s"];
  const rows: string[][] = [];
  const fmt = (v: number | undefined): string => (v === undefined ? "-" : Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(4)) : "n/a");
  if (summary.centralized) rows.push(["centralised", ...metricNames.map((k) => fmt(summary.centralized![k])), fmt(summary.centralized.wallSeconds)]);
  const noDp = isRecord(summary.federatedNoDp) ? summary.federatedNoDp : null;
  const num = (r: Record<string, unknown>, k: string): number | undefined => (typeof r[k] === "number" ? r[k] : undefined);
  if (noDp) rows.push([`federated (${summary.secureAggregation}), no DP`, ...metricNames.map((k) => fmt(num(noDp, k))), fmt(num(noDp, "wallSeconds"))]);
  const dpLabel = summary.dp ? `, DP ${String(summary.dp.mode)} (epsilon ${typeof summary.dp.epsilon === "number" ? summary.dp.epsilon.toFixed(2) : "?"})` : "";
  rows.push([`federated (${summary.secureAggregation})${dpLabel}`, ...metricNames.map((k) => fmt(summary.federated[k])), fmt(summary.federated.wallSeconds)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const aborted = typeof summary.roundsAborted === "number" && summary.roundsAborted > 0 ? ` (${summary.roundsAborted} aborted, the model unchanged)` : "";
  const facts = [`task ${summary.task}`, `workers ${summary.workers}`, `rounds ${summary.rounds}${aborted}`, `partition ${partition}`, `backend ${summary.backend}`,
    `secure aggregation ${summary.secureAggregation}${describe(summary.secagg, (s) => ` (k=${String(s.neighbors)}, t=${String(s.threshold)})`)}`,
    ...(isRecord(summary.strategy) ? [`strategy ${Object.entries(summary.strategy).map(([k, v]) => (k === "name" ? String(v) : `${k}=${String(v)}`)).join(" ")}`] : []),
    `dp ${summary.dp ? Object.entries(summary.dp).map(([k, v]) => `${k}=${typeof v === "number" ? Number(v.toPrecision(4)) : v}`).join(" ") : "off"}`,
    ...(isRecord(summary.dropouts) ? [`dropouts injected ${String(summary.dropouts.injected)}, recovered ${String(summary.dropouts.recovered)}, aborted rounds ${String(summary.dropouts.abortedRounds)}`] : [])];
  return [facts.join(" | "), "", line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function runResult(test: EvalMetrics, wallSeconds: number): RunResult {
  return { test, metrics: summaryFields(test), wallSeconds };
}

/**
 * The run report of a demo or simulation: its rounds, what ran (from the summary), the
 * centralised baseline (the DP demo trains it in its comparison run) and, with --dp, the
 * run without DP to compare with.
 */
export function simulationReport(input: {
  readonly task: TaskSpec; readonly kind: "demo" | "simulate"; readonly summary: RunSummary; readonly result: SimulationResult; readonly noDp?: SimulationResult;
  readonly roundsPlanned: number; readonly seed: number; readonly fractionFit: number; readonly dropout: number; readonly stoppedEarly: string | null;
}): RunReport {
  const { task, summary, result, noDp } = input;
  const rounds = reportRounds(result.history.rounds, result.perRoundTest);
  const secagg = isRecord(summary.secagg) && typeof summary.secagg.neighbors === "number" && typeof summary.secagg.threshold === "number"
    ? { neighbors: summary.secagg.neighbors, threshold: summary.secagg.threshold } : null;
  const d = isRecord(summary.dropouts) ? summary.dropouts : null;
  const count = (v: unknown): number => (typeof v === "number" ? v : 0);
  const centralized = result.centralized ?? noDp?.centralized ?? null;
  return {
    task: task.name, kind: task.kind, createdAt: new Date().toISOString(), backend: result.backend.name,
    config: { workers: summary.workers, rounds: input.roundsPlanned, seed: input.seed, partition: result.partition, secureAggregation: summary.secureAggregation,
      dp: summary.dp ? { ...summary.dp } : null, train: task.train, model: task.model, extra: { fractionFit: input.fractionFit, dropout: input.dropout, ...(summary.strategy ? { strategy: { ...summary.strategy } } : {}) } },
    ran: {
      source: input.kind, protocol: summary.secureAggregation, secagg, dp: summary.dp,
      dropouts: d ? { rate: input.dropout, injected: count(d.injected), recovered: count(d.recovered), abortedRounds: count(d.abortedRounds) } : null,
      ...roundFacts(rounds, input.roundsPlanned), stoppedEarly: input.stoppedEarly,
    },
    rounds,
    centralized: centralized ? { ...runResult(centralized.test, centralized.wallSeconds), epochs: centralized.epochs } : null,
    federated: runResult(result.federated.test, result.federated.wallSeconds),
    comparisons: noDp ? [{ label: "federated, no DP", rounds: reportRounds(noDp.history.rounds, noDp.perRoundTest), federated: runResult(noDp.federated.test, noDp.federated.wallSeconds) }] : [],
  };
}
