/**
 * What the main thread and a pool thread say to each other over the thread's MessagePort.
 * Worker traffic is the encoded protocol bytes, exactly what a connection carries, tagged with
 * the virtual worker's index; the rest sets the thread up and reports back.
 */
import type { Dataset } from "../../shared/data/dataset";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import type { TaskSpec } from "../../shared/task/task-spec";
import type { LogLevel } from "../../shared/log/log-levels";
import type { BackendName } from "../backend/select-backend";
import type { WorkerPolicy } from "../policy/worker-policy";
import type { DropPoint } from "../worker-client";
import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { MembershipData } from "../../shared/federation/membership";
import type { VirtualWorkerSetup } from "../virtual/virtual-workers";

/** The thread's start-up data (workerData): what lasts as long as the pool does. */
export interface PoolThreadInit {
  readonly backend: BackendName;
  readonly logLevel: LogLevel;
  /** The pool's PairSecretMemo (shared by every thread). */
  readonly pairSecrets: SharedArrayBuffer;
  /** The main thread's memo of verified signatures (shared/crypto/verified-signatures.ts). */
  readonly verifiedSignatures: SharedArrayBuffer;
}

/** One simulation's setup in a thread; a pool runs one session at a time, numbered from 1. */
export interface PoolSessionInit {
  readonly session: number;
  readonly task: TaskSpec;
  readonly seed: number;
  readonly sitePolicy?: WorkerPolicy;
  readonly dropout?: { readonly probability: number; readonly mode: SecureAggregationMode; readonly seed: number };
}

/**
 * Every message about a session's workers carries the session's number, so a reply still in
 * flight from one simulation can never reach a worker of the next one with the same index.
 */
export type ToThread =
  | ({ readonly type: "session" } & PoolSessionInit)
  | { readonly type: "end"; readonly session: number }
  /** The federation and task the following workers belong to (sent once, not with each of 10,000 workers). */
  | { readonly type: "federation"; readonly session: number; readonly membership: MembershipData; readonly task: VirtualWorkerSetup["task"]; readonly secureAggregation: SecureAggregationMode }
  | { readonly type: "add"; readonly session: number; readonly index: number; readonly name: string; readonly identity: SigningKeyPair; readonly partition: Dataset }
  | { readonly type: "message"; readonly session: number; readonly index: number; readonly bytes: Uint8Array }
  | { readonly type: "close"; readonly session: number; readonly index: number; readonly reason: string };

export type FromThread =
  | { readonly type: "ready" }
  | { readonly type: "session-ready"; readonly session: number }
  | { readonly type: "session-failed"; readonly session: number; readonly message: string }
  | { readonly type: "message"; readonly session: number; readonly index: number; readonly bytes: Uint8Array }
  | { readonly type: "close"; readonly session: number; readonly index: number; readonly reason: string }
  | { readonly type: "joined"; readonly session: number; readonly index: number }
  | { readonly type: "join-failed"; readonly session: number; readonly index: number; readonly message: string }
  | { readonly type: "dropped"; readonly session: number; readonly round: number; readonly worker: string; readonly point: DropPoint }
  | { readonly type: "fatal"; readonly message: string };
