/** The syft.v1 codec: round trips, and everything malformed refused with the field that is wrong. */
import assert from "node:assert/strict";
import { decodeReply, decodeRequest, encodeReply, encodeRequest } from "../../shared/syft/codec";
import { syft } from "../../shared/syft/generated/syft";
import type { Request } from "../../shared/syft/messages";
import { SyftError, WorkerNode } from "../../shared/syft/index";
import { BOSTON_TASK, getTask } from "../../shared/task/tasks";
import { modelSpecOf } from "../../shared/syft/model-spec";
import { initialWeights } from "../../shared/task/init-weights";

function malformed(pattern: RegExp): (e: unknown) => boolean {
  return (e) => e instanceof SyftError && e.code === "MALFORMED" && pattern.test(e.message);
}

describe("syft codec", () => {
  it("round-trips requests with tensors, big integers, parties and models", () => {
    const requests: Request[] = [
      { id: 1, sender: "me", body: { type: "op", kind: "add", a: { kind: "id", id: "alice:1" }, b: { kind: "constant", tensor: { kind: "float", shape: [2], values: Float64Array.of(1.5, -2) } },
        axis: -1, keepDims: true, divisor: null, resultGroup: "g-1" } },
      { id: 2, sender: "me", body: { type: "truncOpen", session: "div-1", x: "bob:3", provider: "james", providerPublicKey: new Uint8Array(32).fill(7),
        envelope: Uint8Array.of(1, 2, 3), offset: (1n << 62n) + 5n, attempt: 2, indices: [0, 5] } },
      { id: 3, sender: "me", body: { type: "storeShare", tensor: { kind: "ring", shape: [1, 2], values: BigUint64Array.of(0n, (1n << 64n) - 1n) },
        share: { group: "g", holders: ["alice", "bob"], index: 1, cryptoProvider: null } } },
      { id: 4, sender: "me", body: { type: "storeModel", model: { spec: modelSpecOf(BOSTON_TASK), weights: initialWeights(BOSTON_TASK.model, 3) } } },
    ];
    for (const r of requests) assert.deepEqual(decodeRequest(encodeRequest(r)), r);
  });

  it("carries any task's model: the digits CNN (conv2d, pooling, flatten, softmax) round-trips with its weights", () => {
    const digits = getTask("digits");
    assert.ok(digits.model.layers.some((l) => l.type === "conv2d"), "the digits task is a CNN");
    const r: Request = { id: 5, sender: "me", body: { type: "storeModel", model: { spec: modelSpecOf(digits), weights: initialWeights(digits.model, 4) } } };
    assert.deepEqual(decodeRequest(encodeRequest(r)), r);
  });

  it("refuses a model spec that a task file would refuse, naming the field", () => {
    const spec = { kind: "regression", loss: "meanSquaredError", inputShape: [13], layers: ['{"type":"dense","name":"dense_0","units":1,"activation":"linear","useBias":true}'] };
    const bytes = (s: syft.v1.ModelSpec.$Properties, weights: syft.v1.NamedTensor.$Properties[] = []) =>
      syft.v1.Request.encode({ id: 1, sender: "me", storeModel: { model: { spec: s, weights } } }).finish();
    const cases: [syft.v1.ModelSpec.$Properties, RegExp][] = [
      [{ ...spec, layers: ['{"type":"lambda","name":"x"}'] }, /storeModel.model.spec.layers\[0\].type: unknown layer type "lambda"/],
      [{ ...spec, layers: ['{"type":"dense","units":1,"code":"evil()"}'] }, /unknown field "code"/],
      [{ ...spec, layers: ["{not json"] }, /storeModel.model.spec.layers\[0\] is not valid JSON/],
      [{ ...spec, layers: [] }, /has 0 layers; 1 to 64 are allowed/],
      [{ ...spec, loss: "categoricalCrossentropy" }, /a regression model trains with meanSquaredError or meanAbsoluteError, not categoricalCrossentropy/],
      [{ ...spec, kind: "ranking" }, /storeModel.model.spec.kind/],
      [{ ...spec, inputShape: [] }, /inputShape must have 1 to 4 dimensions/],
      [{ ...spec, layers: ['{"type":"dense","units":3}'] }, /a regression model needs an output of shape \[1\], this one gives \[3\]/],
      [{ ...spec, layers: ['{"type":"conv2d","filters":2,"kernelSize":3}'] }, /storeModel.model.spec: model.layers\[0\]/],
    ];
    for (const [s, pattern] of cases) assert.throws(() => decodeRequest(bytes(s)), malformed(pattern));
    assert.throws(() => decodeRequest(bytes(spec)), malformed(/has 0 weight tensors, its spec needs 2/));
    const wrong = [{ name: "dense_0/bias", tensor: { shape: [13, 1], data: new Uint8Array(13 * 8) } }, { name: "dense_0/bias", tensor: { shape: [1], data: new Uint8Array(8) } }];
    assert.throws(() => decodeRequest(bytes(spec, wrong)), malformed(/weights\[0\] must be dense_0\/kernel \[13, 1\]/));
  });

  it("round-trips replies, errors included", () => {
    const reply = { requestId: 9, body: { type: "error", code: "OUT_OF_RANGE", message: "too big" } } as const;
    assert.deepEqual(decodeReply(encodeReply(reply)), reply);
    const opened = { requestId: 3, body: { type: "opened", values: [{ kind: "ring", shape: [2], values: BigUint64Array.of(1n, 2n) }] } } as const;
    assert.deepEqual(decodeReply(encodeReply(opened)), opened);
  });

  it("refuses garbage, wrong byte lengths, non-finite floats, bad ids and unknown enums", () => {
    assert.throws(() => decodeRequest(Uint8Array.of(0xff, 0xff, 0xff)), malformed(/not a valid syft.v1 message/));
    const short = syft.v1.Request.encode({ id: 1, sender: "me", store: { tensor: { shape: [3], data: new Uint8Array(16) } } }).finish();
    assert.throws(() => decodeRequest(short), malformed(/store.tensor has 16 bytes of values but shape \[3\] needs 24/));
    const nan = syft.v1.Request.encode({ id: 1, sender: "me", store: { tensor: { shape: [1], data: new Uint8Array(Float64Array.of(NaN).buffer) } } }).finish();
    assert.throws(() => decodeRequest(nan), malformed(/non-finite/));
    const noSender = syft.v1.Request.encode({ id: 1, sender: "", hello: {} }).finish();
    assert.throws(() => decodeRequest(noSender), malformed(/request.sender must not be empty/));
    const unknownKind: number = 99;
    const badKind = syft.v1.Request.encode({ id: 1, sender: "me", op: { kind: unknownKind, a: { id: "x" } } }).finish();
    assert.throws(() => decodeRequest(badKind), malformed(/op.kind has an unknown value 99/));
    const badBig = syft.v1.Request.encode({ id: 1, sender: "me", truncClose: { session: "s", c: { shape: [0], data: new Uint8Array(0), ring: true }, divisor: "1e3", quotientOffset: "1", resultGroup: "g" } }).finish();
    assert.throws(() => decodeRequest(badBig), malformed(/truncClose.divisor must be a decimal integer/));
  });

  it("a worker answers a malformed request with MALFORMED (its id when readable) and keeps serving", async () => {
    const node = new WorkerNode("alice");
    const bad = syft.v1.Request.encode({ id: 41, sender: "me", store: { tensor: { shape: [2], data: new Uint8Array(3) } } }).finish();
    const reply = decodeReply(await node.handle(bad));
    assert.equal(reply.requestId, 41);
    assert.equal(reply.body.type, "error");
    const ok = decodeReply(await node.handle(encodeRequest({ id: 42, sender: "me", body: { type: "hello" } })));
    assert.equal(ok.body.type, "hello");
  });
});
