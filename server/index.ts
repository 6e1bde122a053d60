/**
 * `conclave/coordinator`: the coordinator side of a federation. A Coordinator runs the rounds
 * (admission, fit, secure aggregation, evaluation) over any Connection; the socket.io server
 * accepts real sites; simulateFederation drives a federation of virtual workers in one process.
 *
 * ```ts
 * import { Coordinator, SocketIoServerTransport, cryptoSamplingRandom } from "conclave/coordinator";
 * import { createStrategy } from "conclave/strategies";
 * import { getTask, initialTaskWeights } from "conclave/tasks";
 * import { PLAINTEXT_PROTECTION, describeTask } from "conclave/protocol";
 * import { createLocalFederation } from "conclave/federation";
 *
 * const task = getTask("boston");
 * const federation = createLocalFederation(["alice", "bob"]);
 * const coordinator = new Coordinator({
 *   membership: federation.membership, identity: federation.coordinator,
 *   task: { ...describeTask(task), kind: task.kind }, initialWeights: initialTaskWeights(task, 1),
 *   strategy: createStrategy("fedavg", { train: task.train, fractionFit: 1, minFitWorkers: 2 }),
 *   rounds: 3, protection: PLAINTEXT_PROTECTION, rng: cryptoSamplingRandom,
 *   maxMessageBytes: 64 << 20, maxExamples: 10_000,
 * });
 * const server = await SocketIoServerTransport.listen({ port: 0 });
 * server.onConnection((c) => coordinator.addConnection(c));
 * const history = await coordinator.run(); // once the sites have joined
 * ```
 */
export { Coordinator, DEFAULT_MAX_CONSECUTIVE_FAILURES, type CoordinatorOptions } from "./coordinator";
export type { RoundRecord, RunHistory } from "./run-history";
export { SocketIoServerTransport, type SocketIoServerOptions } from "./transport/socketio-server";
export { DEFAULT_CLIP_RANGE, RingSecureDriver, type RingDriverOptions } from "./round/ring-driver";
export type { SecureAggregationDriver, SecureRunRequest, RingSum } from "./round/secure-aggregation-driver";
export { buildDpSetup, dpSummary, logDpPlan, modelDimension, workersPerRound, DEFAULT_CLIP, DEFAULT_NOISE_MULTIPLIER, DpSetupError,
  type DpInputs, type DpSetup, type DpSetupErrorCode, type NoiseSource } from "./dp/dp-setup";
export { simulateFederation, checkSimulationShape, defaultSecureDriver, workerName, type SimulationConfig, type SimulationResult, type SimulationWorkers,
  type VirtualWorkerContext, type VirtualWorkerEndpoint, type StrategyContext, type StrategyFactory } from "./simulation/run-simulation";
export { chooseStrategy, defaultStrategy, type StrategyChoice, type CheckedStrategyChoice } from "./simulation/strategy-choice";
export { strategyParameters, type StrategyCliOptions } from "./simulation/strategy-parameters";
export { startObservability, type Observability, type ObservabilityOptions } from "./observability/start-observability";
export { writeRunReport, type WrittenReport } from "./report/write-run-report";
export { cryptoSamplingRandom } from "./strategy/sampling-random";
