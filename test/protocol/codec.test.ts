import assert from "node:assert/strict";
import { conclave } from "../../shared/protocol/generated/conclave";
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { PLAINTEXT_PROTECTION, ProtocolError, type Message } from "../../shared/protocol/messages";
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
      protection: { secureAggregation: "secagg+", clipNorm: 1.5, dpMode: "distributed", noiseStd: 0, ringNoiseSigma2: 12.5, clipRange: 4, scale: 1024, weighted: true, maxExamples: 500,
        noiseMultiplier: 0.8, delta: 1e-5, noiseShares: 3 } } };
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
    assert.equal(back.body.protection.noiseShares, 3);
    assert.equal(back.body.train.learningRate, 0.001);
    assert.deepEqual(back.body.standardisation, { mean: [1.5, -2], std: [0.5, 3] });
  });

  it("carries tensors as raw bytes: a 1000-float tensor costs about 4000 bytes", () => {
    const big = { name: "w", shape: [1000], values: new Float32Array(1000).fill(0.5) };
    const bytes = encodeMessage({ meta, body: { type: "evaluateRequest", weights: [big], standardisation: null, protection: PLAINTEXT_PROTECTION } });
    assert.ok(bytes.byteLength >= 4000 && bytes.byteLength < 4100, `encoded size ${bytes.byteLength}`);
  });

  it("round-trips every body type", () => {
    const bodies: Message["body"][] = [
      { type: "challenge", protocolVersion: 2, runId: "r", nonce: new Uint8Array(32).fill(1), coordinatorKey: new Uint8Array(32).fill(2), signature: new Uint8Array(64).fill(3), federation: "f" },
      { type: "join", protocolVersion: 2, workerName: "hospital-a", capabilities: ["secagg+"], backend: "wasm", numExamples: 10, task: "boston", identityKey: new Uint8Array(32).fill(7),
        proof: new Uint8Array(64).fill(8), taskDigest: "ab".repeat(32) },
      { type: "welcome", protocolVersion: 2, workerId: "hospital-a", runId: "r", task: "boston", maxMessageBytes: 1000, taskJson: "{}", taskDigest: "cd".repeat(32), participantId: 3, rounds: 10, nextRound: 4 },
      { type: "trainResult", update: weights, numExamples: 12, metrics: { loss: 0.25 }, trainSeconds: 1.5, privacy: { epsilon: 1.5, delta: 1e-5, rounds: 3 } },
      { type: "evaluateResult", numExamples: 4, loss: 2, metrics: { accuracy: 0.75 } },
      { type: "error", code: "POLICY_REFUSED", message: "no" },
      { type: "bye", reason: "done", outcome: "stopped-early", roundsCompleted: 3, roundsPlanned: 10 },
    ];
    for (const body of bodies) {
      const back = roundTrip({ meta, body });
      assert.equal(back.body.type, body.type);
      if (body.type === "join" && back.body.type === "join") assert.deepEqual(Array.from(back.body.identityKey), Array.from(body.identityKey));
      if (body.type === "error" && back.body.type === "error") assert.equal(back.body.code, "POLICY_REFUSED");
      if (body.type === "bye" && back.body.type === "bye") assert.deepEqual(back.body, body);
      if (body.type === "welcome" && back.body.type === "welcome") assert.deepEqual(back.body, body);
      if (body.type === "trainResult" && back.body.type === "trainResult") assert.deepEqual(back.body.privacy, body.privacy);
      if (body.type === "evaluateResult" && back.body.type === "evaluateResult") assert.deepEqual(back.body.metrics, { accuracy: 0.75 });
    }
  });

  it("rejects garbage, a missing meta, and a tensor whose bytes do not match its shape", () => {
    assert.throws(() => decodeMessage(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])), (e: unknown) => e instanceof ProtocolError && e.code === "MALFORMED_MESSAGE");
    const noMeta = conclave.v2.Envelope.encode({ bye: { reason: "x", outcome: 1 } }).finish();
    assert.throws(() => decodeMessage(noMeta), /no meta/);
    const badTensor = conclave.v2.Envelope.encode({ meta, evaluateRequest: { weights: [{ name: "w", shape: [3], dtype: conclave.v2.DType.FLOAT32, data: new Uint8Array(8) }] } }).finish();
    assert.throws(() => decodeMessage(badTensor), /evaluate_request\.weights\[0\]\.data \(w\) has 8 bytes but shape \[3\] needs 12/);
    const noBody = conclave.v2.Envelope.encode({ meta }).finish();
    assert.throws(() => decodeMessage(noBody), /no body/);
  });

  it("names proto fields in its errors, and keeps the meta so the reply can name reply_to and round (protocol findings B3, B15)", () => {
    const bad = conclave.v2.Envelope.encode({ meta: { ...meta, messageId: 41 }, join: { protocolVersion: 2, workerName: "", identityKey: new Uint8Array(32), proof: new Uint8Array(64) } }).finish();
    assert.throws(() => decodeMessage(bad), (e: unknown) => e instanceof ProtocolError && /join\.worker_name must not be empty/.test(e.message) && e.meta?.messageId === 41 && e.meta.round === 3);
    const loss = conclave.v2.Envelope.encode({ meta, evaluateResult: { numExamples: 1, loss: 1, metrics: { loss: 2 } } }).finish();
    assert.throws(() => decodeMessage(loss), /evaluate_result\.metrics must not hold "loss"/);
    const badBye = conclave.v2.Envelope.encode({ meta, bye: { reason: "x" } }).finish();
    assert.throws(() => decodeMessage(badBye), /bye\.outcome must be/);
  });

  it("rejects out-of-range fields with the field's name", () => {
    const bad = conclave.v2.Envelope.encode({ meta, roundStart: { weights: [], deadlineMs: 1,
      train: { optimizer: "rmsprop", learningRate: 0.1, batchSize: 8, localEpochs: 1, seed: 1 },
      protection: { secureAggregation: "none" } } }).finish();
    assert.throws(() => decodeMessage(bad), /train\.optimizer must be one of sgd, adam/);
  });
});

describe("secure-aggregation messages", () => {
  function advertise(participants: number[]): Message {
    return { meta, body: { type: "secaggRequest", protocol: "secagg+",
      request: { stage: "AdvertiseKeys", round: 3, receiver: 1, participants, neighbors: 2, threshold: 2, collusionBound: 1, vectorLength: 10, purpose: "fit" } } };
  }
  it("round-trips an AdvertiseKeys request: participants as ascending (first, count) ranges, the round from meta", () => {
    for (const ids of [[1, 2, 3, 4], [1, 2, 3], [2, 5, 9], [1, 2, 7, 8, 9, 20]]) {
      const back = roundTrip(advertise(ids));
      assert.ok(back.body.type === "secaggRequest" && back.body.request.stage === "AdvertiseKeys");
      assert.deepEqual([...back.body.request.participants], ids);
      assert.equal(back.body.request.round, 3, "the round comes from meta");
      assert.equal(back.body.request.purpose, "fit");
    }
    // an unsorted set is sent sorted, exactly as the same set in order, and the caller's array is left as it was
    const unsorted = [9, 2, 5, 1, 3];
    assert.deepEqual(encodeMessage(advertise(unsorted)), encodeMessage(advertise([1, 2, 3, 5, 9])));
    assert.deepEqual(unsorted, [9, 2, 5, 1, 3]);
    const range = encodeMessage(advertise(Array.from({ length: 1000 }, (_, i) => i + 1)));
    assert.ok(range.byteLength < 100, `1000 consecutive ids cost ${range.byteLength} bytes`);
  });

  it("refuses an id set that is not canonical (overlapping, unmerged or zero ids)", () => {
    for (const ranges of [[1, 3, 2, 1], [1, 2, 3, 1], [0, 2], [1]]) {
      const bytes = conclave.v2.Envelope.encode({ meta, secaggRequest: { protocol: "secagg+", consistencyCheck: { receiver: 1, survivors: { ranges } } } }).finish();
      assert.throws(() => decodeMessage(bytes), /consistency_check\.survivors/);
    }
  });

  it("rejects a key of the wrong length and a masked vector that is not whole words", () => {
    const badKey = conclave.v2.Envelope.encode({ meta, secaggReply: { protocol: "secagg+", advertiseKeys: { sender: 1, encryptionPublicKey: new Uint8Array(31), maskPublicKey: new Uint8Array(32), signature: new Uint8Array(64) } } }).finish();
    assert.throws(() => decodeMessage(badKey), /encryption_public_key must be 32 bytes, got 31/);
    const badVector = conclave.v2.Envelope.encode({ meta, secaggReply: { protocol: "secagg+", maskedInput: { sender: 1, maskedInput: new Uint8Array(6) } } }).finish();
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
