/**
 * `conclave/worker`: a site's side of a federation. A WorkerClient joins a coordinator over any
 * Connection, checks every request against the site's own policy (protocols, clip, DP floor,
 * evaluation) and trains with a LocalLearner: TfjsLearner over the task's tfjs model on the
 * best backend that loads (tfjs-node-gpu, WebGPU, tfjs-node, wasm, cpu). createVirtualWorkers
 * is the worker side of an in-process simulation (Flower's client_fn).
 *
 * ```ts
 * import { connectSocketIo, selectBackend, requiredKernels, TfjsLearner, Trainer, WorkerClient, DEFAULT_WORKER_POLICY } from "conclave/worker";
 * import { getTask, loadTaskCsv, taskClipNorm } from "conclave/tasks";
 * import { describeTask } from "conclave/protocol";
 * import type { Membership } from "conclave/federation";
 * import type { SigningKeyPair } from "conclave/federation";
 *
 * declare const membership: Membership, identity: SigningKeyPair; // from the federation file and the site's key file
 * const task = getTask("boston");
 * const backend = await selectBackend(undefined, { kernels: requiredKernels(task.model) });
 * const rows = await loadTaskCsv(task, "my-hospital.csv");
 * const learner = new TfjsLearner(new Trainer(task, 1), rows, backend.name);
 * const connection = await connectSocketIo("wss://coordinator.example:8443");
 * const worker = new WorkerClient(connection, { name: "alice", task: { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) },
 *   learner, identity, membership, policy: DEFAULT_WORKER_POLICY });
 * await worker.join();
 * ```
 */
export { WorkerClient, JoinRefused, type WorkerOptions, type DropPoint } from "./worker-client";
export type { LocalLearner, FeatureMoments } from "./local-learner";
export { TfjsLearner, TrainerLock, featureMoments, metricsRecord } from "./tfjs-learner";
export { newRunState, type WorkerRunState } from "./round-handlers";
export { DEFAULT_WORKER_POLICY, PolicyFileError, parseWorkerPolicy, describePolicy, type WorkerPolicy, type WorkerDpPolicy, type EvaluationPolicy } from "./policy/worker-policy";
export { effectiveProtection, type EffectiveProtection, type EffectiveResult } from "./policy/effective-protection";
export { WorkerAccountant } from "./privacy/worker-accountant";
export { connectSocketIo, ConnectError, type ConnectOptions } from "./transport/socketio-client";
export { BACKEND_NAMES, BackendUnavailableError, parseBackendName, selectBackend, type BackendChoice, type BackendName, type BackendNeeds } from "./backend/select-backend";
export { requiredKernels } from "./backend/model-kernels";
export { Trainer, type TrainerTask } from "./trainer/trainer";
export { trainCentralized, type CentralizedResult } from "./trainer/centralized";
export { createEvaluator, type Evaluator } from "./trainer/evaluator";
export { buildModel, type BuiltModel } from "./trainer/build-model";
export { writeTfjsModel, type WrittenModel } from "./trainer/write-tfjs-model";
export { createVirtualWorkers, type VirtualWorkers, type VirtualWorkersOptions, type VirtualWorkerSetup } from "./virtual/virtual-workers";
export { DropoutInjector, dropPoints } from "./virtual/dropout-injector";
export { simulatedSitePolicy } from "./virtual/simulated-site-policy";
export { systemTimers } from "./syft/system-timers";
export { TfjsExecutor } from "./syft/tfjs-executor";
