import { getLogger } from "../log/logger";
import type { TaskSpec } from "../task/task-spec";
import { readCsvFile, readCsvFileSync } from "./csv-records";
import type { Dataset } from "./dataset";
import { parseCsvTable, type CsvColumns, type CsvTable } from "./load-csv";

const log = getLogger("data");

/** How a task reads a CSV: its columns by name, classes, missing values, one-hot columns, bounds. */
export function taskCsvColumns(task: TaskSpec): CsvColumns {
  const first = task.model.layers[0];
  return {
    features: task.features, target: task.target, extraColumns: task.extraColumns, missing: task.preprocessing.missing,
    oneHot: task.preprocessing.oneHot, bounds: task.bounds,
    ...(task.kind !== "regression" ? { classes: task.classes } : {}),
    ...(first?.type === "embedding" ? { idRange: first.inputDim } : {}),
  };
}

/** The task's columns from CSV text (features in the task's order, after one-hot expansion). */
export function parseTaskCsv(task: TaskSpec, text: string, name: string): CsvTable {
  const table = parseCsvTable(text, name, taskCsvColumns(task));
  if (table.ignoredColumns.length > 0) {
    log.info(`${name}: ignoring ${table.ignoredColumns.length} column(s) the task does not use: ${table.ignoredColumns.join(", ")}`, { file: name, ignored: table.ignoredColumns });
  }
  return table;
}

/** The task's columns from a CSV file. Extra columns are logged by name (or refused, if the task says so). */
export async function loadTaskCsv(task: TaskSpec, path: string): Promise<Dataset> {
  return parseTaskCsv(task, await readCsvFile(path), path).data;
}

export function loadTaskCsvSync(task: TaskSpec, path: string): Dataset {
  return parseTaskCsv(task, readCsvFileSync(path), path).data;
}
