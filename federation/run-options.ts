import type { SecureAggregationMode } from "../shared/protocol/messages";
import type { StrategyCliOptions } from "../server/simulation/strategy-parameters";
import type { BACKEND_NAMES } from "../worker/backend/select-backend";

/** The options of a demo or simulation run (what `conclave demo` and `conclave simulate` parse, logging aside). */
export interface RunOptions extends StrategyCliOptions {
  workers: number;
  rounds?: number;
  seed: number;
  json: boolean;
  backend?: (typeof BACKEND_NAMES)[number];
  secagg: SecureAggregationMode;
  partition: string;
  fractionFit: number;
  dropout: number;
  dp?: "central" | "distributed" | "local";
  noise?: number;
  clip?: number;
  delta?: number;
  epsilonBudget?: number;
  neighbors?: number;
  threshold?: number;
  collusionBound?: number;
  progress: boolean;
  report: boolean;
  reportDir: string;
  baseline: boolean;
  /** Train on this CSV instead of the one the task names. */
  data?: string;
  /** Overrides of the task's local training (the centralised baseline trains rounds x local epochs too). */
  localEpochs?: number;
  clientLr?: number;
}
