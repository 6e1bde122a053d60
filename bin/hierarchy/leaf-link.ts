import { flatten, unflatten, type ModelWeights, type NamedTensor } from "../../shared/tensor/weights";
import type { Standardisation } from "../../shared/protocol/messages";
import type { TrainConfig } from "../../shared/task/task-spec";
import type { ShardFailure, ShardSum, Upstream } from "../../server/hierarchy/upstream";
import type { FeatureMoments, LocalLearner } from "../../worker/local-learner";

/** Thrown to the root (as TRAINING_FAILED) when the leaf's round produced no sum. */
export class ShardRoundFailed extends Error {
  constructor(reason: string) {
    super(`the leaf's secure aggregation gave no sum this round (${reason}); the root counts this leaf as failed for the round`);
    this.name = "ShardRoundFailed";
  }
}

/**
 * The two faces of a leaf of a hierarchy (docs/scale.md, "Hierarchical aggregation"), joined:
 * towards the root it is a worker's LocalLearner (the leaf connects to the root as an ordinary
 * site, through WorkerClient and any transport); towards the leaf's own Coordinator it is the
 * Upstream. "Training" on the root's model runs one leaf round (SecAgg+ over the shard) and
 * returns the model moved by the shard's weighted mean update, with the shard's example count:
 * the worker then sends exactly the shard sum (as mean and count) to the root in plaintext, and
 * nothing of any one worker. The mean of updates each clipped to C has norm at most C, so the
 * worker-side clip to the same C leaves it as it is.
 */
export class LeafLink implements LocalLearner, Upstream {
  readonly backend = "leaf";
  readonly exactCount = true;
  private models: (ModelWeights | null)[] = [];
  private modelWaiter: ((m: ModelWeights | null) => void) | null = null;
  private sumWaiter: ((s: ShardSum | ShardFailure) => void) | null = null;
  private closed = false;

  /** `shardExamples`: the examples the leaf's workers announced (read when the leaf joins the root). */
  constructor(private readonly shardExamples: () => number) {}

  get numExamples(): number { return this.shardExamples(); }

  moments(): FeatureMoments {
    throw new Error("a leaf does not answer federated standardisation (round 0 is not forwarded across leaves yet); run the root without it");
  }

  async train(weights: ModelWeights, _config: TrainConfig, _s: Standardisation | null): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    if (this.closed) throw new ShardRoundFailed("this leaf's own run has ended");
    const sum = await new Promise<ShardSum | ShardFailure>((resolve) => {
      this.sumWaiter = resolve;
      this.deliver(weights);
    });
    if ("failed" in sum) throw new ShardRoundFailed(sum.failed);
    const moved = flatten(weights);
    for (let i = 0; i < moved.length; i++) moved[i]! += sum.weightedSum[i]! / sum.totalWeight;
    return { weights: unflatten(moved, weights), loss: sum.trainLoss ?? 0, examples: sum.examples };
  }

  async evaluate(): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> {
    throw new Error("a leaf does not evaluate for the root; run the root with --fraction-evaluate 0");
  }

  model(_round: number): Promise<ModelWeights | null> {
    const queued = this.models.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => { this.modelWaiter = resolve; });
  }

  forward(_round: number, sum: ShardSum | ShardFailure): void {
    const waiter = this.sumWaiter;
    this.sumWaiter = null;
    waiter?.(sum);
  }

  /** The root is gone, or the leaf's own run ended: no more models go down, and no more rounds are answered. */
  close(): void {
    this.closed = true;
    this.deliver(null);
    this.forward(0, { failed: "the connection to the root closed" });
  }

  private deliver(model: ModelWeights | null): void {
    const waiter = this.modelWaiter;
    this.modelWaiter = null;
    if (waiter) waiter(model);
    else if (model !== null) this.models.push(model);
  }
}
