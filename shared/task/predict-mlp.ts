import type { ModelWeights } from "../tensor/weights";
import type { Activation, ModelSpec } from "./task-spec";
import { weightLayout } from "./weight-layout";

/**
 * The model's forward pass in plain TypeScript, for the parties that must not
 * load tfjs (the coordinator evaluating the global model on its test split).
 * Matches the trainer's tfjs model to float32 rounding. `x` is row-major
 * (rows x inputDim); returns one output per row (a probability for a sigmoid
 * output).
 */
export function predictMlp(model: ModelSpec, weights: ModelWeights, x: Float32Array, rows: number): Float32Array {
  const layout = weightLayout(model);
  if (weights.length !== layout.length) {
    throw new RangeError(`model expects ${layout.length} weight tensors, got ${weights.length}`);
  }
  layout.forEach((slot, i) => {
    const w = weights[i]!;
    if (w.name !== slot.name || w.shape.join("x") !== slot.shape.join("x") || w.values.length !== slot.shape.reduce((a, b) => a * b, 1)) {
      throw new RangeError(`weight ${i} should be ${slot.name} [${slot.shape.join(", ")}], got ${w.name} [${w.shape.join(", ")}]`);
    }
  });
  if (x.length !== rows * model.inputDim) {
    throw new RangeError(`x has ${x.length} values, expected ${rows} rows x ${model.inputDim} features`);
  }
  let input = x;
  let width = model.inputDim;
  model.layers.forEach((layer, li) => {
    const kernel = weights[2 * li]!.values;
    const bias = weights[2 * li + 1]!.values;
    const units = layer.units;
    const out = new Float32Array(rows * units);
    for (let r = 0; r < rows; r++) {
      for (let u = 0; u < units; u++) {
        let s = bias[u]!;
        for (let k = 0; k < width; k++) s += input[r * width + k]! * kernel[k * units + u]!;
        out[r * units + u] = activate(layer.activation, s);
      }
    }
    input = out;
    width = units;
  });
  return input;
}

function activate(a: Activation, v: number): number {
  switch (a) {
    case "relu":
      return v > 0 ? v : 0;
    case "linear":
      return v;
    case "sigmoid":
      return 1 / (1 + Math.exp(-v));
  }
}
