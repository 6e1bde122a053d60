import { Command } from "commander";
import { addRunOptions, type RunOptions } from "../federation/run-options";
import { executeRun } from "../federation/execute-run";
import { BUNDLED_TASK_NAMES } from "../../shared/task/tasks";
import { resolveTask } from "../../shared/task/resolve-task";
import { usageError } from "./usage-error";
import { runSyftDemo } from "../../examples/syft-tensors/syft-demo-command";

/**
 * `conclave demo boston|pima|breast-cancer|digits` or `--task FILE`: centralised baseline and a federated run over
 * virtual workers, a table and a plot; `demo syft`: the chain-of-tensors example (takes --seed, --rounds, --json).
 */
export function demoCommand(): Command {
  const cmd = new Command("demo").description(`run a demo: centralised baseline against federated training (${BUNDLED_TASK_NAMES.join(", ")}, or --task FILE); "syft" runs the chain-of-tensors example`)
    .argument("[task]", `a bundled task (${BUNDLED_TASK_NAMES.join(", ")}), a task file, or syft (the chain-of-tensors example; takes --seed, --rounds, --json)`)
    .option("--task <name|file>", "the task: a bundled task's name or a task file (docs/tasks.md)");
  addRunOptions(cmd, { workers: 4, secagg: "secagg+", partition: "iid", baseline: true });
  return cmd.action(async (task: string | undefined, options: RunOptions & { task?: string }) => {
    if (task !== undefined && options.task !== undefined && task !== options.task) throw usageError(`give the task once: "${task}" or --task ${options.task}`);
    const chosen = task ?? options.task;
    if (chosen === undefined) throw usageError(`name a task: conclave demo ${BUNDLED_TASK_NAMES.join("|")}|syft, or conclave demo --task FILE`);
    if (chosen === "syft") return runSyftDemo({ seed: options.seed, json: options.json, ...(options.rounds === undefined ? {} : { rounds: options.rounds }) });
    await executeRun(await resolveTask(chosen), options, "demo");
  });
}
