/**
 * A learning task as data: what the coordinator sends and the worker trains.
 * No tfjs here; the trainer builds a tfjs model from a ModelSpec.
 */
export type TaskName = "boston" | "pima";
export const TASK_NAMES: readonly TaskName[] = ["boston", "pima"] as const;

export type Activation = "relu" | "linear" | "sigmoid";

export interface DenseLayerSpec {
  readonly units: number;
  readonly activation: Activation;
}

export interface ModelSpec {
  readonly inputDim: number;
  readonly layers: readonly DenseLayerSpec[];
  readonly loss: "meanSquaredError" | "binaryCrossentropy";
}

export interface TrainConfig {
  readonly optimizer: "sgd" | "adam";
  readonly learningRate: number;
  readonly batchSize: number;
  readonly localEpochs: number;
  /** Seed for the worker's batch shuffling (the worker mixes in its own id). */
  readonly seed: number;
  readonly proximalMu?: number;
}

export interface TaskSpec {
  readonly name: TaskName;
  readonly kind: "regression" | "binary";
  /** File name under examples/data/. */
  readonly csvFile: string;
  /** Feature columns, in the order the model sees them. */
  readonly features: readonly string[];
  readonly target: string;
  readonly model: ModelSpec;
  readonly train: TrainConfig;
  readonly rounds: number;
}
