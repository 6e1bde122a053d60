/**
 * Admission by challenge-response against the federation file (docs/protocol.md, "Admission"):
 * a Join is admitted only for a site of the federation, signed with that site's pinned key
 * over this connection's challenge (so a copied public key, a squatted name or a replayed
 * handshake is refused), for this run's task (name and description digest), speaking this
 * protocol version, and accepting the run's protocol.
 */
import { bytesEqual } from "../shared/crypto/bytes";
import { verifyDetached } from "../shared/crypto/signatures";
import type { Membership } from "../shared/federation/membership";
import { joinPayload } from "../shared/protocol/handshake";
import { PROTOCOL_VERSION, type ChallengeBody, type ErrorCode, type JoinBody, type SecureAggregationMode } from "../shared/protocol/messages";

export interface AdmissionPolicy {
  readonly membership: Membership;
  readonly task: string;
  readonly taskDigest: string;
  /** The run's protocol: a worker whose capabilities do not list it cannot take part. */
  readonly protocol: SecureAggregationMode;
  /** The run's cap on a site's example count: a site announcing more is refused, not silently capped. */
  readonly maxExamples: number;
}

export type AdmissionDecision = { readonly ok: true; readonly id: number } | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

const refuse = (code: ErrorCode, message: string): AdmissionDecision => ({ ok: false, code, message });

/** Decide whether a Join answering `challenge` is admitted, with a sentence the worker's operator can act on when it is not. */
export function admit(join: JoinBody, challenge: ChallengeBody, policy: AdmissionPolicy): AdmissionDecision {
  if (join.protocolVersion !== PROTOCOL_VERSION) {
    return refuse("PROTOCOL_VERSION_MISMATCH", `this coordinator speaks Conclave protocol v${PROTOCOL_VERSION} but the worker speaks v${join.protocolVersion}; install the same Conclave version on both sides`);
  }
  const { membership } = policy;
  const id = membership.idOf(join.workerName);
  if (id === undefined) {
    return refuse("NOT_ADMITTED", `"${join.workerName}" is not a site of federation "${membership.federation}"; ask the federation's admin to add it (conclave federation add) and distribute the signed file`);
  }
  if (!bytesEqual(join.identityKey, membership.sites[id - 1]!.publicKey)) {
    return refuse("NOT_ADMITTED", `the key presented for site "${join.workerName}" is not the one in the federation file; start the worker with that site's own --key`);
  }
  if (!bytesEqual(challenge.coordinatorKey, membership.coordinator.publicKey) || !verifyDetached(joinPayload(challenge, join), join.proof, join.identityKey)) {
    return refuse("NOT_ADMITTED", `the join of "${join.workerName}" is not signed by its key for this connection's challenge (a copied key or a replayed handshake)`);
  }
  if (join.task !== policy.task) {
    return refuse("UNKNOWN_TASK", `this coordinator trains task "${policy.task}" but the worker has data for "${join.task}"; start the worker with --task ${policy.task} or point it at the right coordinator`);
  }
  if (join.taskDigest !== policy.taskDigest) {
    return refuse("UNKNOWN_TASK", `the worker's description of task "${join.task}" (${join.taskDigest.slice(0, 12)}...) differs from this coordinator's (${policy.taskDigest.slice(0, 12)}...); both sides need the same task file and Conclave version`);
  }
  if (!join.capabilities.includes(policy.protocol)) {
    return refuse("POLICY_REFUSED", `this run uses ${policy.protocol} but the worker's policy accepts only ${join.capabilities.join(", ") || "nothing"}; it could not take part in any round`);
  }
  if (join.numExamples > policy.maxExamples) {
    return refuse("NOT_ADMITTED", `the worker announces ${join.numExamples} examples, above this run's cap of ${policy.maxExamples}; if the site really holds that many, raise the coordinator's --max-examples (or cap it on the site with --max-examples)`);
  }
  if (join.numExamples < 1) return refuse("NOT_ADMITTED", "the worker announces no examples; it has nothing to train on");
  return { ok: true, id };
}
