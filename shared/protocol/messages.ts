import type { NamedTensor } from "../tensor/weights";
import type { TrainConfig } from "../task/task-spec";
import type { SecAggReply, SecAggRequest } from "../secagg/messages";

/** The wire protocol version this build speaks (proto package conclave.v1). */
export const PROTOCOL_VERSION = 1;

/** The sender name the coordinator uses in Meta. */
export const COORDINATOR = "coordinator";

export interface Meta {
  readonly runId: string;
  readonly round: number;
  readonly messageId: number;
  readonly replyTo: number;
  readonly sender: string;
}

export const ERROR_CODES = [
  "PROTOCOL_VERSION_MISMATCH",
  "MALFORMED_MESSAGE",
  "MESSAGE_TOO_LARGE",
  "UNKNOWN_TASK",
  "WRONG_ROUND",
  "WRONG_STAGE",
  "INVALID_UPDATE",
  "NOT_ADMITTED",
  "TRAINING_FAILED",
  "SECAGG_REFUSED",
  "ROUND_ABORTED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const SECURE_AGGREGATION_MODES = ["none", "additive", "secagg+"] as const;
export type SecureAggregationMode = (typeof SECURE_AGGREGATION_MODES)[number];

export const DP_MODES = ["central", "distributed", "local"] as const;
export type WireDpMode = (typeof DP_MODES)[number];

/** How a worker must protect its update before it leaves the site. */
export interface Protection {
  readonly secureAggregation: SecureAggregationMode;
  /** L2 clip of the update; 0 means no clipping. */
  readonly clipNorm: number;
  readonly dpMode: WireDpMode | null;
  /** Local DP: std of the Gaussian noise each worker adds to its clipped update. */
  readonly noiseStd: number;
  /** Distributed DP: variance, in integer ring units, of each worker's discrete Gaussian noise. */
  readonly ringNoiseSigma2: number;
  /** Fixed-point clamp per coordinate (secure aggregation). */
  readonly clipRange: number;
  /** Fixed-point scale (secure aggregation). */
  readonly scale: number;
  /** Whether the update is weighted by the (capped) example count. */
  readonly weighted: boolean;
  readonly maxExamples: number;
}

export interface JoinBody {
  readonly type: "join";
  readonly protocolVersion: number;
  readonly workerName: string;
  readonly capabilities: readonly string[];
  readonly backend: string;
  readonly numExamples: number;
  readonly task: string;
  readonly identityKey: Uint8Array;
}

export interface WelcomeBody {
  readonly type: "welcome";
  readonly protocolVersion: number;
  readonly workerId: string;
  readonly runId: string;
  readonly task: string;
  readonly maxMessageBytes: number;
}

/** Per-feature (x - mean) / std that every party applies; null: each worker uses its own statistics. */
export interface Standardisation {
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

export interface RoundStartBody {
  readonly type: "roundStart";
  readonly weights: readonly NamedTensor[];
  readonly train: TrainConfig;
  readonly protection: Protection;
  readonly deadlineMs: number;
  readonly standardisation: Standardisation | null;
}

/** Round 0: compute the statistics for federated standardisation. */
export interface StatsRequestBody {
  readonly type: "statsRequest";
  readonly protection: Protection;
}

export interface StatsResultBody {
  readonly type: "statsResult";
  /** Plaintext mode only: per-feature means, then means of squares. Empty under secure aggregation. */
  readonly values: readonly number[];
  readonly numExamples: number;
}

export interface TrainResultBody {
  readonly type: "trainResult";
  /** The weight delta (new - global); empty under secure aggregation. */
  readonly update: readonly NamedTensor[];
  readonly numExamples: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly trainSeconds: number;
}

export interface EvaluateRequestBody {
  readonly type: "evaluateRequest";
  readonly weights: readonly NamedTensor[];
  readonly standardisation: Standardisation | null;
}

export interface EvaluateResultBody {
  readonly type: "evaluateResult";
  readonly numExamples: number;
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
}

export interface ErrorBody {
  readonly type: "error";
  readonly code: ErrorCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

export interface ByeBody {
  readonly type: "bye";
  readonly reason: string;
}

export type SecureProtocol = Exclude<SecureAggregationMode, "none">;

/** A worker of this round's secure aggregation: its small integer id and the identity key it joined with. */
export interface RosterEntry {
  readonly id: number;
  readonly identityKey: Uint8Array;
}

export interface SecAggRequestBody {
  readonly type: "secaggRequest";
  readonly protocol: SecureProtocol;
  readonly request: SecAggRequest;
  /** AdvertiseKeys only: the identity keys the receiver needs (its neighbours' for SecAgg+, everyone's for additive). */
  readonly roster: readonly RosterEntry[];
}

export interface SecAggReplyBody {
  readonly type: "secaggReply";
  readonly protocol: SecureProtocol;
  readonly reply: SecAggReply;
}

export type Body =
  | JoinBody
  | WelcomeBody
  | RoundStartBody
  | TrainResultBody
  | EvaluateRequestBody
  | EvaluateResultBody
  | ErrorBody
  | ByeBody
  | SecAggRequestBody
  | SecAggReplyBody
  | StatsRequestBody
  | StatsResultBody;

export type BodyType = Body["type"];

export interface Message<B extends Body = Body> {
  readonly meta: Meta;
  readonly body: B;
}

/** An error that becomes an Error reply on the wire. */
export class ProtocolError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = "ProtocolError";
  }
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { type: "error", code, message };
}
