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
