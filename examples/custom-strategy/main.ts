/**
 * Runs the custom strategy (decaying-fedavgm.ts) on the Boston task: 4 virtual workers, SecAgg+,
 * the strategy built from the run's context by a function (Flower's server_fn).
 *
 *   node bin/run-ts.js examples/custom-strategy/main.ts [--rounds N] [--json]
 */
import { setLogLevel } from "conclave";
import { runSimulation } from "conclave/federation";
import { getTask, parsePartition, taskClipNorm } from "conclave/tasks";
import { PLAINTEXT_PROTECTION } from "conclave/protocol";
import { DecayingFedAvgM } from "./decaying-fedavgm";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  setLogLevel("warn");
  const task = getTask("boston");
  let strategy: DecayingFedAvgM | null = null;
  const rounds = flag("--rounds", 10);
  const result = await runSimulation({
    task, workers: 4, rounds, seed: 1, partition: parsePartition("iid"), centralized: false,
    secureAggregation: "secagg+", protection: { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) },
    strategy: (context) => (strategy = new DecayingFedAvgM(context, { learningRate: 1, momentum: 0.5 })),
  });
  const mse = result.perRoundTest.map((m) => (m?.kind === "regression" ? Number(m.mse.toFixed(3)) : null));
  const steps = (strategy as DecayingFedAvgM | null)?.steps ?? [];
  if (process.argv.includes("--json")) {
    process.stdout.write(JSON.stringify({ strategy: "decaying-fedavgm", secureAggregation: "secagg+", testMsePerRound: mse, steps }) + "\n");
    return;
  }
  for (const [i, s] of steps.entries()) process.stdout.write(`round ${s.round}: server lr ${s.learningRate.toFixed(3)}, ${s.contributors} workers, test MSE ${mse[i]}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`custom-strategy: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
