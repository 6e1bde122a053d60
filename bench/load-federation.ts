/**
 * The load benchmark's federation, derived from labels so the coordinator process and every
 * client process rebuild the same keys without passing secrets around: N sites `site-0000`...,
 * a Boston-shaped model, and a learner that skips training (a fixed small step toward a
 * per-site target), so the benchmark measures the coordinator and the protocol, not tfjs.
 */
import { seedFromLabel } from "../shared/crypto/random";
import { signingKeyPairFromSeed, type SigningKeyPair } from "../shared/crypto/signatures";
import { Membership } from "../shared/federation/membership";
import { describeTask } from "../shared/protocol/task-description";
import { BOSTON_TASK } from "../shared/task/tasks";
import type { ModelWeights, NamedTensor } from "../shared/tensor/weights";
import type { FeatureMoments, LocalLearner } from "../worker/local-learner";
import { DEFAULT_WORKER_POLICY, type WorkerPolicy } from "../worker/policy/worker-policy";

export const LOAD_TASK = { ...describeTask(BOSTON_TASK), kind: BOSTON_TASK.kind, clipNorm: 1000 };

export const siteName = (i: number): string => `site-${String(i).padStart(4, "0")}`;

export function siteIdentity(i: number): SigningKeyPair {
  return signingKeyPairFromSeed(seedFromLabel(`bench-load/site/${i}`));
}

export function coordinatorIdentity(): SigningKeyPair {
  return signingKeyPairFromSeed(seedFromLabel("bench-load/coordinator"));
}

export function loadMembership(sites: number): Membership {
  return new Membership({ federation: "bench-load", admin: signingKeyPairFromSeed(seedFromLabel("bench-load/admin")).publicKey,
    coordinator: { name: "coordinator", publicKey: coordinatorIdentity().publicKey },
    sites: Array.from({ length: sites }, (_, i) => ({ name: siteName(i), publicKey: siteIdentity(i).publicKey })) });
}

/** Any protocol parameters SecAgg+ allows for one colluder; no dropout floor on k. */
export const LOAD_POLICY: WorkerPolicy = {
  ...DEFAULT_WORKER_POLICY, protocols: ["secagg+"], secagg: { minParticipants: 3, minNeighbors: 0, collusionBound: 1, dropoutRate: 0 },
};

/** A learner without tfjs: each weight moves 1% toward the site's target. */
export class SkipTrainingLearner implements LocalLearner {
  readonly backend = "none (load benchmark)";
  readonly numExamples = 10;
  constructor(private readonly target: number) {}
  moments(): FeatureMoments { return { mean: new Float64Array(13), meanSquare: new Float64Array(13).fill(1), rows: this.numExamples }; }
  async train(weights: ModelWeights): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    return { weights: weights.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values.map((v) => v + 0.01 * (this.target - v)) })), loss: 1, examples: this.numExamples };
  }
  async evaluate(): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> { return { numExamples: this.numExamples, loss: 0, metrics: {} }; }
}
