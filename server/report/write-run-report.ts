import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { renderLinePlot } from "./line-plot-svg";
import type { RunReport } from "./run-report";

export interface WrittenReport {
  readonly jsonPath: string;
  readonly svgPath: string;
}

/**
 * Writes `report.json` and `metric.svg` (the per-round test metric, with the
 * centralised baseline as a dashed line) into `dir`, creating it. Each file is
 * written to a temporary name and renamed, so a reader never sees half a file.
 * Non-finite numbers (an undefined AUC) become null in the JSON.
 */
export async function writeRunReport(dir: string, report: RunReport): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, "report.json");
  const svgPath = join(dir, "metric.svg");
  await writeAtomically(jsonPath, JSON.stringify(report, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2) + "\n");
  await writeAtomically(svgPath, renderMetricSvg(report));
  return { jsonPath, svgPath };
}

/** The headline test metric of a task kind: test MSE, or test accuracy. */
export function plottedMetric(kind: RunReport["kind"]): { label: string; pick: (m: EvalMetrics) => number } {
  return kind === "regression"
    ? { label: "test MSE", pick: (m) => (m.kind === "regression" ? m.mse : NaN) }
    : { label: "test accuracy", pick: (m) => (m.kind !== "regression" ? m.accuracy : NaN) };
}

/** The SVG of the report's per-round test metric. */
export function renderMetricSvg(report: RunReport): string {
  const metric = plottedMetric(report.kind);
  const points = report.rounds.flatMap((r) => (r.test !== null ? [[r.round, metric.pick(r.test)] as const] : []));
  const c = report.centralized;
  return renderLinePlot({
    title: `${report.task}: ${metric.label} per round (${report.config.workers} workers, ${report.config.partition}, ${report.backend})`,
    xLabel: "round",
    yLabel: metric.label,
    series: [{ name: "federated", points }],
    baselines: c !== null ? [{ name: `centralised, ${c.epochs} epochs`, value: metric.pick(c.test) }] : [],
  });
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, "utf8");
  await rename(tmp, path);
}
