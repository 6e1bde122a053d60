import type { LinePlot, PlotSeries } from "./line-plot-svg";
import { describeRun } from "./report-rounds";
import type { ReportRound, RunReport } from "./run-report";

/** How a metric is named on a plot. */
const LABELS: Readonly<Record<string, string>> = {
  testMse: "test MSE", testAccuracy: "test accuracy", testAuc: "test AUC", testLoss: "test loss",
  workerLoss: "workers' loss (federated evaluation)", trainLoss: "training loss (weighted mean)", epsilon: "epsilon spent",
};

export function metricLabel(key: string): string {
  return LABELS[key] ?? key;
}

export interface ReportPlot {
  /** File name in the report folder: metric.svg for the headline metric, metric-<name>.svg for the others. */
  readonly file: string;
  readonly key: string;
  readonly plot: LinePlot;
}

/** The metrics the report's rounds carry, in the order they first appear (the headline first). */
export function reportMetricKeys(report: RunReport): string[] {
  const keys: string[] = [];
  for (const r of [...report.rounds, ...report.comparisons.flatMap((c) => c.rounds)]) for (const k of Object.keys(r.metrics)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

function points(rounds: readonly ReportRound[], pick: (r: ReportRound) => number | null | undefined): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rounds) {
    const v = pick(r);
    if (v !== null && v !== undefined && Number.isFinite(v)) out.push([r.round, v]);
  }
  return out;
}

/**
 * Every metric the final table shows, per round, one plot each: the federated run, the runs it
 * is compared with (the DP demo's run without DP) and the centralised baseline as a dashed line;
 * aborted rounds are marked on the x axis; the subtitle says what ran. Then the training loss and
 * epsilon, when the run has them.
 */
export function reportPlots(report: RunReport): ReportPlot[] {
  const subtitle = describeRun(report.ran);
  const where = `${report.config.workers} workers, ${report.config.partition}, ${report.backend}`;
  const aborted = report.rounds.filter((r) => !r.applied).map((r) => r.round);
  const markers = aborted.length > 0 ? { markers: { name: "aborted round", x: aborted } } : {};
  const mainName = report.comparisons.length > 0 && report.ran.dp ? `federated, DP ${String(report.ran.dp.mode)}` : "federated";
  const seriesOf = (pick: (r: ReportRound) => number | null | undefined): PlotSeries[] => [
    { name: mainName, points: points(report.rounds, pick) },
    ...report.comparisons.map((c) => ({ name: c.label, points: points(c.rounds, pick) })),
  ];
  const plots: ReportPlot[] = reportMetricKeys(report).map((key, i) => {
    const baseline = report.centralized?.metrics[key];
    return {
      file: i === 0 ? "metric.svg" : `metric-${key}.svg`, key,
      plot: {
        title: `${report.task}: ${metricLabel(key)} per round (${where})`, subtitle, xLabel: "round", yLabel: metricLabel(key),
        series: seriesOf((r) => r.metrics[key]), ...markers,
        baselines: baseline !== undefined && report.centralized ? [{ name: `centralised, ${report.centralized.epochs} epochs`, value: baseline }] : [],
      },
    };
  });
  if ([...report.rounds, ...report.comparisons.flatMap((c) => c.rounds)].some((r) => r.trainLoss !== null)) {
    plots.push({ file: "train-loss.svg", key: "trainLoss", plot: { title: `${report.task}: ${metricLabel("trainLoss")} per round (${where})`, subtitle,
      xLabel: "round", yLabel: metricLabel("trainLoss"), series: seriesOf((r) => r.trainLoss), ...markers } });
  }
  if (report.rounds.some((r) => r.epsilon !== null)) {
    plots.push({ file: "epsilon.svg", key: "epsilon", plot: { title: `${report.task}: ${metricLabel("epsilon")} per round (delta ${String(report.ran.dp?.delta ?? "?")})`, subtitle,
      xLabel: "round", yLabel: "epsilon", yScale: "linear", series: [{ name: mainName, points: points(report.rounds, (r) => r.epsilon) }], ...markers } });
  }
  const sites = Object.entries(report.siteEpsilon ?? {});
  if (sites.length > 0) {
    plots.push({ file: "site-epsilon.svg", key: "siteEpsilon", plot: { title: `${report.task}: each site's own epsilon per round`, subtitle,
      xLabel: "round", yLabel: "epsilon (the site's accounting)", yScale: "linear",
      series: sites.map(([site, history]) => ({ name: site, points: history.map((h): [number, number] => [h.round, h.epsilon]) })), ...markers } });
  }
  return plots;
}
