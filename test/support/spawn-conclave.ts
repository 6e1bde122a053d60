import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(__dirname, "../../bin/conclave.js");

export interface Running {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/** Start `conclave ARGS` as a real process (quiet logs unless overridden), collecting its output. */
export function spawnConclave(args: readonly string[], env: Record<string, string> = {}): Running {
  // A coordinator writes its run report into ./runs by default: a test that does not ask for one leaves none behind.
  const quiet = args[0] === "coordinator" && !args.includes("--report-dir") && !args.includes("--no-report") ? ["--no-report"] : [];
  const child = spawn(process.execPath, [BIN, ...args, ...quiet], { env: { ...process.env, CONCLAVE_LOG_LEVEL: "info", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const running: Running = {
    child, stdout: "", stderr: "",
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
  };
  child.stdout!.on("data", (d: Buffer) => { running.stdout += d.toString(); });
  child.stderr!.on("data", (d: Buffer) => { running.stderr += d.toString(); });
  return running;
}

/** The last line of stdout parsed as JSON. */
export function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split("\n");
  const parsed: unknown = JSON.parse(lines[lines.length - 1]!);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(`the last line of stdout is not a JSON object: ${lines[lines.length - 1]}`);
  return parsed as Record<string, unknown>;
}
