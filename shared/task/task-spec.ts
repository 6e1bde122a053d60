import type { NamedTensor } from "../tensor/weights";
import type { LayerSpec } from "./layer-spec";

/**
 * A learning task as data: what the coordinator and every worker agree on. It
 * is read from a task file (docs/tasks.md, examples/tasks/*.json) and checked
 * before anything trains; no code travels with it. No tfjs here: the trainer
 * builds a tfjs model from the ModelSpec.
 */
export type TaskName = string;

export type TaskKind = "regression" | "binary" | "multiclass";
export const TASK_KINDS: readonly TaskKind[] = ["regression", "binary", "multiclass"];

export type LossName = "meanSquaredError" | "meanAbsoluteError" | "binaryCrossentropy" | "categoricalCrossentropy";
export type MetricName = "mse" | "mae" | "accuracy" | "auc";

/** A class label as the task file declares it (and the CSV's target column holds it). */
export type ClassLabel = string | number;

export interface ModelSpec {
  /** The shape of one example, without the batch axis: [features] for a table, [height, width, channels] for images. */
  readonly inputShape: readonly number[];
  readonly layers: readonly LayerSpec[];
}

export interface TrainConfig {
  readonly optimizer: "sgd" | "adam";
  readonly learningRate: number;
  readonly batchSize: number;
  readonly localEpochs: number;
  /** Seed for the worker's batch shuffling (the worker mixes in its own id). */
  readonly seed: number;
  /** FedProx: mu / 2 * ||w - w_global||^2 added to the local loss (0 or absent: plain FedAvg). */
  readonly proximalMu?: number;
}

/** How the feature columns are scaled before the model sees them. */
export type Scaling =
  | { readonly kind: "standardise" }
  | { readonly kind: "none" }
  | { readonly kind: "divide"; readonly by: number };

/** What to do with a missing cell (empty, NA, NaN, ?): refuse the file, or put a declared constant in its place. */
export type MissingPolicy =
  | { readonly kind: "refuse" }
  | { readonly kind: "impute"; readonly values: Readonly<Record<string, number>> };

export interface Preprocessing {
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  /** Categorical feature columns expanded into one 0/1 column per declared category, in place. */
  readonly oneHot: Readonly<Record<string, readonly ClassLabel[]>>;
}

export interface ImageShape {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export interface TaskSpec {
  readonly name: TaskName;
  readonly description: string;
  readonly kind: TaskKind;
  /** The CSV the task names (absolute path), for demos and simulations; workers bring their own. */
  readonly dataFile?: string;
  /** Raw feature columns of the CSV, in the order the model sees them (before one-hot expansion). */
  readonly features: readonly string[];
  readonly target: string;
  /** Declared labels: [0, 1]-like for binary (the second is the positive class), K labels for multiclass, [] for regression. */
  readonly classes: readonly ClassLabel[];
  /** Present for image tables: the feature columns are the pixels, row by row (channels last). */
  readonly image?: ImageShape;
  /** Columns of a CSV that the task does not use: ignored (and logged by name) or refused. */
  readonly extraColumns: "ignore" | "refuse";
  readonly preprocessing: Preprocessing;
  readonly model: ModelSpec;
  readonly loss: LossName;
  readonly metrics: readonly MetricName[];
  readonly train: TrainConfig;
  readonly rounds: number;
  /** L2 bound every worker applies to its update (the default norm bound of every mode). */
  readonly clipNorm: number;
  /** Optional plausible range of a raw feature column; a value outside it is refused. */
  readonly bounds: Readonly<Record<string, readonly [number, number]>>;
  /** Initial weights shipped with a tfjs model.json, in weightLayout order. */
  readonly initialWeights?: readonly NamedTensor[];
}
