/**
 * `conclave/protocol`: the wire protocol v2 (docs/protocol.md, proto/conclave.proto): typed
 * messages, the codec (encode; decode validates everything that arrives), error codes, the
 * handshake's signed payloads and the task description a coordinator sends in Welcome.
 *
 * ```ts
 * import { decodeMessage, encodeMessage, errorBody, PROTOCOL_VERSION, type Message } from "conclave/protocol";
 *
 * const message: Message = { meta: { runId: "run-1", round: 0, messageId: 1, replyTo: 0, sender: "coordinator" },
 *   body: errorBody("WRONG_ROUND", "round 7 has not started; wait for RoundStart") };
 * const bytes: Uint8Array = encodeMessage(message);
 * const back = decodeMessage(bytes); // throws ProtocolError naming the field on bad input
 * ```
 */
export { PROTOCOL_VERSION, COORDINATOR, ERROR_CODES, SECURE_AGGREGATION_MODES, DP_MODES, RUN_OUTCOMES, ProtocolError, errorBody,
  PLAINTEXT_PROTECTION, type Meta, type ErrorCode, type SecureAggregationMode, type WireDpMode, type Protection, type ChallengeBody,
  type JoinBody, type WelcomeBody, type Standardisation, type RoundStartBody, type StatsRequestBody, type StatsResultBody,
  type TrainResultBody, type PrivacySpent, type EvaluateRequestBody, type EvaluateResultBody, type ErrorBody, type RunOutcome,
  type ByeBody, type SecureProtocol, type SecAggRequestBody, type SecAggReplyBody, type Body, type BodyType, type Message } from "./messages";
export { encodeMessage, decodeMessage, WIRE_LIMITS } from "./codec";
export { challengePayload, joinPayload } from "./handshake";
export { describeTask, type TaskDescription } from "./task-description";
export { updateProblem } from "./validate-update";
export { evaluateMetricNames, EVALUATE_RANGE } from "./evaluate-vector";
