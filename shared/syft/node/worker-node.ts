/**
 * A syft worker's runtime: its object store, open sessions, box key pair,
 * policy and (optional) model executor, answering encoded requests with
 * encoded replies. The same code serves a VirtualWorker (in process) and a
 * websocket worker (serveSyft over a Connection). Every request is decoded
 * and validated first; every failure becomes an Error reply with a code and a
 * sentence, and the worker keeps serving.
 */
import { systemRandomBytes, type RandomBytes } from "../../crypto/random";
import { x25519KeyPair } from "../../crypto/x25519";
import { getLogger } from "../../log/logger";
import { decodeRequest, encodeReply, requestIdOf } from "../codec";
import { SyftError } from "../errors";
import type { ModelExecutor } from "../executor";
import type { ReplyBody, Request } from "../messages";
import { handleBeaverClose, handleBeaverOpen, handleTruncClose, handleTruncOpen } from "./mpc-handlers";
import { handleFit, handleParameters, handleSetParameters, handleStoreModel } from "./model-handlers";
import type { NodeContext } from "./node-context";
import { handleDelete, handleEncode, handleGet, handleHello, handleStore, handleStoreShare } from "./object-handlers";
import { ObjectStore } from "./object-store";
import { handleOp } from "./op-handler";
import { handleTriple, handleTruncationPair } from "./provider-handlers";
import { SessionStore } from "./sessions";
import { handleShareOut, handleStoreSealed } from "./share-handlers";
import type { WorkerPolicy } from "./worker-policy";

const log = getLogger("syft.worker");

export interface WorkerNodeOptions {
  readonly policy?: WorkerPolicy;
  readonly executor?: ModelExecutor;
  /** Randomness for shares, triples, keys and nonces (default: node:crypto). Seed it only in tests. */
  readonly randomBytes?: RandomBytes;
  readonly maxObjects?: number;
  readonly maxSessions?: number;
  /** Largest reply the worker's link carries (serveSyft: the connection's limit); default unlimited. */
  readonly maxReplyBytes?: number;
}

export class WorkerNode {
  readonly id: string;
  readonly store: ObjectStore;
  readonly sessions: SessionStore;
  private readonly ctx: NodeContext;

  constructor(id: string, options: WorkerNodeOptions = {}) {
    if (!(id.length >= 1 && id.length <= 100)) throw new RangeError(`a worker id has 1 to 100 characters, got ${JSON.stringify(id)}`);
    const randomBytes = options.randomBytes ?? systemRandomBytes;
    const keys = x25519KeyPair(randomBytes);
    this.id = id;
    this.store = new ObjectStore(id, options.maxObjects);
    this.sessions = new SessionStore(id, options.maxSessions);
    this.ctx = { id, store: this.store, sessions: this.sessions, policy: options.policy ?? {}, executor: options.executor ?? null,
      randomBytes, secretKey: keys.secretKey, publicKey: keys.publicKey, maxReplyBytes: options.maxReplyBytes ?? Number.POSITIVE_INFINITY };
  }

  get boxPublicKey(): Uint8Array { return this.ctx.publicKey; }

  /** One encoded request in, one encoded reply out. Never rejects. */
  async handle(bytes: Uint8Array): Promise<Uint8Array> {
    let request: Request;
    try {
      request = decodeRequest(bytes);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log.warn("refused a malformed request", { worker: this.id, reason: message });
      return encodeReply({ requestId: requestIdOf(bytes), body: { type: "error", code: "MALFORMED", message } });
    }
    let body: ReplyBody;
    try {
      body = await this.dispatch(request);
    } catch (err) {
      const code = err instanceof SyftError ? err.code : "INTERNAL";
      const message = err instanceof Error ? err.message : String(err);
      if (code === "INTERNAL") log.error("a request failed", { worker: this.id, request: request.body.type, sender: request.sender, reason: message });
      else log.debug("refused a request", { worker: this.id, request: request.body.type, sender: request.sender, code, reason: message });
      body = { type: "error", code, message: message.slice(0, 4096) };
    }
    return encodeReply({ requestId: request.id, body });
  }

  private dispatch(r: Request): ReplyBody | Promise<ReplyBody> {
    const { ctx } = this;
    const s = r.sender;
    const b = r.body;
    switch (b.type) {
      case "hello": return handleHello(ctx, s, b);
      case "store": return handleStore(ctx, s, b);
      case "storeShare": return handleStoreShare(ctx, s, b);
      case "get": return handleGet(ctx, s, b);
      case "delete": return handleDelete(ctx, s, b);
      case "op": return handleOp(ctx, s, b);
      case "encode": return handleEncode(ctx, s, b);
      case "shareOut": return handleShareOut(ctx, s, b);
      case "storeSealed": return handleStoreSealed(ctx, s, b);
      case "triple": return handleTriple(ctx, s, b);
      case "truncationPair": return handleTruncationPair(ctx, s, b);
      case "beaverOpen": return handleBeaverOpen(ctx, s, b);
      case "beaverClose": return handleBeaverClose(ctx, s, b);
      case "truncOpen": return handleTruncOpen(ctx, s, b);
      case "truncClose": return handleTruncClose(ctx, s, b);
      case "storeModel": return handleStoreModel(ctx, s, b);
      case "fit": return handleFit(ctx, s, b);
      case "parameters": return handleParameters(ctx, s, b);
      case "setParameters": return handleSetParameters(ctx, s, b);
    }
  }
}
