import { Coordinator, type CoordinatorOptions } from "../../server/coordinator";
import { FedAvg } from "../../server/strategy/fedavg";
import type { SamplingRandom } from "../../server/strategy/strategy";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { WorkerClient, type WorkerOptions } from "../../worker/worker-client";
import { DEFAULT_WORKER_POLICY, type WorkerPolicy } from "../../worker/policy/worker-policy";
import { PLAINTEXT_PROTECTION, type Protection } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { createLocalFederation, type LocalFederation } from "../../shared/federation/local-federation";
import { FakeLearner, zeroModel } from "./fake-learner";

/** A counter-based sampler: deterministic, good enough for tests. */
export function testRng(seed = 1): SamplingRandom {
  let s = seed >>> 0;
  return { int: (n) => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s % n; } };
}

export const plainProtection: Protection = PLAINTEXT_PROTECTION;

export const TRAIN = { optimizer: "sgd", learningRate: 0.1, batchSize: 4, localEpochs: 1, seed: 1 } as const;

/** The task every protocol test speaks (Boston's description; the fake learner ignores its model). */
export const TEST_TASK = { ...describeTask(BOSTON_TASK), kind: BOSTON_TASK.kind, clipNorm: 1000 };

/** The named virtual workers a test federation knows (alice, bob, carol, ... then w0..w63). */
export const TEST_SITES = ["alice", "bob", "carol", "charlie", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
  ...Array.from({ length: 64 }, (_, i) => `w${i}`)];

/** A site policy for protocol tests: any protocol, one colluder assumed, no dropout floor on k. */
export const TEST_POLICY: WorkerPolicy = {
  ...DEFAULT_WORKER_POLICY, protocols: ["none", "additive", "secagg+"], secagg: { minParticipants: 3, minNeighbors: 0, collusionBound: 1, dropoutRate: 0 },
};

const federations = new WeakMap<Coordinator, LocalFederation>();

/** The federation a test coordinator was built with (its keys, for hand-made workers). */
export function federationOf(c: Coordinator): LocalFederation {
  const f = federations.get(c);
  if (!f) throw new Error("this coordinator was not built by the test support");
  return f;
}

export function fedAvgCoordinator(overrides: Partial<CoordinatorOptions> = {}, sites: readonly string[] = TEST_SITES): Coordinator {
  const federation = createLocalFederation(sites);
  const c = new Coordinator({
    membership: federation.membership, identity: federation.coordinator, task: TEST_TASK, maxExamples: 1_000_000,
    initialWeights: zeroModel(), rounds: 2, protection: plainProtection, rng: testRng(),
    strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1 }), maxMessageBytes: 1 << 20, roundTimeoutMs: 5_000, ...overrides,
  });
  federations.set(c, federation);
  return c;
}

/** Worker options for a site of the coordinator's federation. */
export function siteOptions(c: Coordinator, name: string, learner: FakeLearner, options: Partial<WorkerOptions> = {}): WorkerOptions {
  const f = federationOf(c);
  const identity = f.sites.get(name);
  if (!identity) throw new Error(`${name} is not a site of the test federation`);
  return { name, task: TEST_TASK, learner, identity, membership: f.membership, policy: TEST_POLICY, ...options };
}

/** Named virtual workers joined to a coordinator over the in-memory transport. */
export async function joinVirtualWorkers(coordinator: Coordinator, specs: { name: string; learner: FakeLearner; options?: Partial<WorkerOptions> }[]): Promise<WorkerClient[]> {
  const workers = specs.map((s) => {
    const [serverEnd, workerEnd] = createMemoryPair(s.name);
    coordinator.addConnection(serverEnd);
    return new WorkerClient(workerEnd, siteOptions(coordinator, s.name, s.learner, s.options));
  });
  await Promise.all(workers.map((w) => w.join()));
  return workers;
}
