/**
 * The task description the coordinator sends in Welcome (docs/protocol.md, "Task"): a
 * canonical JSON of everything a worker needs to train and evaluate (columns, target, kind,
 * model, weight names and shapes in order, training defaults), and its SHA-256. A worker
 * compares the digest with its own task's and refuses a coordinator that trains something
 * else; a second implementation reads the JSON instead of guessing.
 */
import { sha256Hex } from "../crypto/hash";
import type { TaskSpec } from "../task/task-spec";
import { weightLayout } from "../task/weight-layout";

export interface TaskDescription {
  readonly name: string;
  readonly json: string;
  readonly digest: string;
}

/** JSON with object keys sorted at every level, no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function describeTask(task: TaskSpec): TaskDescription {
  const json = canonicalJson({ format: "conclave-task/v1", task, weights: weightLayout(task.model) });
  return { name: task.name, json, digest: sha256Hex(json) };
}
