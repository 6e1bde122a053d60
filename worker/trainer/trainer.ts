import * as tf from "@tensorflow/tfjs";
import type { Dataset } from "../../shared/data/dataset";
import { evaluatePredictions, type EvalMetrics } from "../../shared/metrics/eval-metrics";
import { SeededRng, type Seed } from "../../shared/random/seeded-rng";
import { ProximalTerm } from "./proximal-term";
import { initialWeights } from "../../shared/task/init-weights";
import type { ModelSpec, TaskSpec, TrainConfig } from "../../shared/task/task-spec";
import { weightLayout, type WeightSlot } from "../../shared/task/weight-layout";
import type { ModelWeights, NamedTensor } from "../../shared/tensor/weights";

export interface FitResult {
  /** Mean training loss over the last local epoch. */
  readonly loss: number;
  /** Mean training loss of each local epoch, in order. */
  readonly epochLosses: readonly number[];
  /** Local rows trained on (the FedAvg weight), not rows x epochs. */
  readonly examples: number;
}

/**
 * One tfjs layers model for a ModelSpec, built once and reused across rounds
 * (and, in a pool, across virtual workers: nothing of one fit survives into the
 * next except the weights the caller sets).
 *
 * Call selectBackend() before constructing one. Weights cross this boundary
 * only as copies in weightLayout order (`dense_i/kernel`, `dense_i/bias`); the
 * tfjs layer names, which carry global counters, are never used.
 */
export class Trainer {
  readonly spec: ModelSpec;
  readonly kind: TaskSpec["kind"];
  private readonly model: tf.Sequential;
  private readonly layout: readonly WeightSlot[];
  private readonly variables: tf.Variable[];
  private disposed = false;

  /** Builds the model with initialWeights(spec, initSeed) (Glorot kernels, zero biases). */
  constructor(spec: ModelSpec, initSeed: Seed = 0) {
    this.spec = spec;
    this.kind = spec.loss === "binaryCrossentropy" ? "binary" : "regression";
    this.layout = weightLayout(spec);
    const model = tf.sequential();
    spec.layers.forEach((layer, i) => {
      model.add(
        tf.layers.dense({
          units: layer.units,
          activation: layer.activation,
          // zeros: no draw from tfjs's unseeded RNG; real values come from setWeights
          kernelInitializer: "zeros",
          biasInitializer: "zeros",
          ...(i === 0 ? { inputShape: [spec.inputDim] } : {}),
        }),
      );
    });
    this.model = model;
    const variables = model.trainableWeights.map((w) => w.read());
    if (!(variables.every((v) => v instanceof tf.Variable) && variables.length === this.layout.length)) {
      model.dispose();
      throw new Error(`tfjs model has ${variables.length} trainable weights, layout expects ${this.layout.length}`);
    }
    this.variables = variables.filter((v): v is tf.Variable => v instanceof tf.Variable);
    this.layout.forEach((slot, i) => {
      const got = this.variables[i]!.shape.join("x");
      if (got !== slot.shape.join("x")) throw new Error(`tfjs weight ${i} has shape [${got}], layout says ${slot.name} [${slot.shape.join(", ")}]`);
    });
    this.setWeights(initialWeights(spec, initSeed));
  }

  /** Replaces all weights; names, order and shapes must match weightLayout(spec). */
  setWeights(weights: ModelWeights): void {
    this.checkAlive();
    if (weights.length !== this.layout.length) {
      throw new RangeError(`expected ${this.layout.length} weight tensors (${this.layout.map((s) => s.name).join(", ")}), got ${weights.length}`);
    }
    this.layout.forEach((slot, i) => {
      const w = weights[i]!;
      const size = slot.shape.reduce((a, b) => a * b, 1);
      if (w.name !== slot.name || w.shape.join("x") !== slot.shape.join("x") || w.values.length !== size) {
        throw new RangeError(
          `weight ${i} should be ${slot.name} [${slot.shape.join(", ")}] (${size} values), got ${w.name} [${w.shape.join(", ")}] (${w.values.length} values)`,
        );
      }
    });
    this.layout.forEach((slot, i) => {
      // a copy, so later changes to the caller's array cannot reach the model
      const t = tf.tensor(weights[i]!.values.slice(), [...slot.shape], "float32");
      this.variables[i]!.assign(t);
      t.dispose();
    });
  }

  /** Copies of the current weights, in layout order (never views of tfjs buffers). */
  getWeights(): NamedTensor[] {
    this.checkAlive();
    return this.layout.map((slot, i) => ({
      name: slot.name,
      shape: [...slot.shape],
      values: Float32Array.from(this.variables[i]!.dataSync() as Float32Array),
    }));
  }

  /**
   * Trains `config.localEpochs` epochs of minibatch `config.optimizer` on
   * `data`, shuffling each epoch with a stream seeded by `rngSeed`: the same
   * weights, data and seed give the same result on a backend. A fresh
   * optimizer each call (FedAvg local training; no Adam moments leak between
   * rounds or between the workers that share a pooled trainer).
   */
  async fit(data: Dataset, config: TrainConfig, rngSeed: Seed): Promise<FitResult> {
    this.checkAlive();
    this.checkData(data);
    if (!Number.isInteger(config.batchSize) || config.batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${config.batchSize}`);
    if (!Number.isInteger(config.localEpochs) || config.localEpochs < 1) throw new RangeError(`localEpochs must be a positive integer, got ${config.localEpochs}`);
    if (!(config.learningRate > 0) || !Number.isFinite(config.learningRate)) throw new RangeError(`learningRate must be positive, got ${config.learningRate}`);

    // FedProx: config.proximalMu > 0 adds mu/2 * ||w - w_round_start||^2 to the loss minimised (and reported).
    const proximal = ProximalTerm.anchor(config.proximalMu, this.variables);

    const { rows, cols } = data;
    const rng = SeededRng.fromSeed(rngSeed).fork("trainer/batches");
    const optimizer = config.optimizer === "adam" ? tf.train.adam(config.learningRate) : tf.train.sgd(config.learningRate);
    const xs = tf.tensor2d(data.x.slice(), [rows, cols]);
    const ys = tf.tensor2d(data.y.slice(), [rows, 1]);
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
            const xb = xe.slice([start, 0], [n, cols]);
            const yb = ye.slice([start, 0], [n, 1]);
            const objective = (): tf.Scalar => {
              const l = this.loss(yb, this.forward(xb, true));
              return proximal ? proximal.addTo(l, this.variables) : l;
            };
            const cost = optimizer.minimize(objective, true, this.variables);
            if (cost === null) throw new Error("optimizer returned no cost");
            return lossSum.add(cost.mul(n));
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
      proximal?.dispose();
      optimizer.dispose();
    }
    return { loss: epochLosses[epochLosses.length - 1]!, epochLosses, examples: rows };
  }

  /** The model's outputs for every row (probabilities for a binary task). */
  async predict(data: Dataset): Promise<Float32Array> {
    this.checkAlive();
    this.checkData(data);
    const out = tf.tidy(() => this.forward(tf.tensor2d(data.x, [data.rows, data.cols]), false));
    try {
      return Float32Array.from((await out.data()) as Float32Array);
    } finally {
      out.dispose();
    }
  }

  /** MSE (regression) or loss, accuracy and AUC (binary) on `data`. */
  async evaluate(data: Dataset): Promise<EvalMetrics> {
    return evaluatePredictions(this.kind, await this.predict(data), data.y);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }

  private forward(x: tf.Tensor, training: boolean): tf.Tensor {
    const out = this.model.apply(x, { training });
    if (!(out instanceof tf.Tensor)) throw new Error("the model returned no single tensor");
    return out;
  }

  private loss(y: tf.Tensor, pred: tf.Tensor): tf.Scalar {
    const l = this.kind === "binary" ? tf.losses.logLoss(y, pred, undefined, 1e-7) : tf.losses.meanSquaredError(y, pred);
    return l.asScalar();
  }

  private checkData(data: Dataset): void {
    if (data.cols !== this.spec.inputDim) throw new RangeError(`model takes ${this.spec.inputDim} features, data has ${data.cols}`);
    if (data.rows < 1) throw new RangeError("no rows to train or evaluate on");
    if (data.x.length !== data.rows * data.cols || data.y.length !== data.rows) {
      throw new RangeError(`dataset arrays do not match ${data.rows} rows x ${data.cols} columns`);
    }
  }

  private checkAlive(): void {
    if (this.disposed) throw new Error("this Trainer was disposed");
  }
}
