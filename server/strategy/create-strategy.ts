import { AggregationStrategy, type StrategyOptions } from "./aggregation-strategy";
import { StrategyConfigError } from "./strategy-config-error";
import {
  PARAMETERS, STRATEGIES, STRATEGY_NAMES, type ParameterName, type ResolvedParameters, type StrategyDefinition, type StrategyName, type StrategyParameters,
} from "./strategy-catalogue";

export { STRATEGY_NAMES, type StrategyName, type StrategyParameters } from "./strategy-catalogue";

export interface CreateStrategyOptions extends StrategyOptions {
  /** The strategy's tunables; each must be one the strategy takes (see STRATEGIES[name].parameters). */
  readonly parameters?: StrategyParameters;
  /** The run's secure aggregation ("none" or absent: plaintext); a strategy that must see each update is refused under it. */
  readonly secureAggregation?: string;
  /** Workers sampled per round, when known: Krum's and Bulyan's requirements on n are checked against it. */
  readonly workersPerRound?: number;
}

export function isStrategyName(name: string): name is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(name);
}

/** The definition of a named strategy; an unknown name is a StrategyConfigError listing the known ones. */
export function strategyDefinition(name: string): StrategyDefinition {
  if (!isStrategyName(name)) throw new StrategyConfigError("unknown-strategy", `unknown strategy "${name}": the strategies are ${STRATEGY_NAMES.join(", ")}`);
  return STRATEGIES[name];
}

/** The sum-based strategies: those that run under secure aggregation. */
export function sumBasedStrategies(): StrategyName[] {
  return STRATEGY_NAMES.filter((n) => !STRATEGIES[n].needsIndividualUpdates);
}

/** Throws when a strategy that must see each update is asked to run under secure aggregation. */
export function checkSecureAggregation(name: string, secureAggregation: string | undefined): void {
  const def = strategyDefinition(name);
  if (!def.needsIndividualUpdates || secureAggregation === undefined || secureAggregation === "none") return;
  throw new StrategyConfigError("needs-plaintext",
    `strategy ${name} screens each worker's update, but secure aggregation (${secureAggregation}) shows the coordinator only their sum, `
    + `so it cannot run under it; use --secagg none with ${name}, or a strategy that needs only the sum: ${sumBasedStrategies().join(", ")}`);
}

function isParameterName(key: string): key is ParameterName {
  return Object.hasOwn(PARAMETERS, key);
}

function describeParameters(def: StrategyDefinition): string {
  return def.parameters.map((p) => `${PARAMETERS[p].flag} (${p})`).join(", ");
}

/** Checks the given parameters against the strategy and fills in its defaults. */
export function resolveParameters(name: string, given: StrategyParameters = {}): ResolvedParameters {
  const def = strategyDefinition(name);
  const out: Partial<Record<ParameterName, number>> = { ...def.defaults };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!isParameterName(key)) {
      throw new StrategyConfigError("bad-parameter", `unknown strategy parameter "${key}": the parameters are ${Object.keys(PARAMETERS).join(", ")}`);
    }
    const p = key;
    const spec = PARAMETERS[p];
    if (!def.parameters.includes(p)) {
      throw new StrategyConfigError("parameter-not-used", `strategy ${name} does not use ${spec.flag} (${p}); it takes ${describeParameters(def)}`);
    }
    if (typeof value !== "number" || !spec.ok(value)) {
      throw new StrategyConfigError("bad-parameter", `${spec.flag} (${p}) must be ${spec.rule}, got ${JSON.stringify(value)}`);
    }
    out[p] = value;
  }
  const serverLearningRate = out.serverLearningRate ?? def.defaults.serverLearningRate;
  return { ...out, serverLearningRate };
}

/** Krum needs n > 2f + 2, Multi-Krum also m <= n, Bulyan n >= 4f + 3: checked when the round size is known. */
function checkRoundSize(name: StrategyName, p: ResolvedParameters, n: number): void {
  const f = p.byzantine;
  const fail = (need: string): never => {
    throw new StrategyConfigError("bad-parameter", `${name} ${need}, but the run samples ${n} workers per round; sample more workers or lower the parameter`);
  };
  if ((name === "krum" || name === "multikrum") && f !== undefined && n <= 2 * f + 2) fail(`with --byzantine ${f} needs more than ${2 * f + 2} updates per round`);
  if (name === "multikrum" && p.keep !== undefined && p.keep > n) fail(`cannot keep ${p.keep} updates (--keep)`);
  if (name === "bulyan" && f !== undefined && f > 0 && n < 4 * f + 3) fail(`with --byzantine ${f} needs at least ${4 * f + 3} updates per round`);
}

/**
 * A strategy by name, with typed, validated parameters (defaults from STRATEGIES). The library's
 * way to pick one: `createStrategy("fedadam", { train, parameters: { serverLearningRate: 0.03 } })`.
 */
export function createStrategy(name: string, options: CreateStrategyOptions): AggregationStrategy {
  const def = strategyDefinition(name);
  checkSecureAggregation(name, options.secureAggregation);
  const p = resolveParameters(name, options.parameters);
  if (options.workersPerRound !== undefined) checkRoundSize(def.name, p, options.workersPerRound);
  const { aggregator, optimizer } = def.build(p);
  const { parameters: _parameters, secureAggregation: _secure, workersPerRound: _n, ...common } = options;
  const mu = p.proximalMu ?? options.train.proximalMu;
  return new AggregationStrategy(def.name, { ...common, train: { ...options.train, ...(mu !== undefined ? { proximalMu: mu } : {}) } }, aggregator, optimizer);
}
