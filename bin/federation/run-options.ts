import { Command, InvalidArgumentError, Option } from "commander";
import { SECURE_AGGREGATION_MODES, type SecureAggregationMode } from "../../shared/protocol/messages";
import { parsePartition, PARTITION_NAMES } from "../../shared/data/partition";
import { BACKEND_NAMES } from "../../worker/backend/select-backend";
import { addLogOptions, type LogCliOptions } from "./log-options";
import { addStrategyOptions } from "./strategy-options";
import type { RunOptions as FederationRunOptions } from "../../federation/run-options";

/** Options shared by `conclave demo` and `conclave simulate`, as commander parses them: the run's and the logs'. */
export interface RunOptions extends FederationRunOptions, LogCliOptions {}

export function positiveInt(name: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got "${text}"`);
    return n;
  };
}

export function nonNegativeInt(name: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer, got "${text}"`);
    return n;
  };
}

export function finiteNumber(name: string, check: (n: number) => boolean, rule: string) {
  return (text: string): number => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || !check(n)) throw new InvalidArgumentError(`${name} must be ${rule}, got "${text}"`);
    return n;
  };
}

/** A --partition value, checked when the command line is parsed (a bad one is a usage error). */
export function partitionOption(text: string): string {
  try {
    parsePartition(text);
  } catch (err) {
    throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
  }
  return text;
}

/** Adds the shared options to a command. */
export function addRunOptions(cmd: Command, defaults: { workers: number; secagg: SecureAggregationMode; partition: string; baseline: boolean }): Command {
  const withRun = addStrategyOptions(cmd)
    .option("--workers <n>", "number of virtual workers", positiveInt("--workers"), defaults.workers)
    .option("--rounds <n>", "federated rounds (default: the task's)", positiveInt("--rounds"))
    .option("--seed <n>", "seed for splits, partitions, sampling and initial weights", nonNegativeInt("--seed"), 1)
    .option("--json", "print one JSON summary as the last line of stdout", false)
    .addOption(new Option("--backend <name>", "force a TensorFlow.js backend").choices([...BACKEND_NAMES]))
    .addOption(new Option("--secagg <protocol>", "secure aggregation protocol").choices([...SECURE_AGGREGATION_MODES]).default(defaults.secagg))
    .option("--data <csv>", "train on this CSV (the task's columns) instead of the one the task names")
    .option("--partition <spec>", `how rows are split over workers: ${PARTITION_NAMES.join(", ")}`, partitionOption, defaults.partition)
    .option("--fraction-fit <f>", "share of workers sampled each round", finiteNumber("--fraction-fit", (n) => n > 0 && n <= 1, "in (0, 1]"), 1)
    .option("--dropout <p>", "probability that a sampled worker drops out at a random stage (seeded)", finiteNumber("--dropout", (n) => n >= 0 && n < 1, "in [0, 1)"), 0)
    .addOption(new Option("--dp <mode>", "differential privacy: where the noise is added").choices(["central", "distributed", "local"]))
    .option("--noise <z>", "DP noise multiplier (std = z * clip)", finiteNumber("--noise", () => true, "a number"))
    .option("--clip <c>", "L2 clipping norm of each update", finiteNumber("--clip", () => true, "a number"))
    .option("--delta <d>", "DP delta", finiteNumber("--delta", () => true, "a number"))
    .option("--epsilon-budget <e>", "stop training before epsilon would exceed this", finiteNumber("--epsilon-budget", () => true, "a number"))
    .option("--neighbors <k>", "SecAgg+ neighbours per worker (default from Bell et al.)", positiveInt("--neighbors"))
    .option("--threshold <t>", "SecAgg+ Shamir threshold (default: the smallest above (k + c) / 2)", positiveInt("--threshold"))
    .option("--collusion-bound <c>", "colluding workers SecAgg+'s threshold tolerates (default 1)", nonNegativeInt("--collusion-bound"))
    .option("--local-epochs <n>", "local epochs per round (default: the task's)", positiveInt("--local-epochs"))
    .option("--client-lr <x>", "the workers' learning rate (default: the task's)", finiteNumber("--client-lr", (n) => n > 0 && n <= 10, "in (0, 10]"))
    .option("--no-progress", "no progress bar")
    .option("--no-report", "write no run report")
    .option("--report-dir <dir>", "where run reports go", "runs")
    .addOption(new Option("--baseline", `also train the centralised baseline${defaults.baseline ? " (the default)" : ""}`).default(defaults.baseline))
    .addOption(new Option("--no-baseline", `skip the centralised baseline${defaults.baseline ? "" : " (the default)"}`));
  return addLogOptions(withRun, "warn", "run.log in the report folder");
}
