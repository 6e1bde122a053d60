import path from "node:path";
import { loadTaskFileSync } from "./load-task";
import { packagePath } from "../package-root";
import type { TaskSpec } from "./task-spec";

/**
 * The bundled tasks: task files in examples/tasks/, each naming its CSV in
 * examples/data/. They are plain task files, the same a user writes.
 */
export const BUNDLED_TASK_NAMES = ["boston", "pima", "breast-cancer", "digits"] as const;
export type BundledTaskName = (typeof BUNDLED_TASK_NAMES)[number];

/** Where the bundled task files live (examples/tasks in the package). */
export const TASKS_DIR = packagePath("examples", "tasks");

export function isBundledTaskName(name: string): name is BundledTaskName {
  return (BUNDLED_TASK_NAMES as readonly string[]).includes(name);
}

export function bundledTaskPath(name: BundledTaskName): string {
  return path.join(TASKS_DIR, `${name}.json`);
}

const cache = new Map<BundledTaskName, TaskSpec>();

/** The spec of a bundled task (read once); an unknown name is an Error listing the valid ones. */
export function getTask(name: string): TaskSpec {
  if (!isBundledTaskName(name)) {
    throw new Error(`unknown task "${name}": valid tasks are ${BUNDLED_TASK_NAMES.join(", ")}`);
  }
  let task = cache.get(name);
  if (task === undefined) {
    task = loadTaskFileSync(bundledTaskPath(name));
    cache.set(name, task);
  }
  return task;
}

/** Boston Housing as in the PySyft 0.2 notebook (examples/tasks/boston.json). */
export const BOSTON_TASK: TaskSpec = getTask("boston");
/** Pima Indians Diabetes (examples/tasks/pima.json). */
export const PIMA_TASK: TaskSpec = getTask("pima");
