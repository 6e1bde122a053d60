import type { Connection } from "../../shared/transport/transport";
import type { CoordinatorEvents } from "./coordinator-events";

/**
 * The connection as it is, reporting the bytes of every message sent ("out") and
 * received ("in") to the coordinator's observers. `worker` names the peer once it
 * is known (until then the bytes are counted without a name).
 */
export function countedConnection(connection: Connection, events: CoordinatorEvents, worker: () => string | undefined): Connection {
  const named = (): { worker?: string } => {
    const w = worker();
    return w !== undefined ? { worker: w } : {};
  };
  return {
    get peer() { return connection.peer; },
    get maxMessageBytes() { return connection.maxMessageBytes; },
    get closed() { return connection.closed; },
    send: (message) => {
      connection.send(message);
      events.bytes({ direction: "out", bytes: message.byteLength, ...named() });
    },
    onMessage: (handler) => connection.onMessage((message) => {
      events.bytes({ direction: "in", bytes: message.byteLength, ...named() });
      handler(message);
    }),
    // An oversized message was dropped as it arrived: its declared size is not counted as received.
    onOversized: (handler) => connection.onOversized(handler),
    onClose: (handler) => connection.onClose(handler),
    close: (reason) => connection.close(reason),
  };
}
