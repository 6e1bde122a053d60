import { flatten, unflatten, type ModelWeights, type NamedTensor } from "../../shared/tensor/weights";
import type { Standardisation } from "../../shared/protocol/messages";
import type { TrainConfig } from "../../shared/task/task-spec";
import type { RootRequest, ShardEvaluation, ShardFailure, ShardMoments, ShardSum, Upstream } from "../../server/hierarchy/upstream";
import type { FeatureMoments, LocalLearner } from "../../worker/local-learner";

/** Thrown to the root (as TRAINING_FAILED, or EVALUATION_FAILED) when the leaf's round gave no sum, no moments for round 0, or no evaluation. */
export class ShardRoundFailed extends Error {
  constructor(reason: string, what = "secure aggregation gave no sum this round") {
    super(`the leaf's ${what} (${reason}); the root counts this leaf as failed for the round`);
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
 * worker-side clip to the same C leaves it as it is. The root's round 0 is answered the same way:
 * the leaf runs a statistics round over its shard and reports the shard's pooled moments and row
 * count as a worker reports its own; the standardisation the root then sends with each round is
 * the one the leaf's workers scale with.
 */
export class LeafLink implements LocalLearner, Upstream {
  readonly backend = "leaf";
  readonly exactCount = true;
  private requests: (RootRequest | null)[] = [];
  private requestWaiter: ((m: RootRequest | null) => void) | null = null;
  private readonly shardSum = new PendingAnswer<ShardSum | ShardFailure>();
  private readonly shardMoments = new PendingAnswer<ShardMoments | ShardFailure>();
  private readonly shardEvaluation = new PendingAnswer<ShardEvaluation | ShardFailure>();
  private closed = false;

  /** `shardExamples`: the examples the leaf's workers announced (read when the leaf joins the root). */
  constructor(private readonly shardExamples: () => number) {}

  get numExamples(): number { return this.shardExamples(); }

  async moments(): Promise<FeatureMoments> {
    const what = "statistics round gave no feature moments for round 0";
    if (this.closed) throw new ShardRoundFailed("this leaf's own run has ended", what);
    const m = await this.ask(this.shardMoments, { kind: "stats" });
    if ("failed" in m) throw new ShardRoundFailed(m.failed, what);
    return { mean: Float64Array.from(m.mean), meanSquare: Float64Array.from(m.meanSquare), rows: m.rows };
  }

  async train(weights: ModelWeights, _config: TrainConfig, standardisation: Standardisation | null): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    if (this.closed) throw new ShardRoundFailed("this leaf's own run has ended");
    const sum = await this.ask(this.shardSum, { kind: "fit", weights, standardisation });
    if ("failed" in sum) throw new ShardRoundFailed(sum.failed);
    const moved = flatten(weights);
    for (let i = 0; i < moved.length; i++) moved[i]! += sum.weightedSum[i]! / sum.totalWeight;
    return { weights: unflatten(moved, weights), loss: sum.trainLoss ?? 0, examples: sum.examples };
  }

  /** The root's federated evaluation: one evaluation round over the shard, answered with its weighted means and rows. */
  async evaluate(weights: ModelWeights, standardisation: Standardisation | null): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> {
    const what = "evaluation round gave no result";
    if (this.closed) throw new ShardRoundFailed("this leaf's own run has ended", what);
    const e = await this.ask(this.shardEvaluation, { kind: "evaluate", weights, standardisation });
    if ("failed" in e) throw new ShardRoundFailed(e.failed, what);
    return { numExamples: e.examples, loss: e.loss, metrics: { ...e.metrics } };
  }

  next(_round: number): Promise<RootRequest | null> {
    const queued = this.requests.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => { this.requestWaiter = resolve; });
  }

  forward(_round: number, sum: ShardSum | ShardFailure): void { this.shardSum.settle(sum); }

  forwardMoments(moments: ShardMoments | ShardFailure): void { this.shardMoments.settle(moments); }

  forwardEvaluation(evaluation: ShardEvaluation | ShardFailure): void { this.shardEvaluation.settle(evaluation); }

  /** The root is gone, or the leaf's own run ended: no more requests go down, and no more rounds are answered. */
  close(): void {
    this.closed = true;
    this.deliver(null);
    this.forward(0, { failed: "the connection to the root closed" });
    this.forwardMoments({ failed: "the connection to the root closed" });
    this.forwardEvaluation({ failed: "the connection to the root closed" });
  }

  /** Sends `request` down to the leaf's coordinator and waits for its answer in `slot`. */
  private ask<T>(slot: PendingAnswer<T>, request: RootRequest): Promise<T> {
    const answer = slot.wait();
    this.deliver(request);
    return answer;
  }

  private deliver(request: RootRequest | null): void {
    const waiter = this.requestWaiter;
    this.requestWaiter = null;
    if (waiter) waiter(request);
    else if (request !== null) this.requests.push(request);
  }
}

/** One answer awaited at a time: `wait` for it, `settle` it (a settle with nobody waiting is dropped). */
class PendingAnswer<T> {
  private resolve: ((value: T) => void) | null = null;

  wait(): Promise<T> {
    return new Promise((resolve) => { this.resolve = resolve; });
  }

  settle(value: T): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(value);
  }
}
