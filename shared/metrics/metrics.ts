/**
 * Evaluation metrics on plain typed arrays (predictions and targets of equal
 * length). Pure; no tfjs. Sums run in float64.
 */

function checkPair(pred: ArrayLike<number>, target: ArrayLike<number>, what: string): void {
  if (pred.length !== target.length) {
    throw new RangeError(`${what}: ${pred.length} predictions for ${target.length} targets`);
  }
  if (pred.length === 0) throw new RangeError(`${what}: no examples`);
}

/** Mean squared error. */
export function mse(pred: ArrayLike<number>, target: ArrayLike<number>): number {
  checkPair(pred, target, "mse");
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const d = pred[i]! - target[i]!;
    s += d * d;
  }
  return s / pred.length;
}

/** Share of examples whose probability, thresholded at `threshold` (>= is positive), matches its 0/1 label. */
export function accuracy(prob: ArrayLike<number>, label: ArrayLike<number>, threshold = 0.5): number {
  checkPair(prob, label, "accuracy");
  let hits = 0;
  for (let i = 0; i < prob.length; i++) if ((prob[i]! >= threshold ? 1 : 0) === (label[i]! >= 0.5 ? 1 : 0)) hits++;
  return hits / prob.length;
}

/**
 * Area under the ROC curve by ranks (Mann–Whitney U): tied scores share their
 * average rank, so a tie between a positive and a negative counts one half.
 * NaN when the labels hold only one class (the AUC is undefined there).
 */
export function auc(score: ArrayLike<number>, label: ArrayLike<number>): number {
  checkPair(score, label, "auc");
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]!);
  let positives = 0;
  let rankSumPositives = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && score[order[end]!] === score[order[start]!]) end++;
    const avgRank = (start + 1 + end) / 2; // ranks start+1 .. end
    for (let k = start; k < end; k++) {
      if (label[order[k]!]! >= 0.5) {
        positives++;
        rankSumPositives += avgRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean binary cross-entropy of probabilities, clipped to [eps, 1 - eps] as Keras does. */
export function binaryCrossEntropy(prob: ArrayLike<number>, label: ArrayLike<number>, eps = 1e-7): number {
  checkPair(prob, label, "binaryCrossEntropy");
  let s = 0;
  for (let i = 0; i < prob.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, prob[i]!));
    const y = label[i]!;
    s -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return s / prob.length;
}

/** Mean absolute error. */
export function mae(pred: ArrayLike<number>, target: ArrayLike<number>): number {
  checkPair(pred, target, "mae");
  let s = 0;
  for (let i = 0; i < pred.length; i++) s += Math.abs(pred[i]! - target[i]!);
  return s / pred.length;
}

/** The class of each row: the index of its largest probability (the first on ties). `prob` is rows x classes, row-major. */
export function argmaxRows(prob: ArrayLike<number>, classes: number): Int32Array {
  if (!Number.isInteger(classes) || classes < 1 || prob.length % classes !== 0) {
    throw new RangeError(`argmaxRows: ${prob.length} values are not rows of ${classes} classes`);
  }
  const rows = prob.length / classes;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (prob[r * classes + c]! > prob[r * classes + best]!) best = c;
    out[r] = best;
  }
  return out;
}

/** Share of rows whose most probable class is the label (labels are class indices). */
export function multiclassAccuracy(prob: ArrayLike<number>, label: ArrayLike<number>, classes: number): number {
  const predicted = argmaxRows(prob, classes);
  checkPair(predicted, label, "multiclassAccuracy");
  let hits = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === label[i]) hits++;
  return hits / predicted.length;
}

/** Mean categorical cross-entropy of rows of probabilities against class indices, clipped to [eps, 1 - eps] as Keras does. */
export function categoricalCrossEntropy(prob: ArrayLike<number>, label: ArrayLike<number>, classes: number, eps = 1e-7): number {
  if (prob.length !== label.length * classes) throw new RangeError(`categoricalCrossEntropy: ${prob.length} values for ${label.length} rows of ${classes} classes`);
  if (label.length === 0) throw new RangeError("categoricalCrossEntropy: no examples");
  let s = 0;
  for (let r = 0; r < label.length; r++) {
    const c = label[r]!;
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new RangeError(`categoricalCrossEntropy: label ${c} of row ${r} is not a class index below ${classes}`);
    s -= Math.log(Math.min(1 - eps, Math.max(eps, prob[r * classes + c]!)));
  }
  return s / label.length;
}
