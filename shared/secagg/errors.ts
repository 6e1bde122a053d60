/**
 * Typed refusals. The state machines never throw on bad input: they return a
 * Result, and a refusal carries a code (for programs) and a sentence a person
 * can act on (for logs and error replies). Throwing is kept for programmer
 * errors, such as an invalid configuration handed to a constructor.
 */

export const SECAGG_ERROR_CODES = [
  "wrong-stage", // a message for another stage than the one in progress
  "wrong-round", // a message carrying another round number (a replay, or a stale worker)
  "not-a-participant", // the sender or receiver is not in this round
  "not-expected", // a participant that is not (or no longer) part of the current stage
  "dropped", // a reply from a worker already treated as dropped
  "duplicate", // a second reply, or the same peer twice in one message
  "wrong-length", // a key, signature, share or vector of the wrong size
  "bad-config", // parameters a worker must not accept (e.g. a threshold below k/2 + 1)
  "unknown-peer", // no identity key is known for a peer
  "bad-signature", // a key advertisement whose Ed25519 signature does not verify
  "bad-key", // a public key that gives a degenerate (low-order) agreement
  "not-a-neighbour", // a peer outside the worker's neighbourhood in the round's graph
  "misaddressed", // a share sealed for another sender, receiver, round or stage
  "authentication-failed", // a share whose ciphertext does not authenticate
  "unmask-both-shares", // an unmask request that would reveal both secrets of one peer
  "bad-request", // any other malformed request (inconsistent peer lists, ...)
  "below-threshold", // fewer than t peers left where t are required
  "policy-refused", // parameters below this worker's own policy (participants, neighbours, threshold)
  "inconsistent-survivors", // a survivor set that differs from the one signed, or lacks t valid neighbour signatures
  "commitment-mismatch", // revealed shares that do not rebuild the committed self-mask secret
] as const;

export type SecAggErrorCode = (typeof SECAGG_ERROR_CODES)[number];

export interface SecAggError {
  readonly code: SecAggErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SecAggError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(code: SecAggErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
