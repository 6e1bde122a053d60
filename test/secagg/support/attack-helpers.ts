import assert from "node:assert/strict";
import { plaintextSum, type Federation, type RunResult } from "./federation";

/** The round ended with exactly these contributors, and their sum is the plaintext ring sum. */
export function assertExact(fed: Federation, run: RunResult, contributors: readonly number[]): void {
  const final = run.final!;
  assert.equal(final.kind, "done", final.kind === "aborted" ? final.reason : "");
  if (final.kind === "done") {
    assert.deepEqual(final.aggregate.contributors, contributors);
    assert.deepEqual(final.aggregate.sum, plaintextSum(fed, contributors), "the sum of the others stays exact");
  }
}

/** Worker ids 0..n-1 without `except`. */
export const all = (n: number, except: readonly number[] = []): number[] => Array.from({ length: n }, (_, i) => i).filter((i) => !except.includes(i));

/** A copy of `bytes` with one bit flipped at `at`. */
export const flip = (bytes: Uint8Array, at: number): Uint8Array => { const c = bytes.slice(); c[at] = c[at]! ^ 1; return c; };
