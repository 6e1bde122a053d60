import { Command, Option } from "commander";
import { addRunOptions, type RunOptions } from "../federation/run-options";
import { executeRun } from "../federation/execute-run";
import { BUNDLED_TASK_NAMES } from "../../shared/task/tasks";
import { resolveTask } from "../../shared/task/resolve-task";
import { tightenHeapGrowth } from "../heap-growth";

/** `conclave simulate`: many virtual workers, non-IID splits, per-round metrics and timings. */
export function simulateCommand(): Command {
  const cmd = new Command("simulate").description("simulate a federation of many virtual workers")
    .addOption(new Option("--task <name|file>", `the task: ${BUNDLED_TASK_NAMES.join(", ")}, or a task file (docs/tasks.md)`).makeOptionMandatory());
  addRunOptions(cmd, { workers: 100, secagg: "secagg+", partition: "iid", baseline: false });
  return cmd.action(async (options: RunOptions & { task: string }) => {
    tightenHeapGrowth();
    await executeRun(await resolveTask(options.task), options, "simulate");
  });
}
