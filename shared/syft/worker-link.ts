/**
 * The two methods a worker needs (PySyft's send and receive): hand it one
 * encoded request, and be told of each encoded reply. Everything above (ids,
 * deadlines, typed replies) is WorkerHandle's; everything below is the
 * transport's. Three implementations: VirtualWorker (in process, every
 * message still encoded and copied), connectionWorker (a websocket worker over
 * the project's Connection) and whatever a test needs (a worker that never
 * answers).
 */
import type { Connection } from "../transport/transport";
import { getLogger } from "../log/logger";
import { encodeReply, requestIdOf } from "./codec";
import { WorkerNode, type WorkerNodeOptions } from "./node/worker-node";
import { MessageTooLargeError } from "../transport/transport";

const log = getLogger("syft.link");

export interface SyftWorker {
  readonly id: string;
  /** Sends one encoded request; throws when it cannot be sent (a closed link). */
  send(message: Uint8Array): void;
  /** Registers the handler of the worker's encoded replies. */
  onReceive(handler: (message: Uint8Array) => void): void;
}

/**
 * A worker in this process: a WorkerNode behind a link that copies every
 * request and reply, so nothing is shared by reference and the whole wire
 * format is exercised. `link()` opens another link for a second client.
 */
export class VirtualWorker implements SyftWorker {
  readonly node: WorkerNode;
  private readonly first: SyftWorker;

  constructor(readonly id: string, options: WorkerNodeOptions = {}) {
    this.node = new WorkerNode(id, options);
    this.first = this.link();
  }

  send(message: Uint8Array): void { this.first.send(message); }
  onReceive(handler: (message: Uint8Array) => void): void { this.first.onReceive(handler); }

  link(): SyftWorker {
    const handlers: ((m: Uint8Array) => void)[] = [];
    const node = this.node;
    return {
      id: this.id,
      send(message: Uint8Array): void {
        const copy = message.slice();
        void node.handle(copy).then((reply) => {
          for (const h of handlers) h(reply.slice());
        });
      },
      onReceive(handler: (m: Uint8Array) => void): void { handlers.push(handler); },
    };
  }
}

/** A remote worker reached over a Connection (the client's side of a websocket). */
export function connectionWorker(id: string, connection: Connection): SyftWorker {
  return {
    id,
    send: (message) => connection.send(message),
    onReceive: (handler) => connection.onMessage(handler),
  };
}

/**
 * Serves a WorkerNode on a Connection (the worker's side of a websocket):
 * each message is one request, each answer one reply. A reply too large for
 * the connection is replaced by an error reply saying so.
 */
export function serveSyft(connection: Connection, node: WorkerNode): void {
  const reply = (bytes: Uint8Array): void => {
    if (!connection.closed) connection.send(bytes);
  };
  connection.onMessage((message) => {
    void node.handle(message).then((bytes) => {
      try {
        reply(bytes);
      } catch (err) {
        if (err instanceof MessageTooLargeError) {
          log.warn("a reply is above the connection's limit", { worker: node.id, peer: connection.peer, bytes: err.bytes, limit: err.limit });
          reply(encodeReply({ requestId: requestIdOf(message), body: { type: "error", code: "OUT_OF_RANGE", message: err.message } }));
        } else {
          log.warn("could not send a reply", { worker: node.id, peer: connection.peer, reason: err instanceof Error ? err.message : String(err) });
        }
      }
    });
  });
  connection.onOversized((bytes) => log.warn("dropped an oversized request", { worker: node.id, peer: connection.peer, bytes }));
}
