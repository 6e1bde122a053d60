import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import type { Body, Message } from "../../shared/protocol/messages";
import type { Connection } from "../../shared/transport/transport";
import { waitFor } from "./wait-for";

/** A hand-driven peer for attack tests: sends whatever bodies it is told, records every decoded message it gets. */
export class RawPeer {
  readonly received: Message[] = [];
  private nextId = 1;
  runId = "";

  constructor(readonly connection: Connection, readonly sender: string) {
    connection.onMessage((bytes) => {
      const m = decodeMessage(bytes);
      if (m.body.type === "challenge") this.runId = m.body.runId;
      this.received.push(m);
    });
  }

  send(body: Body, meta: Partial<Message["meta"]> = {}): number {
    const messageId = meta.messageId ?? this.nextId++;
    this.connection.send(encodeMessage({ meta: { runId: this.runId, round: 0, messageId, replyTo: 0, sender: this.sender, ...meta }, body }));
    return messageId;
  }

  async next<T extends Body["type"]>(type: T, timeoutMs = 5_000): Promise<Extract<Body, { type: T }>> {
    let found: Message | undefined;
    await waitFor(() => (found = this.received.find((m) => m.body.type === type)) !== undefined, `a ${type} message`, timeoutMs);
    this.received.splice(this.received.indexOf(found!), 1);
    return found!.body as Extract<Body, { type: T }>;
  }
}
