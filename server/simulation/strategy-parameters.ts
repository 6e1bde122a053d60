import type { StrategyParameters } from "../strategy/create-strategy";

/** The strategy flags as commander parses them (camel case of the flag names). */
export interface StrategyCliOptions {
  strategy?: string;
  serverLr?: number;
  serverMomentum?: number;
  proximalMu?: number;
  beta1?: number;
  beta2?: number;
  tau?: number;
  trimFraction?: number;
  byzantine?: number;
  keep?: number;
  normBound?: number;
}

/** The strategy parameters given on the command line (absent flags stay absent: the strategy's defaults apply). */
export function strategyParameters(o: StrategyCliOptions): StrategyParameters {
  const given: StrategyParameters = {
    serverLearningRate: o.serverLr, serverMomentum: o.serverMomentum, proximalMu: o.proximalMu, beta1: o.beta1, beta2: o.beta2, tau: o.tau,
    trimFraction: o.trimFraction, byzantine: o.byzantine, keep: o.keep, normBound: o.normBound,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}
