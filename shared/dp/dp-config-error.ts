/**
 * The one error type of the dp folder: a stable code for programs and a sentence a person
 * can act on. Thrown before training starts (configuration) or by the planners and the
 * noise solver when the request cannot be met.
 */
export type DpErrorCode =
  | "noise-not-positive"
  | "clip-not-positive"
  | "delta-out-of-range"
  | "sampling-out-of-range"
  | "rounds-not-positive"
  | "budget-not-positive"
  | "budget-exceeded-at-round-1"
  | "too-few-workers"
  | "survivors-out-of-range"
  | "encoding-invalid"
  | "noise-too-small-for-ring"
  | "ring-overflow"
  | "epsilon-unreachable";

export class DpConfigError extends Error {
  readonly code: DpErrorCode;

  constructor(code: DpErrorCode, message: string) {
    super(message);
    this.name = "DpConfigError";
    this.code = code;
  }
}
