import { checkSecureAggregation, resolveParameters, strategyDefinition, type StrategyParameters } from "../strategy/create-strategy";
import { StrategyConfigError } from "../strategy/strategy-config-error";
import type { PartitionSpec } from "../../shared/data/partition";
import type { TaskSpec } from "../../shared/task/task-spec";
import { strategyParameters, type StrategyCliOptions } from "./strategy-parameters";

/** The strategy a run uses: a name and the parameters given (the strategy's defaults fill the rest). */
export interface StrategyChoice {
  readonly name: string;
  readonly parameters: StrategyParameters;
}

/** A checked choice, with every parameter the strategy will use (defaults filled in) for summaries. */
export interface CheckedStrategyChoice extends StrategyChoice {
  readonly resolved: StrategyParameters;
}

/**
 * What a run uses when --strategy is not given (measured by `npm run bench:strategies`,
 * docs/strategies.md):
 *
 * - Pima on a non-IID split (Dirichlet label or quantity skew): FedYogi with server learning
 *   rate 0.1 (Flower's other defaults: beta1 0.9, beta2 0.99, tau 1e-3). With 50 workers of ~12
 *   rows each, a worker takes one local step per round and FedAvg barely moves in 10 rounds
 *   (median accuracy 0.64 over seeds 1-5, the majority class alone gives 0.65); the adaptive
 *   server step gives 0.73. Yogi needs only the sum, so it runs under secure aggregation.
 * - Boston (any split): FedAvgM with server momentum 0.5 (server learning rate 1). Four
 *   workers each take a quarter of a central epoch's SGD steps per round; momentum makes up
 *   for it (median test MSE over seeds 1-10 within a few % of the centralised baseline's,
 *   against 13% above it with FedAvg).
 * - Otherwise FedAvg.
 */
export function defaultStrategy(task: TaskSpec, partition: PartitionSpec): StrategyChoice {
  const nonIid = partition.kind === "dirichlet-label" || partition.kind === "dirichlet-quantity";
  if (task.name === "pima" && nonIid) return { name: "fedyogi", parameters: { serverLearningRate: 0.1 } };
  if (task.name === "boston") return { name: "fedavgm", parameters: { serverMomentum: 0.5 } };
  return { name: "fedavg", parameters: {} };
}

/**
 * The run's strategy from the command line, checked before anything trains: a known name,
 * parameters it takes and within range, and no strategy that must see each update under
 * secure aggregation or DP (both hand the coordinator only a sum).
 */
export function chooseStrategy(o: StrategyCliOptions & { secagg: string; dp?: string }, task: TaskSpec, partition: PartitionSpec): CheckedStrategyChoice {
  const base = o.strategy === undefined ? defaultStrategy(task, partition) : { name: o.strategy, parameters: {} };
  const merged: StrategyChoice = { name: base.name, parameters: { ...base.parameters, ...strategyParameters(o) } };
  checkSecureAggregation(merged.name, o.secagg);
  if (o.dp !== undefined && strategyDefinition(merged.name).needsIndividualUpdates) {
    throw new StrategyConfigError("needs-plaintext", `strategy ${merged.name} screens each worker's update, but DP-FedAvg hands the strategy only a (noisy) sum; use a sum-based strategy with --dp`);
  }
  try {
    return { ...merged, resolved: resolveParameters(merged.name, merged.parameters) };
  } catch (err) {
    if (err instanceof StrategyConfigError && o.strategy === undefined) {
      throw new StrategyConfigError(err.code, `${err.message} (${merged.name} is the default for this task and partition; pick another with --strategy)`);
    }
    throw err;
  }
}
