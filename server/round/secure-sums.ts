/**
 * Decoding a secure sum, with the cheap integrity checks that make a wrong implementation or
 * a poisoned count word fail loudly (docs/protocol.md, "Integrity checks"): the summed count
 * must lie in the range the contributors allow (each at least 1 and at most its capped count
 * announced at join, or exactly 1 each when unweighted). A sum that fails is not applied.
 */
import type { Protection } from "../../shared/protocol/messages";
import { decodeSum } from "../../shared/ring/fixed-point";
import { fitTrailer } from "../../shared/ring/fit-vector";
import type { WorkerInfo } from "../strategy/strategy";

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** The count range the contributors allow. */
export function countRange(protection: Protection, contributors: readonly WorkerInfo[]): { readonly lo: number; readonly hi: number } {
  if (!protection.weighted) return { lo: contributors.length, hi: contributors.length };
  const hi = contributors.reduce((s, w) => s + Math.max(1, Math.min(w.numExamples, protection.maxExamples)), 0);
  return { lo: contributors.length, hi };
}

function checkCount(stage: string, count: number, protection: Protection, contributors: readonly WorkerInfo[]): string | null {
  const { lo, hi } = countRange(protection, contributors);
  if (count < lo || count > hi) {
    return `${stage}: the securely summed example count is ${count}, outside the range ${lo}..${hi} that the ${contributors.length} contributors' announced counts allow; ` +
      "an input was malformed or its count word inflated, so the sum is not applied";
  }
  return null;
}

export interface FitSum {
  readonly weightedSum: Float32Array;
  readonly totalWeight: number;
  /** Mean training loss over the contributors (weighted), when the vectors carry it (not under DP). */
  readonly trainLoss: number | null;
}

export function decodeFitSum(sum: Uint32Array, parameters: number, protection: Protection, contributors: readonly WorkerInfo[]): Checked<FitSum> {
  const { count, weightedLoss } = fitTrailer(sum, parameters);
  const problem = checkCount("MaskedInput (fit vector)", count, protection, contributors);
  if (problem !== null) return { ok: false, reason: problem };
  const totalWeight = protection.weighted ? count / protection.maxExamples : count;
  return { ok: true, value: { weightedSum: decodeSum(sum.subarray(0, parameters), protection.scale), totalWeight,
    trainLoss: protection.dpMode === null && totalWeight > 0 ? weightedLoss / totalWeight : null } };
}

/**
 * A sum of two-word values (round-0 statistics, evaluations: worker/secure/encode-stats):
 * the weighted means of the `values` entries.
 */
/** The weighted means of a sum of `values` two-word entries and its count word (the contributors' capped counts, summed; or the contributors, unweighted). */
export function decodeMeanSum(sum: Uint32Array, values: number, protection: Protection, contributors: readonly WorkerInfo[], stage: string): Checked<{ means: number[]; count: number }> {
  const count = sum[2 * values]!;
  const problem = checkCount(stage, count, protection, contributors);
  if (problem !== null) return { ok: false, reason: problem };
  const s = protection.scale;
  const stretch = 2 * s * protection.clipRange;
  const totalWeight = protection.weighted ? count / protection.maxExamples : count;
  // In float64: signed ring words over the scale (a float32 decode would lose the fine word's digits).
  return { ok: true, value: { means: Array.from({ length: values }, (_, j) => ((sum[j]! | 0) / s + (sum[values + j]! | 0) / s / stretch) / totalWeight), count } };
}
