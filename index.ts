/**
 * `conclave`: the main entry. The key API of every part, and each part whole under its own
 * entry: `conclave/coordinator`, `conclave/worker`, `conclave/strategies`, `conclave/tasks`,
 * `conclave/transport`, `conclave/secagg`, `conclave/dp`, `conclave/federation`,
 * `conclave/protocol`, `conclave/syft` (docs/library.md).
 *
 * ```ts
 * import { getTask, runSimulation, parsePartition, PLAINTEXT_PROTECTION, syft } from "conclave";
 *
 * const task = getTask("pima");
 * const { federated } = await runSimulation({ task, workers: 4, rounds: 2, seed: 1, partition: parsePartition("iid"),
 *   secureAggregation: "secagg+", protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 }, centralized: false });
 * const x = syft.tensor([1, 2, 3]);
 * ```
 */
export { Coordinator, SocketIoServerTransport, RingSecureDriver, buildDpSetup, simulateFederation, type CoordinatorOptions, type RunHistory,
  type RoundRecord, type SimulationWorkers } from "./server/index";
export { WorkerClient, TfjsLearner, Trainer, connectSocketIo, selectBackend, createVirtualWorkers, DEFAULT_WORKER_POLICY, type WorkerOptions,
  type WorkerPolicy, type LocalLearner } from "./worker/index";
export { createStrategy, FedAvg, AggregationStrategy, STRATEGY_NAMES, type Strategy, type FitAggregate, type FitOutcome } from "./server/strategy/index";
export { getTask, loadTaskFile, defineTask, loadTaskCsv, parsePartition, trainTestSplit, TaskFileError, type TaskSpec, type Dataset,
  type ModelWeights } from "./shared/task/index";
export { createMemoryPair, type Connection } from "./shared/transport/index";
export { PLAINTEXT_PROTECTION, describeTask, encodeMessage, decodeMessage, type Protection, type SecureAggregationMode } from "./shared/protocol/index";
export { RdpAccountant, solveNoiseMultiplier, validateDpConfig, type DpConfig } from "./shared/dp/index";
export { defaultSecAggParams } from "./shared/secagg/index";
export { runSimulation, runFromOptions, createLocalFederation, Membership, type SimulationConfig, type SimulationResult, type RunOptions } from "./federation/index";
export { configureLogging, getLogger, setLogLevel, type Logger, type LogSettings } from "./shared/log/logger";
export * as syft from "./shared/syft/index";
