import * as tf from "@tensorflow/tfjs";
import type { Dataset } from "../../shared/data/dataset";
import { evaluatePredictions, type EvalMetrics } from "../../shared/metrics/eval-metrics";
import { SeededRng, type Seed } from "../../shared/random/seeded-rng";
import { initialTaskWeights } from "../../shared/task/init-weights";
import type { TaskSpec, TrainConfig } from "../../shared/task/task-spec";
import type { WeightSlot } from "../../shared/task/weight-layout";
import { sizeOfShape, type ModelWeights, type NamedTensor } from "../../shared/tensor/weights";
import { buildModel } from "./build-model";

export interface FitResult {
  /** Mean training loss over the last local epoch (without the proximal term). */
  readonly loss: number;
  /** Mean training loss of each local epoch, in order. */
  readonly epochLosses: readonly number[];
  /** Local rows trained on (the FedAvg weight), not rows x epochs. */
  readonly examples: number;
}

/** What the trainer needs of a task: the model, how its output is read and trained, how its inputs are scaled. */
export type TrainerTask = Pick<TaskSpec, "model" | "kind" | "loss" | "initialWeights" | "preprocessing">;

/** Rows per forward pass when predicting (bounds the memory of one evaluation). */
const PREDICT_CHUNK = 2048;

/**
 * One tfjs layers model for a task, built once and reused across rounds (and,
 * in a pool, across virtual workers: nothing of one fit survives into the
 * next except the weights the caller sets).
 *
 * Call selectBackend() before constructing one. Weights cross this boundary
 * only as copies in weightLayout order and names (`dense_0/kernel`, ...); the
 * tfjs variable names, which carry global counters, are never used. Every read
 * from tfjs is asynchronous (`data()`), as the WebGPU backend requires.
 */
export class Trainer {
  readonly task: TrainerTask;
  private readonly model: tf.Sequential;
  private readonly layout: readonly WeightSlot[];
  private readonly variables: readonly tf.Variable[];
  private readonly trainable: readonly tf.Variable[];
  private readonly outputUnits: number;
  private disposed = false;

  /** Builds the model with the task's initial weights (its model.json's, else initialWeights(model, initSeed)). */
  constructor(task: TrainerTask, initSeed: Seed = 0) {
    this.task = task;
    const built = buildModel(task.model);
    this.model = built.model;
    this.layout = built.layout;
    this.variables = built.variables;
    this.trainable = built.variables.filter((_, i) => built.layout[i]!.trainable);
    const out = this.model.outputs[0]!.shape;
    this.outputUnits = Number(out[out.length - 1]);
    this.setWeights(initialTaskWeights(task, initSeed));
  }

  /** Replaces all weights; names, order and shapes must match the layout, every value finite. */
  setWeights(weights: ModelWeights): void {
    this.checkAlive();
    if (weights.length !== this.layout.length) {
      throw new RangeError(`expected ${this.layout.length} weight tensors (${this.layout.map((s) => s.name).join(", ")}), got ${weights.length}`);
    }
    this.layout.forEach((slot, i) => {
      const w = weights[i]!;
      const size = sizeOfShape(slot.shape);
      if (w.name !== slot.name || w.shape.join("x") !== slot.shape.join("x") || w.values.length !== size) {
        throw new RangeError(
          `weight ${i} should be ${slot.name} [${slot.shape.join(", ")}] (${size} values), got ${w.name} [${w.shape.join(", ")}] (${w.values.length} values)`,
        );
      }
      const bad = w.values.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) throw new RangeError(`weight ${slot.name} holds a non-finite value (${w.values[bad]}) at index ${bad}`);
    });
    this.layout.forEach((slot, i) => {
      // a copy, so later changes to the caller's array cannot reach the model
      const t = tf.tensor(weights[i]!.values.slice(), [...slot.shape], "float32");
      this.variables[i]!.assign(t);
      t.dispose();
    });
  }

  /** Copies of the current weights, in layout order (never views of tfjs buffers). */
  async getWeights(): Promise<NamedTensor[]> {
    this.checkAlive();
    const values = await Promise.all(this.variables.map((v) => v.data()));
    return this.layout.map((slot, i) => ({ name: slot.name, shape: [...slot.shape], values: Float32Array.from(values[i]!) }));
  }

  /**
   * Trains `config.localEpochs` epochs of minibatch `config.optimizer` on
   * `data`, shuffling each epoch with a stream seeded by `rngSeed`: the same
   * weights, data and seed give the same result on a backend (dropout layers
   * draw from tfjs's own generator and are the exception). A fresh optimizer
   * each call (FedAvg local training; no Adam moments leak between rounds or
   * between the workers that share a pooled trainer). With
   * `config.proximalMu` > 0 the local loss adds mu / 2 * ||w - w_start||^2
   * over the trainable weights, w_start being the weights at the call (FedProx).
   */
  async fit(data: Dataset, config: TrainConfig, rngSeed: Seed): Promise<FitResult> {
    this.checkAlive();
    this.checkData(data);
    if (!Number.isInteger(config.batchSize) || config.batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${config.batchSize}`);
    if (!Number.isInteger(config.localEpochs) || config.localEpochs < 1) throw new RangeError(`localEpochs must be a positive integer, got ${config.localEpochs}`);
    if (!(config.learningRate > 0) || !Number.isFinite(config.learningRate)) throw new RangeError(`learningRate must be positive, got ${config.learningRate}`);
    const mu = config.proximalMu ?? 0;
    if (!(mu >= 0) || !Number.isFinite(mu)) throw new RangeError(`proximalMu must be a non-negative number, got ${mu}`);

    const { rows } = data;
    const rng = SeededRng.fromSeed(rngSeed).fork("trainer/batches");
    const optimizer = config.optimizer === "adam" ? tf.train.adam(config.learningRate) : tf.train.sgd(config.learningRate);
    const xs = this.inputs(data);
    const ys = this.targets(data);
    const anchors = mu > 0 ? this.trainable.map((v) => tf.clone(v)) : [];
    const epochLosses: number[] = [];
    try {
      for (let epoch = 0; epoch < config.localEpochs; epoch++) {
        const order = tf.tensor1d(Int32Array.from(rng.permutation(rows)), "int32");
        const xe = tf.gather(xs, order);
        const ye = tf.gather(ys, order);
        order.dispose();
        let lossSum: tf.Tensor = tf.scalar(0);
        for (let start = 0; start < rows; start += config.batchSize) {
          const n = Math.min(config.batchSize, rows - start);
          const next = tf.tidy(() => {
            const xb = sliceRows(xe, start, n);
            const yb = sliceRows(ye, start, n);
            if (mu === 0) {
              const cost = optimizer.minimize(() => this.loss(yb, this.forward(xb, true)), true, [...this.trainable]);
              if (cost === null) throw new Error("optimizer returned no cost");
              return lossSum.add(cost.mul(n));
            }
            // The reported loss leaves out the proximal term: kept past minimize's own tidy, freed below.
            const held: { base?: tf.Scalar } = {};
            optimizer.minimize(() => {
              held.base = tf.keep(this.loss(yb, this.forward(xb, true)));
              return held.base.add(this.proximal(anchors, mu));
            }, false, [...this.trainable]);
            if (held.base === undefined) throw new Error("optimizer computed no loss");
            const sum = lossSum.add(held.base.mul(n));
            held.base.dispose();
            return sum;
          });
          lossSum.dispose();
          lossSum = next;
        }
        xe.dispose();
        ye.dispose();
        const total = (await lossSum.data())[0]!;
        lossSum.dispose();
        epochLosses.push(total / rows);
      }
    } finally {
      xs.dispose();
      ys.dispose();
      for (const a of anchors) a.dispose();
      optimizer.dispose();
    }
    return { loss: epochLosses[epochLosses.length - 1]!, epochLosses, examples: rows };
  }

  /** The model's outputs for every row: rows x outputs, row-major (probabilities for a classification task). */
  async predict(data: Dataset): Promise<Float32Array> {
    this.checkAlive();
    this.checkData(data);
    const out = new Float32Array(data.rows * this.outputUnits);
    const xs = this.inputs(data);
    try {
      for (let start = 0; start < data.rows; start += PREDICT_CHUNK) {
        const n = Math.min(PREDICT_CHUNK, data.rows - start);
        const y = tf.tidy(() => this.forward(sliceRows(xs, start, n), false));
        try {
          out.set(await y.data(), start * this.outputUnits);
        } finally {
          y.dispose();
        }
      }
    } finally {
      xs.dispose();
    }
    return out;
  }

  /** The task's metrics on `data`: MSE and MAE; loss, accuracy and AUC; or loss and accuracy. */
  async evaluate(data: Dataset): Promise<EvalMetrics> {
    return evaluatePredictions(this.task.kind, await this.predict(data), data.y, { loss: this.task.loss });
  }

  /** The tfjs model itself (to serialise its topology); weights go through getWeights. */
  get layersModel(): tf.LayersModel {
    this.checkAlive();
    return this.model;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }

  private inputs(data: Dataset): tf.Tensor {
    return tf.tensor(data.x.slice(), [data.rows, ...this.task.model.inputShape], "float32");
  }

  private targets(data: Dataset): tf.Tensor {
    if (this.task.kind !== "multiclass") return tf.tensor2d(data.y.slice(), [data.rows, 1]);
    const labels = Int32Array.from(data.y);
    labels.forEach((c, r) => {
      if (!(c >= 0 && c < this.outputUnits)) throw new RangeError(`row ${r} has class index ${c}, the model has ${this.outputUnits} classes`);
    });
    return tf.tidy(() => tf.oneHot(tf.tensor1d(labels, "int32"), this.outputUnits).toFloat());
  }

  private forward(x: tf.Tensor, training: boolean): tf.Tensor {
    const out = this.model.apply(x, { training });
    if (!(out instanceof tf.Tensor)) throw new Error("the model returned no single tensor");
    return out;
  }

  private loss(y: tf.Tensor, pred: tf.Tensor): tf.Scalar {
    switch (this.task.loss) {
      case "binaryCrossentropy":
        return tf.losses.logLoss(y, pred, undefined, 1e-7).asScalar();
      case "categoricalCrossentropy":
        return tf.tidy(() => tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(tf.clipByValue(pred, 1e-7, 1 - 1e-7))), -1))).asScalar());
      case "meanAbsoluteError":
        return tf.losses.absoluteDifference(y, pred).asScalar();
      case "meanSquaredError":
        return tf.losses.meanSquaredError(y, pred).asScalar();
    }
  }

  private proximal(anchors: readonly tf.Tensor[], mu: number): tf.Scalar {
    const terms = this.trainable.map((v, i) => tf.sum(tf.square(tf.sub(v, anchors[i]!))));
    return tf.mul(tf.addN(terms), mu / 2).asScalar();
  }

  private checkData(data: Dataset): void {
    const width = sizeOfShape(this.task.model.inputShape);
    if (data.cols !== width) throw new RangeError(`model takes ${width} features, data has ${data.cols}`);
    if (data.rows < 1) throw new RangeError("no rows to train or evaluate on");
    if (data.x.length !== data.rows * data.cols || data.y.length !== data.rows) {
      throw new RangeError(`dataset arrays do not match ${data.rows} rows x ${data.cols} columns`);
    }
  }

  private checkAlive(): void {
    if (this.disposed) throw new Error("this Trainer was disposed");
  }
}

/** Rows [start, start + n) of a tensor of any rank. */
function sliceRows(t: tf.Tensor, start: number, n: number): tf.Tensor {
  const begin = t.shape.map((_, i) => (i === 0 ? start : 0));
  const size = t.shape.map((d, i) => (i === 0 ? n : d));
  return tf.slice(t, begin, size);
}
