// The messages this client sends and receives, as plain typed data (field names as protobufjs
// camel-cases them from proto/conclave.proto). Decoded values are checked before they get here.

export interface Meta { runId: string; round: number; messageId: number; replyTo: number; sender: string }

export interface Tensor { name: string; shape: number[]; dtype: "FLOAT32" | "UINT32" | "DTYPE_UNSPECIFIED"; data: Uint8Array }

export interface Challenge {
  protocolVersion: number; runId: string; nonce: Uint8Array; coordinatorKey: Uint8Array; signature: Uint8Array; federation: string;
}

export interface Join {
  protocolVersion: number; workerName: string; capabilities: string[]; backend: string; numExamples: number; task: string;
  identityKey: Uint8Array; proof: Uint8Array; taskDigest: string;
}

export interface Welcome {
  protocolVersion: number; workerId: string; runId: string; task: string; maxMessageBytes: number; taskJson: string;
  taskDigest: string; participantId: number; rounds: number; nextRound: number;
}

export interface Protection {
  secureAggregation: string; clipNorm: number; dpMode: string; noiseStd: number; ringNoiseSigma2: number; clipRange: number;
  scale: number; weighted: boolean; maxExamples: number; noiseMultiplier: number; delta: number; noiseShares: number;
}

export interface RoundStart { weights: Tensor[]; protection: Protection; deadlineMs: number }
export interface StatsRequest { protection: Protection }
export interface EvaluateRequest { weights: Tensor[]; protection: Protection }

export interface KeyAdvertisement {
  sender: number; encryptionPublicKey: Uint8Array; maskPublicKey: Uint8Array; signature: Uint8Array; selfMaskCommitment: Uint8Array;
}
export interface EncryptedShare { sender: number; receiver: number; ciphertext: Uint8Array }
export interface RevealedShare { owner: number; share: Uint8Array }
export interface ConsistencySignature { signer: number; signature: Uint8Array }

export type SecAggStage = "AdvertiseKeys" | "ShareKeys" | "MaskedInput" | "ConsistencyCheck" | "Unmask";

export type SecAggRequest = { protocol: string } & (
  | { stage: "AdvertiseKeys"; receiver: number; participants: number[]; neighbors: number; threshold: number; collusionBound: number; vectorLength: number; purpose: string }
  | { stage: "ShareKeys"; receiver: number; advertisements: KeyAdvertisement[] }
  | { stage: "MaskedInput"; receiver: number; shares: EncryptedShare[] }
  | { stage: "ConsistencyCheck"; receiver: number; survivors: number[] }
  | { stage: "Unmask"; receiver: number; survivors: number[]; signatures: ConsistencySignature[] }
);

export type SecAggReply = { protocol: string } & (
  | { stage: "AdvertiseKeys"; sender: number; encryptionPublicKey: Uint8Array; maskPublicKey: Uint8Array; signature: Uint8Array; selfMaskCommitment: Uint8Array }
  | { stage: "ShareKeys"; sender: number; shares: EncryptedShare[] }
  | { stage: "MaskedInput"; sender: number; maskedInput: Uint8Array }
  | { stage: "ConsistencyCheck"; sender: number; signature: Uint8Array }
  | { stage: "Unmask"; sender: number; selfMaskShares: RevealedShare[]; maskKeyShares: RevealedShare[] }
);

export type ErrorCode =
  | "ERROR_UNSPECIFIED" | "PROTOCOL_VERSION_MISMATCH" | "MALFORMED_MESSAGE" | "MESSAGE_TOO_LARGE" | "UNKNOWN_TASK" | "WRONG_ROUND"
  | "WRONG_STAGE" | "INVALID_UPDATE" | "NOT_ADMITTED" | "TRAINING_FAILED" | "SECAGG_REFUSED" | "ROUND_ABORTED" | "INTERNAL"
  | "POLICY_REFUSED" | "RATE_LIMITED" | "EVALUATION_FAILED";

export interface WireError { code: ErrorCode; message: string }

export type RunOutcome = "OUTCOME_UNSPECIFIED" | "FINISHED" | "STOPPED_EARLY" | "FAILED" | "RESTARTING";
export interface Bye { reason: string; outcome: RunOutcome; roundsCompleted: number; roundsPlanned: number }

/** What the coordinator sends a worker. */
export type Incoming =
  | { kind: "challenge"; challenge: Challenge }
  | { kind: "welcome"; welcome: Welcome }
  | { kind: "roundStart"; roundStart: RoundStart }
  | { kind: "statsRequest"; statsRequest: StatsRequest }
  | { kind: "evaluateRequest"; evaluateRequest: EvaluateRequest }
  | { kind: "secaggRequest"; secaggRequest: SecAggRequest }
  | { kind: "error"; error: WireError }
  | { kind: "bye"; bye: Bye }
  | { kind: "other"; body: string };

/** What this worker sends. Results carry nothing of the site's own under secure aggregation (section 8). */
export type Outgoing =
  | { kind: "join"; join: Join }
  | { kind: "trainResult"; trainResult: { trainSeconds: number } }
  | { kind: "statsResult"; statsResult: Record<string, never> }
  | { kind: "evaluateResult"; evaluateResult: Record<string, never> }
  | { kind: "secaggReply"; secaggReply: SecAggReply }
  | { kind: "error"; error: WireError };

export interface InEnvelope { meta: Meta; body: Incoming }
export interface OutEnvelope { meta: Meta; body: Outgoing }
