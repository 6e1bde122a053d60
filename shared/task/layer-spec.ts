/**
 * The closed set of tfjs Layers layers a task may use, as plain data. A task's
 * model is a list of these (read from a short layer list or from a tfjs
 * `model.json` topology); anything else is refused before use, so no custom
 * layer and no code ever reaches the trainer.
 */
export const ACTIVATIONS = ["linear", "relu", "relu6", "elu", "selu", "sigmoid", "hardSigmoid", "tanh", "softmax", "softplus", "softsign", "swish"] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export type Padding = "valid" | "same";

export interface DenseLayer {
  readonly type: "dense";
  readonly name: string;
  readonly units: number;
  readonly activation: Activation;
  readonly useBias: boolean;
}

export interface Conv2dLayer {
  readonly type: "conv2d";
  readonly name: string;
  readonly filters: number;
  readonly kernelSize: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly padding: Padding;
  readonly activation: Activation;
  readonly useBias: boolean;
}

export interface Pooling2dLayer {
  readonly type: "maxPooling2d" | "averagePooling2d";
  readonly name: string;
  readonly poolSize: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly padding: Padding;
}

export interface GlobalPooling2dLayer {
  readonly type: "globalAveragePooling2d" | "globalMaxPooling2d";
  readonly name: string;
}

export interface FlattenLayer {
  readonly type: "flatten";
  readonly name: string;
}

export interface DropoutLayer {
  readonly type: "dropout";
  readonly name: string;
  readonly rate: number;
}

/**
 * Batch normalisation over the last axis. Its moving mean and variance are
 * non-trainable weights that travel with the others and are averaged by FedAvg
 * like them (docs/tasks.md).
 */
export interface BatchNormalizationLayer {
  readonly type: "batchNormalization";
  readonly name: string;
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
}

/** Integer ids in [0, inputDim) to vectors; must be the first layer, on unscaled integer columns. */
export interface EmbeddingLayer {
  readonly type: "embedding";
  readonly name: string;
  readonly inputDim: number;
  readonly outputDim: number;
}

export interface ActivationLayer {
  readonly type: "activation";
  readonly name: string;
  readonly activation: Activation;
}

export interface ReshapeLayer {
  readonly type: "reshape";
  readonly name: string;
  readonly targetShape: readonly number[];
}

export type LayerSpec =
  | DenseLayer
  | Conv2dLayer
  | Pooling2dLayer
  | GlobalPooling2dLayer
  | FlattenLayer
  | DropoutLayer
  | BatchNormalizationLayer
  | EmbeddingLayer
  | ActivationLayer
  | ReshapeLayer;

export type LayerType = LayerSpec["type"];

export const LAYER_TYPES: readonly LayerType[] = [
  "dense", "conv2d", "maxPooling2d", "averagePooling2d", "globalAveragePooling2d", "globalMaxPooling2d",
  "flatten", "dropout", "batchNormalization", "embedding", "activation", "reshape",
];

/** The tfjs / Keras class name of each layer type (what model.json's `class_name` says). */
export const KERAS_CLASS: Readonly<Record<LayerType, string>> = {
  dense: "Dense",
  conv2d: "Conv2D",
  maxPooling2d: "MaxPooling2D",
  averagePooling2d: "AveragePooling2D",
  globalAveragePooling2d: "GlobalAveragePooling2D",
  globalMaxPooling2d: "GlobalMaxPooling2D",
  flatten: "Flatten",
  dropout: "Dropout",
  batchNormalization: "BatchNormalization",
  embedding: "Embedding",
  activation: "Activation",
  reshape: "Reshape",
};

/** Layer and weight names: they name weights on the wire as `layer/weight`. */
export const LAYER_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
