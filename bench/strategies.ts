/**
 * bench:strategies — every aggregation strategy against IID and non-IID splits, and the
 * quality targets of issue 12, in one run.
 *
 *   npm run bench:strategies -- [--json] [--seeds 5] [--tasks pima,boston] [--no-targets] [--quick]
 *
 * Table: for each task (Pima: 50 workers, 10 rounds; Boston: 4 workers, 20 rounds, the demo's
 * federation), each strategy with its library defaults (plus the run's default choice, from
 * bin/federation/strategy-choice.ts, where it differs) and each partition (IID, Dirichlet 0.5,
 * Dirichlet 0.1 label skew), the median over seeds 1..N of the final test metric (accuracy for
 * Pima, MSE for Boston), plaintext (robust aggregators need it; the sum-based ones give the same
 * result under SecAgg+ to the fixed-point error). The centralised baseline (rounds x local epochs
 * on all training rows) is the reference row.
 *
 * Targets: Pima, 50 workers, Dirichlet(0.5), the default choice, seeds 1-5, median accuracy
 * (>= 0.70), in plaintext and under SecAgg+; Boston, 4 IID workers, the default choice and
 * FedAvg, seeds 1-10, median test MSE against the centralised median (within 10%).
 *
 * Progress goes to stderr, the markdown tables to stdout, and with --json the last line is one
 * JSON object: { tables: [{ task, workers, rounds, metric, partitions, rows: [{ label, strategy,
 * parameters, medians: {partition: value}, values: {partition: [per seed]} }] }], targets }.
 */
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { DATA_DIR, runSimulation } from "../federation/simulation";
import { defaultStrategy, type StrategyChoice } from "../server/simulation/strategy-choice";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../server/round/ring-driver";
import { resolveParameters, STRATEGY_NAMES } from "../server/strategy/create-strategy";
import { loadTaskCsv } from "../shared/data/task-csv";
import { parsePartition } from "../shared/data/partition";
import { trainTestSplit } from "../shared/data/split";
import { setLogLevel } from "../shared/log/logger";
import type { EvalMetrics } from "../shared/metrics/eval-metrics";
import { PLAINTEXT_PROTECTION } from "../shared/protocol/messages";
import { taskClipNorm } from "../shared/task/task-defaults";
import type { TaskSpec } from "../shared/task/task-spec";
import { BOSTON_TASK, PIMA_TASK } from "../shared/task/tasks";
import { selectBackend } from "../worker/backend/select-backend";
import { trainCentralized } from "../worker/trainer/centralized";

const PARTITIONS = ["iid", "dirichlet:0.5", "dirichlet:0.1"] as const;
const SETUPS: Readonly<Record<"pima" | "boston", { task: TaskSpec; workers: number }>> = { pima: { task: PIMA_TASK, workers: 50 }, boston: { task: BOSTON_TASK, workers: 4 } };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const metricOf = (m: EvalMetrics): number => (m.kind === "regression" ? m.mse : m.accuracy);
const r4 = (x: number): number => Number(x.toFixed(4));
const seedList = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

async function federated(task: TaskSpec, workers: number, partition: string, seed: number, choice: StrategyChoice, secagg: "none" | "secagg+" = "none"): Promise<number> {
  const secure = secagg === "none" ? undefined : new RingSecureDriver({ protocol: secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: Number.MAX_SAFE_INTEGER, stageTimeoutMs: 60_000 });
  const r = await runSimulation({
    task, workers, rounds: task.rounds, seed, partition: parsePartition(partition), secureAggregation: secagg, protection: { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) }, strategy: choice,
    ...(secure ? { secure } : {}), centralized: false, evaluateEveryRound: false,
  });
  return metricOf(r.federated.test);
}

async function centralised(task: TaskSpec, seed: number): Promise<number> {
  const split = trainTestSplit(await loadTaskCsv(task, task.dataFile ?? path.join(DATA_DIR, `${task.name}.csv`)), { seed });
  const r = await trainCentralized(task, split.train, split.test, { epochs: task.rounds * task.train.localEpochs, seed });
  return metricOf(r.test);
}

interface Row { label: string; strategy: string; parameters: Record<string, number>; medians: Record<string, number>; values: Record<string, number[]> }

function describeChoice(c: StrategyChoice): string {
  const p = Object.entries(c.parameters).map(([k, v]) => `${k} ${String(v)}`).join(", ");
  return p ? `${c.name} (${p})` : c.name;
}

async function table(name: "pima" | "boston", seeds: number[], progress: (s: string) => void): Promise<{ task: string; workers: number; rounds: number; metric: string; partitions: string[]; rows: Row[] }> {
  const { task, workers } = SETUPS[name];
  const choices: { label: string; choice: StrategyChoice }[] = STRATEGY_NAMES.map((n) => ({ label: n, choice: { name: n, parameters: {} } }));
  // The run's default choices, where one is not a strategy with its library defaults (labelled with the splits it is the default for).
  const defaults = new Map<string, { choice: StrategyChoice; parts: string[] }>();
  for (const part of PARTITIONS) {
    const c = defaultStrategy(task, parsePartition(part));
    const key = describeChoice(c);
    if (Object.keys(c.parameters).length > 0) defaults.set(key, { choice: c, parts: [...(defaults.get(key)?.parts ?? []), part] });
  }
  for (const [key, d] of defaults) choices.push({ label: `${key}: the default for ${d.parts.join(", ")}`, choice: d.choice });
  const rows: Row[] = [];
  const central = await Promise.all(seeds.map((s) => centralised(task, s)));
  rows.push({ label: "centralised", strategy: "centralised", parameters: {}, medians: Object.fromEntries(PARTITIONS.map((p) => [p, r4(median(central))])),
    values: Object.fromEntries(PARTITIONS.map((p) => [p, central.map(r4)])) });
  for (const { label, choice } of choices) {
    const values: Record<string, number[]> = {};
    for (const part of PARTITIONS) {
      values[part] = [];
      for (const seed of seeds) values[part].push(r4(await federated(task, workers, part, seed, choice)));
      progress(`${name} ${label} ${part}: ${values[part].join(" ")}`);
    }
    rows.push({ label, strategy: choice.name, parameters: { ...resolveParameters(choice.name, choice.parameters) },
      medians: Object.fromEntries(PARTITIONS.map((p) => [p, r4(median(values[p]!))])), values });
  }
  return { task: name, workers, rounds: task.rounds, metric: task.kind === "regression" ? "test MSE" : "test accuracy", partitions: [...PARTITIONS], rows };
}

async function targets(progress: (s: string) => void): Promise<Record<string, unknown>> {
  const pimaChoice = defaultStrategy(PIMA_TASK, parsePartition("dirichlet:0.5"));
  const pimaSeeds = seedList(5);
  const plain: number[] = [];
  const secure: number[] = [];
  for (const s of pimaSeeds) {
    plain.push(await federated(PIMA_TASK, 50, "dirichlet:0.5", s, pimaChoice));
    secure.push(await federated(PIMA_TASK, 50, "dirichlet:0.5", s, pimaChoice, "secagg+"));
    progress(`target pima seed ${s}: plaintext ${plain.at(-1)!.toFixed(4)}, secagg+ ${secure.at(-1)!.toFixed(4)}`);
  }
  const bostonChoice = defaultStrategy(BOSTON_TASK, parsePartition("iid"));
  const bostonSeeds = seedList(10);
  const central: number[] = [];
  const chosen: number[] = [];
  const fedavg: number[] = [];
  for (const s of bostonSeeds) {
    central.push(await centralised(BOSTON_TASK, s));
    chosen.push(await federated(BOSTON_TASK, 4, "iid", s, bostonChoice, "secagg+"));
    fedavg.push(await federated(BOSTON_TASK, 4, "iid", s, { name: "fedavg", parameters: {} }, "secagg+"));
    progress(`target boston seed ${s}: centralised ${central.at(-1)!.toFixed(3)}, ${bostonChoice.name} ${chosen.at(-1)!.toFixed(3)}, fedavg ${fedavg.at(-1)!.toFixed(3)}`);
  }
  const cm = median(central);
  return {
    pimaDirichlet05: { strategy: describeChoice(pimaChoice), workers: 50, seeds: pimaSeeds, medianAccuracyPlaintext: r4(median(plain)), medianAccuracySecaggPlus: r4(median(secure)),
      plaintext: plain.map(r4), secaggPlus: secure.map(r4), target: 0.7 },
    bostonIid4: { strategy: describeChoice(bostonChoice), secureAggregation: "secagg+", seeds: bostonSeeds, medianCentralisedMse: r4(cm), medianMse: r4(median(chosen)),
      ratio: r4(median(chosen) / cm), fedavgMedianMse: r4(median(fedavg)), fedavgRatio: r4(median(fedavg) / cm), target: 1.1 },
  };
}

function markdown(t: Awaited<ReturnType<typeof table>>, seeds: number): string {
  const head = `**${t.task}**, ${t.workers} workers, ${t.rounds} rounds, median ${t.metric} over seeds 1-${seeds}, plaintext`;
  const lines = [head, "", `| strategy | ${t.partitions.join(" | ")} |`, `| --- | ${t.partitions.map(() => "---:").join(" | ")} |`];
  for (const r of t.rows) lines.push(`| ${r.label} | ${t.partitions.map((p) => r.medians[p]!.toFixed(t.task === "boston" ? 2 : 3)).join(" | ")} |`);
  return lines.join("\n");
}

function positiveInt(name: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
}

async function main(): Promise<void> {
  const o = new Command("bench:strategies")
    .option("--json", "last line of stdout is one JSON object", false)
    .option("--seeds <n>", "seeds 1..n per table cell", positiveInt("--seeds"), 5)
    .option("--tasks <list>", "tasks for the tables: pima, boston or both", "pima,boston")
    .option("--no-targets", "skip the issue-12 target runs")
    .option("--quick", "3 seeds, Pima only, no targets (a few minutes)", false)
    .parse(process.argv)
    .opts<{ json: boolean; seeds: number; tasks: string; targets: boolean; quick: boolean }>();
  setLogLevel("error");
  const backend = await selectBackend();
  const progress = (s: string): void => { process.stderr.write(`${s}\n`); };
  const seeds = seedList(o.quick ? 3 : o.seeds);
  const names = (o.quick ? "pima" : o.tasks).split(",").map((s) => s.trim());
  const tables = [];
  for (const n of names) {
    if (n !== "pima" && n !== "boston") throw new Error(`--tasks takes pima and boston, got "${n}"`);
    tables.push(await table(n, seeds, progress));
  }
  const t = o.targets && !o.quick ? await targets(progress) : null;
  const text = [`bench:strategies  backend ${backend.name}`, ...tables.map((x) => markdown(x, seeds.length)),
    ...(t ? [`targets: ${JSON.stringify(t)}`] : [])].join("\n\n");
  process.stdout.write(`${text}\n${o.json ? `${JSON.stringify({ backend: backend.name, seeds: seeds.length, tables, targets: t })}\n` : ""}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:strategies: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
