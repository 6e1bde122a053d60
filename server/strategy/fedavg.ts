import { AggregationStrategy, type StrategyOptions } from "./aggregation-strategy";
import { MeanAggregator } from "./aggregators/mean";
import { ServerSgd } from "./optimizers/server-sgd";

export interface FedAvgOptions extends StrategyOptions {
  /** Server learning rate applied to the averaged delta (1 = plain FedAvg). */
  readonly serverLearningRate?: number;
}

/** Weighted federated averaging (McMahan et al. 2017) of weight deltas: the mean aggregator and server SGD. */
export class FedAvg extends AggregationStrategy {
  constructor(options: FedAvgOptions) {
    super("fedavg", options, new MeanAggregator(), new ServerSgd(options.serverLearningRate ?? 1));
  }
}
