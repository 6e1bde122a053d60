import { Command } from "commander";
import { addRunOptions, type RunOptions } from "../federation/run-options";
import { executeRun } from "../federation/execute-run";

/** `conclave demo boston|pima`: centralised baseline and a federated run over virtual workers, a table and a plot. */
export function demoCommand(): Command {
  const cmd = new Command("demo").description("run a demo (boston or pima): centralised baseline against federated training").argument("<task>", "boston or pima");
  addRunOptions(cmd, { workers: 4, secagg: "secagg+", partition: "iid", baseline: true });
  return cmd.action(async (task: string, options: RunOptions) => { await executeRun(task, options, "demo"); });
}
