/**
 * Admission by challenge-response (docs/protocol.md, "Admission"). The coordinator opens every
 * connection with a Challenge: a fresh 32-byte nonce and the run id, signed with its identity
 * key; the worker checks that key against its federation file. The worker answers with a Join
 * whose `proof` signs the coordinator's key, the nonce, the run id, the protocol version and
 * everything it claims (name, task, task digest, example count, capabilities). A copied public
 * key cannot sign, and a recorded Join carries another connection's nonce, so neither passes.
 */
import { concatBytes, label, u64 } from "../crypto/bytes";
import type { ChallengeBody, JoinBody } from "./messages";

export function challengePayload(c: Pick<ChallengeBody, "protocolVersion" | "runId" | "nonce" | "federation">): Uint8Array {
  return concatBytes(label("conclave/v2/challenge"), u64(c.protocolVersion), label(c.runId), c.nonce, label(c.federation));
}

export function joinPayload(challenge: Pick<ChallengeBody, "coordinatorKey" | "nonce" | "runId">,
  join: Pick<JoinBody, "protocolVersion" | "workerName" | "task" | "taskDigest" | "numExamples" | "capabilities" | "identityKey">): Uint8Array {
  return concatBytes(label("conclave/v2/join"), challenge.coordinatorKey, challenge.nonce, label(challenge.runId), u64(join.protocolVersion),
    label(join.workerName), label(join.task), label(join.taskDigest), u64(join.numExamples), join.identityKey,
    u64(join.capabilities.length), ...join.capabilities.map(label));
}
