import { checkSecureAggregation, resolveParameters, strategyDefinition, type StrategyParameters } from "../../server/strategy/create-strategy";
import { StrategyConfigError } from "../../server/strategy/strategy-config-error";
import type { PartitionSpec } from "../../shared/data/partition";
import type { TaskSpec } from "../../shared/task/task-spec";
import { strategyParameters, type StrategyCliOptions } from "./strategy-options";

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
 * What a run uses when --strategy is not given: FedAvg. (Placeholder: the non-IID choice is
 * decided by bench:strategies and documented in docs/strategies.md.)
 */
export function defaultStrategy(_task: TaskSpec, _partition: PartitionSpec): StrategyChoice {
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
