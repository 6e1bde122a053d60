/**
 * The syft workers' model executor on TensorFlow.js: a model that arrives as
 * spec and weights is loaded into a Trainer (one per architecture, shared by
 * the virtual workers of a process and used by one fit at a time), trained on
 * the worker's data, and its weights read back. Uses only the Trainer's public
 * API (constructor, setWeights, fit, getWeights).
 */
import type { Dataset } from "../../shared/data/dataset";
import type { ExecutorFitResult, ModelExecutor } from "../../shared/syft/executor";
import type { FitConfig, ModelData } from "../../shared/syft/messages";
import { selectBackend, type BackendName } from "../backend/select-backend";
import { TrainerLock } from "../tfjs-learner";
import { Trainer } from "../trainer/trainer";

interface Slot {
  readonly trainer: Trainer;
  readonly lock: TrainerLock;
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
      slot = { trainer: new Trainer(model.spec, 0), lock: new TrainerLock() };
      this.slots.set(key, slot);
    }
    const { trainer, lock } = slot;
    return lock.run(async () => {
      trainer.setWeights(model.weights);
      const r = await trainer.fit(data, {
        optimizer: config.optimizer, learningRate: config.learningRate, batchSize: config.batchSize, localEpochs: config.epochs, seed: config.seed,
      }, config.seed);
      return { weights: trainer.getWeights(), loss: r.loss, epochLosses: r.epochLosses, examples: r.examples };
    });
  }

  dispose(): void {
    for (const s of this.slots.values()) s.trainer.dispose();
    this.slots.clear();
  }
}
