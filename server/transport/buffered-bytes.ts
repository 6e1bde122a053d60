/**
 * Bytes the coordinator has queued for a socket.io peer and the peer has not taken yet: the
 * packets engine.io holds while its transport waits for the last write to drain
 * (`socket.conn.writeBuffer`), plus what the websocket still holds (`ws.bufferedAmount`: its
 * sender's queue and the TCP socket's unwritten bytes). A peer that does not read makes this
 * grow once the kernel's buffers are full; the transport disconnects it past its bound.
 * These are engine.io and ws internals, read defensively: a missing piece counts as 0.
 */
function field(o: unknown, key: string): unknown {
  return typeof o === "object" && o !== null ? (o as Record<string, unknown>)[key] : undefined;
}

function packetBytes(packet: unknown): number {
  const data = field(packet, "data");
  if (typeof data === "string") return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

export function bufferedBytes(engineSocket: unknown): number {
  const queue = field(engineSocket, "writeBuffer");
  let total = 0;
  if (Array.isArray(queue)) for (const p of queue) total += packetBytes(p);
  const ws = field(field(engineSocket, "transport"), "socket");
  const amount = field(ws, "bufferedAmount");
  if (typeof amount === "number") total += amount;
  return total;
}

/** Drop a peer's TCP connection at once (ws terminate), freeing what was queued for it; a graceful close would wait for a peer that does not read. */
export function terminateSocket(engineSocket: unknown): void {
  const ws = field(field(engineSocket, "transport"), "socket");
  const terminate = field(ws, "terminate");
  if (typeof terminate === "function") terminate.call(ws);
}
