import { sha256Hex } from "../../shared/crypto/hash";
import { hex } from "../key-store";
import type { Membership } from "../../shared/federation/membership";
import type { JsonValue } from "../../server/strategy/strategy";
import { strategyParameters } from "../federation/strategy-options";
import type { CoordinatorCliOptions } from "../commands/coordinator";

/**
 * The part of a coordinator's configuration that decides what a run computes: the task (its
 * digest), the federation, the rounds, the strategy and its parameters, the protocol and its
 * parameters, DP, the caps and the seed of the initial model. Where it listens, its timeouts,
 * its logs and its outputs are left out: they may change across a restart.
 */
export function runConfig(o: CoordinatorCliOptions, taskDigest: string, rounds: number, membership: Membership): Record<string, JsonValue> {
  const given = (v: number | string | undefined): JsonValue => v ?? null;
  return {
    task: taskDigest, rounds,
    federation: `${membership.federation}:${hex(membership.coordinator.publicKey)}:${membership.sites.map((s) => `${s.name}=${hex(s.publicKey)}`).join(",")}`,
    strategy: o.strategy ?? "fedavg", strategyParameters: { ...strategyParameters(o) },
    secagg: o.secagg, collusionBound: given(o.collusionBound), neighbors: given(o.neighbors), threshold: given(o.threshold),
    fractionFit: o.fractionFit, federatedEvaluation: o.federatedEvaluation, maxExamples: o.maxExamples, seed: o.seed,
    dp: given(o.dp), noise: given(o.noise), clip: given(o.clip), delta: given(o.delta), epsilonBudget: given(o.epsilonBudget),
  };
}

/** SHA-256 of the configuration's canonical JSON (keys sorted). */
export function configHash(config: Readonly<Record<string, JsonValue>>): string {
  return sha256Hex(canonical(config));
}

function canonical(v: JsonValue): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const o = v;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k]!)}`).join(",")}}`;
}

function isArray(v: readonly JsonValue[] | { readonly [key: string]: JsonValue }): v is readonly JsonValue[] {
  return Array.isArray(v);
}

/** What differs between a checkpoint's configuration and this one, as "--flag: was -> now" phrases. */
export function configDifferences(saved: Readonly<Record<string, JsonValue>>, now: Readonly<Record<string, JsonValue>>): string[] {
  const keys = [...new Set([...Object.keys(saved), ...Object.keys(now)])].sort();
  return keys.flatMap((k) => {
    const a = saved[k] === undefined ? "(absent)" : canonical(saved[k]!);
    const b = now[k] === undefined ? "(absent)" : canonical(now[k]!);
    return a === b ? [] : [`${k}: ${a} in the checkpoint, ${b} now`];
  });
}
