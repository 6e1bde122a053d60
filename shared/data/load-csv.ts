import type { ClassLabel, MissingPolicy } from "../task/task-spec";
import { headerPositions, parseRecords, readCsvFile, readCsvFileSync, type CsvRecord } from "./csv-records";
import { DataError } from "./data-error";
import { makeDataset, type Dataset } from "./dataset";
import { matchLabel, parseCell, type CellRules } from "./csv-cells";

export interface CsvColumns {
  /** Feature columns, in the order the model sees them (the file's order may differ: columns are matched by name). */
  readonly features: readonly string[];
  readonly target: string;
  /** Shorthand for classes [0, 1]. */
  readonly binaryTarget?: boolean;
  /** The target is one of these labels and is stored as the label's index (absent: the target is a number). */
  readonly classes?: readonly ClassLabel[];
  /** Columns the file has beyond the wanted ones: ignored (default) or refused. */
  readonly extraColumns?: "ignore" | "refuse";
  /** Missing feature cells (empty, NA, NaN, ?): refused (default) or replaced by a declared constant. */
  readonly missing?: MissingPolicy;
  /** Categorical features expanded in place into one 0/1 column per category (`col=cat`). */
  readonly oneHot?: Readonly<Record<string, readonly ClassLabel[]>>;
  /** Plausible range of a feature; a value outside is refused. */
  readonly bounds?: Readonly<Record<string, readonly [number, number]>>;
  /** Every feature must be an integer in [0, idRange) (ids read by an embedding). */
  readonly idRange?: number;
}

export interface CsvTable {
  readonly data: Dataset;
  /** Header columns the file has that were not used, in file order. */
  readonly ignoredColumns: readonly string[];
}

/**
 * Reads a numeric CSV with a header row into a Dataset. Every problem is a
 * DataError naming the file, the 1-based line and the column: a missing or
 * unreadable file, an empty file, a header with missing or repeated columns
 * (or unknown ones, when refused), a line with the wrong number of cells, a
 * cell that is not a finite number, a missing value the task refuses, a label
 * outside the declared classes, a value outside its bounds.
 */
export async function loadCsv(path: string, columns: CsvColumns): Promise<Dataset> {
  return parseCsvText(await readCsvFile(path), path, columns);
}

/** loadCsv without the event loop (CLI start-up, tests). */
export function loadCsvSync(path: string, columns: CsvColumns): Dataset {
  return parseCsvText(readCsvFileSync(path), path, columns);
}

/** Parses CSV text; `name` is the file name used in error messages. */
export function parseCsvText(text: string, name: string, columns: CsvColumns): Dataset {
  return parseCsvTable(text, name, columns).data;
}

export function parseCsvTable(text: string, name: string, columns: CsvColumns): CsvTable {
  const records = parseRecords(text, name);
  const header = records[0];
  if (header === undefined) throw new DataError(name, "the file is empty: expected a header row naming the columns", { line: 1 });
  const { source, ignored } = mapHeader(header, name, columns);
  const ncols = header.fields.length;
  const rows = records.length - 1;
  if (rows === 0) throw new DataError(name, "the file has a header but no data rows", { line: header.line + 1 });

  const classes = columns.classes ?? (columns.binaryTarget === true ? [0, 1] : undefined);
  const oneHot = columns.oneHot ?? {};
  const widths = columns.features.map((f) => oneHot[f]?.length ?? 1);
  const nf = widths.reduce((a, b) => a + b, 0);
  const featureNames = columns.features.flatMap((f) => oneHot[f]?.map((c) => `${f}=${String(c)}`) ?? [f]);
  const missing = columns.missing ?? { kind: "refuse" };
  const x = new Float32Array(rows * nf);
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const rec = records[r + 1]!;
    checkWidth(rec, ncols, header, name);
    let out = r * nf;
    columns.features.forEach((f, k) => {
      const c = source.features[k]!;
      const cell = rec.fields[c]!;
      const where = { line: rec.line, column: c + 1, columnName: f };
      const cats = oneHot[f];
      if (cats !== undefined) {
        const hit = matchLabel(cell, cats);
        if (hit < 0) throw new DataError(name, `"${cell}" is not one of the categories ${cats.map(String).join(", ")} declared for "${f}" (preprocessing.oneHot)`, where);
        x[out + hit] = 1;
        out += cats.length;
        return;
      }
      const rules: CellRules = { missing: missing.kind === "impute" ? missing.values[f] : undefined, bounds: columns.bounds?.[f], idRange: columns.idRange };
      x[out++] = parseCell(cell, name, where, rules);
    });
    y[r] = readTarget(rec, source.target, columns.target, classes, name);
  }
  return { data: makeDataset(x, y, featureNames, columns.target), ignoredColumns: ignored };
}

function checkWidth(rec: CsvRecord, ncols: number, header: CsvRecord, name: string): void {
  if (rec.fields.length === ncols) return;
  const column = Math.min(rec.fields.length, ncols) + 1;
  throw new DataError(name, `expected ${ncols} columns, found ${rec.fields.length}`, {
    line: rec.line,
    column,
    ...(column <= ncols ? { columnName: header.fields[column - 1]! } : {}),
  });
}

function readTarget(rec: CsvRecord, c: number, target: string, classes: readonly ClassLabel[] | undefined, name: string): number {
  const cell = rec.fields[c]!;
  const where = { line: rec.line, column: c + 1, columnName: target };
  if (classes === undefined) return parseCell(cell, name, where, { missing: undefined });
  const hit = matchLabel(cell, classes);
  if (hit < 0) {
    const list = classes.length === 2 ? `${String(classes[0])} or ${String(classes[1])}` : classes.map(String).join(", ");
    throw new DataError(name, cell === "" ? `empty target cell, expected a label (${list})` : `target "${cell}" is not one of the declared classes (${list})`, where);
  }
  return hit;
}

/** Where each wanted column sits in the file (0-based), after checking the header. */
function mapHeader(header: CsvRecord, name: string, columns: CsvColumns): { source: { features: number[]; target: number }; ignored: string[] } {
  const position = headerPositions(header, name);
  const wanted = [...columns.features, columns.target];
  const missing = wanted.filter((c) => !position.has(c));
  if (missing.length > 0) {
    const quoted = header.fields.some((f) => /^["'].*["']$/.test(f)) ? " (the header's names still carry quotes: check the file's quoting)" : "";
    throw new DataError(
      name,
      `header is missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (expected ${wanted.join(",")})${quoted}`,
      { line: header.line },
    );
  }
  const wantedSet = new Set(wanted);
  const ignored = header.fields.filter((c) => !wantedSet.has(c));
  if (ignored.length > 0 && columns.extraColumns === "refuse") {
    const extraIndex = header.fields.findIndex((c) => !wantedSet.has(c));
    throw new DataError(name, `unexpected column "${header.fields[extraIndex]}" in the header (expected ${wanted.join(",")}; the task refuses other columns)`, {
      line: header.line,
      column: extraIndex + 1,
    });
  }
  return { source: { features: columns.features.map((c) => position.get(c)!), target: position.get(columns.target)! }, ignored };
}
