/**
 * `conclave/federation`: the federation assembled. A simulation in one call (the coordinator
 * driver over virtual workers), a run from the same options `conclave demo` and `conclave
 * simulate` take, and the federation itself: the signed membership, its file, a local
 * federation with fresh keys for tests and simulations.
 *
 * ```ts
 * import { runSimulation, WorkerPool } from "conclave/federation";
 * import { getTask, parsePartition } from "conclave/tasks";
 * import { PLAINTEXT_PROTECTION } from "conclave/protocol";
 *
 * const task = getTask("boston");
 * const config = {
 *   task, workers: 4, rounds: 3, seed: 1, partition: parsePartition("iid"),
 *   secureAggregation: "none", protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 }, centralized: false,
 *   strategy: { name: "fedavgm", parameters: { serverMomentum: 0.5 } },
 * } as const;
 * const result = await runSimulation(config);
 * console.log(result.federated.test); // { kind: "regression", mse, ... }
 *
 * // Many simulations in a row: keep one pool of worker threads warm across them.
 * const pool = await WorkerPool.start({ threads: 2, task });
 * for (const seed of [1, 2, 3]) await runSimulation({ ...config, seed, pool });
 * await pool.close();
 * ```
 */
export { runSimulation, workerName, DATA_DIR, type SimulationConfig, type SimulationResult } from "./simulation";
export { WorkerPool, PoolError, type WorkerPoolOptions } from "../worker/pool/worker-pool";
export { runFromOptions, secureDriver, secureSummary, withTraining, type RunFromOptionsResult, type RunHooks, type RoundTiming } from "./run-from-options";
export type { RunOptions } from "./run-options";
export { createLocalFederation, type LocalFederation } from "../shared/federation/local-federation";
export { Membership, MembershipError, SITE_NAME_PATTERN, type MembershipData, type Site } from "../shared/federation/membership";
export { FEDERATION_FILE_TYPE, federationProblem, hexKey, parseFederationFile, serializeFederationFile, signFederation, type FederationFile } from "../shared/federation/federation-file";
export { generateSigningKeyPair, type SigningKeyPair } from "../shared/crypto/signatures";
