import { Coordinator, type CoordinatorOptions } from "../../server/coordinator";
import { FedAvg } from "../../server/strategy/fedavg";
import type { SamplingRandom } from "../../server/strategy/strategy";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { WorkerClient, type WorkerOptions } from "../../worker/worker-client";
import type { Protection } from "../../shared/protocol/messages";
import { FakeLearner, zeroModel } from "./fake-learner";

/** A counter-based sampler: deterministic, good enough for tests. */
export function testRng(seed = 1): SamplingRandom {
  let s = seed >>> 0;
  return { int: (n) => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s % n; } };
}

export const plainProtection: Protection = {
  secureAggregation: "none", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0, scale: 0, weighted: true, maxExamples: 0,
};

export const TRAIN = { optimizer: "sgd", learningRate: 0.1, batchSize: 4, localEpochs: 1, seed: 1 } as const;

export function fedAvgCoordinator(overrides: Partial<CoordinatorOptions> = {}): Coordinator {
  return new Coordinator({
    admission: { task: "boston" }, initialWeights: zeroModel(), rounds: 2, protection: plainProtection, rng: testRng(),
    strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1 }), maxMessageBytes: 1 << 20, roundTimeoutMs: 5_000, ...overrides,
  });
}

/** Named virtual workers (alice, bob, charlie, ...) joined to a coordinator over the in-memory transport. */
export async function joinVirtualWorkers(coordinator: Coordinator, specs: { name: string; learner: FakeLearner; options?: Partial<WorkerOptions> }[]): Promise<WorkerClient[]> {
  const workers = specs.map((s) => {
    const [serverEnd, workerEnd] = createMemoryPair(s.name);
    coordinator.addConnection(serverEnd);
    return new WorkerClient(workerEnd, { name: s.name, task: "boston", learner: s.learner, ...s.options });
  });
  await Promise.all(workers.map((w) => w.join()));
  return workers;
}
