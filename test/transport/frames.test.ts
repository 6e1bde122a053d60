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
    // the abandoned streams' later frames are out of order now
    assert.equal(asm.push(splitIntoFrames(bytes(1000), 10, 100)[1]!).kind, "malformed");
    const whole = splitIntoFrames(bytes(250), 99, 100).map((f) => asm.push(f));
    assert.equal(whole[whole.length - 1]!.kind, "message");
  });

  it("judges size from the declared total, so frames smaller than the frame size are fine (protocol finding B1)", () => {
    const asm = new FrameAssembler(200_000, 512 * 1024);
    const message = bytes(151_000);
    const events = splitIntoFrames(message, 1, 64 * 1024).map((f) => asm.push(f));
    assert.deepEqual(events.slice(0, -1).map((e) => e.kind), ["partial", "partial"]);
    const last = events[events.length - 1]!;
    assert.ok(last.kind === "message" && last.message.length === message.length);
    const tiny = splitIntoFrames(bytes(55), 2, 7).map((f) => asm.push(f));
    assert.equal(tiny[tiny.length - 1]!.kind, "message");
    const over = asm.push(splitIntoFrames(bytes(200_001), 3, 64 * 1024)[0]!);
    assert.deepEqual(over, { kind: "oversized", declaredBytes: 200_001 });
  });

  it("refuses a reused or decreasing stream id, even after an oversized message (protocol finding B12)", () => {
    const asm = new FrameAssembler(1000, 100);
    assert.equal(asm.push(splitIntoFrames(bytes(5000), 4, 100)[0]!).kind, "oversized");
    const again = asm.push(splitIntoFrames(bytes(10), 4, 100)[0]!);
    assert.equal(again.kind, "malformed");
    assert.match(again.kind === "malformed" ? again.reason : "", /stream id 4 does not increase/);
    assert.equal(asm.push(splitIntoFrames(bytes(10), 5, 100)[0]!).kind, "message");
  });

  it("flags malformed frames: short, out of order, lying about their total", () => {
    const asm = new FrameAssembler(1000, 100);
    assert.equal(asm.push(new Uint8Array(3)).kind, "malformed");
    const frames = splitIntoFrames(bytes(300), 1, 100);
    asm.push(frames[0]!);
    assert.equal(asm.push(frames[2]!).kind, "malformed");
    const lying = splitIntoFrames(bytes(300), 2, 100);
    new DataView(lying[2]!.buffer).setUint32(12, 250, true);
    asm.push(lying[0]!);
    asm.push(lying[1]!);
    assert.equal(asm.push(lying[2]!).kind, "malformed", "a total that changes mid-message");
    const short = splitIntoFrames(bytes(10), 3, 100)[0]!;
    new DataView(short.buffer).setUint32(12, 20, true);
    assert.equal(asm.push(short).kind, "malformed", "fewer bytes than declared");
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
