// The secure inputs of docs/protocol.md section 10: the fit vector and the stats vector.
import { encodeFixed } from "./fixed-point";
import type { Protection } from "./wire-types";

export interface WeightSpec { name: string; shape: number[] }

/** c = max(1, min(examples, max_examples)) and w = c / max_examples when weighted; c = w = 1 unweighted. */
export function exampleWeight(p: Protection, examples: number): { count: number; w: number } {
  if (!p.weighted) return { count: 1, w: 1 };
  if (p.maxExamples < 1) throw new Error("protection.max_examples must be at least 1 when the round is weighted");
  const count = Math.max(1, Math.min(examples, p.maxExamples));
  return { count, w: count / p.maxExamples };
}

/** The L2 bound an update is clipped to: the tighter of the site's own and the request's (0: the task's clipNorm). */
export function clipBound(p: Protection, taskClipNorm: number, ownClipNorm: number): number {
  return Math.min(ownClipNorm, p.clipNorm > 0 ? p.clipNorm : taskClipNorm);
}

/** Scales an update (tensors in task_json.weights order) down to L2 norm C when it is longer. */
export function clipUpdate(update: readonly Float64Array[], c: number): Float64Array[] {
  let sq = 0;
  for (const t of update) for (const v of t) sq += v * v;
  const norm = Math.sqrt(sq);
  const factor = norm > c ? c / norm : 1;
  return update.map((t) => t.map((v) => v * factor));
}

/**
 * The fit vector (d = parameters + 2): the clipped update times w, rounded to float32, encoded;
 * then the count word c; then the loss word round(min(max(loss, 0), 4096) · w · 16).
 */
export function fitVector(clipped: readonly Float64Array[], p: Protection, examples: number, loss: number): Uint32Array {
  const { count, w } = exampleWeight(p, examples);
  const parameters = clipped.reduce((n, t) => n + t.length, 0);
  const out = new Uint32Array(parameters + 2);
  let i = 0;
  for (const t of clipped) for (const v of t) out[i++] = encodeFixed(Math.fround(v * w), p.clipRange, p.scale);
  out[i++] = count;
  const lossWord = p.dpMode === "" ? Math.floor(Math.min(Math.max(loss, 0), 4096) * w * 16 + 0.5) : 0;
  out[i] = lossWord >>> 0;
  return out;
}

function clampRound(x: number, bound: number): number {
  return Math.min(Math.max(Math.floor(x + 0.5), -bound), bound);
}

/**
 * The stats vector (d = 4F + 1): v = [means..., means of squares...] times w; coarse
 * q = clamp(round(v·S), ±⌊R·S⌋), fine r = clamp(round((v - q/S)·2SR·S), ±⌊R·S⌋); q..., r..., c.
 */
export function statsVector(mean: readonly number[], meanSquare: readonly number[], p: Protection, rows: number): Uint32Array {
  if (mean.length !== meanSquare.length) throw new Error("the site's means and means of squares differ in length");
  const { count, w } = exampleWeight(p, rows);
  const S = p.scale;
  const R = p.clipRange;
  const bound = Math.floor(R * S);
  const v = [...mean, ...meanSquare].map((x) => x * w);
  const q = v.map((x) => clampRound(x * S, bound));
  const r = v.map((x, j) => clampRound((x - q[j]! / S) * 2 * S * R * S, bound));
  return Uint32Array.from([...q, ...r, count], (x) => x >>> 0);
}
