/**
 * A simulation from code, Flower style: the coordinator side (`simulateFederation` from
 * conclave/coordinator) drives virtual workers made by a client function of our own, which
 * wraps the library's (`createVirtualWorkers` from conclave/worker) to record each site's rows
 * and to make sites drop out at seeded points (DropoutInjector). Pima on a non-IID split
 * (Dirichlet label skew, alpha 0.5) over 10 sites, SecAgg+ with 10% dropout, FedYogi.
 *
 *   node bin/run-ts.js examples/simulation-from-code/main.ts [--rounds N] [--json]
 */
import { setLogLevel } from "conclave";
import { simulateFederation, type RoundRecord, type SimulationWorkers } from "conclave/coordinator";
import { PLAINTEXT_PROTECTION } from "conclave/protocol";
import { getTask, parsePartition, taskClipNorm, type Dataset, type EvalMetrics } from "conclave/tasks";
import { createVirtualWorkers, DropoutInjector } from "conclave/worker";

async function main(): Promise<void> {
  setLogLevel("error"); // dropped sites log warnings; this example reports them itself
  const i = process.argv.indexOf("--rounds");
  const rounds = i > 0 ? Number(process.argv[i + 1]) : 10;
  const task = getTask("pima");
  const seed = 1;
  const injector = new DropoutInjector(0.1, "secagg+", seed);

  // The worker side: the library's virtual workers, each with the injector's drop hook ...
  const virtual = await createVirtualWorkers({ task, seed, workerOptions: (_index, name) => ({ dropAt: injector.forWorker(name) }) });
  // ... behind a client function of our own (Flower's client_fn): (workerIndex, partition, context) => endpoint.
  const rowsPerSite: Record<string, number> = {};
  const workers: SimulationWorkers = {
    ...virtual,
    connect(workerIndex: number, partition: Dataset, context) {
      rowsPerSite[context.name] = partition.rows;
      return virtual.connect(workerIndex, partition, context);
    },
  };

  const perRound: { round: number; contributors: number; failed: number; applied: boolean; accuracy: number | null }[] = [];
  const result = await simulateFederation({
    task, workers: 10, rounds, seed, partition: parsePartition("dirichlet:0.5"), centralized: false,
    secureAggregation: "secagg+", protection: { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) },
    strategy: { name: "fedyogi", parameters: { serverLearningRate: 0.1 } },
    onRound: (record: RoundRecord, test: EvalMetrics | null) => {
      perRound.push({ round: record.round, contributors: record.contributors.length, failed: record.failures.length, applied: record.applied,
        accuracy: test?.kind === "binary" ? Number(test.accuracy.toFixed(4)) : null });
    },
  }, workers);

  const final = result.federated.test;
  const report = { task: task.name, sites: 10, partition: result.partition, rowsPerSite, injectedDrops: injector.events.length, perRound,
    finalAccuracy: final.kind === "binary" ? Number(final.accuracy.toFixed(4)) : null };
  if (process.argv.includes("--json")) {
    process.stdout.write(JSON.stringify(report) + "\n");
    return;
  }
  process.stdout.write(`pima over 10 sites (${result.partition}), rows per site: ${Object.values(rowsPerSite).join(", ")}\n`);
  for (const r of perRound) process.stdout.write(`round ${r.round}: ${r.contributors} contributed, ${r.failed} failed, ${r.applied ? "applied" : "aborted"}, accuracy ${r.accuracy}\n`);
  process.stdout.write(`final accuracy ${report.finalAccuracy} (${injector.events.length} drops injected)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`simulation-from-code: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
