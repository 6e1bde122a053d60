import type { TaskSpec } from "../task/task-spec";

/**
 * The L2 bound every update gets in every mode when neither the site's policy nor the run sets
 * one: the task's own clipNorm (measured by bench:tasks not to bind honest training), so that
 * one site's update cannot move the model arbitrarily (docs/security.md, "Bounded influence").
 */
export const DEFAULT_UPDATE_CLIP_NORM = 10;

export function taskClipNorm(task: TaskSpec): number {
  return task.clipNorm > 0 ? task.clipNorm : DEFAULT_UPDATE_CLIP_NORM;
}

/**
 * The task's declared bounds per standardised input column (null where none is declared), for
 * the coordinator's check of round 0's federated statistics (server/round/stats-round).
 * Only for tasks whose model input is exactly the feature columns (no one-hot expansion).
 */
export function featureBounds(task: TaskSpec): (readonly [number, number] | null)[] | undefined {
  if (Object.keys(task.preprocessing.oneHot).length > 0 || Object.keys(task.bounds).length === 0) return undefined;
  return task.features.map((f) => task.bounds[f] ?? null);
}
