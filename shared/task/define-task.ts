import path from "node:path";
import { fsReader } from "./load-task";
import { parseTaskText } from "./parse-task";
import type { TaskSpec } from "./task-spec";

/**
 * A task from code: the same object a task file holds (docs/tasks.md), checked exactly as a
 * file is (TaskFileError naming the field). Relative paths in it (data.file, a model.json) are
 * resolved against `baseDir` (default: the working directory).
 */
export function defineTask(task: Readonly<Record<string, unknown>>, options: { readonly baseDir?: string } = {}): TaskSpec {
  const name = typeof task.name === "string" ? task.name : "task";
  return parseTaskText(JSON.stringify(task, null, 2), path.join(path.resolve(options.baseDir ?? "."), `${name}.task.json`), fsReader);
}
