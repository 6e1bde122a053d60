import { Command, InvalidArgumentError, Option } from "commander";
import { STRATEGY_NAMES } from "../../server/strategy/create-strategy";
export { strategyParameters, type StrategyCliOptions } from "../../server/simulation/strategy-parameters";
import { PARAMETERS } from "../../server/strategy/strategy-catalogue";

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
