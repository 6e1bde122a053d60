import type { FitAggregate, FitResult } from "../../server/strategy/strategy";
import type { ModelWeights } from "../../shared/tensor/weights";

/** A one-tensor model of the given values (Flower's tests use 4-vectors like [0.1, 0.1, 0.1, 0.1]). */
export function model(values: readonly number[]): ModelWeights {
  return [{ name: "w", shape: [values.length], values: Float32Array.from(values) }];
}

/** Plaintext results from Flower-style absolute parameters: each update is params - global, as a worker computes it. */
export function fromParams(global: readonly number[], params: readonly (readonly number[])[], examples: readonly number[] = params.map(() => 5)): FitAggregate {
  const g = Float32Array.from(global);
  const results: FitResult[] = params.map((p, k) => {
    const w = Float32Array.from(p);
    return { worker: `w${k}`, update: Float32Array.from(w, (x, i) => x - g[i]!), numExamples: examples[k]!, metrics: { loss: 1 } };
  });
  return { kind: "individual", results };
}

/** Plaintext results from deltas directly. */
export function fromDeltas(deltas: readonly (readonly number[])[], examples: readonly number[] = deltas.map(() => 1)): FitAggregate {
  return { kind: "individual", results: deltas.map((d, k) => ({ worker: `w${k}`, update: Float32Array.from(d), numExamples: examples[k]!, metrics: {} })) };
}

export function values(weights: ModelWeights): number[] {
  return weights.flatMap((t) => Array.from(t.values));
}

/** Asserts every value is within `tol` of the expected one. */
export function close(actual: readonly number[], expected: readonly number[], tol = 1e-6): void {
  if (actual.length !== expected.length || actual.some((a, i) => !(Math.abs(a - expected[i]!) <= tol))) {
    throw new Error(`expected [${expected.join(", ")}] within ${tol}, got [${actual.join(", ")}]`);
  }
}
