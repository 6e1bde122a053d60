import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { DataError } from "./data-error";

/** One CSV record and the 1-based line on which it starts. */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

export function readError(path: string, err: unknown): DataError {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  if (code === "ENOENT") return new DataError(path, "no such file");
  if (code === "EISDIR") return new DataError(path, "is a directory, not a CSV file");
  return new DataError(path, `cannot read the file (${err instanceof Error ? err.message : String(err)})`);
}

export async function readCsvFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw readError(path, err);
  }
}

export function readCsvFileSync(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw readError(path, err);
  }
}

/**
 * CSV text into records (csv-parse: quotes, a BOM, CRLF and blank lines are
 * handled; cells are trimmed). `name` is the file name used in errors.
 */
export function parseRecords(text: string, name: string): CsvRecord[] {
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

/** The header's column positions; an empty or repeated column name is a DataError. */
export function headerPositions(header: CsvRecord, name: string): Map<string, number> {
  const position = new Map<string, number>();
  header.fields.forEach((col, i) => {
    if (col === "") throw new DataError(name, "empty column name in the header", { line: header.line, column: i + 1 });
    if (position.has(col)) {
      throw new DataError(name, `column "${col}" appears twice in the header (first as column ${position.get(col)! + 1})`, { line: header.line, column: i + 1 });
    }
    position.set(col, i);
  });
  return position;
}

/** The header row of a CSV file (for `conclave task init` and column detection). */
export function readCsvHeader(text: string, name: string): { columns: string[]; records: CsvRecord[] } {
  const records = parseRecords(text, name);
  const header = records[0];
  if (header === undefined) throw new DataError(name, "the file is empty: expected a header row naming the columns", { line: 1 });
  headerPositions(header, name);
  return { columns: [...header.fields], records };
}
