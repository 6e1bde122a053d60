export type DpSetupErrorCode = "dp-mode-missing" | "needs-secure-aggregation" | "secagg-parameters";

/** A DP configuration the run cannot use: a code and a sentence a person can act on. */
export class DpSetupError extends Error {
  constructor(readonly code: DpSetupErrorCode, message: string) {
    super(message);
    this.name = "DpSetupError";
  }
}
