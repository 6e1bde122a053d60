import type { ModelWeights } from "../../shared/tensor/weights";
import type { TrainConfig } from "../../shared/task/task-spec";
import type { ErrorCode } from "../../shared/protocol/messages";

/** What a strategy knows of a connected worker. */
export interface WorkerInfo {
  readonly id: string;
  /** The count it announced at join, capped at the run's cap (never a larger one per round). */
  readonly numExamples: number;
}

/** Randomness for sampling (seeded, so runs are reproducible). */
export interface SamplingRandom {
  /** A uniform integer in [0, n). */
  int(n: number): number;
}

export interface FitInstruction {
  readonly worker: string;
  readonly train: TrainConfig;
}

/** One worker's plaintext update: only exists when secure aggregation is off. */
export interface FitResult {
  readonly worker: string;
  /** The flat weight delta (new - global). */
  readonly update: Float32Array;
  readonly numExamples: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export interface Failure {
  readonly worker: string;
  readonly code: ErrorCode | "TIMEOUT" | "DISCONNECTED";
  readonly reason: string;
}

/**
 * What aggregateFit receives. Under secure aggregation the coordinator only ever
 * holds the sum, so that is all a strategy can be given: the type makes it
 * impossible for a strategy to ask for one worker's update.
 */
export type FitAggregate =
  | { readonly kind: "individual"; readonly results: readonly FitResult[] }
  | {
      readonly kind: "secure-sum";
      /** Sum over contributors of weight_i * delta_i (flat). */
      readonly weightedSum: Float32Array;
      /** Sum over contributors of weight_i. */
      readonly totalWeight: number;
      readonly contributors: readonly string[];
      readonly metrics: Readonly<Record<string, number>>;
    };

export interface EvaluateResult {
  readonly worker: string;
  readonly numExamples: number;
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export interface Evaluation {
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export interface FitOutcome {
  readonly weights: ModelWeights;
  readonly metrics: Readonly<Record<string, number>>;
}

/**
 * A strategy has one hook per stage of a round (Flower's shape). Failures are an
 * argument, never an exception.
 */
export interface Strategy {
  readonly name: string;
  /** True for aggregators that must see each update (median, Krum): they cannot run under secure aggregation. */
  readonly needsIndividualUpdates: boolean;
  configureFit(round: number, weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): FitInstruction[];
  /** The new global weights, or null to keep the old ones (e.g. no results). */
  aggregateFit(round: number, weights: ModelWeights, aggregate: FitAggregate, failures: readonly Failure[]): FitOutcome | null;
  configureEvaluate(round: number, weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): string[];
  aggregateEvaluate(round: number, results: readonly EvaluateResult[], failures: readonly Failure[]): Evaluation | null;
  /** Server-side evaluation on a held-out split; null when there is none. */
  evaluate(round: number, weights: ModelWeights): Promise<Evaluation | null>;
  /**
   * A sum reached the coordinator but was not applied (it failed an integrity check, or the
   * protocol aborted after the masks' secrets were revealed): a DP wrapper charges it anyway.
   */
  recordRelease?(round: number): void;
}

/** A value that survives JSON.stringify / JSON.parse unchanged (finite numbers only). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A strategy whose state between rounds (server optimizer moments, step counts) can be
 * checkpointed: `restore(JSON.parse(JSON.stringify(s.state())))` on a strategy built with the
 * same options makes the next aggregateFit give bit-identical weights. `restore` validates
 * what it is given (it comes from a file) and throws a StrategyConfigError if it does not fit.
 */
export interface CheckpointableStrategy extends Strategy {
  state(): JsonValue;
  restore(state: unknown): void;
}

/** Whether a strategy can be checkpointed (the built-in ones can; a test's stub may not). */
export function isCheckpointable(s: Strategy): s is CheckpointableStrategy {
  return "state" in s && typeof s.state === "function" && "restore" in s && typeof s.restore === "function";
}
