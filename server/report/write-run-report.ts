import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderLinePlot } from "./line-plot-svg";
import { renderReportHtml } from "./report-html";
import { reportPlots } from "./report-plots";
import type { RunReport } from "./run-report";

export interface WrittenReport {
  readonly jsonPath: string;
  /** The headline metric's plot (metric.svg). */
  readonly svgPath: string;
  /** Every plot, the headline first. */
  readonly plotPaths: readonly string[];
  readonly htmlPath: string;
}

/**
 * Writes a run's report into `dir` (created): `report.json`; one SVG per metric the
 * table shows (`metric.svg` for the headline one, `metric-<name>.svg` for the others),
 * `train-loss.svg` and `epsilon.svg` when the run has them; and `report.html`, all of
 * it on one page. Each file is written to a temporary name and renamed, so a reader
 * never sees half a file. Non-finite numbers (an undefined AUC) become null in the JSON.
 * Demos, simulations and the coordinator command all write their reports with it.
 */
export async function writeRunReport(dir: string, report: RunReport): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, "report.json");
  await writeAtomically(jsonPath, JSON.stringify(report, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2) + "\n");
  const plots = reportPlots(report);
  // A run with no evaluated round still gets its (empty) headline plot.
  const drawn = plots.length > 0 ? plots.map((p) => ({ file: p.file, svg: renderLinePlot(p.plot) }))
    : [{ file: "metric.svg", svg: renderLinePlot({ title: `${report.task}: no evaluated round`, xLabel: "round", yLabel: "test metric", series: [] }) }];
  for (const p of drawn) await writeAtomically(join(dir, p.file), p.svg);
  const htmlPath = join(dir, "report.html");
  await writeAtomically(htmlPath, renderReportHtml(report, drawn));
  const plotPaths = drawn.map((p) => join(dir, p.file));
  return { jsonPath, svgPath: plotPaths[0]!, plotPaths, htmlPath };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, "utf8");
  await rename(tmp, path);
}
