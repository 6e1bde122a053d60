import path from "node:path";
import { loadTaskFile, loadTaskFileSync } from "./load-task";
import type { TaskSpec } from "./task-spec";
import { BUNDLED_TASK_NAMES, bundledTaskPath, isBundledTaskName } from "./tasks";

/** Whether a --task value names a file rather than a bundled task. */
export function looksLikeTaskPath(nameOrPath: string): boolean {
  return nameOrPath.includes("/") || nameOrPath.includes(path.sep) || nameOrPath.endsWith(".json");
}

/** A thrown error for a --task value that is neither a bundled task nor a task file. */
export class UnknownTaskError extends Error {
  override readonly name = "UnknownTaskError";
}

/**
 * A --task value: a bundled task's name (`boston`, `pima`, `breast-cancer`,
 * `digits`) or the path of a task file. Paths are read relative to the current
 * folder.
 */
export async function resolveTask(nameOrPath: string): Promise<TaskSpec> {
  if (isBundledTaskName(nameOrPath)) return loadTaskFile(bundledTaskPath(nameOrPath));
  if (looksLikeTaskPath(nameOrPath)) return loadTaskFile(path.resolve(nameOrPath));
  throw unknownTask(nameOrPath);
}

function unknownTask(nameOrPath: string): UnknownTaskError {
  return new UnknownTaskError(`unknown task "${nameOrPath}": valid tasks are ${BUNDLED_TASK_NAMES.join(", ")}, or the path of a task file (docs/tasks.md; \`conclave task init data.csv\` writes one)`);
}

/** resolveTask without the event loop (start-up code, tests). */
export function resolveTaskSync(nameOrPath: string): TaskSpec {
  if (isBundledTaskName(nameOrPath)) return loadTaskFileSync(bundledTaskPath(nameOrPath));
  if (looksLikeTaskPath(nameOrPath)) return loadTaskFileSync(path.resolve(nameOrPath));
  throw unknownTask(nameOrPath);
}
