import type { Connection } from "../../shared/transport/transport";
import type { CoordinatorEvents } from "./coordinator-events";

/**
 * The connection as it is, reporting the bytes of every message sent ("out") and
 * received ("in") to the coordinator's observers. `worker` names the peer once it
 * is known (until then the bytes are counted without a name). Everything else the
 * connection has (a transport's own extras included) is the connection's own, untouched;
 * an oversized message dropped at its first frame is not counted as received.
 */
export function countedConnection<C extends Connection>(connection: C, events: CoordinatorEvents, worker: () => string | undefined): C {
  const named = (): { worker?: string } => {
    const w = worker();
    return w !== undefined ? { worker: w } : {};
  };
  const send = (message: Uint8Array): void => {
    connection.send(message);
    events.bytes({ direction: "out", bytes: message.byteLength, ...named() });
  };
  const onMessage = (handler: (message: Uint8Array) => void): void => connection.onMessage((message) => {
    events.bytes({ direction: "in", bytes: message.byteLength, ...named() });
    handler(message);
  });
  return new Proxy(connection, {
    get(target, prop) {
      if (prop === "send") return send;
      if (prop === "onMessage") return onMessage;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
