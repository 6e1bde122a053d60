import { Command, Option } from "commander";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { SECURE_AGGREGATION_MODES, type SecureAggregationMode } from "../../shared/protocol/messages";
import { BACKEND_NAMES, type BackendName } from "../../worker/backend/select-backend";
import { finiteNumber, nonNegativeInt, positiveInt } from "../federation/run-options";
import { runWorker } from "../worker/run-worker";
import { tightenHeapGrowth } from "../heap-growth";
import { addLogOptions, type LogCliOptions } from "../federation/log-options";

export interface WorkerCliOptions extends LogCliOptions {
  server: string; data: string; name: string; task?: string; key: string; federation: string; policy?: string; backend?: BackendName;
  attempts: number; retry?: number | "forever"; keepRunning: boolean; state?: string; maxMessageBytes: number; ca?: string; insecure: boolean;
  accept?: SecureAggregationMode[]; minParticipants?: number; collusionBound?: number; maxExamples?: number; clipNorm?: number;
  dpMode?: "distributed" | "local"; dpNoise?: number; epsilonBudget?: number; dpDelta?: number; allowEvaluation?: number;
  virtual?: number; first: number;
}

function retryCount(text: string): number | "forever" {
  return text === "forever" ? "forever" : positiveInt("--retry")(text);
}

/** `conclave worker`: a site connecting out to its federation's coordinator, under its own policy. */
export function workerCommand(): Command {
  const cmd = new Command("worker").description("run a site's worker on local data, connecting out to the coordinator")
    .requiredOption("--server <url>", "the coordinator, e.g. https://coordinator.example.org:8080")
    .requiredOption("--data <csv>", "local training data (CSV with the task's columns)")
    .requiredOption("--name <name>", "this site's name in the federation file (e.g. hospital-a)")
    .requiredOption("--key <file>", "this site's key file (conclave keys new; its public key is in the federation file)")
    .requiredOption("--federation <file>", "the signed federation file (the coordinator's and every site's key)")
    .option("--policy <file>", "this site's policy file (docs/security.md, \"Worker policy\"); flags below override it")
    .option("--task <name|file>", "the task: a bundled task's name or a task file (default: detected from the CSV header)")
    .addOption(new Option("--accept <protocols...>", "protocols this site takes part in (default: secagg+ only)").choices([...SECURE_AGGREGATION_MODES]))
    .option("--min-participants <n>", "fewest sites in a secure sum (at least 3)", positiveInt("--min-participants"))
    .option("--collusion-bound <c>", "colluding sites this site assumes (t must exceed (k + c) / 2)", nonNegativeInt("--collusion-bound"))
    .option("--max-examples <n>", "cap on the example count this site announces and weighs with", positiveInt("--max-examples"))
    .option("--clip-norm <c>", "this site's L2 bound on its update (default: the task's)", finiteNumber("--clip-norm", (n) => n > 0, "positive"))
    .addOption(new Option("--dp-mode <mode>", "add this site's own DP noise: its share in the secure sum, or local noise").choices(["distributed", "local"]))
    .option("--dp-noise <z>", "noise multiplier this site adds at least", finiteNumber("--dp-noise", (n) => n > 0, "positive"))
    .option("--epsilon-budget <e>", "most epsilon this site spends in a run", finiteNumber("--epsilon-budget", (n) => n > 0, "positive"))
    .option("--dp-delta <d>", "delta of this site's accounting", finiteNumber("--dp-delta", (n) => n > 0 && n < 1, "in (0, 1)"))
    .option("--allow-evaluation <n>", "answer at most n federated evaluation requests per run (on held-out rows, summed securely)", nonNegativeInt("--allow-evaluation"))
    .addOption(new Option("--backend <name>", "force a TensorFlow.js backend").choices([...BACKEND_NAMES]))
    .option("--retry <n|forever>", "connection attempts (first included) before giving up, at every (re)connection; forever for a service (default 8, forever with --keep-running)", retryCount)
    .option("--attempts <n>", "older name of --retry <n>", positiveInt("--attempts"), 8)
    .option("--keep-running", "stay up across runs: after a run ends, wait for the coordinator's next one", false)
    .option("--state <dir>", "keep this site's privacy accountant and evaluation count for the current run in this directory (survives restarts)")
    .option("--max-message-bytes <n>", "largest message accepted", positiveInt("--max-message-bytes"), DEFAULT_MAX_MESSAGE_BYTES)
    .option("--ca <file>", "PEM certificate(s) to trust for an https:// coordinator (e.g. the federation's own CA)")
    .option("--virtual <n>", "run N virtual workers in this process, each its own site with its own connection (docs/scale.md); --name and --key then hold {i}, " +
      "the worker's number from --first, and --data holds {i} (a file each) or is one CSV split round-robin over the N", positiveInt("--virtual"))
    .option("--first <i>", "with --virtual: the number {i} of the first virtual worker", nonNegativeInt("--first"), 0)
    .option("--insecure", "allow http:// to a coordinator beyond this machine (never for real data)", false);
  return addLogOptions(cmd, "info").action(async (o: WorkerCliOptions) => {
    if (o.virtual !== undefined) tightenHeapGrowth();
    process.exitCode = await runWorker(o);
  });
}
