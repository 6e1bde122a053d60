/**
 * The command of the syft-tensors example (`npx conclave demo syft`, or
 * examples/syft-tensors/main.ts): prints the averaged model's test MSE after
 * each round, then the final test MSE and the wall time; with --json the last
 * line is one JSON object.
 */
import { Command, InvalidArgumentError } from "commander";
import { setLogLevel } from "../../shared/log/logger";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { runSyftBoston } from "./run-syft-boston";

function count(name: string, min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

export interface SyftDemoOptions {
  readonly seed: number;
  readonly rounds?: number;
  readonly json: boolean;
}

/** Runs the example and prints its table (or, with json, one JSON line). */
export async function runSyftDemo(o: SyftDemoOptions): Promise<void> {
  if (!process.env.CONCLAVE_LOG_LEVEL) setLogLevel("warn");
  const rounds = o.rounds ?? BOSTON_TASK.rounds;
  const out = (line: string): void => { if (!o.json) process.stdout.write(`${line}\n`); };
  out(`syft-tensors: Boston housing | alice and bob hold half the training rows each | crypto provider james | ${rounds} rounds | seed ${o.seed}`);
  out("round  testMse");
  const r = await runSyftBoston({ seed: o.seed, rounds, onRound: (round, mse) => out(`${String(round).padStart(5)}  ${mse.toFixed(4)}`) });
  out(`rows: alice ${r.rows.alice}, bob ${r.rows.bob}, test ${r.rows.test}`);
  out(`test MSE ${r.testMse.toFixed(4)} (the PySyft notebook: 20.78) | wall ${r.wallSeconds.toFixed(2)} s`);
  if (o.json) process.stdout.write(`${JSON.stringify({ example: "syft-tensors", seed: o.seed, rounds: r.rounds, testMse: r.testMse, wallSeconds: r.wallSeconds, rows: r.rows })}\n`);
}

export function syftDemoCommand(name = "syft"): Command {
  return new Command(name).description("the PySyft 0.2 Boston notebook with the chain of tensors: training where the data lives, secure averaging")
    .option("--seed <n>", "seed of the split and the initial weights", count("--seed", 0), 1)
    .option("--rounds <n>", "rounds of local training and secure averaging", count("--rounds", 1), BOSTON_TASK.rounds)
    .option("--json", "last line of stdout is one JSON object", false)
    .action((o: SyftDemoOptions) => runSyftDemo(o));
}
