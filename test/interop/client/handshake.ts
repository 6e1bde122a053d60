// Admission (docs/protocol.md section 4): the Challenge's signed bytes and the Join's proof.
import { concat, label, u64 } from "./bytes";
import { ed25519Sign, ed25519Verify } from "./primitives";
import type { Challenge } from "./wire-types";

export const PROTOCOL_VERSION = 2;

export function challengePayload(c: Pick<Challenge, "protocolVersion" | "runId" | "nonce" | "federation">): Buffer {
  return concat(label("conclave/v2/challenge"), u64(c.protocolVersion), label(c.runId), c.nonce, label(c.federation));
}

export function verifyChallenge(c: Challenge): boolean {
  return ed25519Verify(c.coordinatorKey, challengePayload(c), c.signature);
}

export interface JoinFields {
  coordinatorKey: Uint8Array;
  nonce: Uint8Array;
  runId: string;
  protocolVersion: number;
  workerName: string;
  task: string;
  taskDigest: string;
  numExamples: number;
  identityKey: Uint8Array;
  capabilities: readonly string[];
}

export function joinPayload(j: JoinFields): Buffer {
  return concat(
    label("conclave/v2/join"), j.coordinatorKey, j.nonce, label(j.runId), u64(j.protocolVersion), label(j.workerName),
    label(j.task), label(j.taskDigest), u64(j.numExamples), j.identityKey, u64(j.capabilities.length), ...j.capabilities.map(label),
  );
}

export function joinProof(identitySeed: Uint8Array, j: JoinFields): Buffer {
  return ed25519Sign(identitySeed, joinPayload(j));
}
