/**
 * The client's view of one worker: numbered requests over a SyftWorker link,
 * each an explicit async call with a deadline. A reply is matched to its
 * request by id; an Error reply rejects with a RemoteError, silence with a
 * WorkerTimeoutError, a link that cannot send with WorkerUnavailableError.
 * Nothing here runs unless called: no getter talks to the network.
 */
import type { RandomBytes } from "../crypto/random";
import { getLogger } from "../log/logger";
import { decodeReply, encodeRequest } from "./codec";
import { RemoteError, WorkerTimeoutError, WorkerUnavailableError } from "./errors";
import type { ObjectRef, ReplyBody, RequestBody } from "./messages";
import type { Timers } from "./timers";
import type { SyftWorker } from "./worker-link";

const log = getLogger("syft.client");

/** What every handle of one client shares: its name, clock, deadline and randomness. */
export interface ClientContext {
  readonly id: string;
  readonly timers: Timers;
  readonly timeoutMs: number;
  readonly randomBytes: RandomBytes;
  /** A fresh id for a sharing group or protocol session. */
  newId(prefix: string): string;
}

interface Pending {
  readonly resolve: (body: ReplyBody) => void;
  readonly reject: (err: Error) => void;
  readonly cancel: () => void;
}

export type ReplyOf<T extends ReplyBody["type"]> = Extract<ReplyBody, { type: T }>;

export class WorkerHandle {
  readonly id: string;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private boxKey: Uint8Array | null = null;

  constructor(readonly link: SyftWorker, readonly client: ClientContext, private readonly timeoutMs = client.timeoutMs) {
    this.id = link.id;
    link.onReceive((bytes) => this.onReply(bytes));
  }

  /** Requests in flight (for tests and diagnostics). */
  get inFlight(): number { return this.pending.size; }

  /** Sends `body`; resolves with the reply body, rejects on an Error reply, a timeout or a dead link. */
  request(body: RequestBody, timeoutMs = this.timeoutMs): Promise<ReplyBody> {
    const id = this.next;
    this.next = this.next >= 0xfffffffe ? 1 : this.next + 1;
    return new Promise<ReplyBody>((resolve, reject) => {
      const cancel = this.client.timers.schedule(timeoutMs, () => {
        if (!this.pending.delete(id)) return;
        reject(new WorkerTimeoutError(this.id, body.type, timeoutMs));
      });
      this.pending.set(id, { resolve, reject, cancel });
      try {
        this.link.send(encodeRequest({ id, sender: this.client.id, body }));
      } catch (err) {
        this.pending.delete(id);
        cancel();
        reject(new WorkerUnavailableError(this.id, err instanceof Error ? err.message : String(err)));
      }
    });
  }

  /** request(), checking that the reply has the expected type. */
  async expect<T extends ReplyBody["type"]>(body: RequestBody, type: T, timeoutMs?: number): Promise<ReplyOf<T>> {
    const reply = await this.request(body, timeoutMs);
    if (!isReply(reply, type)) throw new RemoteError(this.id, "MALFORMED", `answered ${body.type} with ${reply.type}, expected ${type}`);
    return reply;
  }

  /** request() for the requests that make an object: resolves with the new object's reference. */
  async makeObject(body: RequestBody, timeoutMs?: number): Promise<ObjectRef> {
    return (await this.expect(body, "object", timeoutMs)).ref;
  }

  /** The worker's box key, asked once (an explicit call: the first use talks to the worker). */
  async boxPublicKey(): Promise<Uint8Array> {
    if (this.boxKey === null) {
      const hello = await this.expect({ type: "hello" }, "hello");
      if (hello.workerId !== this.id) throw new RemoteError(this.id, "REFUSED", `answered hello as ${hello.workerId}; check which worker this address reaches`);
      this.boxKey = hello.boxPublicKey;
    }
    return this.boxKey;
  }

  toString(): string {
    return `<Worker ${this.id}>`;
  }

  private onReply(bytes: Uint8Array): void {
    let reply;
    try {
      reply = decodeReply(bytes);
    } catch (err) {
      log.warn("dropped a malformed reply", { worker: this.id, reason: err instanceof Error ? err.message : String(err) });
      return;
    }
    const p = this.pending.get(reply.requestId);
    if (p === undefined) {
      log.debug("dropped a reply to no pending request (late, after a timeout?)", { worker: this.id, requestId: reply.requestId });
      return;
    }
    this.pending.delete(reply.requestId);
    p.cancel();
    if (reply.body.type === "error") p.reject(new RemoteError(this.id, reply.body.code, reply.body.message));
    else p.resolve(reply.body);
  }
}

function isReply<T extends ReplyBody["type"]>(r: ReplyBody, type: T): r is ReplyOf<T> {
  return r.type === type;
}
