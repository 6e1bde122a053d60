import type { NamedTensor } from "../tensor/weights";
import type { TrainConfig } from "../task/task-spec";
import type { SecAggProtocol, SecAggReply, SecAggRequest } from "../secagg/messages";

/** The wire protocol version this build speaks (proto package conclave.v2, docs/protocol.md). */
export const PROTOCOL_VERSION = 2;

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
  "POLICY_REFUSED",
  "RATE_LIMITED",
  "EVALUATION_FAILED",
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
  /** The run's cap on a worker's example count (fixed for the run, never taken from a worker's claim). */
  readonly maxExamples: number;
  /** DP: z, the noise multiplier (noise std = z * clip norm before division among workers); 0 without DP. */
  readonly noiseMultiplier: number;
  /** DP: the accounting's delta; 0 without DP. */
  readonly delta: number;
  /** Distributed DP: m, the fewest workers whose noise a released sum holds (each worker checks it at AdvertiseKeys); 0 otherwise. */
  readonly noiseShares: number;
}

/** coordinator -> worker, first on every connection: who the coordinator is, signed, and a fresh nonce for the worker to sign. */
export interface ChallengeBody {
  readonly type: "challenge";
  readonly protocolVersion: number;
  readonly runId: string;
  readonly nonce: Uint8Array;
  readonly coordinatorKey: Uint8Array;
  readonly signature: Uint8Array;
  readonly federation: string;
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
  /** Ed25519 signature over the join payload (shared/protocol/handshake), binding the challenge. */
  readonly proof: Uint8Array;
  readonly taskDigest: string;
}

export interface WelcomeBody {
  readonly type: "welcome";
  readonly protocolVersion: number;
  readonly workerId: string;
  readonly runId: string;
  readonly task: string;
  readonly maxMessageBytes: number;
  /** The canonical task description (docs/protocol.md, "Task") and its SHA-256 hex. */
  readonly taskJson: string;
  readonly taskDigest: string;
  /** The worker's id in secure aggregation: its 1-based position in the federation file. */
  readonly participantId: number;
  readonly rounds: number;
  /** The round the run resumes at (1 for a new run). */
  readonly nextRound: number;
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
  /** The worker's own accounting against the coordinator (null without DP in its policy). */
  readonly privacy: PrivacySpent | null;
}

export interface PrivacySpent {
  readonly epsilon: number;
  readonly delta: number;
  readonly rounds: number;
}

export interface EvaluateRequestBody {
  readonly type: "evaluateRequest";
  readonly weights: readonly NamedTensor[];
  readonly standardisation: Standardisation | null;
  /** secureAggregation other than "none": the result is summed securely (evaluate vector). */
  readonly protection: Protection;
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

export const RUN_OUTCOMES = ["finished", "stopped-early", "failed", "restarting"] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

export interface ByeBody {
  readonly type: "bye";
  readonly reason: string;
  readonly outcome: RunOutcome;
  readonly roundsCompleted: number;
  readonly roundsPlanned: number;
}

export type SecureProtocol = SecAggProtocol;

export interface SecAggRequestBody {
  readonly type: "secaggRequest";
  readonly protocol: SecureProtocol;
  readonly request: SecAggRequest;
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
  | StatsResultBody
  | ChallengeBody;

export type BodyType = Body["type"];

export interface Message<B extends Body = Body> {
  readonly meta: Meta;
  readonly body: B;
}

/** An error that becomes an Error reply on the wire. */
export class ProtocolError extends Error {
  /** The meta of the message that caused it, when it could be read (so a reply can name reply_to and round). */
  constructor(readonly code: ErrorCode, message: string, readonly meta: Meta | null = null) {
    super(message);
    this.name = "ProtocolError";
  }
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { type: "error", code, message };
}

/** Protection with nothing asked beyond the worker's own policy: plaintext, no DP. */
export const PLAINTEXT_PROTECTION: Protection = {
  secureAggregation: "none", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0, scale: 0, weighted: true, maxExamples: 0,
  noiseMultiplier: 0, delta: 0, noiseShares: 0,
};
