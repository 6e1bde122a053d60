/**
 * A model's weights as plain typed arrays: the form every layer above tfjs uses
 * (coordinator, strategies, secure aggregation, the wire). Only the trainer turns
 * them into tf.Tensors.
 */
export interface NamedTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

export type ModelWeights = readonly NamedTensor[];

export function sizeOfShape(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Total number of scalars in the model. */
export function parameterCount(weights: ModelWeights): number {
  let n = 0;
  for (const t of weights) n += t.values.length;
  return n;
}

/** Concatenate all tensors into one flat vector (a copy). */
export function flatten(weights: ModelWeights): Float32Array {
  const out = new Float32Array(parameterCount(weights));
  let offset = 0;
  for (const t of weights) {
    out.set(t.values, offset);
    offset += t.values.length;
  }
  return out;
}

/** Split a flat vector back into tensors shaped like `like` (copies). */
export function unflatten(flat: Float32Array, like: ModelWeights): NamedTensor[] {
  const total = parameterCount(like);
  if (flat.length !== total) {
    throw new RangeError(`cannot unflatten ${flat.length} values into a model of ${total} parameters`);
  }
  let offset = 0;
  return like.map((t) => {
    const values = flat.slice(offset, offset + t.values.length);
    offset += t.values.length;
    return { name: t.name, shape: [...t.shape], values };
  });
}

/** A deep copy, so that no caller can alias another's buffers. */
export function cloneWeights(weights: ModelWeights): NamedTensor[] {
  return weights.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values.slice() }));
}
