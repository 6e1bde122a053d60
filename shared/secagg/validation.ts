/** Checks shared by both machines on values that came from the other side. */
import { fail, type Result, ok } from "./errors";

export function isWorkerId(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Distinct ids, each a non-negative safe integer; returns them as a set. */
export function distinctIds(ids: readonly number[], what: string): Result<ReadonlySet<number>> {
  const seen = new Set<number>();
  for (const id of ids) {
    if (!isWorkerId(id)) return fail("bad-request", `${what} contains ${id}, which is not a worker id (a non-negative integer)`);
    if (seen.has(id)) return fail("duplicate", `${what} lists worker ${id} twice`);
    seen.add(id);
  }
  return ok(seen);
}

export function checkLength(bytes: Uint8Array, expected: number, what: string): Result<void> {
  return bytes.length === expected
    ? ok(undefined)
    : fail("wrong-length", `${what} must be ${expected} bytes but has ${bytes.length}`);
}
