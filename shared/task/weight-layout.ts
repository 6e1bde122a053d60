import { sizeOfShape } from "../tensor/weights";
import { LAYER_NAME, type LayerSpec, type Padding } from "./layer-spec";
import type { ModelSpec } from "./task-spec";

/**
 * The names and shapes of a model's weights, in the order every part of
 * Conclave uses (init, trainer, wire, aggregation, model.json): layer by layer,
 * and within a layer in tfjs's own order (kernel, bias; gamma, beta,
 * moving_mean, moving_variance; embeddings). A weight is named
 * `<layer name>/<weight>`, e.g. `dense_0/kernel`. Shapes come from a pure
 * shape inference of the layer list, checked here: nothing reaches tfjs that
 * this did not accept.
 */
export interface WeightSlot {
  readonly name: string;
  readonly shape: readonly number[];
  /** Trained by the optimizer (false: batch-norm moving statistics, updated by the forward pass). */
  readonly trainable: boolean;
  /** Index of the layer the weight belongs to. */
  readonly layer: number;
}

/** Largest model accepted: 5M parameters (20 MB of float32, well inside the 64 MiB message limit). */
export const MAX_PARAMETERS = 5_000_000;
export const MAX_LAYERS = 64;
/** Largest activation (values per example) any layer may produce. */
export const MAX_ACTIVATION_SIZE = 4_000_000;

/** A model that cannot be built; `field` names where in the task (e.g. `model.layers[2]`). */
export class ModelError extends Error {
  override readonly name = "ModelError";
  constructor(readonly field: string, readonly detail: string) {
    super(`${field}: ${detail}`);
  }
}

export interface ModelShapes {
  /** The output shape of each layer, without the batch axis. */
  readonly outputs: readonly (readonly number[])[];
  readonly slots: readonly WeightSlot[];
  readonly parameters: number;
}

/** Shape inference and weight slots of a model; throws ModelError naming the first layer that does not fit. */
export function inferModel(model: ModelSpec): ModelShapes {
  if (model.inputShape.length === 0 || !model.inputShape.every((d) => Number.isInteger(d) && d >= 1)) {
    throw new ModelError("model.inputShape", `must be a list of positive integers, got [${model.inputShape.join(", ")}]`);
  }
  if (model.layers.length === 0) throw new ModelError("model.layers", "needs at least one layer");
  if (model.layers.length > MAX_LAYERS) throw new ModelError("model.layers", `has ${model.layers.length} layers; at most ${MAX_LAYERS} are allowed`);
  const names = new Map<string, number>();
  const outputs: number[][] = [];
  const slots: WeightSlot[] = [];
  let shape = [...model.inputShape];
  model.layers.forEach((layer, i) => {
    const field = `model.layers[${i}]`;
    if (!LAYER_NAME.test(layer.name)) throw new ModelError(`${field}.name`, `"${layer.name}" is not a valid layer name (letters, digits, _ . -, starting with a letter)`);
    const seen = names.get(layer.name);
    if (seen !== undefined) throw new ModelError(`${field}.name`, `"${layer.name}" is already the name of model.layers[${seen}]`);
    names.set(layer.name, i);
    if (layer.type === "embedding" && i !== 0) throw new ModelError(field, "an embedding layer must be the first layer (it reads integer ids from the data)");
    const out = layerOutput(layer, shape, field);
    for (const w of layerWeights(layer, shape)) slots.push({ name: `${layer.name}/${w.name}`, shape: w.shape, trainable: w.trainable, layer: i });
    const size = sizeOfShape(out);
    if (size > MAX_ACTIVATION_SIZE) throw new ModelError(field, `produces ${size} values per example; at most ${MAX_ACTIVATION_SIZE} are allowed`);
    outputs.push(out);
    shape = out;
  });
  const parameters = slots.reduce((n, s) => n + sizeOfShape(s.shape), 0);
  if (parameters > MAX_PARAMETERS) {
    throw new ModelError("model", `has ${parameters} parameters, over the limit of ${MAX_PARAMETERS}; use fewer or smaller layers`);
  }
  return { outputs, slots, parameters };
}

export function weightLayout(model: ModelSpec): WeightSlot[] {
  return [...inferModel(model).slots];
}

/** The model's output shape (without the batch axis). */
export function outputShape(model: ModelSpec): readonly number[] {
  const { outputs } = inferModel(model);
  return outputs[outputs.length - 1]!;
}

function layerWeights(layer: LayerSpec, input: readonly number[]): { name: string; shape: number[]; trainable: boolean }[] {
  const last = input[input.length - 1]!;
  switch (layer.type) {
    case "dense":
      return [{ name: "kernel", shape: [last, layer.units], trainable: true }, ...(layer.useBias ? [{ name: "bias", shape: [layer.units], trainable: true }] : [])];
    case "conv2d":
      return [
        { name: "kernel", shape: [layer.kernelSize[0], layer.kernelSize[1], last, layer.filters], trainable: true },
        ...(layer.useBias ? [{ name: "bias", shape: [layer.filters], trainable: true }] : []),
      ];
    case "batchNormalization":
      return [
        ...(layer.scale ? [{ name: "gamma", shape: [last], trainable: true }] : []),
        ...(layer.center ? [{ name: "beta", shape: [last], trainable: true }] : []),
        { name: "moving_mean", shape: [last], trainable: false },
        { name: "moving_variance", shape: [last], trainable: false },
      ];
    case "embedding":
      return [{ name: "embeddings", shape: [layer.inputDim, layer.outputDim], trainable: true }];
    default:
      return [];
  }
}

function spatial(size: number, window: number, stride: number, padding: Padding): number {
  return padding === "same" ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function layerOutput(layer: LayerSpec, input: readonly number[], field: string): number[] {
  const need3 = (what: string): [number, number, number] => {
    if (input.length !== 3) throw new ModelError(field, `${what} needs an input of shape [height, width, channels], got [${input.join(", ")}]`);
    return [input[0]!, input[1]!, input[2]!];
  };
  const window2d = (kind: string, win: readonly [number, number], strides: readonly [number, number], padding: Padding, channels: number): number[] => {
    const [h, w] = need3(kind);
    if (padding === "valid" && (win[0] > h || win[1] > w)) {
      throw new ModelError(field, `${kind} window ${win[0]}x${win[1]} does not fit its ${h}x${w} input; use a smaller window or padding "same"`);
    }
    return [spatial(h, win[0], strides[0], padding), spatial(w, win[1], strides[1], padding), channels];
  };
  switch (layer.type) {
    case "dense":
      return [...input.slice(0, -1), layer.units];
    case "conv2d":
      return window2d("conv2d", layer.kernelSize, layer.strides, layer.padding, layer.filters);
    case "maxPooling2d":
    case "averagePooling2d":
      return window2d(layer.type, layer.poolSize, layer.strides, layer.padding, need3(layer.type)[2]);
    case "globalAveragePooling2d":
    case "globalMaxPooling2d":
      return [need3(layer.type)[2]];
    case "flatten":
      return [sizeOfShape(input)];
    case "dropout":
    case "batchNormalization":
    case "activation":
      return [...input];
    case "embedding":
      if (input.length !== 1) throw new ModelError(field, `an embedding reads a row of integer ids, shape [n]; got [${input.join(", ")}]`);
      return [input[0]!, layer.outputDim];
    case "reshape": {
      if (sizeOfShape(layer.targetShape) !== sizeOfShape(input)) {
        throw new ModelError(field, `cannot reshape [${input.join(", ")}] (${sizeOfShape(input)} values) to [${layer.targetShape.join(", ")}]`);
      }
      return [...layer.targetShape];
    }
  }
}
