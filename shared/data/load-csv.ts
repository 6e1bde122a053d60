import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { TaskSpec } from "../task/task-spec";
import { DataError } from "./data-error";
import { makeDataset, type Dataset } from "./dataset";

export interface CsvColumns {
  /** Feature columns, in the order the model sees them (the file's order may differ). */
  readonly features: readonly string[];
  readonly target: string;
  /** Require every target to be 0 or 1 (binary tasks). */
  readonly binaryTarget?: boolean;
}

/**
 * Reads a numeric CSV with a header row into a Dataset. Every problem is a
 * DataError naming the file, the 1-based line and the column: a missing or
 * unreadable file, an empty file, a header with missing, unknown or repeated
 * columns, a line with the wrong number of cells, a cell that is not a finite
 * number (or not 0/1 for a binary target).
 */
export async function loadCsv(path: string, columns: CsvColumns): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw readError(path, err);
  }
  return parseCsvText(text, path, columns);
}

/** loadCsv without the event loop (CLI start-up, tests). */
export function loadCsvSync(path: string, columns: CsvColumns): Dataset {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw readError(path, err);
  }
  return parseCsvText(text, path, columns);
}

/** The task's columns from a CSV file (features in the task's order). */
export function loadTaskCsv(task: TaskSpec, path: string): Promise<Dataset> {
  return loadCsv(path, { features: task.features, target: task.target, binaryTarget: task.kind === "binary" });
}

function readError(path: string, err: unknown): DataError {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  if (code === "ENOENT") return new DataError(path, "no such file");
  if (code === "EISDIR") return new DataError(path, "is a directory, not a CSV file");
  return new DataError(path, `cannot read the file (${err instanceof Error ? err.message : String(err)})`);
}

interface CsvRecord {
  readonly fields: readonly string[];
  /** 1-based line on which the record starts. */
  readonly line: number;
}

/** Parses CSV text; `name` is the file name used in error messages. */
export function parseCsvText(text: string, name: string, columns: CsvColumns): Dataset {
  const records = parseRecords(text, name);
  const header = records[0];
  if (header === undefined) throw new DataError(name, "the file is empty: expected a header row naming the columns", { line: 1 });
  const source = mapHeader(header, name, columns);
  const ncols = header.fields.length;
  const rows = records.length - 1;
  if (rows === 0) throw new DataError(name, "the file has a header but no data rows", { line: header.line + 1 });

  const nf = columns.features.length;
  const x = new Float32Array(rows * nf);
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const rec = records[r + 1]!;
    if (rec.fields.length !== ncols) {
      const column = Math.min(rec.fields.length, ncols) + 1;
      throw new DataError(name, `expected ${ncols} columns, found ${rec.fields.length}`, {
        line: rec.line,
        column,
        ...(column <= ncols ? { columnName: header.fields[column - 1]! } : {}),
      });
    }
    for (let f = 0; f < nf; f++) {
      const c = source.features[f]!;
      x[r * nf + f] = parseCell(rec.fields[c]!, name, rec.line, c, header.fields[c]!);
    }
    const t = parseCell(rec.fields[source.target]!, name, rec.line, source.target, columns.target);
    if (columns.binaryTarget === true && t !== 0 && t !== 1) {
      throw new DataError(name, `target must be 0 or 1, found "${rec.fields[source.target]}"`, {
        line: rec.line,
        column: source.target + 1,
        columnName: columns.target,
      });
    }
    y[r] = t;
  }
  return makeDataset(x, y, columns.features, columns.target);
}

function parseRecords(text: string, name: string): CsvRecord[] {
  let raw: unknown;
  try {
    raw = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    const line = err instanceof Error && "lines" in err && typeof err.lines === "number" ? err.lines : undefined;
    const reason = err instanceof Error ? err.message.replace(/ at line \d+\.?$/, "") : String(err);
    throw new DataError(name, `malformed CSV: ${reason}`, line !== undefined ? { line } : {});
  }
  if (!Array.isArray(raw)) throw new DataError(name, "malformed CSV: the parser returned no records");
  return raw.map((item: unknown): CsvRecord => {
    if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) {
      throw new DataError(name, "malformed CSV: unexpected parser output");
    }
    const fields = item.record;
    const info = item.info;
    if (!Array.isArray(fields) || typeof info !== "object" || info === null || !("lines" in info) || typeof info.lines !== "number") {
      throw new DataError(name, "malformed CSV: unexpected parser output");
    }
    const strings = fields.map((f: unknown) => String(f));
    // info.lines is where the record ends; quoted fields may span lines.
    let newlines = 0;
    for (const s of strings) for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) newlines++;
    return { fields: strings, line: info.lines - newlines };
  });
}

/** Where each wanted column sits in the file (0-based), after checking the header. */
function mapHeader(header: CsvRecord, name: string, columns: CsvColumns): { features: number[]; target: number } {
  const position = new Map<string, number>();
  header.fields.forEach((col, i) => {
    if (col === "") throw new DataError(name, "empty column name in the header", { line: header.line, column: i + 1 });
    if (position.has(col)) {
      throw new DataError(name, `column "${col}" appears twice in the header (first as column ${position.get(col)! + 1})`, {
        line: header.line,
        column: i + 1,
      });
    }
    position.set(col, i);
  });
  const wanted = [...columns.features, columns.target];
  const missing = wanted.filter((c) => !position.has(c));
  if (missing.length > 0) {
    throw new DataError(
      name,
      `header is missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (expected ${wanted.join(",")})`,
      { line: header.line },
    );
  }
  const wantedSet = new Set(wanted);
  const extraIndex = header.fields.findIndex((c) => !wantedSet.has(c));
  if (extraIndex >= 0) {
    throw new DataError(name, `unexpected column "${header.fields[extraIndex]}" in the header (expected ${wanted.join(",")})`, {
      line: header.line,
      column: extraIndex + 1,
    });
  }
  return { features: columns.features.map((c) => position.get(c)!), target: position.get(columns.target)! };
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

function parseCell(cell: string, name: string, line: number, index: number, columnName: string): number {
  const where = { line, column: index + 1, columnName };
  if (cell === "") throw new DataError(name, "empty cell, expected a number", where);
  if (NON_FINITE.test(cell)) throw new DataError(name, `"${cell}" is not a finite number`, where);
  if (!DECIMAL.test(cell)) throw new DataError(name, `"${cell}" is not a number`, where);
  const value = Number(cell);
  if (!Number.isFinite(value) || !Number.isFinite(Math.fround(value))) {
    throw new DataError(name, `"${cell}" is not a finite 32-bit float`, where);
  }
  return value;
}
