import { Command } from "commander";
import { addRunOptions, type RunOptions } from "../federation/run-options";
import { executeRun } from "../federation/execute-run";
import { runSyftDemo } from "../../examples/syft-tensors/syft-demo-command";

/** `conclave demo boston|pima`: centralised baseline and a federated run over virtual workers, a table and a plot; `demo syft`: the chain-of-tensors example. */
export function demoCommand(): Command {
  const cmd = new Command("demo").description("run a demo (boston or pima): centralised baseline against federated training").argument("<task>", "boston, pima, or syft (the chain-of-tensors example; takes --seed, --rounds, --json)");
  addRunOptions(cmd, { workers: 4, secagg: "secagg+", partition: "iid", baseline: true });
  return cmd.action(async (task: string, options: RunOptions) => {
    if (task === "syft") return runSyftDemo({ seed: options.seed, json: options.json, ...(options.rounds === undefined ? {} : { rounds: options.rounds }) });
    await executeRun(task, options, "demo");
  });
}
