import type { Standardisation } from "../../shared/protocol/messages";
import type { ModelWeights } from "../../shared/tensor/weights";
import type { RoundRecord } from "../run-history";

/**
 * What the coordinator itself holds of a run between two rounds: enough, with the strategy's
 * state, to go on from the next round as if it had never stopped.
 */
export interface RunSnapshot {
  readonly runId: string;
  /** The last round completed (applied or not); 0: only round 0 (standardisation) has run. */
  readonly round: number;
  readonly weights: ModelWeights;
  readonly standardisation: Standardisation | null;
  /** The rounds run so far, for the summary and the report. */
  readonly records: readonly RoundRecord[];
  /** Rounds not applied in a row at the end of `round`. */
  readonly consecutiveFailures: number;
}
