import assert from "node:assert/strict";
import { conclave } from "../../shared/protocol/generated/conclave";
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { ProtocolError, type Message } from "../../shared/protocol/messages";
import { updateProblem } from "../../shared/protocol/validate-update";

const meta = { runId: "run-1", round: 3, messageId: 7, replyTo: 0, sender: "coordinator" };
const weights = [
  { name: "dense_0/kernel", shape: [2, 3], values: Float32Array.from([1, -2, 3.5, 1e-8, -0, 65504]) },
  { name: "dense_0/bias", shape: [3], values: Float32Array.from([0.1, 0.2, 0.3]) },
];

function roundTrip(m: Message): Message {
  return decodeMessage(encodeMessage(m));
}

describe("protocol codec", () => {
  it("round-trips a RoundStart with tensors bit for bit, into fresh aligned buffers", () => {
    const m: Message = { meta, body: { type: "roundStart", weights, deadlineMs: 5000, standardisation: { mean: [1.5, -2], std: [0.5, 3] },
      train: { optimizer: "sgd", learningRate: 0.001, batchSize: 8, localEpochs: 1, seed: 42 },
      protection: { secureAggregation: "secagg+", clipNorm: 1.5, dpMode: "distributed", noiseStd: 0, ringNoiseSigma2: 12.5, clipRange: 4, scale: 1024, weighted: true, maxExamples: 500 } } };
    const back = roundTrip(m);
    assert.deepEqual(back.meta, meta);
    assert.equal(back.body.type, "roundStart");
    if (back.body.type !== "roundStart") return;
    assert.equal(back.body.weights.length, 2);
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(back.body.weights[i]!.shape, weights[i]!.shape);
      assert.deepEqual(Array.from(back.body.weights[i]!.values), Array.from(weights[i]!.values));
      assert.equal(back.body.weights[i]!.values.byteOffset, 0, "decoded tensors start an aligned buffer");
    }
    assert.equal(back.body.protection.dpMode, "distributed");
    assert.equal(back.body.train.learningRate, 0.001);
    assert.deepEqual(back.body.standardisation, { mean: [1.5, -2], std: [0.5, 3] });
  });

  it("carries tensors as raw bytes: a 1000-float tensor costs about 4000 bytes", () => {
    const big = { name: "w", shape: [1000], values: new Float32Array(1000).fill(0.5) };
    const bytes = encodeMessage({ meta, body: { type: "evaluateRequest", weights: [big], standardisation: null } });
    assert.ok(bytes.byteLength >= 4000 && bytes.byteLength < 4100, `encoded size ${bytes.byteLength}`);
  });

  it("round-trips every body type", () => {
    const bodies: Message["body"][] = [
      { type: "join", protocolVersion: 1, workerName: "hospital-a", capabilities: ["secagg+"], backend: "wasm", numExamples: 10, task: "boston", identityKey: new Uint8Array(32).fill(7) },
      { type: "welcome", protocolVersion: 1, workerId: "hospital-a", runId: "r", task: "boston", maxMessageBytes: 1000 },
      { type: "trainResult", update: weights, numExamples: 12, metrics: { loss: 0.25 }, trainSeconds: 1.5 },
      { type: "evaluateResult", numExamples: 4, loss: 2, metrics: { accuracy: 0.75 } },
      { type: "error", code: "MESSAGE_TOO_LARGE", message: "too big" },
      { type: "bye", reason: "done" },
    ];
    for (const body of bodies) {
      const back = roundTrip({ meta, body });
      assert.equal(back.body.type, body.type);
      if (body.type === "join" && back.body.type === "join") assert.deepEqual(Array.from(back.body.identityKey), Array.from(body.identityKey));
      if (body.type === "error" && back.body.type === "error") assert.equal(back.body.code, "MESSAGE_TOO_LARGE");
      if (body.type === "evaluateResult" && back.body.type === "evaluateResult") assert.deepEqual(back.body.metrics, { accuracy: 0.75 });
    }
  });

  it("rejects garbage, a missing meta, and a tensor whose bytes do not match its shape", () => {
    assert.throws(() => decodeMessage(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])), (e: unknown) => e instanceof ProtocolError && e.code === "MALFORMED_MESSAGE");
    const noMeta = conclave.v1.Envelope.encode({ bye: { reason: "x" } }).finish();
    assert.throws(() => decodeMessage(noMeta), /no meta/);
    const badTensor = conclave.v1.Envelope.encode({ meta, evaluateRequest: { weights: [{ name: "w", shape: [3], dtype: conclave.v1.DType.FLOAT32, data: new Uint8Array(8) }] } }).finish();
    assert.throws(() => decodeMessage(badTensor), /has 8 bytes of data but shape \[3\] needs 12/);
    const noBody = conclave.v1.Envelope.encode({ meta }).finish();
    assert.throws(() => decodeMessage(noBody), /no body/);
  });

  it("rejects out-of-range fields with the field's name", () => {
    const bad = conclave.v1.Envelope.encode({ meta, roundStart: { weights: [], deadlineMs: 1,
      train: { optimizer: "rmsprop", learningRate: 0.1, batchSize: 8, localEpochs: 1, seed: 1 },
      protection: { secureAggregation: "none" } } }).finish();
    assert.throws(() => decodeMessage(bad), /train\.optimizer must be one of sgd, adam/);
  });
});

describe("secure-aggregation messages", () => {
  function advertise(participants: number[]): Message {
    return { meta, body: { type: "secaggRequest", protocol: "secagg+", roster: [{ id: 2, identityKey: new Uint8Array(32).fill(9) }],
      request: { stage: "AdvertiseKeys", round: 3, receiver: 1, participants, neighbors: 2, threshold: 2, vectorLength: 10, graphSeed: new Uint8Array(32).fill(1) } } };
  }
  it("round-trips an AdvertiseKeys request: consecutive ids travel as a range, others as a list, the roster separately", () => {
    for (const ids of [[1, 2, 3, 4], [0, 1, 2], [5, 2, 9]]) {
      const back = roundTrip(advertise(ids));
      assert.ok(back.body.type === "secaggRequest" && back.body.request.stage === "AdvertiseKeys");
      assert.deepEqual([...back.body.request.participants], ids);
      assert.equal(back.body.request.round, 3, "the round comes from meta");
      assert.deepEqual(back.body.roster.map((r) => r.id), [2]);
    }
    const range = encodeMessage(advertise(Array.from({ length: 1000 }, (_, i) => i + 1)));
    assert.ok(range.byteLength < 200, `1000 consecutive ids cost ${range.byteLength} bytes`);
  });

  it("rejects a key of the wrong length and a masked vector that is not whole words", () => {
    const badKey = conclave.v1.Envelope.encode({ meta, secaggReply: { protocol: "secagg+", advertiseKeys: { sender: 1, encryptionPublicKey: new Uint8Array(31), maskPublicKey: new Uint8Array(32), signature: new Uint8Array(64) } } }).finish();
    assert.throws(() => decodeMessage(badKey), /encryptionPublicKey must be 32 bytes, got 31/);
    const badVector = conclave.v1.Envelope.encode({ meta, secaggReply: { protocol: "secagg+", maskedInput: { sender: 1, maskedInput: new Uint8Array(6) } } }).finish();
    assert.throws(() => decodeMessage(badVector), /not a whole number of uint32 words/);
  });
});

describe("update validation", () => {
  it("accepts a matching update and names what is wrong otherwise", () => {
    assert.equal(updateProblem(weights, weights), null);
    assert.match(updateProblem([weights[0]!], weights)!, /1 tensors but the model has 2/);
    const wrongShape = [{ ...weights[0]!, shape: [3, 2] }, weights[1]!];
    assert.match(updateProblem(wrongShape, weights)!, /shape \[3, 2\]/);
    const nan = [weights[0]!, { ...weights[1]!, values: Float32Array.from([0, NaN, 0]) }];
    assert.match(updateProblem(nan, weights)!, /non-finite value \(NaN\) at index 1/);
    const inf = [weights[0]!, { ...weights[1]!, values: Float32Array.from([0, 0, Infinity]) }];
    assert.match(updateProblem(inf, weights)!, /Infinity/);
  });
});
