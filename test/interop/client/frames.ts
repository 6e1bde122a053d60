// The frame layer of docs/protocol.md section 2: a 16-byte header of four little-endian uint32
// (stream id, frame index, frame count, total), then at most 512 KiB of payload.

export const FRAME_PAYLOAD_BYTES = 524_288;
export const HEADER_BYTES = 16;

export function encodeFrames(message: Uint8Array, streamId: number, frameBytes = FRAME_PAYLOAD_BYTES): Buffer[] {
  const total = message.length;
  const count = Math.max(1, Math.ceil(total / frameBytes));
  const frames: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(streamId, 0);
    header.writeUInt32LE(index, 4);
    header.writeUInt32LE(count, 8);
    header.writeUInt32LE(total, 12);
    frames.push(Buffer.concat([header, message.subarray(index * frameBytes, (index + 1) * frameBytes)]));
  }
  return frames;
}

export type FrameEvent =
  | { kind: "message"; streamId: number; bytes: Buffer }
  | { kind: "partial" }
  | { kind: "too-large"; streamId: number; total: number }
  | { kind: "dropped" }
  | { kind: "broken"; reason: string };

interface Open { streamId: number; count: number; total: number; next: number; parts: Buffer[]; received: number; discard: boolean }

/** Reassembles one direction of a connection; "broken" means the connection must close. */
export class FrameReader {
  private lastStream = 0;
  private open: Open | null = null;

  constructor(private readonly maxMessageBytes: number) {}

  push(frame: Uint8Array): FrameEvent {
    if (frame.length < HEADER_BYTES) return { kind: "broken", reason: `a frame of ${frame.length} bytes is shorter than its header` };
    const b = Buffer.from(frame);
    const streamId = b.readUInt32LE(0);
    const index = b.readUInt32LE(4);
    const count = b.readUInt32LE(8);
    const total = b.readUInt32LE(12);
    const payload = b.subarray(HEADER_BYTES);
    if (payload.length > FRAME_PAYLOAD_BYTES) return { kind: "broken", reason: `a frame payload of ${payload.length} bytes is above 512 KiB` };
    if (this.open === null) {
      if (index !== 0) return { kind: "broken", reason: `stream ${streamId} starts at frame ${index}, not 0` };
      if (streamId <= this.lastStream) return { kind: "broken", reason: `stream id ${streamId} does not increase (last ${this.lastStream})` };
      if (count < 1 || count > Math.max(1, total)) return { kind: "broken", reason: `frame count ${count} is out of range for a total of ${total}` };
      this.lastStream = streamId;
      const discard = total > this.maxMessageBytes;
      this.open = { streamId, count, total, next: 0, parts: [], received: 0, discard };
      const first = this.accept(this.open, payload);
      return discard && first.kind !== "broken" ? { kind: "too-large", streamId, total } : first;
    } else {
      const o = this.open;
      if (streamId !== o.streamId || index !== o.next || count !== o.count || total !== o.total) {
        return { kind: "broken", reason: `frame (${streamId}, ${index}/${count}, ${total}) is out of order or changes its message` };
      }
    }
    return this.accept(this.open, payload);
  }

  private accept(o: Open, payload: Buffer): FrameEvent {
    o.next += 1;
    o.received += payload.length;
    if (!o.discard) o.parts.push(payload);
    if (o.received > o.total) return { kind: "broken", reason: `stream ${o.streamId} carries more than its total of ${o.total} bytes` };
    if (o.next < o.count) return o.discard ? { kind: "dropped" } : { kind: "partial" };
    this.open = null;
    if (o.received !== o.total) return { kind: "broken", reason: `stream ${o.streamId} carries ${o.received} bytes, not its total of ${o.total}` };
    return o.discard ? { kind: "dropped" } : { kind: "message", streamId: o.streamId, bytes: Buffer.concat(o.parts) };
  }
}
