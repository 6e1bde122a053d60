/** What every request handler of a worker may touch: its id, keys, store, sessions, policy and executor. */
import type { RandomBytes } from "../../crypto/random";
import type { ModelExecutor } from "../executor";
import type { ReplyBody } from "../messages";
import type { ObjectStore } from "./object-store";
import type { SessionStore } from "./sessions";
import type { WorkerPolicy } from "./worker-policy";

export interface NodeContext {
  readonly id: string;
  readonly store: ObjectStore;
  readonly sessions: SessionStore;
  readonly policy: WorkerPolicy;
  readonly executor: ModelExecutor | null;
  /** Shares, triples and envelope nonces. */
  readonly randomBytes: RandomBytes;
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
  /** Largest reply the link carries (a get above it is refused before the object is touched). */
  readonly maxReplyBytes: number;
}

export type Handler<B> = (ctx: NodeContext, sender: string, body: B) => ReplyBody | Promise<ReplyBody>;
