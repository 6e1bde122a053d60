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

/** The thread's start-up data (workerData). */
export interface PoolThreadInit {
  readonly task: TaskSpec;
  readonly seed: number;
  readonly backend: BackendName;
  readonly logLevel: LogLevel;
  readonly sitePolicy?: WorkerPolicy;
  readonly dropout?: { readonly probability: number; readonly mode: SecureAggregationMode; readonly seed: number };
  /** The pool's PairSecretMemo (shared by every thread). */
  readonly pairSecrets: SharedArrayBuffer;
  /** The main thread's memo of verified signatures (shared/crypto/verified-signatures.ts). */
  readonly verifiedSignatures: SharedArrayBuffer;
}

export type ToThread =
  /** The federation and task the following workers belong to (sent once, not with each of 10,000 workers). */
  | { readonly type: "federation"; readonly membership: MembershipData; readonly task: VirtualWorkerSetup["task"]; readonly secureAggregation: SecureAggregationMode }
  | { readonly type: "add"; readonly index: number; readonly name: string; readonly identity: SigningKeyPair; readonly partition: Dataset }
  | { readonly type: "message"; readonly index: number; readonly bytes: Uint8Array }
  | { readonly type: "close"; readonly index: number; readonly reason: string };

export type FromThread =
  | { readonly type: "ready" }
  | { readonly type: "message"; readonly index: number; readonly bytes: Uint8Array }
  | { readonly type: "close"; readonly index: number; readonly reason: string }
  | { readonly type: "joined"; readonly index: number }
  | { readonly type: "join-failed"; readonly index: number; readonly message: string }
  | { readonly type: "dropped"; readonly round: number; readonly worker: string; readonly point: DropPoint }
  | { readonly type: "fatal"; readonly message: string };
