import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import type { Message } from "../../shared/protocol/messages";
import type { Connection } from "../../shared/transport/transport";

/**
 * A malicious coordinator for attack tests: the project's own coordinator, with every message
 * it sends decoded, rewritten (or dropped: null) by `rewrite`, and encoded again. It can say
 * anything the real one could say, so whatever the workers refuse, they refuse on their own.
 */
export function tamperOutgoing(connection: Connection, rewrite: (m: Message) => Message | null): Connection {
  const send = connection.send.bind(connection);
  connection.send = (bytes: Uint8Array): void => {
    const out = rewrite(decodeMessage(bytes));
    if (out !== null) send(encodeMessage(out));
  };
  return connection;
}
