import { PROTOCOL_VERSION, type ErrorCode, type JoinBody } from "../shared/protocol/messages";

export interface AdmissionPolicy {
  readonly task: string;
  /** Hex Ed25519 public keys allowed to join; undefined admits any worker (simulation, demos). */
  readonly allowedKeys?: ReadonlySet<string>;
}

export type AdmissionDecision = { readonly ok: true } | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** Decide whether a Join is admitted, with a sentence the worker's operator can act on when it is not. */
export function admit(join: JoinBody, policy: AdmissionPolicy, namesInUse: ReadonlySet<string>): AdmissionDecision {
  if (join.protocolVersion !== PROTOCOL_VERSION) {
    return { ok: false, code: "PROTOCOL_VERSION_MISMATCH",
      message: `this coordinator speaks Conclave protocol v${PROTOCOL_VERSION} but the worker speaks v${join.protocolVersion}; install the same Conclave version on both sides` };
  }
  if (join.task !== policy.task) {
    return { ok: false, code: "UNKNOWN_TASK", message: `this coordinator trains task "${policy.task}" but the worker has data for "${join.task}"; start the worker with --task ${policy.task} or point it at the right coordinator` };
  }
  if (!/^[A-Za-z0-9._-]+$/.test(join.workerName)) {
    return { ok: false, code: "NOT_ADMITTED", message: `worker name "${join.workerName}" may only use letters, digits, '.', '_' and '-'` };
  }
  if (namesInUse.has(join.workerName)) {
    return { ok: false, code: "NOT_ADMITTED", message: `a worker named "${join.workerName}" is already connected; give each worker a unique --name` };
  }
  if (policy.allowedKeys) {
    const hex = Buffer.from(join.identityKey).toString("hex");
    if (!policy.allowedKeys.has(hex)) {
      return { ok: false, code: "NOT_ADMITTED", message: `identity key ${hex.slice(0, 16)}… is not on this coordinator's allowlist; send its public key to the coordinator's operator` };
    }
  }
  return { ok: true };
}
