import { Command, Option } from "commander";
import { addRunOptions, type RunOptions } from "../federation/run-options";
import { executeRun } from "../federation/execute-run";
import { TASK_NAMES } from "../../shared/task/task-spec";

/** `conclave simulate`: many virtual workers, non-IID splits, per-round metrics and timings. */
export function simulateCommand(): Command {
  const cmd = new Command("simulate").description("simulate a federation of many virtual workers")
    .addOption(new Option("--task <task>", "the task").choices([...TASK_NAMES]).makeOptionMandatory());
  addRunOptions(cmd, { workers: 100, secagg: "secagg+", partition: "iid", baseline: false });
  return cmd.action(async (options: RunOptions & { task: string }) => { await executeRun(options.task, options, "simulate"); });
}
