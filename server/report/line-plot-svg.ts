/**
 * A small hand-written SVG line plot: per-round series, dashed horizontal
 * baselines, axes with "nice" ticks, labels, a title and a legend. Pure: a
 * string out, no DOM. Non-finite points are left out.
 */
export interface PlotSeries {
  readonly name: string;
  /** [x, y] pairs, x ascending (rounds). */
  readonly points: readonly (readonly [number, number])[];
}

export interface PlotBaseline {
  readonly name: string;
  readonly value: number;
}

/** Rounds to mark on the x axis (aborted rounds), drawn as red crosses under the plot. */
export interface PlotMarkers {
  readonly name: string;
  readonly x: readonly number[];
}

export interface LinePlot {
  readonly title: string;
  /** A second line under the title (what ran). */
  readonly subtitle?: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly PlotSeries[];
  readonly baselines?: readonly PlotBaseline[];
  readonly markers?: PlotMarkers;
  /** "auto" (default) uses a log axis when all values are positive and span 10x or more. */
  readonly yScale?: "linear" | "log" | "auto";
  readonly width?: number;
  readonly height?: number;
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
const BASELINE_COLORS = ["#444444", "#7f7f7f", "#bcbd22"];
const MARKER_COLOR = "#c0392b";

export function renderLinePlot(plot: LinePlot): string {
  const width = plot.width ?? 760;
  const height = plot.height ?? 460;
  const MARGIN = { left: 78, right: 24, top: plot.subtitle !== undefined ? 90 : 72, bottom: 62 };
  const legendY = plot.subtitle !== undefined ? 70 : 52;
  const markers = (plot.markers?.x ?? []).filter(Number.isFinite);
  const baselines = (plot.baselines ?? []).filter((b) => Number.isFinite(b.value));
  const series = plot.series.map((s) => ({ name: s.name, points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) }));
  const xs = [...series.flatMap((s) => s.points.map(([x]) => x)), ...markers];
  const ys = [...series.flatMap((s) => s.points.map(([, y]) => y)), ...baselines.map((b) => b.value)];

  const xDomain = domain(xs, 0.5, true);
  const positive = ys.length > 0 && ys.every((y) => y > 0);
  const scale = plot.yScale ?? "auto";
  const logY = positive && (scale === "log" || (scale === "auto" && Math.max(...ys) >= 10 * Math.min(...ys)));
  const yTicks = logY ? logTicks(Math.min(...ys), Math.max(...ys)) : niceTicks(...domain(ys, 0.06, false), 6);
  const xTicks = niceTicks(xDomain[0], xDomain[1], 10, true).filter((t) => t >= xDomain[0] && t <= xDomain[1]);
  const [y0, y1] = [yTicks[0]!, yTicks[yTicks.length - 1]!];
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const px = (x: number): number => MARGIN.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * plotW;
  const ty = (y: number): number => (logY ? Math.log10(y) : y);
  const py = (y: number): number => MARGIN.top + plotH - ((ty(y) - ty(y0)) / (ty(y1) - ty(y0))) * plotH;
  const f = (v: number): string => v.toFixed(1);
  const bottom = MARGIN.top + plotH;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<title>${esc(plot.title)}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${f(width / 2)}" y="28" text-anchor="middle" font-size="17" font-weight="bold">${esc(plot.title)}</text>`);
  if (plot.subtitle !== undefined) out.push(`<text class="subtitle" x="${f(width / 2)}" y="48" text-anchor="middle" font-size="12" fill="#444444">${esc(plot.subtitle)}</text>`);

  // grid and ticks
  out.push(`<g class="y-axis" font-size="12" fill="#333333">`);
  for (const t of yTicks) {
    out.push(`<line x1="${MARGIN.left}" y1="${f(py(t))}" x2="${MARGIN.left + plotW}" y2="${f(py(t))}" stroke="#e5e5e5" stroke-width="1"/>`);
    out.push(`<line x1="${MARGIN.left - 5}" y1="${f(py(t))}" x2="${MARGIN.left}" y2="${f(py(t))}" stroke="#333333"/>`);
    out.push(`<text x="${MARGIN.left - 8}" y="${f(py(t) + 4)}" text-anchor="end">${esc(logY ? String(t) : formatTick(t, yTicks))}</text>`);
  }
  out.push(`</g>`);
  out.push(`<g class="x-axis" font-size="12" fill="#333333">`);
  for (const t of xTicks) {
    out.push(`<line x1="${f(px(t))}" y1="${bottom}" x2="${f(px(t))}" y2="${bottom + 5}" stroke="#333333"/>`);
    out.push(`<text x="${f(px(t))}" y="${bottom + 19}" text-anchor="middle">${esc(formatTick(t, xTicks))}</text>`);
  }
  out.push(`</g>`);
  out.push(`<line x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}" stroke="#333333" stroke-width="1.2"/>`);
  out.push(`<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#333333" stroke-width="1.2"/>`);
  out.push(`<text x="${f(MARGIN.left + plotW / 2)}" y="${height - 18}" text-anchor="middle" font-size="14">${esc(plot.xLabel)}</text>`);
  out.push(`<text transform="translate(20 ${f(MARGIN.top + plotH / 2)}) rotate(-90)" text-anchor="middle" font-size="14">${esc(plot.yLabel + (logY ? " (log scale)" : ""))}</text>`);

  const legend: { name: string; color: string; dashed: boolean; cross?: boolean }[] = [];
  baselines.forEach((b, i) => {
    const color = BASELINE_COLORS[i % BASELINE_COLORS.length]!;
    out.push(`<line class="baseline" x1="${MARGIN.left}" y1="${f(py(b.value))}" x2="${MARGIN.left + plotW}" y2="${f(py(b.value))}" stroke="${color}" stroke-width="1.6" stroke-dasharray="7 5"/>`);
    legend.push({ name: `${b.name} (${formatValue(b.value)})`, color, dashed: true });
  });
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const pts = s.points.map(([x, y]) => `${f(px(x))},${f(py(y))}`).join(" ");
    out.push(`<polyline class="series" fill="none" stroke="${color}" stroke-width="2" points="${pts}"/>`);
    if (s.points.length <= 80) {
      for (const [x, y] of s.points) out.push(`<circle cx="${f(px(x))}" cy="${f(py(y))}" r="3" fill="${color}"/>`);
    }
    const last = s.points[s.points.length - 1];
    legend.push({ name: last !== undefined ? `${s.name} (${formatValue(last[1])})` : s.name, color, dashed: false });
  });

  if (markers.length > 0) {
    out.push(`<g class="markers" stroke="${MARKER_COLOR}" stroke-width="2">`);
    for (const x of markers) {
      const cx = px(x);
      out.push(`<path class="marker" d="M${f(cx - 4)},${f(bottom - 10)} L${f(cx + 4)},${f(bottom - 2)} M${f(cx - 4)},${f(bottom - 2)} L${f(cx + 4)},${f(bottom - 10)}"><title>${esc(`${plot.markers!.name}: ${x}`)}</title></path>`);
    }
    out.push(`</g>`);
    legend.push({ name: `${plot.markers!.name} (${markers.length})`, color: MARKER_COLOR, dashed: false, cross: true });
  }

  // legend: one row between the title and the plot, so it never hides data
  const itemWidths = legend.map((l) => 34 + l.name.length * 6.6 + 18);
  let lx = (width - itemWidths.reduce((a, b) => a + b, 0)) / 2;
  out.push(`<g class="legend" font-size="12">`);
  legend.forEach((l, i) => {
    const y = legendY;
    if (l.cross) out.push(`<path d="M${f(lx + 9)},${y - 8} L${f(lx + 17)},${y} M${f(lx + 9)},${y} L${f(lx + 17)},${y - 8}" stroke="${l.color}" stroke-width="2"/>`);
    else out.push(`<line x1="${f(lx)}" y1="${y - 4}" x2="${f(lx + 26)}" y2="${y - 4}" stroke="${l.color}" stroke-width="2"${l.dashed ? ' stroke-dasharray="7 5"' : ""}/>`);
    out.push(`<text x="${f(lx + 32)}" y="${y}">${esc(l.name)}</text>`);
    lx += itemWidths[i]!;
  });
  out.push(`</g>`);
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/** [lo, hi] of values padded by `pad` (a fraction of the span, or absolute for x). */
function domain(values: readonly number[], pad: number, absolute: boolean): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (absolute) return [lo - pad, hi + pad];
  if (hi === lo) {
    const d = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return [lo - d, hi + d];
  }
  const span = hi - lo;
  const nonNegative = lo >= 0;
  lo -= span * pad;
  hi += span * pad;
  return [nonNegative ? Math.max(0, lo) : lo, hi];
}

/** Ticks at 1, 2 or 5 times a power of ten covering [lo, hi] (integers only if asked). */
export function niceTicks(lo: number, hi: number, target: number, integer = false): number[] {
  const raw = (hi - lo) / Math.max(1, target);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (integer) step = Math.max(1, Math.round(step));
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= hi + step * 1e-9 || ticks.length < 2; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks[ticks.length - 1]! < hi) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Ticks at 1, 2 and 5 times each power of ten, from the one below lo to the one above hi. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 5]) ticks.push(Number((m * Math.pow(10, k)).toPrecision(12)));
  }
  const below = ticks.filter((t) => t <= lo);
  const above = ticks.filter((t) => t >= hi);
  const first = below.length > 0 ? below[below.length - 1]! : ticks[0]!;
  const last = above.length > 0 ? above[0]! : ticks[ticks.length - 1]!;
  return ticks.filter((t) => t >= first && t <= last);
}

function formatTick(v: number, ticks: readonly number[]): string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  return v.toFixed(decimals);
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3);
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
