import type { CsvRecord } from "../data/csv-records";
import { TASK_FORMAT } from "./task-schema";
import type { TaskKind } from "./task-spec";

/**
 * A starter task file from a CSV's header and rows (`conclave task init`): the
 * last column (or the one named) is the target, id-like columns are left out,
 * text columns with few values become one-hot columns, the kind is guessed
 * from the target's values, missing cells are imputed with the column's
 * median (said explicitly, to edit), and a small MLP is proposed. Notes for the
 * reader go in "$comment" fields (JSON has no comments); docs/tasks.md is the
 * reference. Pure: the caller reads the file and writes the result.
 */
export interface StarterOptions {
  readonly name: string;
  /** The CSV's path as the task file should name it (relative to the task file). */
  readonly dataFile: string;
  readonly target?: string;
  readonly kind?: TaskKind;
  readonly clipNorm: number;
}

const ID_LIKE = /^(id|index|row|rowid|row_id|.*[_ -]id|.*Id|uuid|name)$/i;
const MISSING = /^(|na|n\/a|nan|null|\?)$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_CATEGORIES = 20;

interface ColumnFacts {
  readonly numeric: boolean;
  readonly distinct: readonly string[];
  readonly missing: number;
  readonly median: number;
}

function facts(records: readonly CsvRecord[], c: number): ColumnFacts {
  const values: number[] = [];
  const distinct = new Set<string>();
  let missing = 0;
  let numeric = true;
  for (const r of records) {
    const cell = r.fields[c] ?? "";
    if (MISSING.test(cell)) { missing++; continue; }
    if (distinct.size <= 1000) distinct.add(cell);
    if (NUMBER.test(cell)) values.push(Number(cell));
    else numeric = false;
  }
  values.sort((a, b) => a - b);
  const median = values.length > 0 ? values[Math.floor(values.length / 2)]! : 0;
  return { numeric, distinct: [...distinct], missing, median };
}

function label(cell: string, numeric: boolean): string | number {
  return numeric ? Number(cell) : cell;
}

export function starterTask(header: readonly string[], rows: readonly CsvRecord[], options: StarterOptions): Record<string, unknown> {
  const target = options.target ?? header[header.length - 1]!;
  const t = header.indexOf(target);
  if (t < 0) throw new RangeError(`the CSV has no column "${target}"; its columns are ${header.join(", ")}`);
  const tf = facts(rows, t);
  const sortedLabels = [...tf.distinct].sort((a, b) => (tf.numeric ? Number(a) - Number(b) : a < b ? -1 : 1));
  const integerLabels = tf.numeric && sortedLabels.every((v) => Number.isInteger(Number(v)));
  const kind: TaskKind = options.kind ?? (sortedLabels.length === 2 ? "binary" : (!tf.numeric || integerLabels) && sortedLabels.length <= MAX_CATEGORIES ? "multiclass" : "regression");
  const features: string[] = [];
  const oneHot: Record<string, (string | number)[]> = {};
  const impute: Record<string, number> = {};
  const left: string[] = [];
  header.forEach((col, c) => {
    if (c === t) return;
    if (ID_LIKE.test(col)) { left.push(`${col} (looks like an identifier)`); return; }
    const f = facts(rows, c);
    if (!f.numeric) {
      if (f.distinct.length <= MAX_CATEGORIES && f.missing === 0) {
        oneHot[col] = [...f.distinct].sort();
      } else {
        left.push(`${col} (text with ${f.distinct.length}${f.distinct.length > 1000 ? "+" : ""} values${f.missing > 0 ? " and missing cells" : ""})`);
        return;
      }
    } else if (f.missing > 0) {
      impute[col] = f.median;
    }
    features.push(col);
  });
  if (features.length === 0) throw new RangeError(`no usable feature column besides the target "${target}"`);
  const classes = kind === "regression" ? undefined : sortedLabels.map((v) => label(v, tf.numeric));
  const out = kind === "multiclass" ? { type: "dense", units: sortedLabels.length, activation: "softmax" }
    : kind === "binary" ? { type: "dense", units: 1, activation: "sigmoid" } : { type: "dense", units: 1, activation: "linear" };
  const hasImpute = Object.keys(impute).length > 0;
  return {
    $comment: [
      "A starter task written by `conclave task init` from the CSV's header and rows. Edit it, then run",
      "`conclave task check THIS_FILE --data your.csv` and `conclave demo --task THIS_FILE`.",
      "Every field is described in docs/tasks.md. Keys starting with \"$\" are notes and are ignored.",
    ],
    format: TASK_FORMAT,
    name: options.name,
    description: `starter task for ${options.dataFile}`,
    kind,
    data: {
      ...(left.length > 0 ? { $comment: `left out (a CSV may keep such columns: extraColumns "ignore" skips them and logs their names): ${left.join("; ")}` } : {}),
      file: options.dataFile,
      features,
      target,
      ...(classes !== undefined ? { $classes: kind === "binary" ? "the second class is the positive one" : "one output unit per class, in this order", classes } : {}),
      extraColumns: "ignore",
    },
    preprocessing: {
      $comment: hasImpute
        ? "missing cells (empty, NA, NaN, ?) of the columns under impute take the value given (the column's median in this CSV); \"refuse\" refuses any missing cell instead"
        : "no missing cells in this CSV: they are refused; {\"impute\": {\"column\": value}} would fill them instead",
      scaling: "standardise",
      missing: hasImpute ? { impute } : "refuse",
      ...(Object.keys(oneHot).length > 0 ? { oneHot } : {}),
    },
    model: {
      $comment: "a short layer list (or {\"modelJson\": \"model.json\"} for a tfjs Layers model); the input size comes from the data",
      layers: [{ type: "dense", units: 16, activation: "relu" }, { type: "dense", units: 8, activation: "relu" }, out],
    },
    loss: kind === "regression" ? "meanSquaredError" : kind === "binary" ? "binaryCrossentropy" : "categoricalCrossentropy",
    metrics: kind === "regression" ? ["mse"] : kind === "binary" ? ["accuracy", "auc"] : ["accuracy"],
    train: { optimizer: "adam", learningRate: 0.01, batchSize: 16, localEpochs: 1, seed: 1 },
    rounds: 10,
    $clipNorm: "the L2 bound every worker applies to its update; raise it if the logs say updates are clipped in honest training",
    clipNorm: options.clipNorm,
  };
}
