/**
 * A problem with a task file that a person can fix: the message names the file,
 * the 1-based line and column when known, and the field, e.g.
 * `task.json: line 12, column 16: model.layers[1].units: must be a positive integer, got -3`.
 */
export class TaskFileError extends Error {
  override readonly name = "TaskFileError";
  readonly file: string;
  /** Dotted path of the field, e.g. `model.layers[1].units` ("" for the whole file). */
  readonly field: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, field: string, detail: string, where: { line?: number; column?: number } = {}) {
    const at = where.line !== undefined ? `line ${where.line}${where.column !== undefined ? `, column ${where.column}` : ""}: ` : "";
    super(`${file}: ${at}${field !== "" ? `${field}: ` : ""}${detail}`);
    this.file = file;
    this.field = field;
    this.line = where.line;
    this.column = where.column;
  }
}

/** `a.b[2].c` from a path of keys and indices. */
export function formatField(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
