/**
 * `conclave/strategies`: aggregation strategies behind one Flower-shaped interface (configureFit,
 * aggregateFit, configureEvaluate, aggregateEvaluate, evaluate). createStrategy builds the named
 * ones (docs/strategies.md); a class of your own implements Strategy, or extends
 * AggregationStrategy to keep the sampling and the plain mean and change one hook.
 *
 * ```ts
 * import { FedAvg, createStrategy, type FitAggregate, type FitOutcome, type Failure } from "conclave/strategies";
 * import { getTask, type ModelWeights } from "conclave/tasks";
 *
 * const train = getTask("boston").train;
 * const fedavgm = createStrategy("fedavgm", { train, parameters: { serverMomentum: 0.9 }, fractionFit: 1, minFitWorkers: 2 });
 *
 * class LoggingFedAvg extends FedAvg {
 *   override aggregateFit(round: number, weights: ModelWeights, aggregate: FitAggregate, failures: readonly Failure[]): FitOutcome | null {
 *     console.log(`round ${round}: ${failures.length} failures`);
 *     return super.aggregateFit(round, weights, aggregate, failures);
 *   }
 * }
 * ```
 */
export type { Strategy, CheckpointableStrategy, WorkerInfo, SamplingRandom, FitInstruction, FitResult, Failure, FitAggregate, EvaluateResult,
  Evaluation, FitOutcome, JsonValue } from "./strategy";
export { AggregationStrategy, type StrategyOptions } from "./aggregation-strategy";
export { FedAvg, type FedAvgOptions } from "./fedavg";
export { createStrategy, checkSecureAggregation, isStrategyName, resolveParameters, strategyDefinition, sumBasedStrategies, STRATEGY_NAMES,
  type CreateStrategyOptions, type StrategyName, type StrategyParameters } from "./create-strategy";
export { STRATEGIES, PARAMETERS, type StrategyDefinition, type ResolvedParameters, type ParameterName } from "./strategy-catalogue";
export { StrategyConfigError, type StrategyErrorCode } from "./strategy-config-error";
export { DifferentialPrivacyStrategy, type DpStrategyOptions } from "./dp-strategy";
export { sampleWorkers } from "./sample-workers";
export { cryptoSamplingRandom } from "./sampling-random";
export { weightedMean, individualResults, fitMetrics, type UpdateAggregator, type AggregatedDelta } from "./aggregators/update-aggregator";
export { MeanAggregator } from "./aggregators/mean";
export { MedianAggregator, coordinateMedian } from "./aggregators/coordinate-median";
export { TrimmedMeanAggregator, trimmedMean } from "./aggregators/trimmed-mean";
export { KrumAggregator, krumSelect } from "./aggregators/krum";
export { BulyanAggregator, bulyan } from "./aggregators/bulyan";
export { NormBoundedMeanAggregator } from "./aggregators/norm-bounded-mean";
export { ServerSgd } from "./optimizers/server-sgd";
export { ServerAdaptive, type AdaptiveRule, type AdaptiveOptions } from "./optimizers/server-adaptive";
export type { ServerOptimizer } from "./optimizers/server-optimizer";
export type { StrategyContext, StrategyFactory } from "../simulation/run-simulation";
