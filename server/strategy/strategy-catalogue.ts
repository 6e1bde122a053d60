import type { UpdateAggregator } from "./aggregators/update-aggregator";
import { BulyanAggregator } from "./aggregators/bulyan";
import { MedianAggregator } from "./aggregators/coordinate-median";
import { KrumAggregator } from "./aggregators/krum";
import { MeanAggregator } from "./aggregators/mean";
import { NormBoundedMeanAggregator } from "./aggregators/norm-bounded-mean";
import { TrimmedMeanAggregator } from "./aggregators/trimmed-mean";
import { ServerAdaptive } from "./optimizers/server-adaptive";
import type { ServerOptimizer } from "./optimizers/server-optimizer";
import { ServerSgd } from "./optimizers/server-sgd";

export const STRATEGY_NAMES = [
  "fedavg", "fedavgm", "fedprox", "fedadam", "fedyogi", "fedadagrad",
  "fedmedian", "fedtrimmedavg", "krum", "multikrum", "bulyan", "fedavg-normbound",
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

/** Every tunable of every strategy; each strategy takes a subset (StrategyDefinition.parameters). */
export interface StrategyParameters {
  /** Server learning rate (eta): the step the server takes along the aggregated delta. */
  readonly serverLearningRate?: number;
  /** FedAvgM's server momentum (beta). */
  readonly serverMomentum?: number;
  /** FedProx's mu: weight of the proximal term mu/2 ||w - w_global||^2 in each worker's loss. */
  readonly proximalMu?: number;
  /** FedOpt first-moment decay (beta_1). */
  readonly beta1?: number;
  /** FedAdam/FedYogi second-moment decay (beta_2). */
  readonly beta2?: number;
  /** FedOpt adaptivity (tau). */
  readonly tau?: number;
  /** FedTrimmedAvg: share of values cut from each tail of each coordinate. */
  readonly trimFraction?: number;
  /** Krum, Multi-Krum, Bulyan: the number f of Byzantine workers to tolerate (absent: the most the round allows). */
  readonly byzantine?: number;
  /** Multi-Krum: how many of the best-scored updates to average (absent: n - f). */
  readonly keep?: number;
  /** Norm-bounded FedAvg: the L2 bound M on each update (absent: the round's median update norm). */
  readonly normBound?: number;
}
export type ParameterName = keyof StrategyParameters;

/** A parameter's command-line flag, what it does, its rule and its check. */
export const PARAMETERS: Readonly<Record<ParameterName, { readonly flag: string; readonly help: string; readonly rule: string; readonly ok: (v: number) => boolean }>> = {
  serverLearningRate: { flag: "--server-lr", help: "server learning rate (eta) on the aggregated delta", rule: "a number > 0", ok: (v) => Number.isFinite(v) && v > 0 },
  serverMomentum: { flag: "--server-momentum", help: "FedAvgM server momentum (beta)", rule: "in [0, 1)", ok: (v) => v >= 0 && v < 1 },
  proximalMu: { flag: "--proximal-mu", help: "FedProx mu: weight of mu/2 ||w - w_global||^2 in the workers' loss", rule: "a number >= 0", ok: (v) => Number.isFinite(v) && v >= 0 && v <= 1e6 },
  beta1: { flag: "--beta1", help: "FedAdam/FedYogi/FedAdagrad first-moment decay", rule: "in [0, 1)", ok: (v) => v >= 0 && v < 1 },
  beta2: { flag: "--beta2", help: "FedAdam/FedYogi second-moment decay", rule: "in [0, 1)", ok: (v) => v >= 0 && v < 1 },
  tau: { flag: "--tau", help: "FedAdam/FedYogi/FedAdagrad adaptivity", rule: "a number > 0", ok: (v) => Number.isFinite(v) && v > 0 },
  trimFraction: { flag: "--trim-fraction", help: "FedTrimmedAvg: share cut from each tail of each coordinate", rule: "in [0, 0.5)", ok: (v) => v >= 0 && v < 0.5 },
  byzantine: { flag: "--byzantine", help: "Krum/Multi-Krum/Bulyan: Byzantine workers to tolerate (default: the most the round allows)", rule: "an integer >= 0", ok: (v) => Number.isSafeInteger(v) && v >= 0 },
  keep: { flag: "--keep", help: "Multi-Krum: how many best-scored updates to average (default n - f)", rule: "an integer >= 1", ok: (v) => Number.isSafeInteger(v) && v >= 1 },
  normBound: { flag: "--norm-bound", help: "norm-bounded FedAvg: L2 bound per update (default: the round's median update norm)", rule: "a number > 0", ok: (v) => Number.isFinite(v) && v > 0 },
};

/** Parameters after defaults; the Byzantine ones stay optional (absent means "decided per round"). */
export type ResolvedParameters = StrategyParameters & { readonly serverLearningRate: number };

export interface StrategyDefinition {
  readonly name: StrategyName;
  readonly summary: string;
  /** Robust aggregators screen each update, which secure aggregation hides. */
  readonly needsIndividualUpdates: boolean;
  /** The parameters it takes (proximalMu and serverLearningRate are taken by all). */
  readonly parameters: readonly ParameterName[];
  readonly defaults: Readonly<StrategyParameters> & { readonly serverLearningRate: number };
  build(p: ResolvedParameters): { readonly aggregator: UpdateAggregator; readonly optimizer: ServerOptimizer };
}

const COMMON: readonly ParameterName[] = ["serverLearningRate", "proximalMu"];
const sgd = (p: ResolvedParameters): ServerSgd => new ServerSgd(p.serverLearningRate);
const adaptive = (rule: "adam" | "yogi" | "adagrad") => (p: ResolvedParameters) => ({
  aggregator: new MeanAggregator(),
  optimizer: new ServerAdaptive(rule, { eta: p.serverLearningRate, beta1: p.beta1 ?? 0, beta2: p.beta2 ?? 0, tau: p.tau ?? 1e-9 }),
});

/** The strategies by name, with Flower's defaults unless a comment says otherwise. */
export const STRATEGIES: Readonly<Record<StrategyName, StrategyDefinition>> = {
  fedavg: { name: "fedavg", summary: "FedAvg: example-weighted mean of the deltas (McMahan et al. 2017)", needsIndividualUpdates: false,
    parameters: COMMON, defaults: { serverLearningRate: 1 }, build: (p) => ({ aggregator: new MeanAggregator(), optimizer: sgd(p) }) },
  // Flower's server_momentum default is 0 (plain FedAvg). 0.9, common in Hsu et al., diverged on Boston
  // (server lr 1, 0.2 and 0.1 alike, bench:strategies); 0.5 doubles FedAvg's step in steady state and is stable.
  fedavgm: { name: "fedavgm", summary: "FedAvgM: the mean delta with server momentum (Hsu et al. 2019)", needsIndividualUpdates: false,
    parameters: [...COMMON, "serverMomentum"], defaults: { serverLearningRate: 1, serverMomentum: 0.5 },
    build: (p) => ({ aggregator: new MeanAggregator(), optimizer: new ServerSgd(p.serverLearningRate, p.serverMomentum ?? 0) }) },
  // Flower requires proximal_mu; 0.01 is in the range Li et al. tried ({0.001, 0.01, 0.1, 1}).
  fedprox: { name: "fedprox", summary: "FedProx: FedAvg with the proximal term mu/2 ||w - w_global||^2 in each worker's loss (Li et al. 2020)",
    needsIndividualUpdates: false, parameters: COMMON, defaults: { serverLearningRate: 1, proximalMu: 0.01 },
    build: (p) => ({ aggregator: new MeanAggregator(), optimizer: sgd(p) }) },
  fedadam: { name: "fedadam", summary: "FedAdam: Adam on the mean delta (Reddi et al. 2021)", needsIndividualUpdates: false,
    parameters: [...COMMON, "beta1", "beta2", "tau"], defaults: { serverLearningRate: 0.1, beta1: 0.9, beta2: 0.99, tau: 1e-9 }, build: adaptive("adam") },
  fedyogi: { name: "fedyogi", summary: "FedYogi: Yogi on the mean delta (Reddi et al. 2021)", needsIndividualUpdates: false,
    parameters: [...COMMON, "beta1", "beta2", "tau"], defaults: { serverLearningRate: 0.01, beta1: 0.9, beta2: 0.99, tau: 1e-3 }, build: adaptive("yogi") },
  fedadagrad: { name: "fedadagrad", summary: "FedAdagrad: Adagrad on the mean delta (Reddi et al. 2021)", needsIndividualUpdates: false,
    parameters: [...COMMON, "beta1", "tau"], defaults: { serverLearningRate: 0.1, beta1: 0, tau: 1e-9 }, build: adaptive("adagrad") },
  fedmedian: { name: "fedmedian", summary: "FedMedian: coordinate-wise median of the deltas (Yin et al. 2018)", needsIndividualUpdates: true,
    parameters: COMMON, defaults: { serverLearningRate: 1 }, build: (p) => ({ aggregator: new MedianAggregator(), optimizer: sgd(p) }) },
  fedtrimmedavg: { name: "fedtrimmedavg", summary: "FedTrimmedAvg: coordinate-wise trimmed mean (Yin et al. 2018)", needsIndividualUpdates: true,
    parameters: [...COMMON, "trimFraction"], defaults: { serverLearningRate: 1, trimFraction: 0.2 },
    build: (p) => ({ aggregator: new TrimmedMeanAggregator(p.trimFraction ?? 0.2), optimizer: sgd(p) }) },
  krum: { name: "krum", summary: "Krum: the update closest to its n - f - 2 neighbours (Blanchard et al. 2017)", needsIndividualUpdates: true,
    parameters: [...COMMON, "byzantine"], defaults: { serverLearningRate: 1 },
    build: (p) => ({ aggregator: new KrumAggregator({ multi: false, ...(p.byzantine !== undefined ? { byzantine: p.byzantine } : {}) }), optimizer: sgd(p) }) },
  multikrum: { name: "multikrum", summary: "Multi-Krum: the mean of the m best Krum-scored updates (Blanchard et al. 2017)", needsIndividualUpdates: true,
    parameters: [...COMMON, "byzantine", "keep"], defaults: { serverLearningRate: 1 },
    build: (p) => ({ aggregator: new KrumAggregator({ multi: true, ...(p.byzantine !== undefined ? { byzantine: p.byzantine } : {}), ...(p.keep !== undefined ? { keep: p.keep } : {}) }), optimizer: sgd(p) }) },
  bulyan: { name: "bulyan", summary: "Bulyan: Krum selection, then a trimmed mean around the median (El Mhamdi et al. 2018)", needsIndividualUpdates: true,
    parameters: [...COMMON, "byzantine"], defaults: { serverLearningRate: 1 }, build: (p) => ({ aggregator: new BulyanAggregator(p.byzantine), optimizer: sgd(p) }) },
  "fedavg-normbound": { name: "fedavg-normbound", summary: "Norm-bounded FedAvg: each update scaled to norm <= M, then averaged (Sun et al. 2019)",
    needsIndividualUpdates: true, parameters: [...COMMON, "normBound"], defaults: { serverLearningRate: 1 },
    build: (p) => ({ aggregator: new NormBoundedMeanAggregator(p.normBound), optimizer: sgd(p) }) },
};
