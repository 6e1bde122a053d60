import type { ClassLabel } from "../task/task-spec";
import { DataError } from "./data-error";

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;
/** Cells that stand for a missing value. */
const MISSING = /^(|na|n\/a|nan|null|\?)$/i;

export interface CellRules {
  /** The value a missing cell takes (undefined: a missing cell is refused). */
  readonly missing: number | undefined;
  readonly bounds?: readonly [number, number] | undefined;
  /** The value must be an integer in [0, idRange). */
  readonly idRange?: number | undefined;
}

type Where = { line: number; column: number; columnName: string };

/** One numeric cell, or a DataError naming file, line and column. */
export function parseCell(cell: string, name: string, where: Where, rules: CellRules): number {
  if (MISSING.test(cell)) {
    if (rules.missing !== undefined) return rules.missing;
    const refused = "missing values are refused (preprocessing.missing is \"refuse\"): fill the cell, or declare a value to impute";
    if (cell === "") throw new DataError(name, `empty cell, expected a number; ${refused}`, where);
    if (NON_FINITE.test(cell)) throw new DataError(name, `"${cell}" is not a finite number; ${refused}`, where);
    throw new DataError(name, `"${cell}" is a missing value; ${refused}`, where);
  }
  if (NON_FINITE.test(cell)) throw new DataError(name, `"${cell}" is not a finite number`, where);
  if (!DECIMAL.test(cell)) throw new DataError(name, `"${cell}" is not a number`, where);
  const value = Number(cell);
  if (!Number.isFinite(value) || !Number.isFinite(Math.fround(value))) {
    throw new DataError(name, `"${cell}" is not a finite 32-bit float`, where);
  }
  const b = rules.bounds;
  if (b !== undefined && (value < b[0] || value > b[1])) {
    throw new DataError(name, `${cell} is outside the bounds [${b[0]}, ${b[1]}] the task declares for "${where.columnName}"`, where);
  }
  if (rules.idRange !== undefined && !(Number.isInteger(value) && value >= 0 && value < rules.idRange)) {
    throw new DataError(name, `${cell} is not an integer id in [0, ${rules.idRange}) (the model's embedding reads ids)`, where);
  }
  return value;
}

/** Index of the label a cell holds (numbers compare by value: "1.0" is 1), or -1. */
export function matchLabel(cell: string, labels: readonly ClassLabel[]): number {
  const numeric = DECIMAL.test(cell) ? Number(cell) : NaN;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (typeof l === "number" ? numeric === l : cell === l) return i;
  }
  return -1;
}
