import type { ModelWeights, NamedTensor } from "../tensor/weights";

/**
 * Check a worker's update against the global model: same tensors, same names,
 * same shapes, every value finite. Returns a sentence saying what is wrong, or null.
 */
export function updateProblem(update: readonly NamedTensor[], model: ModelWeights): string | null {
  if (update.length !== model.length) return `the update has ${update.length} tensors but the model has ${model.length}`;
  for (let i = 0; i < model.length; i++) {
    const u = update[i]!;
    const m = model[i]!;
    if (u.name !== m.name) return `tensor ${i} is named ${u.name} but the model's is ${m.name}`;
    if (u.shape.length !== m.shape.length || u.shape.some((d, j) => d !== m.shape[j])) {
      return `tensor ${m.name} has shape [${u.shape.join(", ")}] but the model's is [${m.shape.join(", ")}]`;
    }
    const values = u.values;
    for (let j = 0; j < values.length; j++) {
      if (!Number.isFinite(values[j]!)) return `tensor ${m.name} holds a non-finite value (${values[j]}) at index ${j}`;
    }
  }
  return null;
}
