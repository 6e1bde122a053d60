import { StrategyConfigError } from "./strategy-config-error";
import type { JsonValue } from "./strategy";

/**
 * Reading a strategy checkpoint back: it comes from a file, so every field is checked, never
 * cast. Float64 moments travel as JSON numbers, which round-trip exactly.
 */
export function stateObject(state: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof state !== "object" || state === null || Array.isArray(state)) throw bad(`${where} must be an object`);
  return Object.fromEntries(Object.entries(state));
}

export function stateNumber(o: Readonly<Record<string, unknown>>, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw bad(`${where}.${key} must be a finite number, got ${JSON.stringify(v)}`);
  return v;
}

export function stateString(o: Readonly<Record<string, unknown>>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw bad(`${where}.${key} must be a string, got ${JSON.stringify(v)}`);
  return v;
}

/** A vector of finite numbers, or null (not yet created: no round aggregated). */
export function stateVector(o: Readonly<Record<string, unknown>>, key: string, where: string): Float64Array | null {
  const v = o[key];
  if (v === null) return null;
  if (!Array.isArray(v)) throw bad(`${where}.${key} must be an array of numbers or null`);
  const out = new Float64Array(v.length);
  v.forEach((x: unknown, i) => {
    if (typeof x !== "number" || !Number.isFinite(x)) throw bad(`${where}.${key}[${i}] must be a finite number, got ${JSON.stringify(x)}`);
    out[i] = x;
  });
  return out;
}

export function vectorJson(v: Float64Array | null): JsonValue {
  return v === null ? null : Array.from(v);
}

/** Throws unless the checkpoint's hyperparameters are this optimizer's (resuming with others would not be a resume). */
export function checkSameParameters(where: string, saved: Readonly<Record<string, unknown>>, mine: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(mine)) {
    const got = stateNumber(saved, key, where);
    if (got !== value) throw bad(`the checkpoint was made with ${key} = ${got}, this strategy has ${key} = ${value}; build it with the checkpoint's options`);
  }
}

function bad(message: string): StrategyConfigError {
  return new StrategyConfigError("bad-state", `cannot restore the strategy: ${message}`);
}
