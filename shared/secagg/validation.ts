/** Checks shared by both machines on values that came from the other side. */
import { fail, type Result, ok, type SecAggError } from "./errors";
import type { SecAggRequest } from "./messages";
import type { ClientStage } from "./stages";

/** The largest worker id (ids travel as uint32 and the protocol keeps below 2^31). */
export const MAX_WORKER_ID = 0x7fffffff;

export function isWorkerId(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_WORKER_ID;
}

/** Distinct ids, each a non-negative safe integer; returns them as a set. */
export function distinctIds(ids: readonly number[], what: string): Result<ReadonlySet<number>> {
  const seen = new Set<number>();
  for (const id of ids) {
    if (!isWorkerId(id)) return fail("bad-request", `${what} contains ${id}, which is not a worker id (an integer in 0..2^31 - 1)`);
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

/** What every worker machine checks first: the request is for its round, for it, and for the stage it is in. */
export function requestProblem(request: SecAggRequest, self: { readonly id: number; readonly round: number }, stage: ClientStage): SecAggError | null {
  if (request.round !== self.round) {
    return { code: "wrong-round", message: `this ${request.stage} request is for round ${request.round} but worker ${self.id} is in round ${self.round}; it is stale or replayed` };
  }
  if (request.receiver !== self.id) {
    return { code: "misaddressed", message: `this ${request.stage} request is addressed to worker ${request.receiver}, not to worker ${self.id}` };
  }
  if (request.stage !== stage) {
    return { code: "wrong-stage", message: `worker ${self.id} expects ${stage === "Done" ? "no further request this round" : `a ${stage} request`} but received ${request.stage}` };
  }
  return null;
}

/**
 * Distinct worker ids in ascending order: `ids` itself when it already is strictly ascending (as
 * every id set decoded from the wire is: canonical ranges), else a sorted copy. The same errors
 * as distinctIds, without a Set of a 1,000-worker list for each worker to build and drop.
 */
export function ascendingIds(ids: readonly number[], what: string): Result<readonly number[]> {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!isWorkerId(id)) return fail("bad-request", `${what} contains ${id}, which is not a worker id (an integer in 0..2^31 - 1)`);
    if (i > 0 && id <= ids[i - 1]!) {
      const set = distinctIds(ids, what);
      return set.ok ? ok(sortIds(set.value)) : set;
    }
  }
  return ok(ids);
}

/** Worker ids, ascending (a new array). */
export const sortIds = (ids: Iterable<number>): number[] => [...ids].sort((a, b) => a - b);
