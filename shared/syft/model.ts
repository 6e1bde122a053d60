/**
 * Models in the chain: a Model (architecture and weights, what a tfjs model
 * is made from) sent to a worker becomes a ModelPointer; training runs there
 * on the worker's own data pointers, with the worker's executor (tfjs), and
 * only what the caller asks for comes back: the fit report, a pointer to the
 * parameters (to share them for secure averaging), or the model itself.
 */
import { weightLayout } from "../task/weight-layout";
import { flatten, unflatten, type NamedTensor } from "../tensor/weights";
import { DeletedPointerError, SyftError } from "./errors";
import type { FitConfig, ModelData } from "./messages";
import { modelSpecOf, type SyftModelSpec } from "./model-spec";
import { PointerTensor } from "./pointer-tensor";
import { Tensor } from "./tensor";
import type { WorkerHandle } from "./worker-handle";

export interface FitReport {
  readonly loss: number;
  readonly epochLosses: readonly number[];
  readonly examples: number;
}

export class Model {
  readonly spec: SyftModelSpec;
  readonly weights: readonly NamedTensor[];

  /** `spec`: a task (only its kind, loss and model are kept) or a model spec; `weights` in its weight layout. */
  constructor(spec: SyftModelSpec, weights: readonly NamedTensor[]) {
    this.spec = modelSpecOf(spec);
    const layout = weightLayout(spec.model);
    if (weights.length !== layout.length || weights.some((w, i) => w.name !== layout[i]!.name || w.shape.join("x") !== layout[i]!.shape.join("x"))) {
      throw new SyftError("BAD_REQUEST", `the weights do not match the model's layout (${layout.map((l) => `${l.name} [${l.shape.join(", ")}]`).join(", ")})`);
    }
    this.weights = weights.map((w) => ({ name: w.name, shape: [...w.shape], values: w.values.slice() }));
  }

  data(): ModelData { return { spec: this.spec, weights: this.weights }; }

  /** All parameters as one flat tensor (layout order). */
  parameters(): Tensor { return new Tensor(Float64Array.from(flatten(this.weights)), [flatten(this.weights).length]); }

  /** A copy with these flat parameters. */
  withParameters(flat: Tensor): Model {
    return new Model(this.spec, unflatten(Float32Array.from(flat.values), this.weights));
  }

  async send(worker: WorkerHandle): Promise<ModelPointer> {
    const ref = await worker.makeObject({ type: "storeModel", model: this.data() });
    if (ref.kind !== "model") throw new SyftError("MALFORMED", `worker ${worker.id} stored a model as ${ref.kind}`);
    return new ModelPointer(worker, ref.id, this.spec);
  }
}

export function model(spec: SyftModelSpec, weights: readonly NamedTensor[]): Model {
  return new Model(spec, weights);
}

export class ModelPointer {
  private state: "live" | "deleted" | "fetched" = "live";

  constructor(readonly location: WorkerHandle, readonly id: string, readonly spec: SyftModelSpec) {}

  /** Trains the model where it lives on the data pointers there (same worker). */
  async fit(x: PointerTensor<"float">, y: PointerTensor<"float">, config: FitConfig): Promise<FitReport> {
    this.checkLive("fit");
    for (const p of [x, y]) {
      p.checkLive("fit");
      if (p.location !== this.location) throw new SyftError("BAD_REQUEST", `fit: the model is at ${this.location.id}, the data at ${p.location.id}; send both to one worker`);
    }
    const r = await this.location.expect({ type: "fit", model: this.id, x: x.id, y: y.id, config }, "fit");
    return { loss: r.loss, epochLosses: r.epochLosses, examples: r.examples };
  }

  /** A pointer to a flat copy of the parameters, at the model's worker. */
  async parameters(): Promise<PointerTensor<"float">> {
    this.checkLive("parameters");
    return PointerTensor.fromRef(this.location, await this.location.makeObject({ type: "parameters", model: this.id }), "float", null);
  }

  /** Replaces the parameters with a flat tensor (sent for the purpose and freed after). */
  async setParameters(flat: Tensor | PointerTensor<"float">): Promise<void> {
    this.checkLive("setParameters");
    const ptr = flat instanceof Tensor ? await flat.send(this.location) : flat;
    try {
      await this.location.expect({ type: "setParameters", model: this.id, tensor: ptr.id }, "ok");
    } finally {
      if (flat instanceof Tensor) await ptr.delete();
    }
  }

  /** Brings the model back and deletes it at the worker. */
  async get(): Promise<Model> {
    this.checkLive("get");
    const got = await this.location.expect({ type: "get", id: this.id, keep: false }, "got");
    this.state = "fetched";
    if (got.value.kind !== "model") throw new SyftError("MALFORMED", `worker ${this.location.id} returned a ${got.value.kind} tensor for model ${this.id}`);
    return new Model(got.value.model.spec, got.value.model.weights);
  }

  async delete(): Promise<void> {
    if (this.state !== "live") return;
    await this.location.expect({ type: "delete", id: this.id }, "ok");
    this.state = "deleted";
  }

  toString(): string { return `ModelPointer(${this.location.id}:${this.id})`; }

  private checkLive(use: string): void {
    if (this.state !== "live") throw new DeletedPointerError(this.location.id, this.id, `${this.state} before ${use}`);
  }
}
