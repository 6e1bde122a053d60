import type { ModelSpec } from "./task-spec";

/**
 * The stable names and shapes of a model's weights, in the order every layer of
 * Conclave uses (init, trainer, wire, aggregation): for each dense layer i,
 * `dense_i/kernel` [in, out] then `dense_i/bias` [out]. Independent of the
 * names tfjs gives its layers (those carry global counters).
 */
export interface WeightSlot {
  readonly name: string;
  readonly shape: readonly number[];
}

export function weightLayout(model: ModelSpec): WeightSlot[] {
  validateModelSpec(model);
  const slots: WeightSlot[] = [];
  let fanIn = model.inputDim;
  model.layers.forEach((layer, i) => {
    slots.push({ name: `dense_${i}/kernel`, shape: [fanIn, layer.units] });
    slots.push({ name: `dense_${i}/bias`, shape: [layer.units] });
    fanIn = layer.units;
  });
  return slots;
}

/** Throws a RangeError naming the first thing wrong with a ModelSpec. */
export function validateModelSpec(model: ModelSpec): void {
  if (!Number.isInteger(model.inputDim) || model.inputDim < 1) {
    throw new RangeError(`model inputDim must be a positive integer, got ${model.inputDim}`);
  }
  if (model.layers.length === 0) throw new RangeError("model needs at least one dense layer");
  model.layers.forEach((layer, i) => {
    if (!Number.isInteger(layer.units) || layer.units < 1) {
      throw new RangeError(`model layer ${i} units must be a positive integer, got ${layer.units}`);
    }
  });
  const last = model.layers[model.layers.length - 1]!;
  if (last.units !== 1) throw new RangeError(`model output layer must have 1 unit, got ${last.units}`);
}
