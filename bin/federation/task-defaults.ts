import type { TaskSpec } from "../../shared/task/task-spec";

/**
 * The L2 bound every update gets in every mode when neither the site's policy nor the run sets
 * one: loose enough not to bind honest training of the bundled tasks (Boston's first-round
 * update norms are about 1.3-2.3 with 4 workers, Pima's 0.5-0.9), tight enough that one
 * site's update cannot move the model arbitrarily (docs/security.md, "Bounded influence").
 */
export const DEFAULT_UPDATE_CLIP_NORM = 10;

export function taskClipNorm(_task: TaskSpec): number {
  return DEFAULT_UPDATE_CLIP_NORM;
}
