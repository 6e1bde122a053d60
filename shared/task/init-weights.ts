import type { NamedTensor } from "../tensor/weights";
import { sizeOfShape } from "../tensor/weights";
import { SeededRng, type Seed } from "../random/seeded-rng";
import type { ModelSpec } from "./task-spec";
import { weightLayout } from "./weight-layout";

/**
 * Seeded initial weights in weightLayout order: Glorot-uniform kernels
 * (limit sqrt(6 / (fanIn + fanOut)), as Keras and tfjs default) and zero biases.
 * Each kernel draws from its own forked stream, so adding a layer does not
 * change the earlier ones. Pure: the same (model, seed) gives the same values.
 */
export function initialWeights(model: ModelSpec, seed: Seed): NamedTensor[] {
  const rng = SeededRng.fromSeed(seed).fork("init-weights");
  return weightLayout(model).map((slot) => {
    const values = new Float32Array(sizeOfShape(slot.shape));
    if (slot.shape.length === 2) {
      const [fanIn, fanOut] = slot.shape as [number, number];
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const stream = rng.fork(slot.name);
      for (let i = 0; i < values.length; i++) values[i] = (2 * stream.uniform() - 1) * limit;
    }
    return { name: slot.name, shape: [...slot.shape], values };
  });
}
