/**
 * `conclave/tasks`: a task is data (docs/tasks.md): the CSV's columns, the kind, preprocessing,
 * a tfjs Layers model, loss, metrics, training. Load a task file, take a bundled one, or define
 * one in code; every form is checked the same way, errors name the field, line and column.
 *
 * ```ts
 * import { defineTask, getTask, loadTaskFile, loadTaskCsv } from "conclave/tasks";
 *
 * const boston = getTask("boston");
 * const mine = await loadTaskFile("hospital.task.json");
 * const inline = defineTask({
 *   format: "conclave.task/1", name: "toy", kind: "regression",
 *   data: { file: "toy.csv", features: ["x1", "x2"], target: "y" },
 *   preprocessing: { scaling: "standardise", missing: "refuse" },
 *   model: { layers: [{ type: "dense", units: 1 }] }, loss: "meanSquaredError", metrics: ["mse"],
 *   train: { optimizer: "sgd", learningRate: 0.05, batchSize: 8, localEpochs: 1, seed: 1 }, rounds: 5, clipNorm: 10,
 * }, { baseDir: __dirname });
 * const rows = await loadTaskCsv(inline, inline.dataFile!);
 * ```
 */
export type * from "./task-spec";
export { TASK_KINDS } from "./task-spec";
export { BUNDLED_TASK_NAMES, TASKS_DIR, BOSTON_TASK, bundledTaskPath, getTask, isBundledTaskName, type BundledTaskName } from "./tasks";
export { loadTaskFile, loadTaskFileSync } from "./load-task";
export { defineTask, type TaskFileInput } from "./define-task";
export { parseTaskText, MAX_TASK_FILE_BYTES, LOSS_OF } from "./parse-task";
export { resolveTask, resolveTaskSync, looksLikeTaskPath, UnknownTaskError } from "./resolve-task";
export { TaskFileError } from "./task-file-error";
export { TASK_FORMAT, type TaskFile } from "./task-schema";
export { starterTask } from "./task-starter";
export { detectTask } from "./detect-task";
export { taskDigest, canonicalTaskJson } from "./canonical-task";
export { initialTaskWeights, initialWeights } from "./init-weights";
export { taskClipNorm, featureBounds, DEFAULT_UPDATE_CLIP_NORM } from "./task-defaults";
export { modelColumns } from "./model-columns";
export { LAYER_TYPES, ACTIVATIONS, type LayerSpec, type LayerType, type Activation, type Padding } from "./layer-spec";
export { KNOWN_LAYER_CLASSES } from "./keras-topology";
export { loadTaskCsv, loadTaskCsvSync, parseTaskCsv } from "../data/task-csv";
export { trainTestSplit, type TrainTestSplit } from "../data/split";
export { partitionDataset, parsePartition, formatPartition, PARTITION_NAMES, type PartitionSpec } from "../data/partition";
export { makeDataset, type Dataset } from "../data/dataset";
export { DataError } from "../data/data-error";
export { DATA_DIR } from "../data/data-dir";
export { flatten, unflatten, cloneWeights, parameterCount, type ModelWeights, type NamedTensor } from "../tensor/weights";
export type { EvalMetrics, RegressionMetrics, BinaryMetrics, MulticlassMetrics } from "../metrics/eval-metrics";
