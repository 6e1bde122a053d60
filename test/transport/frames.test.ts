import assert from "node:assert/strict";
import { FrameAssembler, splitIntoFrames } from "../../shared/transport/frames";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { MessageTooLargeError } from "../../shared/transport/transport";
import { waitFor } from "../support/wait-for";

function bytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
}

describe("frames", () => {
  it("splits and reassembles messages of many sizes exactly", () => {
    for (const n of [0, 1, 99, 100, 101, 1000, 12345]) {
      const asm = new FrameAssembler(1 << 20, 100);
      const message = bytes(n);
      const frames = splitIntoFrames(message, 5, 100);
      assert.equal(frames.length, Math.max(1, Math.ceil(n / 100)));
      let out: Uint8Array | null = null;
      for (const f of frames) {
        const ev = asm.push(f);
        if (ev.kind === "message") out = ev.message;
        else assert.equal(ev.kind, "partial");
      }
      assert.deepEqual(out, message);
    }
  });

  it("refuses a stream above the limit from its first frame and recovers for the next message", () => {
    const asm = new FrameAssembler(1000, 100);
    const frames = splitIntoFrames(bytes(5000), 1, 100);
    const first = asm.push(frames[0]!);
    assert.equal(first.kind, "oversized");
    for (const f of frames.slice(1)) assert.equal(asm.push(f).kind, "partial");
    const ok = splitIntoFrames(bytes(300), 2, 100).map((f) => asm.push(f));
    assert.equal(ok[ok.length - 1]!.kind, "message");
  });

  it("keeps at most one unfinished message: a new one abandons it, so a peer cannot pile up buffers", () => {
    const asm = new FrameAssembler(1 << 20, 100);
    for (let stream = 1; stream <= 50; stream++) asm.push(splitIntoFrames(bytes(1000), stream, 100)[0]!);
    assert.equal((asm as unknown as { streams: Map<number, unknown> }).streams.size, 1);
    const whole = splitIntoFrames(bytes(250), 99, 100).map((f) => asm.push(f));
    assert.equal(whole[whole.length - 1]!.kind, "message");
  });

  it("flags malformed frames", () => {
    const asm = new FrameAssembler(1000, 100);
    assert.equal(asm.push(new Uint8Array(3)).kind, "malformed");
    const frames = splitIntoFrames(bytes(300), 1, 100);
    asm.push(frames[0]!);
    assert.equal(asm.push(frames[2]!).kind, "malformed");
  });
});

describe("memory transport", () => {
  it("delivers copies asynchronously, enforces the sender's limit, and reports oversized inbound", async () => {
    const [a, b] = createMemoryPair("w", { maxMessageBytes: 100, workerMaxMessageBytes: 1000 });
    const got: Uint8Array[] = [];
    const oversized: number[] = [];
    a.onMessage((m) => got.push(m));
    a.onOversized((n) => oversized.push(n));
    const m = bytes(50);
    b.send(m);
    assert.equal(got.length, 0, "delivery is asynchronous");
    await waitFor(() => got.length === 1, "delivery");
    assert.deepEqual(got[0], m);
    assert.notEqual(got[0]!.buffer, m.buffer);
    b.send(bytes(500));
    await waitFor(() => oversized.length === 1, "oversized report");
    assert.equal(oversized[0], 500);
    assert.throws(() => b.send(bytes(2000)), MessageTooLargeError);
    const reasons: string[] = [];
    a.onClose((r) => reasons.push(r));
    b.close();
    await waitFor(() => reasons.length === 1, "close");
    assert.ok(a.closed);
  });
});
