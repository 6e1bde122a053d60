import type { ClassLabel, TaskSpec } from "../task/task-spec";
import type { Dataset } from "./dataset";

/** One column's range and type, as observed in the source table. */
export interface SynthColumn {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/**
 * One class of rows (or the whole table, for regression, where the target is the last
 * coordinate), as a Gaussian copula: each coordinate's marginal as QUANTILE_POINTS quantiles
 * (so skew, atoms such as Pima's zero insulin readings, and integer grids are kept), and the
 * correlation of the coordinates' normal scores as its lower Cholesky factor, row-major.
 */
export interface SynthGroup {
  /** The class's index in the task's classes, or null for regression. */
  readonly label: number | null;
  /** Its share of the rows (class prior). */
  readonly weight: number;
  /** Per coordinate, the values at probabilities 0, 1/(QUANTILE_POINTS-1), ..., 1. */
  readonly quantiles: readonly (readonly number[])[];
  readonly chol: readonly number[];
}

/** Quantiles kept per coordinate and group. */
export const QUANTILE_POINTS = 257;

/**
 * What `synthCsvLines` draws from: the task's columns, each class's prior, marginals and
 * correlations (so features keep their relation to each other and to the target).
 */
export interface SynthProfile {
  readonly task: string;
  readonly kind: TaskSpec["kind"];
  readonly features: readonly SynthColumn[];
  /** The target column (for regression, the group's last coordinate). */
  readonly target: SynthColumn;
  readonly classes: readonly ClassLabel[];
  readonly groups: readonly SynthGroup[];
  /** Rows the profile was fitted on. */
  readonly sourceRows: number;
}

/** A source table that cannot give a profile; the message says what to change. */
export class SynthProfileError extends Error {
  override readonly name = "SynthProfileError";
}

/** Lower Cholesky factor of a symmetric positive-definite matrix (row-major), with a jitter on the diagonal. */
export function cholesky(a: Float64Array, dim: number): Float64Array {
  const l = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * dim + j]!;
      for (let k = 0; k < j; k++) s -= l[i * dim + k]! * l[j * dim + k]!;
      if (i === j) l[i * dim + i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i * dim + j] = s / l[j * dim + j]!;
    }
  }
  return l;
}

function column(name: string, values: (i: number) => number, rows: number, declared?: readonly [number, number]): SynthColumn {
  let min = Infinity, max = -Infinity, integer = true;
  for (let i = 0; i < rows; i++) {
    const v = values(i);
    if (v < min) min = v;
    if (v > max) max = v;
    if (integer && !Number.isInteger(v)) integer = false;
  }
  if (declared) { min = Math.max(min, declared[0]); max = Math.min(max, declared[1]); }
  return { name, min, max, integer };
}

/** The standard normal quantile (Acklam's rational approximation, relative error 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5, r = q * q;
  return (((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** Normal scores of a column: Phi^-1 of the mid-rank (ties share their average rank). */
function normalScores(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const scores = new Float64Array(n);
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && values[order[end + 1]!] === values[order[start]!]) end++;
    const score = normalQuantile(((start + end) / 2 + 0.5) / n);
    for (let k = start; k <= end; k++) scores[order[k]!] = score;
    start = end + 1;
  }
  return scores;
}

function quantiles(values: Float64Array): number[] {
  const sorted = Float64Array.from(values).sort();
  return Array.from({ length: QUANTILE_POINTS }, (_, k) => {
    const pos = (k / (QUANTILE_POINTS - 1)) * (sorted.length - 1);
    const i = Math.floor(pos), f = pos - i;
    return i + 1 < sorted.length ? sorted[i]! * (1 - f) + sorted[i + 1]! * f : sorted[i]!;
  });
}

function group(data: Dataset, rows: readonly number[], withTarget: boolean, label: number | null, total: number): SynthGroup {
  const dim = data.cols + (withTarget ? 1 : 0);
  const cols = Array.from({ length: dim }, (_, j) => Float64Array.from(rows, (r) => (j < data.cols ? data.x[r * data.cols + j]! : data.y[r]!)));
  const scores = cols.map(normalScores);
  const corr = new Float64Array(dim * dim);
  const norms = scores.map((s) => Math.sqrt(s.reduce((acc, v) => acc + v * v, 0)));
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j <= i; j++) {
      let dot = 0;
      for (let r = 0; r < rows.length; r++) dot += scores[i]![r]! * scores[j]![r]!;
      const v = i === j ? 1 : norms[i]! > 0 && norms[j]! > 0 ? dot / (norms[i]! * norms[j]!) : 0;
      corr[i * dim + j] = v;
      corr[j * dim + i] = v;
    }
  }
  // A small ridge keeps a constant column (a blank pixel) or a class with few rows factorable.
  for (let i = 0; i < dim; i++) corr[i * dim + i]! += 1e-6;
  return { label, weight: rows.length / total, quantiles: cols.map(quantiles), chol: Array.from(cholesky(corr, dim)) };
}

/**
 * The profile of a task's table: per class (one group for regression, the target included as
 * a coordinate) a Gaussian copula of the features, and each column's observed range and
 * integrality (narrowed to the task's declared bounds). Tasks with one-hot columns are refused
 * (the table here is already expanded; a synthetic category would need its own model).
 */
export function fitSynthProfile(task: TaskSpec, data: Dataset): SynthProfile {
  if (Object.keys(task.preprocessing.oneHot).length > 0) {
    throw new SynthProfileError(`task "${task.name}" has one-hot columns (${Object.keys(task.preprocessing.oneHot).join(", ")}); synthetic rows support numeric feature columns only`);
  }
  if (data.cols !== task.features.length) throw new SynthProfileError(`the table has ${data.cols} feature columns, task "${task.name}" names ${task.features.length}`);
  if (data.rows < 2) throw new SynthProfileError(`a profile needs at least 2 source rows, the table has ${data.rows}`);
  const features = task.features.map((f, j) => column(f, (i) => data.x[i * data.cols + j]!, data.rows, task.bounds[f]));
  const all = Array.from({ length: data.rows }, (_, i) => i);
  if (task.kind === "regression") {
    return { task: task.name, kind: task.kind, features, target: column(task.target, (i) => data.y[i]!, data.rows), classes: [],
      groups: [group(data, all, true, null, data.rows)], sourceRows: data.rows };
  }
  const groups: SynthGroup[] = [];
  task.classes.forEach((_, c) => {
    const rows = all.filter((i) => data.y[i] === c);
    if (rows.length > 0) groups.push(group(data, rows, false, c, data.rows));
  });
  return { task: task.name, kind: task.kind, features, target: { name: task.target, min: 0, max: task.classes.length - 1, integer: true }, classes: task.classes,
    groups, sourceRows: data.rows };
}
