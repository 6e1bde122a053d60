import { Command, InvalidArgumentError, Option } from "commander";
import { STRATEGY_NAMES, type StrategyParameters } from "../../server/strategy/create-strategy";
import { PARAMETERS } from "../../server/strategy/strategy-catalogue";

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

function parseNumber(flag: string) {
  return (text: string): number => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n)) throw new InvalidArgumentError(`${flag} must be a number, got "${text}"`);
    return n;
  };
}

/** Adds --strategy and its parameters (checked against the strategy when it is built). */
export function addStrategyOptions(cmd: Command): Command {
  cmd.addOption(new Option("--strategy <name>", "aggregation strategy by name (docs/strategies.md); demo and simulate default to the choice documented there").choices([...STRATEGY_NAMES]));
  for (const spec of Object.values(PARAMETERS)) cmd.option(`${spec.flag} <x>`, spec.help, parseNumber(spec.flag));
  return cmd;
}

/** The strategy parameters given on the command line (absent flags stay absent: the strategy's defaults apply). */
export function strategyParameters(o: StrategyCliOptions): StrategyParameters {
  const given: StrategyParameters = {
    serverLearningRate: o.serverLr, serverMomentum: o.serverMomentum, proximalMu: o.proximalMu, beta1: o.beta1, beta2: o.beta2, tau: o.tau,
    trimFraction: o.trimFraction, byzantine: o.byzantine, keep: o.keep, normBound: o.normBound,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}
