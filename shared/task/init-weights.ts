import type { NamedTensor } from "../tensor/weights";
import { sizeOfShape } from "../tensor/weights";
import { SeededRng, type Seed } from "../random/seeded-rng";
import type { ModelSpec, TaskSpec } from "./task-spec";
import { weightLayout, type WeightSlot } from "./weight-layout";

/**
 * Seeded initial weights in weightLayout order, with Keras's and tfjs's default
 * initialisers: Glorot-uniform kernels (limit sqrt(6 / (fanIn + fanOut)), a conv
 * kernel's fans multiplied by its window), zero biases, batch-norm gamma and
 * moving variance 1, beta and moving mean 0, embeddings U(-0.05, 0.05). Each
 * weight draws from its own forked stream, so adding a layer does not change the
 * earlier ones. Pure: the same (model, seed) gives the same values.
 */
export function initialWeights(model: ModelSpec, seed: Seed): NamedTensor[] {
  const rng = SeededRng.fromSeed(seed).fork("init-weights");
  return weightLayout(model).map((slot) => ({ name: slot.name, shape: [...slot.shape], values: initialValues(slot, rng) }));
}

/** The task's shipped initial weights (from its model.json), else initialWeights(task.model, seed). */
export function initialTaskWeights(task: Pick<TaskSpec, "model" | "initialWeights">, seed: Seed): NamedTensor[] {
  if (task.initialWeights !== undefined) return task.initialWeights.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values.slice() }));
  return initialWeights(task.model, seed);
}

function initialValues(slot: WeightSlot, rng: SeededRng): Float32Array {
  const values = new Float32Array(sizeOfShape(slot.shape));
  const kind = slot.name.slice(slot.name.lastIndexOf("/") + 1);
  const uniform = (limit: number): void => {
    const stream = rng.fork(slot.name);
    for (let i = 0; i < values.length; i++) values[i] = (2 * stream.uniform() - 1) * limit;
  };
  switch (kind) {
    case "kernel": {
      const receptive = sizeOfShape(slot.shape.slice(0, -2));
      const fanIn = slot.shape[slot.shape.length - 2]! * receptive;
      const fanOut = slot.shape[slot.shape.length - 1]! * receptive;
      uniform(Math.sqrt(6 / (fanIn + fanOut)));
      break;
    }
    case "embeddings":
      uniform(0.05);
      break;
    case "gamma":
    case "moving_variance":
      values.fill(1);
      break;
    default: // bias, beta, moving_mean
      break;
  }
  return values;
}
