/**
 * The syft workers' model executor on TensorFlow.js: a model that arrives as
 * spec (kind, loss, layer list) and weights is loaded into a Trainer (one per
 * spec, shared by the virtual workers of a process and used by one fit at a
 * time), trained on the worker's data, and its weights read back. Uses only
 * the Trainer's public API (constructor, setWeights, fit, getWeights).
 */
import type { Dataset } from "../../shared/data/dataset";
import type { ExecutorFitResult, ModelExecutor } from "../../shared/syft/executor";
import type { FitConfig, ModelData } from "../../shared/syft/messages";
import type { SyftModelSpec } from "../../shared/syft/model-spec";
import { selectBackend, type BackendName } from "../backend/select-backend";
import { TrainerLock } from "../tfjs-learner";
import { Trainer, type TrainerTask } from "../trainer/trainer";

interface Slot {
  readonly trainer: Trainer;
  readonly lock: TrainerLock;
}

/** The trainer's view of a syft model: the data arrive as tensors already prepared by their owner, so no preprocessing. */
function trainerTask(spec: SyftModelSpec): TrainerTask {
  return { kind: spec.kind, loss: spec.loss, model: spec.model, preprocessing: { scaling: { kind: "none" }, missing: { kind: "refuse" }, oneHot: {} } };
}

export class TfjsExecutor implements ModelExecutor {
  private readonly slots = new Map<string, Slot>();

  /** `backend`: force a tfjs backend (default: the best available, as selectBackend chooses). */
  constructor(private readonly backend?: BackendName) {}

  async fit(model: ModelData, data: Dataset, config: FitConfig): Promise<ExecutorFitResult> {
    await selectBackend(this.backend);
    const key = JSON.stringify(model.spec);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = { trainer: new Trainer(trainerTask(model.spec), 0), lock: new TrainerLock() };
      this.slots.set(key, slot);
    }
    const { trainer, lock } = slot;
    return lock.run(async () => {
      trainer.setWeights(model.weights);
      const r = await trainer.fit(data, {
        optimizer: config.optimizer, learningRate: config.learningRate, batchSize: config.batchSize, localEpochs: config.epochs, seed: config.seed,
      }, config.seed);
      return { weights: await trainer.getWeights(), loss: r.loss, epochLosses: r.epochLosses, examples: r.examples };
    });
  }

  dispose(): void {
    for (const s of this.slots.values()) s.trainer.dispose();
    this.slots.clear();
  }
}
