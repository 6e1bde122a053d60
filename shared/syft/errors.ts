/**
 * The typed errors of the chain of tensors. Each carries a code a program can
 * switch on and a sentence a person can act on. A worker's refusal travels as
 * an Error reply with the same code and comes out of the client's call as a
 * RemoteError naming the worker.
 */
export const SYFT_ERROR_CODES = [
  "MALFORMED",     // a message that does not decode or validate
  "NOT_FOUND",     // no object with that id (never existed, or deleted)
  "REFUSED",       // the worker's policy forbids it (get by a non-owner, both shares to one party, ...)
  "BAD_REQUEST",   // a well-formed request that makes no sense here (wrong kinds, shapes, mixed sharings)
  "OUT_OF_RANGE",  // a value outside the fixed-point range
  "NO_EXECUTOR",   // training asked of a worker without a model executor
  "BUSY",          // too many open protocol sessions
  "INTERNAL",
] as const;
export type SyftErrorCode = (typeof SYFT_ERROR_CODES)[number];

export class SyftError extends Error {
  constructor(readonly code: SyftErrorCode, message: string) {
    super(message);
    this.name = "SyftError";
  }
}

/** A worker answered a request with an error. */
export class RemoteError extends SyftError {
  constructor(readonly worker: string, code: SyftErrorCode, message: string) {
    super(code, `worker ${worker}: ${message}`);
    this.name = "RemoteError";
  }
}

/** A worker did not answer within the deadline. */
export class WorkerTimeoutError extends SyftError {
  constructor(readonly worker: string, readonly what: string, readonly timeoutMs: number) {
    super("INTERNAL", `worker ${worker} did not answer ${what} within ${timeoutMs} ms; check that it is running and reachable, or raise timeoutMs`);
    this.name = "WorkerTimeoutError";
  }
}

/** The link to a worker is closed, or sending on it failed. */
export class WorkerUnavailableError extends SyftError {
  constructor(readonly worker: string, reason: string) {
    super("INTERNAL", `cannot reach worker ${worker}: ${reason}`);
    this.name = "WorkerUnavailableError";
  }
}

/** A value, or the bound of a result, outside what the ring Z_2^64 holds at this precision. */
export class FixedPointRangeError extends SyftError {
  constructor(message: string) {
    super("OUT_OF_RANGE", message);
    this.name = "FixedPointRangeError";
  }
}

/** Two shared tensors held by different workers, or with different crypto providers. */
export class SharingMismatchError extends SyftError {
  constructor(message: string) {
    super("BAD_REQUEST", message);
    this.name = "SharingMismatchError";
  }
}

/** A crypto provider that would break the privacy it is meant to serve. */
export class CryptoProviderError extends SyftError {
  constructor(message: string) {
    super("REFUSED", message);
    this.name = "CryptoProviderError";
  }
}

/** A pointer used after its object was deleted or fetched back (caught locally, no message sent). */
export class DeletedPointerError extends SyftError {
  constructor(readonly worker: string, readonly id: string, what: string) {
    super("NOT_FOUND", `the pointer to ${id} on ${worker} was ${what}; it no longer points at anything`);
    this.name = "DeletedPointerError";
  }
}

/** Shapes that do not fit the operation. */
export class ShapeError extends SyftError {
  constructor(message: string) {
    super("BAD_REQUEST", message);
    this.name = "ShapeError";
  }
}
