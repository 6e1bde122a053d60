import type { Dataset } from "./dataset";

/**
 * Standardisation (x - mean) / std per feature column.
 *
 * Who fits what, so that nothing leaks between parties:
 * - A worker fits a scaler on its own local training rows only and applies it
 *   to its own rows (training and any local evaluation). No statistic crosses
 *   a worker's boundary; workers' scalers differ slightly, as in any real
 *   federation without a shared preprocessing step.
 * - The coordinator's held-out test split belongs to the coordinator, which has
 *   no training rows: it standardises that split with a scaler fitted on the
 *   split's own feature columns (features only, never the target), so it reads
 *   no worker's data either.
 * - The centralised baseline, the one party holding all training rows, fits on
 *   them and applies the result to the test split (the textbook setup).
 * A constant column (std 0) gets std 1, so it maps to 0 and never to NaN.
 */
export interface Scaler {
  readonly mean: Float32Array;
  readonly std: Float32Array;
}

/** Fits mean and (population) standard deviation on `data.x` only. */
export function fitScaler(data: Dataset): Scaler {
  const { rows, cols, x } = data;
  if (rows < 1) throw new RangeError("cannot fit a scaler on zero rows");
  const sum = new Float64Array(cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sum[c]! += x[r * cols + c]!;
  const mean = new Float64Array(cols);
  for (let c = 0; c < cols; c++) mean[c] = sum[c]! / rows;
  const sq = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const d = x[r * cols + c]! - mean[c]!;
      sq[c]! += d * d;
    }
  }
  const std = new Float32Array(cols);
  for (let c = 0; c < cols; c++) {
    const s = Math.sqrt(sq[c]! / rows);
    std[c] = s > 1e-12 && Number.isFinite(s) ? s : 1;
  }
  return { mean: Float32Array.from(mean), std };
}

/** A new Dataset with standardised features; the targets are shared, not copied. */
export function applyScaler(scaler: Scaler, data: Dataset): Dataset {
  const { rows, cols } = data;
  if (scaler.mean.length !== cols || scaler.std.length !== cols) {
    throw new RangeError(`scaler has ${scaler.mean.length} columns, dataset has ${cols}`);
  }
  const x = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) x[r * cols + c] = (data.x[r * cols + c]! - scaler.mean[c]!) / scaler.std[c]!;
  }
  return { ...data, x };
}

/** Fits on `data` and applies to it: what a party does with its own rows. */
export function standardiseOwn(data: Dataset): { data: Dataset; scaler: Scaler } {
  const scaler = fitScaler(data);
  return { data: applyScaler(scaler, data), scaler };
}
