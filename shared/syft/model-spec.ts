/**
 * What a syft worker needs to train a model where the data lives: a task's
 * model (input shape and any layer list of shared/task's closed set of tfjs
 * Layers layers), how its output is read (the task's kind) and its loss. The
 * rest of a task (columns, preprocessing, rounds) stays with the researcher:
 * the worker trains on tensors it already holds.
 */
import type { LossName, TaskSpec } from "../task/task-spec";

export type SyftModelSpec = Pick<TaskSpec, "kind" | "loss" | "model">;

export const LOSSES = ["meanSquaredError", "meanAbsoluteError", "binaryCrossentropy", "categoricalCrossentropy"] as const satisfies readonly LossName[];

/** The model part of a task (or of another model spec), copied: nothing else of the task travels. */
export function modelSpecOf(task: SyftModelSpec): SyftModelSpec {
  return {
    kind: task.kind,
    loss: task.loss,
    model: { inputShape: [...task.model.inputShape], layers: task.model.layers.map((l) => ({ ...l })) },
  };
}
