import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** fsync a file or a directory by path. */
export function fsyncPath(p: string): void {
  const fd = openSync(p, "r");
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

/**
 * Replace `file` with `text` so that a crash at any moment leaves either the old content or
 * the new, never part of it: write a temporary file beside it (mode 600), fsync it, rename it
 * over, fsync the directory.
 */
export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, "w", 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    fsyncPath(path.dirname(file));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
