/**
 * bench:tasks — the bundled tasks' figures: centralised against federated (SecAgg+) over seeds,
 * IID and non-IID, and the L2 norms of honest workers' updates (what the default clip norm
 * must stay above).
 *
 *   npm run bench:tasks -- [--json] [--tasks breast-cancer,digits] [--seeds 1,2,3,4,5] [--workers 4]
 *
 * For each task and seed: the demo's run (centralised baseline, then federated over --workers
 * virtual workers with SecAgg+ on an IID split), then a federated run on a Dirichlet(0.5) label
 * split. Update norms come from a plaintext run of the same IID federation (the coordinator only
 * sees individual updates without secure aggregation): the largest and the median over every
 * worker and round. Last line with --json: {"tasks":[{task, metric, seeds, central, iid, dirichlet,
 * medianCentral, medianIid, medianDirichlet, maxUpdateNorm, medianUpdateNorm}]}.
 */
import { Command } from "commander";
import { runSimulation } from "../federation/simulation";
import { secureDriver } from "../federation/run-from-options";
import type { RunOptions } from "../federation/run-options";
import type { Strategy } from "../server/strategy/strategy";
import { parsePartition } from "../shared/data/partition";
import { headlineMetric, type EvalMetrics } from "../shared/metrics/eval-metrics";
import { setLogLevel } from "../shared/log/logger";
import { PLAINTEXT_PROTECTION, type Protection } from "../shared/protocol/messages";
import { getTask } from "../shared/task/tasks";
import type { TaskSpec } from "../shared/task/task-spec";
import { DEFAULT_CLIP_RANGE } from "../server/round/ring-driver";

/** No bound from the run: each worker applies the task's own clip norm (whose slack this bench measures). */
const PLAIN: Protection = PLAINTEXT_PROTECTION;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const metric = (m: EvalMetrics): number => headlineMetric(m).value;
const r4 = (x: number): number => Number(x.toFixed(4));

/** A strategy that records the L2 norm of every individual update it aggregates. */
function recordingNorms(inner: Strategy, norms: number[]): Strategy {
  return {
    name: inner.name, needsIndividualUpdates: inner.needsIndividualUpdates,
    configureFit: (...a) => inner.configureFit(...a),
    aggregateFit: (round, weights, aggregate, failures) => {
      if (aggregate.kind === "individual") for (const r of aggregate.results) norms.push(Math.sqrt(r.update.reduce((s, v) => s + v * v, 0)));
      return inner.aggregateFit(round, weights, aggregate, failures);
    },
    configureEvaluate: (...a) => inner.configureEvaluate(...a),
    aggregateEvaluate: (...a) => inner.aggregateEvaluate(...a),
    evaluate: (...a) => inner.evaluate(...a),
  };
}

async function run(task: TaskSpec, seed: number, workers: number, partition: string, centralized: boolean, secure: boolean, norms?: number[]) {
  const options = { secagg: secure ? "secagg+" : "none", dropout: 0 } as const;
  const driver = secure ? secureDriver(options as RunOptions, DEFAULT_CLIP_RANGE, true, Number.MAX_SAFE_INTEGER) : undefined;
  return runSimulation({
    task, workers, rounds: task.rounds, seed, partition: parsePartition(partition), secureAggregation: options.secagg, protection: PLAIN, centralized,
    ...(driver ? { secure: driver } : {}), evaluateEveryRound: false,
    ...(norms ? { wrapStrategy: (inner: Strategy) => recordingNorms(inner, norms) } : {}),
  });
}

async function main(): Promise<void> {
  const o = new Command("bench:tasks")
    .option("--json", "last line of stdout is one JSON object", false)
    .option("--tasks <list>", "bundled tasks", (t) => t.split(","), ["breast-cancer", "digits"])
    .option("--seeds <list>", "seeds", (t) => t.split(",").map(Number), [1, 2, 3, 4, 5])
    .option("--workers <n>", "virtual workers", Number, 4)
    .parse(process.argv).opts<{ json: boolean; tasks: string[]; seeds: number[]; workers: number }>();
  setLogLevel("error");
  const out: Record<string, unknown>[] = [];
  for (const name of o.tasks) {
    const task = getTask(name);
    const central: number[] = [];
    const iid: number[] = [];
    const dirichlet: number[] = [];
    const norms: number[] = [];
    for (const seed of o.seeds) {
      const demo = await run(task, seed, o.workers, "iid", true, true);
      central.push(metric(demo.centralized!.test));
      iid.push(metric(demo.federated.test));
      dirichlet.push(metric((await run(task, seed, o.workers, "dirichlet:0.5", false, true)).federated.test));
      await run(task, seed, o.workers, "iid", false, false, norms);
      process.stderr.write(`${name} seed ${seed}: central ${r4(central.at(-1)!)} iid ${r4(iid.at(-1)!)} dirichlet(0.5) ${r4(dirichlet.at(-1)!)}\n`);
    }
    out.push({
      task: name, metric: task.kind === "regression" ? "testMse" : "testAccuracy", seeds: o.seeds, central: central.map(r4), iid: iid.map(r4), dirichlet: dirichlet.map(r4),
      medianCentral: r4(median(central)), medianIid: r4(median(iid)), medianDirichlet: r4(median(dirichlet)),
      maxUpdateNorm: r4(Math.max(...norms)), medianUpdateNorm: r4(median(norms)), clipNorm: task.clipNorm,
    });
  }
  for (const t of out) process.stdout.write(`${String(t.task)}: ${String(t.metric)} median centralised ${String(t.medianCentral)}, federated IID ${String(t.medianIid)}, Dirichlet(0.5) ${String(t.medianDirichlet)}; update norm max ${String(t.maxUpdateNorm)} median ${String(t.medianUpdateNorm)} (clip ${String(t.clipNorm)})\n`);
  if (o.json) process.stdout.write(JSON.stringify({ tasks: out }) + "\n");
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:tasks: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
