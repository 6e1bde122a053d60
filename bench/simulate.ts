/**
 * bench:simulate — simulation at scale (issue 12): each figure a ratio or a total from one run.
 *
 *   npm run bench:simulate -- [--json] [--quick] [--seed 1] [--skip-ten-thousand]
 *
 * Every cell is the real `conclave simulate` command in its own process (so peak memory is the
 * cell's own), on Boston's model with synthetic Boston rows (`conclave data synth`, for scale
 * tests only) when the bundled 506 rows are too few. Wall seconds are means of the per-round
 * figures the command reports (round 0 excluded; it is in `wallSeconds`); CPU seconds and peak
 * RSS come from the process itself (bench/lib/report-usage.cjs).
 *
 * - plaintextRoundSeconds: n = 10, plaintext, 5 rounds (bundled rows).
 * - secaggOverPlaintext: n = 1,000, 5 rounds, SecAgg+ over plaintext, per round.
 * - poolOverSingleThread: the n = 1,000 SecAgg+ run's wall seconds (round 0 and 5 rounds) with the
 *   default threads (the core count) over the same run with --threads 1.
 *   These three cells run --repeats times (default 3), in turn and in reverse order each time; each
 *   ratio is the median of the repeats' ratios (all of them are in the JSON), so one cell slowed by
 *   something else on the machine does not decide a figure alone.
 * - bostonFederatedOverPlain: bench:boston's ratio (PySyft notebook setup, federated / plain tfjs),
 *   its federated side in the default threads, one for 2 workers (bostonFederatedOverPlainTwoThreads: in two).
 * - tenThousand: 10,000 registered, 1,000 sampled per round, 5 rounds, SecAgg+ with distributed DP.
 *   bytesPerIdleWorker: two more runs of one round with the same 100 workers sampled, 1,000 and
 *   10,000 registered: the difference of their peak RSS over the 9,000 extra idle workers, less
 *   each worker's rows (x and y, float32, raw and scaled).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { defaultThreads } from "../worker/pool/pooled-workers";
import { median } from "./lib/cpu-time";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin/conclave.js");
const USAGE = path.join(__dirname, "lib/report-usage.cjs");
/** Boston's 13 features and its target, float32 each, twice (the raw and the scaled copy a worker holds). */
const BYTES_PER_ROW = 14 * 4 * 2;

interface Usage { readonly maxRssBytes: number; readonly cpuSeconds: number }
interface Cell {
  readonly label: string;
  readonly workers: number;
  readonly roundSeconds: number;
  readonly wallSeconds: number;
  readonly processSeconds: number;
  readonly usage: Usage;
  readonly finished: boolean;
  readonly rounds: number;
}

function run(args: readonly string[], withUsage: boolean): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(withUsage ? ["--require", USAGE] : []), ...args], { cwd: ROOT, env: { ...process.env, CONCLAVE_LOG_LEVEL: "error" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - t0) / 1000 }));
  });
}

function lastJson(text: string, what: string): Record<string, unknown> {
  const line = text.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  if (line === undefined) throw new Error(`${what} printed no JSON line`);
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed !== "object" || parsed === null) throw new Error(`${what}: the last JSON line is not an object`);
  return parsed as Record<string, unknown>;
}

function usageOf(stderr: string): Usage {
  const line = stderr.split("\n").find((l) => l.startsWith("conclave-usage "));
  if (line === undefined) throw new Error("the benchmarked process did not report its usage");
  return JSON.parse(line.slice("conclave-usage ".length)) as Usage;
}

async function synth(rows: number, dir: string, seed: number): Promise<string> {
  const out = path.join(dir, `boston-${rows}.csv`);
  const r = await run([BIN, "data", "synth", "--task", "boston", "--rows", String(rows), "--seed", String(seed), "--out", out], false);
  if (r.code !== 0) throw new Error(`conclave data synth failed: ${r.stderr.trim()}`);
  return out;
}

async function simulate(label: string, workers: number, rounds: number, extra: readonly string[], seed: number): Promise<Cell> {
  const args = [BIN, "simulate", "--task", "boston", "--workers", String(workers), "--rounds", String(rounds), "--seed", String(seed), "--json", "--no-report", "--no-progress", ...extra];
  process.stderr.write(`bench:simulate: ${label}: conclave ${args.slice(1).join(" ")}\n`);
  const r = await run(args, true);
  if (r.code !== 0) throw new Error(`${label}: conclave simulate exited ${String(r.code)}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  const summary = lastJson(r.stdout, label);
  const perRound = summary.perRound as { seconds: number }[];
  const federated = summary.federated as { wallSeconds: number };
  const cell: Cell = { label, workers, rounds: perRound.length, finished: perRound.length === rounds && summary.roundsAborted === 0,
    roundSeconds: perRound.reduce((s, p) => s + p.seconds, 0) / Math.max(1, perRound.length), wallSeconds: federated.wallSeconds, processSeconds: r.seconds, usage: usageOf(r.stderr) };
  process.stderr.write(`bench:simulate: ${label}: ${cell.roundSeconds.toFixed(3)} s a round, run ${cell.wallSeconds.toFixed(1)} s, process ${cell.processSeconds.toFixed(1)} s, ` +
    `CPU ${cell.usage.cpuSeconds.toFixed(1)} s, peak RSS ${(cell.usage.maxRssBytes / 2 ** 20).toFixed(0)} MiB\n`);
  return cell;
}

const round3 = (x: number): number => Number(x.toFixed(3));

async function main(): Promise<void> {
  const integer = (flag: string) => (t: string): number => { const n = Number(t); if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} must be a non-negative integer`); return n; };
  const o = new Command("bench:simulate")
    .option("--json", "last line of stdout is one JSON object", false)
    .option("--quick", "n = 100 instead of 1,000, 1,000 registered instead of 10,000 (a smoke run)", false)
    .option("--skip-ten-thousand", "leave out the 10,000-worker cells (tenThousand is null)", false)
    .option("--seed <n>", "seed of data, splits and sampling", integer("--seed"), 1)
    .option("--repeats <n>", "runs of the n = 1,000 plaintext, SecAgg+ and one-thread cells (figures are medians)", integer("--repeats"), 3)
    .parse(process.argv).opts<{ json: boolean; quick: boolean; skipTenThousand: boolean; seed: number; repeats: number }>();
  if (o.repeats < 1) throw new InvalidArgumentError("--repeats must be at least 1");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-simulate-"));
  try {
    const n = o.quick ? 100 : 1000;
    const threads = defaultThreads(n);
    const registered = o.quick ? 1000 : 10_000;
    const small = await simulate("n=10 plaintext", 10, 5, ["--secagg", "none"], o.seed);
    // 20 rows per worker: 16 train after the 80/20 split.
    const thousandData = await synth(20 * n, dir, o.seed);
    const trio: { plain: Cell; secure: Cell; secureOneThread: Cell }[] = [];
    for (let r = 1; r <= o.repeats; r++) {
      const tag = o.repeats > 1 ? ` #${r}` : "";
      const cellsOf = {
        plain: () => simulate(`n=${n} plaintext${tag}`, n, 5, ["--secagg", "none", "--data", thousandData], o.seed),
        secure: () => simulate(`n=${n} SecAgg+${tag}`, n, 5, ["--secagg", "secagg+", "--data", thousandData], o.seed),
        secureOneThread: () => simulate(`n=${n} SecAgg+, one thread${tag}`, n, 5, ["--secagg", "secagg+", "--data", thousandData, "--threads", "1"], o.seed),
      };
      const order = ["plain", "secure", "secureOneThread"] as const;
      const got: Partial<Record<(typeof order)[number], Cell>> = {};
      for (const k of r % 2 === 1 ? order : [...order].reverse()) got[k] = await cellsOf[k]();
      trio.push({ plain: got.plain!, secure: got.secure!, secureOneThread: got.secureOneThread! });
    }
    const secaggRatios = trio.map((t) => t.secure.roundSeconds / t.plain.roundSeconds);
    const secaggCpuRatios = trio.map((t) => t.secure.usage.cpuSeconds / t.plain.usage.cpuSeconds);
    const poolRatios = trio.map((t) => t.secure.wallSeconds / t.secureOneThread.wallSeconds);
    const boston = async (threads: number): Promise<number> => {
      process.stderr.write(`bench:simulate: bench:boston (PySyft notebook setup), ${threads} thread(s)\n`);
      const r = await run([path.join(ROOT, "bin/run-ts.js"), path.join(ROOT, "bench/boston.ts"), "--json", "--seed", String(o.seed), "--threads", String(threads)], false);
      if (r.code !== 0) throw new Error(`bench:boston failed: ${r.stderr.trim()}`);
      return lastJson(r.stdout, "bench:boston").ratio as number;
    };
    // bench:boston's federation has 2 workers, so the default is one thread; two are shown beside it.
    const bostonRatio = await boston(defaultThreads(2));
    const bostonTwoThreads = await boston(2);
    let tenThousand: Record<string, unknown> | null = null;
    let cells: Cell[] = [small, ...trio.flatMap((t) => [t.plain, t.secure, t.secureOneThread])];
    if (!o.skipTenThousand) {
      // 12.5 rows per worker: 10 training rows each; one tenth sampled per round.
      const sampled = registered / 10;
      const data = await synth(Math.ceil(12.5 * registered), dir, o.seed);
      const dp = ["--secagg", "secagg+", "--dp", "distributed", "--noise", "1", "--data", data];
      const big = await simulate(`${registered} registered, ${sampled} sampled, SecAgg+ and distributed DP`, registered, 5, [...dp, "--fraction-fit", "0.1"], o.seed);
      // Idle workers: the same protocol, one round, the same 100 sampled, 10x the registered.
      const few = await simulate(`${registered / 10} registered, 100 sampled, 1 round`, registered / 10, 1, [...dp, "--fraction-fit", String(1000 / registered)], o.seed);
      const many = await simulate(`${registered} registered, 100 sampled, 1 round`, registered, 1, [...dp, "--fraction-fit", String(100 / registered)], o.seed);
      cells = [...cells, big, few, many];
      const perWorker = (many.usage.maxRssBytes - few.usage.maxRssBytes) / (registered - registered / 10) - 10 * BYTES_PER_ROW;
      tenThousand = { finished: big.finished, seconds: round3(big.roundSeconds), runSeconds: round3(big.wallSeconds), processSeconds: round3(big.processSeconds),
        peakRssBytes: big.usage.maxRssBytes, bytesPerIdleWorker: Math.round(perWorker), registered, sampledPerRound: sampled };
    }
    const result = {
      plaintextRoundSeconds: round3(small.roundSeconds),
      secaggOverPlaintext: round3(median(secaggRatios)),
      secaggOverPlaintextCpu: round3(median(secaggCpuRatios)),
      secaggRoundSeconds: round3(median(trio.map((t) => t.secure.roundSeconds))), plaintextThousandRoundSeconds: round3(median(trio.map((t) => t.plain.roundSeconds))), n,
      poolOverSingleThread: round3(median(poolRatios)), threads,
      repeats: { secaggOverPlaintext: secaggRatios.map(round3), secaggOverPlaintextCpu: secaggCpuRatios.map(round3), poolOverSingleThread: poolRatios.map(round3) },
      bostonFederatedOverPlain: bostonRatio, bostonFederatedOverPlainTwoThreads: bostonTwoThreads,
      tenThousand,
      cells: cells.map((c) => ({ label: c.label, roundSeconds: round3(c.roundSeconds), runSeconds: round3(c.wallSeconds), cpuSeconds: round3(c.usage.cpuSeconds),
        peakRssMiB: Math.round(c.usage.maxRssBytes / 2 ** 20), finished: c.finished })),
    };
    if (!o.json) {
      for (const c of result.cells) process.stdout.write(`${c.label.padEnd(60)} ${c.roundSeconds.toFixed(3).padStart(8)} s/round  ${c.runSeconds.toFixed(1).padStart(7)} s run  ${String(c.peakRssMiB).padStart(5)} MiB\n`);
      process.stdout.write(`plaintext round at n=10: ${result.plaintextRoundSeconds} s (target <= 0.2)\nSecAgg+ / plaintext at n=${n}: ${result.secaggOverPlaintext} (target <= 3)\n` +
        `pool (${threads} threads) / one thread: ${result.poolOverSingleThread} (target <= 0.6)\nbench:boston federated / plain: ${bostonRatio} (in 2 threads: ${bostonTwoThreads}; target <= 1.0)\ntenThousand: ${JSON.stringify(tenThousand)}\n`);
    }
    if (o.json) process.stdout.write(JSON.stringify(result) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:simulate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
