// The interoperability client's own pieces that the vectors do not pin: the input vectors of
// section 10 computed by hand, the frame reader's refusals (section 2), field-named decode errors.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { taskDigest } from "./client/canonical-json";
import { decodeEnvelope, encodeBody } from "./client/envelope-codec";
import { encodeFrames, FrameReader } from "./client/frames";
import { clipBound, clipUpdate, fitVector, statsVector } from "./client/input-vectors";
import { readTask } from "./client/task-view";
import type { Protection } from "./client/wire-types";

const BASE: Protection = {
  secureAggregation: "secagg+", clipNorm: 0, dpMode: "", noiseStd: 0, ringNoiseSigma2: 0, clipRange: 16, scale: 1000, weighted: true,
  maxExamples: 100, noiseMultiplier: 0, delta: 0, noiseShares: 0,
};
const META = { runId: "run-units", round: 0, messageId: 1, replyTo: 0, sender: "coordinator" };

describe("interop client: input vectors (section 10)", () => {
  it("fit: clipped to C, times w = c / max_examples, rounded to float32, encoded; then c and the loss word", () => {
    assert.equal(clipBound(BASE, 10, 1), 1, "the site's own bound is tighter");
    assert.equal(clipBound({ ...BASE, clipNorm: 0.5 }, 10, 1), 0.5);
    const clipped = clipUpdate([Float64Array.from([3]), Float64Array.from([-4])], 1);
    assert.deepEqual(clipped.map((t) => Array.from(t)), [[0.6000000000000001], [-0.8]]);
    // w = 50/100; 0.3 and -0.4 at scale 1000; count 50; loss 0.75 * 0.5 * 16 = 6.
    assert.deepEqual(Array.from(fitVector(clipped, BASE, 50, 0.75)), [300, 2 ** 32 - 400, 50, 6]);
    // Unweighted: w = c = 1; a loss above 4096 is capped; under DP the loss word is 0.
    assert.deepEqual(Array.from(fitVector(clipped, { ...BASE, weighted: false }, 50, 1e9)), [600, 2 ** 32 - 800, 1, 4096 * 16]);
    assert.equal(fitVector(clipped, { ...BASE, dpMode: "central" }, 50, 0.75)[3], 0);
    assert.equal(fitVector(clipped, BASE, 5000, 0)[2], 100, "the count is capped by max_examples");
  });

  it("stats: coarse q = round(v·S), fine r = round((v - q/S)·2SR·S), both clamped, then c", () => {
    const p = { ...BASE, weighted: false, clipRange: 1e8, scale: 4 };
    const words = Array.from(statsVector([1.3, -1.3], [2, 1e9], p, 10));
    // 1.3·4 = 5.2 -> 5, residual 0.05·2·4·1e8·4 = 1.6e8; -1.3 -> -5, -1.6e8; 2 -> 8, 0; 1e9 clamps at R·S = 4e8 (both words).
    assert.deepEqual(words, [5, 2 ** 32 - 5, 8, 4e8, 160_000_000, 2 ** 32 - 160_000_000, 0, 4e8, 1]);
    const S = p.scale;
    const decoded = (q: number, r: number): number => (q | 0) / S + (r | 0) / (2 * S * S * p.clipRange);
    assert.ok(Math.abs(decoded(words[0]!, words[4]!) - 1.3) < 1e-12);
    assert.ok(Math.abs(decoded(words[1]!, words[5]!) + 1.3) < 1e-12);
  });
});

describe("interop client: frames (section 2)", () => {
  const message = Buffer.from("a message of exactly thirty-two!");

  it("a message above the limit is reported once and its frames dropped; the next message is read", () => {
    const reader = new FrameReader(16);
    const events = encodeFrames(message, 1, 8).map((f) => reader.push(f).kind);
    assert.deepEqual(events, ["too-large", "dropped", "dropped", "dropped"]);
    const next = reader.push(encodeFrames(Buffer.from("small"), 2)[0]!);
    assert.ok(next.kind === "message" && next.bytes.toString() === "small" && next.streamId === 2);
  });

  it("frames out of order, a changed total, a short frame or a payload that does not add up break the connection", () => {
    const frames = encodeFrames(message, 1, 8);
    const outOfOrder = new FrameReader(1 << 20);
    outOfOrder.push(frames[0]!);
    assert.equal(outOfOrder.push(frames[2]!).kind, "broken");
    const changed = new FrameReader(1 << 20);
    changed.push(frames[0]!);
    const other = Buffer.from(frames[1]!);
    other.writeUInt32LE(33, 12);
    assert.equal(changed.push(other).kind, "broken");
    assert.equal(new FrameReader(1 << 20).push(Buffer.alloc(15)).kind, "broken");
    const short = encodeFrames(message, 1, 8)[3]!.subarray(0, 16 + 4);
    const reader = new FrameReader(1 << 20);
    frames.slice(0, 3).forEach((f) => reader.push(f));
    assert.equal(reader.push(short).kind, "broken");
  });
});

describe("interop client: decoding names the proto field that is wrong", () => {
  it("a participant id of 0, a nonce of 31 bytes, an IdSet that is not canonical", () => {
    const welcome = {
      protocolVersion: 2, workerId: "alice", runId: "run-units", task: "boston", maxMessageBytes: 1 << 20, taskJson: "{}", taskDigest: "00",
      participantId: 0, rounds: 1, nextRound: 1,
    };
    assert.throws(() => decodeEnvelope(encodeBody(META, "welcome", welcome)), /^MalformedMessage: welcome\.participant_id is 0, outside 1\.\.2\^31-1$/);
    const challenge = { protocolVersion: 2, runId: "run-units", nonce: Buffer.alloc(31), coordinatorKey: Buffer.alloc(32), signature: Buffer.alloc(64), federation: "dev" };
    assert.throws(() => decodeEnvelope(encodeBody(META, "challenge", challenge)), /challenge\.nonce holds 31 bytes, not 32/);
    const check = { protocol: "secagg+", consistencyCheck: { receiver: 1, survivors: { ranges: [1, 2, 3, 1] } } };
    assert.throws(() => decodeEnvelope(encodeBody(META, "secaggRequest", check)), /secagg_request\.consistency_check\.survivors\.ranges is not ascending, disjoint and non-adjacent/);
    assert.throws(() => decodeEnvelope(Buffer.from([0xff, 0xff])), /envelope does not decode/);
  });
});

describe("interop client: task descriptions (section 6, proto/vectors/task.json)", () => {
  it("the digest of each bundled description is the vector's, and the client reads its weights and model columns", () => {
    const tasks = JSON.parse(readFileSync(path.resolve(__dirname, "../../proto/vectors/task.json"), "utf8")) as Record<string, { taskJson: string; taskDigest: string }>;
    assert.ok(Object.keys(tasks).length >= 4);
    for (const [name, t] of Object.entries(tasks)) {
      assert.equal(taskDigest(t.taskJson), t.taskDigest, name);
      const view = readTask(t.taskJson);
      assert.ok(view.weights.length >= 2 && view.modelColumns.length >= view.features.length, name);
    }
  });
});
