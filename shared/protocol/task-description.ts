/**
 * The task description the coordinator sends in Welcome (docs/protocol.md, "Task"): the
 * canonical JSON of everything a worker needs to train and evaluate (shared/task/canonical-task:
 * columns, target, kind, classes, preprocessing, model, weight names and shapes in order,
 * training settings, clip norm), and its SHA-256. A worker compares the digest with its own
 * task's and refuses a coordinator that trains something else; a second implementation reads
 * the JSON instead of guessing.
 */
import { canonicalTaskJson, taskDigest } from "../task/canonical-task";
import type { TaskSpec } from "../task/task-spec";

export interface TaskDescription {
  readonly name: string;
  readonly json: string;
  readonly digest: string;
}

export function describeTask(task: TaskSpec): TaskDescription {
  return { name: task.name, json: canonicalTaskJson(task), digest: taskDigest(task) };
}
