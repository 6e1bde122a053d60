/**
 * A problem with input data that a person can fix: the message names the file,
 * and when known the 1-based line and column, e.g.
 * `data.csv: line 4, column 3 ("indus"): "abc" is not a number`.
 */
export class DataError extends Error {
  override readonly name = "DataError";
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, detail: string, where: { line?: number; column?: number; columnName?: string } = {}) {
    super(`${file}: ${describeWhere(where)}${detail}`);
    this.file = file;
    this.line = where.line;
    this.column = where.column;
  }
}

function describeWhere(where: { line?: number; column?: number; columnName?: string }): string {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.column !== undefined) {
    parts.push(where.columnName !== undefined ? `column ${where.column} ("${where.columnName}")` : `column ${where.column}`);
  }
  return parts.length > 0 ? parts.join(", ") + ": " : "";
}
