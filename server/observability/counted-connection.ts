import type { Connection } from "../../shared/transport/transport";
import type { CoordinatorEvents } from "./coordinator-events";

/**
 * The proxy's handler: one object per connection, its send and onMessage made once. (Methods and
 * member assignments, not named closures: under tsx's keepNames every named closure carries a
 * property store of its own, about 240 bytes, and a coordinator of 10,000 sites holds these.)
 */
class Counting<C extends Connection> implements ProxyHandler<C> {
  readonly #send: (message: Uint8Array) => void;
  readonly #onMessage: (handler: (message: Uint8Array) => void) => void;

  constructor(connection: C, events: CoordinatorEvents, worker: () => string | undefined) {
    this.#send = (message) => {
      connection.send(message);
      events.bytes(bytesEvent("out", message.byteLength, worker()));
    };
    this.#onMessage = (handler) => connection.onMessage((message) => {
      events.bytes(bytesEvent("in", message.byteLength, worker()));
      handler(message);
    });
  }

  get(target: C, prop: string | symbol): unknown {
    if (prop === "send") return this.#send;
    if (prop === "onMessage") return this.#onMessage;
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  }
}

function bytesEvent(direction: "in" | "out", bytes: number, worker: string | undefined): { direction: "in" | "out"; bytes: number; worker?: string } {
  return worker !== undefined ? { direction, bytes, worker } : { direction, bytes };
}

/**
 * The connection as it is, reporting the bytes of every message sent ("out") and
 * received ("in") to the coordinator's observers. `worker` names the peer once it
 * is known (until then the bytes are counted without a name). Everything else the
 * connection has (a transport's own extras included) is the connection's own, untouched;
 * an oversized message dropped at its first frame is not counted as received.
 */
export function countedConnection<C extends Connection>(connection: C, events: CoordinatorEvents, worker: () => string | undefined): C {
  return new Proxy(connection, new Counting(connection, events, worker));
}
