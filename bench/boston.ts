/**
 * bench:boston — the PySyft 0.2 Boston notebook setup, federated against plain tfjs, side by side in one run.
 *
 *   npm run bench:boston -- [--json] [--secagg none|additive|secagg+] [--repeats 9] [--threads 1] [--seed 1]
 *
 * Model 13-32-24-1 ReLU, MSE, SGD lr 0.001, batch 8. Plain: 10 epochs on all 404 training rows in
 * one process (worker/trainer/centralized). Federated: the same rows split round-robin over 2
 * virtual workers, one local epoch per round for 10 rounds, through the real coordinator, worker
 * code, codec and in-memory transport (and the secure-aggregation protocol when --secagg asks).
 * Both evaluate on the same 102 held-out rows. Wall times are medians over --repeats alternating runs,
 * after one warm-up of each, so neither side pays tfjs's first-use compilation; with --threads > 1
 * the federated side runs in one WorkerPool kept across its runs, so its threads are as warm. A
 * run takes about 0.3 s and the machine's speed drifts, so the ratio is the median of each
 * repeat's ratio (its two runs side by side), not a ratio of medians.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { runSimulation } from "../federation/simulation";
import { RingSecureDriver, DEFAULT_CLIP_RANGE } from "../server/round/ring-driver";
import { loadTaskCsv } from "../shared/data/task-csv";
import { trainTestSplit } from "../shared/data/split";
import { setLogLevel } from "../shared/log/logger";
import { PLAINTEXT_PROTECTION, SECURE_AGGREGATION_MODES, type Protection, type SecureAggregationMode } from "../shared/protocol/messages";
import { DEFAULT_UPDATE_CLIP_NORM } from "../shared/task/task-defaults";
import { BOSTON_TASK } from "../shared/task/tasks";
import { selectBackend } from "../worker/backend/select-backend";
import { trainCentralized } from "../worker/trainer/centralized";
import { WorkerPool } from "../worker/pool/worker-pool";
import { DATA_DIR } from "../federation/simulation";
import path from "node:path";

const ROUNDS = 10;
/** The notebook's alice and bob. A secure sum needs 3 parties (with 2, each learns the other's update from it), so secure runs split the same data over 3. */
const WORKERS = 2;
const SECURE_WORKERS = 3;
const PLAIN: Protection = { ...PLAINTEXT_PROTECTION, clipNorm: DEFAULT_UPDATE_CLIP_NORM };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function federated(secagg: SecureAggregationMode, seed: number, pool: WorkerPool | null): Promise<{ seconds: number; mse: number }> {
  const secure = secagg === "none" ? undefined : new RingSecureDriver({ protocol: secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 60_000 });
  const r = await runSimulation({
    task: BOSTON_TASK, workers: secure ? SECURE_WORKERS : WORKERS, rounds: ROUNDS, seed, partition: { kind: "round-robin" }, secureAggregation: secagg, protection: PLAIN,
    ...(secure ? { secure } : {}), centralized: false, evaluateEveryRound: false, ...(pool ? { pool } : {}),
  });
  if (r.federated.test.kind !== "regression") throw new Error("Boston is a regression task");
  return { seconds: r.federated.wallSeconds, mse: r.federated.test.mse };
}

async function main(): Promise<void> {
  const program = new Command("bench:boston")
    .option("--json", "last line of stdout is one JSON object", false)
    .addOption(new Option("--secagg <protocol>", "secure aggregation in the federated run").choices([...SECURE_AGGREGATION_MODES]).default("none"))
    .option("--repeats <n>", "timed runs of each side (medians are reported)", (t) => { const n = Number(t); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("--repeats must be a positive integer"); return n; }, 9)
    .option("--threads <n>", "worker threads of the federated run (docs/scale.md)", (t) => { const n = Number(t); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("--threads must be a positive integer"); return n; }, 1)
    .option("--seed <n>", "seed of the split and initial weights", (t) => { const n = Number(t); if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("--seed must be a non-negative integer"); return n; }, 1)
    .parse(process.argv);
  const o = program.opts<{ json: boolean; secagg: SecureAggregationMode; repeats: number; seed: number; threads: number }>();
  setLogLevel("error");
  const backend = await selectBackend();
  const all = await loadTaskCsv(BOSTON_TASK, BOSTON_TASK.dataFile ?? path.join(DATA_DIR, "boston_housing.csv"));
  const split = trainTestSplit(all, { seed: o.seed });
  const plain = async (): Promise<{ seconds: number; mse: number }> => {
    const r = await trainCentralized(BOSTON_TASK, split.train, split.test, { epochs: ROUNDS, seed: o.seed });
    if (r.test.kind !== "regression") throw new Error("Boston is a regression task");
    return { seconds: r.wallSeconds, mse: r.test.mse };
  };
  // More than one thread: one pool for the warm-up and every timed run, so its threads are as warm as this one.
  const pool = o.threads > 1 ? await WorkerPool.start({ threads: o.threads, task: BOSTON_TASK }) : null;
  await plain();
  await federated(o.secagg, o.seed, pool);
  const plainRuns: { seconds: number; mse: number }[] = [];
  const fedRuns: { seconds: number; mse: number }[] = [];
  for (let i = 0; i < o.repeats; i++) {
    if (i % 2 === 0) { plainRuns.push(await plain()); fedRuns.push(await federated(o.secagg, o.seed, pool)); }
    else { fedRuns.push(await federated(o.secagg, o.seed, pool)); plainRuns.push(await plain()); }
  }
  await pool?.close();
  const plainSeconds = median(plainRuns.map((r) => r.seconds));
  const federatedSeconds = median(fedRuns.map((r) => r.seconds));
  const result = {
    plainSeconds: Number(plainSeconds.toFixed(4)), federatedSeconds: Number(federatedSeconds.toFixed(4)),
    ratio: Number(median(fedRuns.map((f, i) => f.seconds / plainRuns[i]!.seconds)).toFixed(3)),
    pairRatios: fedRuns.map((f, i) => Number((f.seconds / plainRuns[i]!.seconds).toFixed(3))),
    plainTestMse: Number(plainRuns[0]!.mse.toFixed(4)), federatedTestMse: Number(fedRuns[0]!.mse.toFixed(4)),
    secureAggregation: o.secagg, threads: o.threads, backend: backend.name, trainRows: split.train.rows, testRows: split.test.rows, repeats: o.repeats,
  };
  const lines = [
    `bench:boston  backend ${backend.name}  train ${split.train.rows} rows  test ${split.test.rows} rows  secure aggregation ${o.secagg}`,
    `plain tfjs, 10 epochs, 1 process:             ${plainSeconds.toFixed(3)} s   test MSE ${result.plainTestMse}`,
    `federated, 2 workers x 10 rounds x 1 epoch:   ${federatedSeconds.toFixed(3)} s   test MSE ${result.federatedTestMse}`,
    `ratio federated / plain: ${result.ratio}   (target <= 1.0, issue 12; federated test MSE target <= 20.8, the PySyft notebook's 20.78)`,
  ];
  process.stdout.write((o.json ? "" : lines.join("\n") + "\n") + (o.json ? JSON.stringify(result) + "\n" : ""));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:boston: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
