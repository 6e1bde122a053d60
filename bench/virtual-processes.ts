/**
 * bench:virtual-processes — one federation across processes (issue 12 item 3): a `conclave
 * coordinator` on 127.0.0.1 and P `conclave worker --virtual W` processes, each W sites with
 * their own keys and socket.io connections, through SecAgg+.
 *
 *   npm run bench:virtual-processes -- [--processes 4] [--per-process 250] [--rounds 1] [--json]
 *
 * Rows: synthetic Boston rows (`conclave data synth`, scale tests only), 16 per site, one file per
 * process. Prints the run's seconds (first join to the coordinator's exit), the coordinator's
 * per-round seconds, and whether every process exited 0; the last stdout line is JSON with --json.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin/conclave.js");

interface Proc { readonly exited: Promise<number | null>; stdout: string; stderr: string }

function start(args: readonly string[]): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CONCLAVE_LOG_LEVEL: "info" }, stdio: ["ignore", "pipe", "pipe"] });
  const p: Proc = { exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))), stdout: "", stderr: "" };
  child.stdout.on("data", (d: Buffer) => { p.stdout += d.toString(); });
  child.stderr.on("data", (d: Buffer) => { p.stderr += d.toString(); });
  return p;
}

function sync(args: readonly string[]): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`conclave ${args[0]} failed: ${r.stderr}`);
}

async function waitForPort(p: Proc): Promise<string> {
  for (;;) {
    const m = /"port":(\d+)/.exec(p.stderr);
    if (m) return m[1]!;
    const code = await Promise.race([p.exited, new Promise<"wait">((r) => setTimeout(() => r("wait"), 200))]);
    if (code !== "wait") throw new Error(`the coordinator exited before listening: ${p.stderr.slice(-2000)}`);
  }
}

async function main(): Promise<void> {
  const int = (flag: string) => (t: string): number => { const n = Number(t); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive integer`); return n; };
  const o = new Command("bench:virtual-processes")
    .option("--processes <n>", "worker processes", int("--processes"), 4)
    .option("--per-process <n>", "virtual workers in each", int("--per-process"), 250)
    .option("--rounds <n>", "SecAgg+ rounds", int("--rounds"), 1)
    .option("--json", "last line of stdout is one JSON object", false)
    .parse(process.argv).opts<{ processes: number; perProcess: number; rounds: number; json: boolean }>();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-virtual-"));
  try {
    const total = o.processes * o.perProcess;
    const names = Array.from({ length: total }, (_, i) => `site-${i}`);
    const fed = path.join(dir, "fed");
    sync(["federation", "dev", "--dir", fed, "--sites", names.join(",")]);
    for (let p = 0; p < o.processes; p++) sync(["data", "synth", "--task", "boston", "--rows", String(16 * o.perProcess), "--seed", String(p + 1), "--out", path.join(dir, `part-${p}.csv`)]);
    const t0 = performance.now();
    const coordinator = start(["coordinator", "--task", "boston", "--port", "0", "--wait-seconds", "600", "--json", "--min-workers", String(total), "--rounds", String(o.rounds),
      "--round-timeout-seconds", "900", "--federation", path.join(fed, "federation.json"), "--key", path.join(fed, "coordinator.key")]);
    const port = await waitForPort(coordinator);
    const workers = Array.from({ length: o.processes }, (_, p) => start(["worker", "--server", `http://127.0.0.1:${port}`, "--task", "boston", "--virtual", String(o.perProcess),
      "--first", String(p * o.perProcess), "--name", "site-{i}", "--key", path.join(fed, "{name}.key"), "--federation", path.join(fed, "federation.json"),
      "--data", path.join(dir, `part-${p}.csv`), "--attempts", "20"]));
    const code = await coordinator.exited;
    const seconds = (performance.now() - t0) / 1000;
    const codes = await Promise.all(workers.map((w) => w.exited));
    if (code !== 0) throw new Error(`the coordinator exited ${String(code)}: ${coordinator.stderr.slice(-2000)}`);
    const line = coordinator.stdout.trim().split("\n").pop() ?? "{}";
    const summary = JSON.parse(line) as Record<string, unknown>;
    const result = { processes: o.processes, perProcess: o.perProcess, workers: summary.workers, rounds: o.rounds, roundsApplied: summary.roundsApplied,
      secureAggregation: summary.secureAggregation, seconds: Number(seconds.toFixed(2)), workerExitCodes: codes, allExitedZero: codes.every((c) => c === 0) };
    if (!result.allExitedZero || result.workers !== total) {
      const tail = (t: string): string => t.trim().split("\n").filter((l) => /warn|error/i.test(l)).slice(-8).join("\n");
      process.stderr.write(`coordinator (warnings and errors, last 8):\n${tail(coordinator.stderr)}\n`);
      workers.forEach((w, i) => process.stderr.write(`worker process ${i} (warnings and errors, last 8):\n${tail(w.stderr)}\n`));
    }
    process.stdout.write((o.json ? JSON.stringify(result) : `${o.processes} processes x ${o.perProcess} virtual workers, ${o.rounds} SecAgg+ round(s): ` +
      `${String(result.roundsApplied)} applied in ${result.seconds} s; worker processes exited ${codes.join(", ")}`) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:virtual-processes: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
