import { Command, Option } from "commander";
import { SECURE_AGGREGATION_MODES, type SecureAggregationMode } from "../../shared/protocol/messages";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { finiteNumber, nonNegativeInt, positiveInt } from "../federation/run-options";
import { runCoordinator } from "../coordinator/run-coordinator";
import { addStrategyOptions, type StrategyCliOptions } from "../federation/strategy-options";
import { addCoordinatorObservationOptions, type CoordinatorObservationCliOptions } from "../federation/observe-coordinator";
import { addLimitOptions, type LimitCliOptions } from "../coordinator/limit-options";
import type { UpstreamCliOptions } from "../hierarchy/join-root";

export interface CoordinatorCliOptions extends StrategyCliOptions, CoordinatorObservationCliOptions, LimitCliOptions, UpstreamCliOptions {
  task: string; port: number; host: string; rounds?: number; minWorkers: number; waitSeconds: number; fractionFit: number;
  secagg: SecureAggregationMode; roundTimeoutSeconds: number; stageTimeoutSeconds?: number; maxMessageBytes: number; testData?: string; seed: number; json: boolean;
  tlsKey?: string; tlsCert?: string; federation: string; key: string; admin?: string; insecure: boolean; maxExamples: number;
  collusionBound?: number; neighbors?: number; threshold?: number; federatedEvaluation: number; maxFailures: number;
  dp?: "central" | "distributed" | "local"; noise?: number; clip?: number; delta?: number; epsilonBudget?: number;
  state?: string; keepCheckpoints: number;
}

/** `conclave coordinator`: listen for the federation's sites over socket.io and drive the rounds. */
export function coordinatorCommand(): Command {
  const cmd = addLimitOptions(addStrategyOptions(new Command("coordinator"))).description("run a coordinator that the federation's sites connect to")
    .addOption(new Option("--task <name|file>", "the task: a bundled task's name or a task file (docs/tasks.md)").makeOptionMandatory())
    .requiredOption("--federation <file>", "the signed federation file (sites' names and keys; conclave federation)")
    .requiredOption("--key <file>", "the coordinator's key file (its public key is the federation file's coordinator key)")
    .option("--admin <hex>", "the federation admin's public key to check the file against")
    .option("--port <n>", "port to listen on (0: any free port)", nonNegativeInt("--port"), 8080)
    .option("--host <address>", "address to listen on (0.0.0.0 for every interface; needs TLS or --insecure)", "127.0.0.1")
    .option("--rounds <n>", "federated rounds (default: the task's)", positiveInt("--rounds"))
    .option("--min-workers <n>", "sites to wait for before the first round", positiveInt("--min-workers"), 3)
    .option("--wait-seconds <n>", "how long to wait for them", positiveInt("--wait-seconds"), 600)
    .option("--fraction-fit <f>", "share of sites sampled each round", finiteNumber("--fraction-fit", (n) => n > 0 && n <= 1, "in (0, 1]"), 1)
    .addOption(new Option("--secagg <protocol>", "secure aggregation protocol").choices([...SECURE_AGGREGATION_MODES]).default("secagg+"))
    .option("--collusion-bound <c>", "colluding sites SecAgg+'s threshold tolerates (t > (k + c) / 2)", nonNegativeInt("--collusion-bound"))
    .option("--neighbors <k>", "SecAgg+ neighbours per site", positiveInt("--neighbors"))
    .option("--threshold <t>", "SecAgg+ Shamir threshold", positiveInt("--threshold"))
    .option("--round-timeout-seconds <n>", "the whole budget of one round: training, secure aggregation, evaluation", positiveInt("--round-timeout-seconds"), 300)
    .option("--stage-timeout-seconds <n>", "how long each secure-aggregation stage waits (default: the round's budget)", positiveInt("--stage-timeout-seconds"))
    .option("--max-failures <n>", "rounds (round 0 included) that may fail in a row before the run fails", positiveInt("--max-failures"), 3)
    .option("--max-examples <n>", "cap on a site's example count (its weight in FedAvg)", positiveInt("--max-examples"), 100_000)
    .option("--max-message-bytes <n>", "largest message accepted", positiveInt("--max-message-bytes"), DEFAULT_MAX_MESSAGE_BYTES)
    .option("--federated-evaluation <f>", "share of sites asked to evaluate each round (0: off; summed securely under secure aggregation)",
      finiteNumber("--federated-evaluation", (n) => n >= 0 && n <= 1, "in [0, 1]"), 0)
    .option("--test-data <file>", "a held-out CSV the coordinator evaluates the global model on")
    .option("--seed <n>", "seed of the initial model (sampling always uses the CSPRNG)", nonNegativeInt("--seed"), 1)
    .addOption(new Option("--dp <mode>", "differential privacy: where the noise is added").choices(["central", "distributed", "local"]))
    .option("--noise <z>", "DP noise multiplier (std = z * clip)", finiteNumber("--noise", () => true, "a number"))
    .option("--clip <c>", "L2 bound of every update (default: the task's; DP: 1)", finiteNumber("--clip", () => true, "a number"))
    .option("--delta <d>", "DP delta", finiteNumber("--delta", () => true, "a number"))
    .option("--epsilon-budget <e>", "stop training before epsilon would exceed this", finiteNumber("--epsilon-budget", () => true, "a number"))
    .option("--state <dir>", "checkpoint every round into this directory and resume the run found there (docs/deploy.md)")
    .option("--keep-checkpoints <n>", "checkpoints (and their exported models) kept in --state", positiveInt("--keep-checkpoints"), 3)
    .option("--json", "print one JSON summary as the last line of stdout", false)
    .option("--tls-key <file>", "PEM private key: serve wss:// (with --tls-cert)")
    .option("--tls-cert <file>", "PEM certificate chain for --tls-key")
    .option("--upstream <url>", "run as a leaf: forward this coordinator's shard sums to the root at URL, joined as one of its sites (docs/scale.md)")
    .option("--upstream-site <name>", "with --upstream: this leaf's site name in the root's federation file")
    .option("--upstream-key <file>", "with --upstream: this leaf's key file for the root's federation")
    .option("--upstream-federation <file>", "with --upstream: the root's signed federation file")
    .option("--upstream-ca <file>", "with --upstream: PEM certificate(s) to trust for an https:// root")
    .addOption(new Option("--upstream-accept <protocols...>", "with --upstream: protocols of the root this leaf takes part in (default: secagg+ additive, a secure sum across the leaves; add none to let a plaintext root learn each shard's sum)").choices([...SECURE_AGGREGATION_MODES]))
    .option("--upstream-retry <n>", "with --upstream: connection attempts to the root", positiveInt("--upstream-retry"), 8)
    .option("--insecure", "allow listening beyond this machine without TLS (never for real sites)", false);
  return addCoordinatorObservationOptions(cmd).action(async (o: CoordinatorCliOptions) => { process.exitCode = await runCoordinator(o); });
}
