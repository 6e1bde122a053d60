import path from "node:path";
import type { z } from "zod";
import { fsReader } from "./load-task";
import { parseTaskText } from "./parse-task";
import type { TASK_FILE_SCHEMA } from "./task-schema";
import type { TaskSpec } from "./task-spec";

/** A task file's JSON as written (defaults may be left out; "$" keys are notes for people). */
export type TaskFileInput = z.input<typeof TASK_FILE_SCHEMA> & { readonly [note: `$${string}`]: unknown };

/**
 * A task from code: the same object a task file holds (docs/tasks.md), typed, and checked
 * exactly as a file is (TaskFileError naming the field). Relative paths in it (data.file, a
 * model.json) are resolved against `baseDir` (default: the working directory).
 */
export function defineTask(task: TaskFileInput, options: { readonly baseDir?: string } = {}): TaskSpec {
  return parseTaskText(JSON.stringify(task, null, 2), path.join(path.resolve(options.baseDir ?? "."), `${task.name}.task.json`), fsReader);
}
