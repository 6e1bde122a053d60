import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { MAX_TASK_FILE_BYTES, parseTaskText, type TaskFileReader } from "./parse-task";
import { TaskFileError } from "./task-file-error";
import type { TaskSpec } from "./task-spec";

function readError(file: string, err: unknown): TaskFileError {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  if (code === "ENOENT") return new TaskFileError(file, "", "no such file");
  if (code === "EISDIR") return new TaskFileError(file, "", "is a directory, not a file");
  return new TaskFileError(file, "", `cannot read the file (${err instanceof Error ? err.message : String(err)})`);
}

/** Reads a task's model.json and weight files from disk, with a size cap. */
export const fsReader: TaskFileReader = {
  readText: (file) => new TextDecoder().decode(fsReader.readBytes(file)),
  readBytes: (file) => {
    try {
      if (statSync(file).size > 4 * 5_000_000 + MAX_TASK_FILE_BYTES) throw new TaskFileError(file, "", "is too large for a model or weights file");
      return readFileSync(file);
    } catch (err) {
      if (err instanceof TaskFileError) throw err;
      throw readError(file, err);
    }
  },
};

function checkSize(file: string, text: string): void {
  if (text.length > MAX_TASK_FILE_BYTES) throw new TaskFileError(file, "", `is larger than ${MAX_TASK_FILE_BYTES} bytes; a task file is a short description`);
}

/** Reads and checks a task file (and the model.json and weights it names). Errors are TaskFileErrors. */
export function loadTaskFileSync(file: string): TaskSpec {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw readError(file, err);
  }
  checkSize(file, text);
  return parseTaskText(text.replace(/^\ufeff/, ""), file, fsReader);
}

export async function loadTaskFile(file: string): Promise<TaskSpec> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw readError(file, err);
  }
  checkSize(file, text);
  return parseTaskText(text.replace(/^\ufeff/, ""), file, fsReader);
}

