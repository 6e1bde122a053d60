import { describeRun } from "./report-rounds";
import { metricLabel, reportMetricKeys } from "./report-plots";
import type { RunReport } from "./run-report";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function num(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

const STYLE = `body{font:14px/1.45 Helvetica,Arial,sans-serif;color:#1d232a;margin:24px;max-width:1200px}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{color:#5c6773}dd{margin:0}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}th,td{padding:3px 8px;border-bottom:1px solid #d8dde3;text-align:right;white-space:nowrap}
th{color:#5c6773;font-size:12px}.text{text-align:left;white-space:normal}tr.aborted td{background:#fdf0ef}.bad{color:#b3261e;font-weight:600}
figure{margin:16px 0}svg{max-width:100%;height:auto}`;

/**
 * The run report as one HTML page that any browser opens from disk: what ran, the final
 * results, every plot (inline SVG) and a table of the rounds with aborted ones marked. No
 * script and nothing fetched from elsewhere.
 */
export function renderReportHtml(report: RunReport, svgs: readonly { readonly file: string; readonly svg: string }[]): string {
  const keys = reportMetricKeys(report);
  const facts: [string, string][] = [
    ["task", `${report.task} (${report.kind})`], ["what ran", describeRun(report.ran)], ["source", report.ran.source],
    ["workers", `${report.config.workers} (${report.config.partition})`], ["backend", report.backend], ["seed", String(report.config.seed)],
    ["created", report.createdAt],
  ];
  if (report.ran.dp) facts.push(["differential privacy", Object.entries(report.ran.dp).map(([k, v]) => `${k} ${typeof v === "number" ? num(v) : v}`).join(", ")]);
  const results: string[][] = [];
  if (report.centralized) results.push(["centralised", ...keys.map((k) => num(report.centralized!.metrics[k])), num(report.centralized.wallSeconds)]);
  for (const c of report.comparisons) results.push([c.label, ...keys.map((k) => num(c.federated.metrics[k])), num(c.federated.wallSeconds)]);
  results.push(["federated", ...keys.map((k) => num(report.federated.metrics[k])), num(report.federated.wallSeconds)]);
  const row = (cells: string[], tag = "td", textColumns = 1): string => `<tr>${cells.map((c, i) => `<${tag}${i < textColumns ? ' class="text"' : ""}>${esc(c)}</${tag}>`).join("")}</tr>`;
  const roundRows = report.rounds.map((r) => {
    const failures = Object.entries(r.failures).map(([code, n]) => `${code} ${n}`).join(", ");
    const outcome = r.applied ? "applied" : `aborted: ${r.abortReason ?? ""}`;
    const cells = [String(r.round), outcome, String(r.workersSampled), String(r.workersSucceeded), failures || "0", num(r.seconds),
      ...keys.map((k) => num(r.metrics[k])), num(r.trainLoss), num(r.epsilon)];
    return `<tr${r.applied ? "" : ' class="aborted"'}>${cells.map((c, i) => `<td${i === 1 ? ` class="text${r.applied ? "" : " bad"}"` : ""}>${esc(c)}</td>`).join("")}</tr>`;
  });
  return [
    "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(`${report.task} run report, ${report.createdAt}`)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(`${report.task}: run report`)}</h1>`,
    `<dl>${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
    "<h2>Results</h2>", "<table>", row(["run", ...keys.map(metricLabel), "wall s"], "th"), ...results.map((r) => row(r)), "</table>",
    "<h2>Per round</h2>", ...svgs.map((s) => `<figure>${s.svg}</figure>`),
    "<table>", row(["round", "outcome", "sampled", "contributed", "failures", "seconds", ...keys.map(metricLabel), "training loss", "epsilon"], "th", 2), ...roundRows, "</table>",
    "</body></html>", "",
  ].join("\n");
}
