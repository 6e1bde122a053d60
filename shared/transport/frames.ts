/**
 * Framing of large messages: a message travels as one or more frames, each a
 * 12-byte header (stream id, frame index, frame count, little-endian uint32)
 * followed by at most `frameBytes` of payload. The assembler enforces the
 * receiver's size limit from the header of the first frame, before buffering.
 */
export const FRAME_HEADER_BYTES = 12;

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
    frame.set(payload, FRAME_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
}

export type FrameEvent =
  | { kind: "message"; message: Uint8Array }
  | { kind: "partial" }
  | { kind: "oversized"; declaredBytes: number }
  | { kind: "malformed"; reason: string };

interface Stream { parts: Uint8Array[]; count: number; bytes: number }

export class FrameAssembler {
  private readonly streams = new Map<number, Stream>();
  /** Streams already refused as oversized: their later frames are dropped silently. */
  private readonly refused = new Set<number>();

  constructor(private readonly maxMessageBytes: number, private readonly frameBytes: number) {}

  push(frame: Uint8Array): FrameEvent {
    if (frame.byteLength < FRAME_HEADER_BYTES) return { kind: "malformed", reason: `a frame of ${frame.byteLength} bytes is shorter than its header` };
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const streamId = view.getUint32(0, true);
    const index = view.getUint32(4, true);
    const count = view.getUint32(8, true);
    const payload = frame.subarray(FRAME_HEADER_BYTES);
    if (count === 0 || index >= count) return { kind: "malformed", reason: `frame ${index} of ${count} is out of range` };
    if (payload.byteLength > this.frameBytes) return { kind: "malformed", reason: `a frame carries ${payload.byteLength} bytes, above the frame size ${this.frameBytes}` };
    if (this.refused.has(streamId)) {
      if (index === count - 1) this.refused.delete(streamId);
      return { kind: "partial" };
    }
    let stream = this.streams.get(streamId);
    if (index === 0) {
      // A sender writes a message's frames back to back, so at most one stream is ever unfinished:
      // a new one abandons the others (bounded memory whatever a peer sends).
      this.streams.clear();
      this.refused.clear();
      const declared = count * this.frameBytes;
      if (count > 1 && (count - 1) * this.frameBytes >= this.maxMessageBytes) {
        if (count > 1) this.refused.add(streamId);
        return { kind: "oversized", declaredBytes: declared };
      }
      if (count === 1) {
        if (payload.byteLength > this.maxMessageBytes) return { kind: "oversized", declaredBytes: payload.byteLength };
        return { kind: "message", message: payload };
      }
      stream = { parts: [], count, bytes: 0 };
      this.streams.set(streamId, stream);
    }
    if (!stream || stream.count !== count || stream.parts.length !== index) {
      this.streams.delete(streamId);
      return { kind: "malformed", reason: `frame ${index} of stream ${streamId} arrived out of order` };
    }
    stream.parts.push(payload.slice());
    stream.bytes += payload.byteLength;
    if (stream.bytes > this.maxMessageBytes) {
      this.streams.delete(streamId);
      if (index < count - 1) this.refused.add(streamId);
      return { kind: "oversized", declaredBytes: stream.bytes };
    }
    if (index < count - 1) return { kind: "partial" };
    this.streams.delete(streamId);
    const message = new Uint8Array(stream.bytes);
    let offset = 0;
    for (const p of stream.parts) { message.set(p, offset); offset += p.byteLength; }
    return { kind: "message", message };
  }
}
