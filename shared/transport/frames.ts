/**
 * Framing of messages on a socket.io connection (docs/protocol.md, "Transport"): a message
 * travels as one or more frames, each a 16-byte header of four little-endian uint32 — stream
 * id, frame index (from 0), frame count, total message bytes — followed by the frame's part of
 * the message (at most `frameBytes`, any size is fine). Stream ids start at 1 and strictly
 * increase per connection and direction; a sender writes one message's frames back to back.
 * The receiver judges size from the declared total, exactly, at the first frame, before it
 * buffers anything, and checks the frames add up to it.
 */
export const FRAME_HEADER_BYTES = 16;

export function splitIntoFrames(message: Uint8Array, streamId: number, frameBytes: number): Uint8Array[] {
  const count = Math.max(1, Math.ceil(message.byteLength / frameBytes));
  const frames: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const payload = message.subarray(i * frameBytes, Math.min(message.byteLength, (i + 1) * frameBytes));
    const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.byteLength);
    const view = new DataView(frame.buffer);
    view.setUint32(0, streamId, true);
    view.setUint32(4, i, true);
    view.setUint32(8, count, true);
    view.setUint32(12, message.byteLength, true);
    frame.set(payload, FRAME_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
}

export type FrameEvent =
  | { kind: "message"; message: Uint8Array }
  | { kind: "partial" }
  /** The message was refused whole at its first frame; its other frames are dropped unbuffered. */
  | { kind: "oversized"; declaredBytes: number }
  /** A broken framing rule: the connection cannot be trusted to stay in step and is closed. */
  | { kind: "malformed"; reason: string };

interface Stream { readonly id: number; readonly count: number; readonly total: number; parts: Uint8Array[]; bytes: number; next: number }

export class FrameAssembler {
  private current: Stream | null = null;
  /** The stream refused as oversized: its later frames are dropped silently. */
  private refused: { id: number; count: number } | null = null;
  private lastStream = 0;

  constructor(private readonly maxMessageBytes: number, private readonly frameBytes: number) {}

  push(frame: Uint8Array): FrameEvent {
    if (frame.byteLength < FRAME_HEADER_BYTES) return { kind: "malformed", reason: `a frame of ${frame.byteLength} bytes is shorter than its ${FRAME_HEADER_BYTES}-byte header` };
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const streamId = view.getUint32(0, true);
    const index = view.getUint32(4, true);
    const count = view.getUint32(8, true);
    const total = view.getUint32(12, true);
    const payload = frame.subarray(FRAME_HEADER_BYTES);
    if (count === 0 || index >= count) return { kind: "malformed", reason: `frame index ${index} of a count of ${count} is out of range` };
    if (payload.byteLength > this.frameBytes) return { kind: "malformed", reason: `a frame carries ${payload.byteLength} bytes, above the frame size ${this.frameBytes}` };
    if (count > Math.max(1, total)) return { kind: "malformed", reason: `a message of ${total} bytes cannot take ${count} frames` };
    if (index === 0) return this.start(streamId, count, total, payload);
    if (this.refused !== null && this.refused.id === streamId) {
      if (index === this.refused.count - 1) this.refused = null;
      return { kind: "partial" };
    }
    const s = this.current;
    if (s === null || s.id !== streamId || s.count !== count || s.total !== total || s.next !== index) {
      this.current = null;
      return { kind: "malformed", reason: `frame ${index} of stream ${streamId} arrived out of order` };
    }
    return this.add(s, payload);
  }

  private start(streamId: number, count: number, total: number, payload: Uint8Array): FrameEvent {
    if (streamId <= this.lastStream) {
      return { kind: "malformed", reason: `stream id ${streamId} does not increase (the previous was ${this.lastStream}); stream ids start at 1 and are never reused` };
    }
    this.lastStream = streamId;
    // A sender writes a message's frames back to back, so at most one stream is ever unfinished:
    // a new one abandons the other (bounded memory whatever a peer sends).
    this.current = null;
    this.refused = null;
    if (total > this.maxMessageBytes) {
      if (count > 1) this.refused = { id: streamId, count };
      return { kind: "oversized", declaredBytes: total };
    }
    const s: Stream = { id: streamId, count, total, parts: [], bytes: 0, next: 0 };
    this.current = s;
    return this.add(s, payload);
  }

  private add(s: Stream, payload: Uint8Array): FrameEvent {
    s.bytes += payload.byteLength;
    if (s.bytes > s.total) {
      this.current = null;
      return { kind: "malformed", reason: `stream ${s.id} carries more than the ${s.total} bytes its header declared` };
    }
    s.next++;
    if (s.next < s.count) {
      s.parts.push(payload.slice());
      return { kind: "partial" };
    }
    this.current = null;
    if (s.bytes !== s.total) return { kind: "malformed", reason: `stream ${s.id} ended with ${s.bytes} bytes but its header declared ${s.total}` };
    if (s.parts.length === 0) return { kind: "message", message: payload.slice() };
    const message = new Uint8Array(s.total);
    let offset = 0;
    for (const p of s.parts) { message.set(p, offset); offset += p.byteLength; }
    message.set(payload, offset);
    return { kind: "message", message };
  }
}
