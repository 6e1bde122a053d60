export type StrategyErrorCode =
  | "unknown-strategy"
  | "bad-parameter"
  | "parameter-not-used"
  | "needs-plaintext"
  | "bad-state";

/**
 * A strategy cannot be built or restored as asked: an unknown name, an option out of range
 * or not used by the strategy, a robust aggregator under secure aggregation, or a checkpoint
 * that does not fit. A stable code for programs and a sentence a person can act on.
 */
export class StrategyConfigError extends Error {
  constructor(readonly code: StrategyErrorCode, message: string) {
    super(message);
    this.name = "StrategyConfigError";
  }
}
