import assert from "node:assert/strict";
import protobuf from "protobufjs";
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { MAX_ELEMENTS, PRESCAN_SCHEMA, prescanEnvelope } from "../../shared/protocol/prescan";
import { ProtocolError, type Message } from "../../shared/protocol/messages";

const meta = { runId: "run-1", round: 1, messageId: 2, replyTo: 1, sender: "alice" };
const update = [
  { name: "dense_0/kernel", shape: [3, 2], values: new Float32Array(6).fill(0.5) },
  { name: "dense_0/bias", shape: [2], values: new Float32Array(2) },
];
const model = { maxTensors: 2, maxTensorBytes: 32, maxElements: MAX_ELEMENTS };
const trainResult: Message = { meta, body: { type: "trainResult", update, numExamples: 10, metrics: { loss: 1 }, trainSeconds: 0.1, privacy: null } };

/** A field's tag and length prefix, by hand (the attacker's encoder). */
function lengthDelimited(field: number, payload: Uint8Array): Uint8Array {
  const header: number[] = [];
  for (let n of [(field << 3) | 2, payload.byteLength]) {
    while (n >= 0x80) { header.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
    header.push(n);
  }
  const out = new Uint8Array(header.length + payload.byteLength);
  out.set(header);
  out.set(payload, header.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.byteLength; }
  return out;
}

const metaBytes = lengthDelimited(1, new Uint8Array([0x18, 0x01])); // meta { message_id: 1 }

describe("decoding bounded before allocation (prescan)", () => {
  it("its table names every message-typed and packed field of proto/conclave.proto", () => {
    const root = protobuf.loadSync("proto/conclave.proto");
    const ns = root.lookup("conclave.v2");
    assert.ok(ns instanceof protobuf.Namespace);
    for (const type of ns.nestedArray) {
      if (!(type instanceof protobuf.Type)) continue;
      const entry = PRESCAN_SCHEMA[type.name];
      assert.ok(entry, `PRESCAN_SCHEMA lacks message ${type.name}`);
      for (const f of type.fieldsArray) {
        f.resolve();
        if (f.map) assert.equal(entry.messages?.[f.id], "MetricsEntry", `${type.name}.${f.name} is a map`);
        else if (f.resolvedType instanceof protobuf.Type) assert.equal(entry.messages?.[f.id], f.resolvedType.name, `${type.name}.${f.name}`);
        else if (f.repeated && f.type !== "string" && f.type !== "bytes" && !(f.resolvedType instanceof protobuf.Enum)) {
          assert.equal(entry.packed?.[f.id], f.type === "double" ? "fixed64" : "varint", `${type.name}.${f.name} is a packed ${f.type}`);
        } else {
          assert.equal(entry.messages?.[f.id], undefined, `${type.name}.${f.name} is not a message`);
        }
      }
    }
  });

  it("lets an honest update of the model's shape through, and counts what it walked", () => {
    const counts = prescanEnvelope(encodeMessage(trainResult), model);
    assert.deepEqual({ tensors: counts.tensors, tensorBytes: counts.tensorBytes }, { tensors: 2, tensorBytes: 32 });
    assert.equal(decodeMessage(encodeMessage(trainResult), model).body.type, "trainResult");
  });

  it("refuses more tensors, or more tensor bytes, than the model has, before decoding", () => {
    const three = { ...trainResult, body: { ...trainResult.body, update: [...update, { name: "x", shape: [1], values: new Float32Array(1) }] } } as Message;
    assert.throws(() => decodeMessage(encodeMessage(three), model), (e: unknown) => e instanceof ProtocolError && e.code === "MALFORMED_MESSAGE" && /more than 2 tensors/.test(e.message));
    const fat = { ...trainResult, body: { ...trainResult.body, update: [{ name: "dense_0/kernel", shape: [3, 3], values: new Float32Array(9) }] } } as Message;
    assert.throws(() => decodeMessage(encodeMessage(fat), model), /declare more than 32 bytes/);
    assert.throws(() => decodeMessage(encodeMessage(trainResult), { ...model, maxTensors: 0 }), /may not carry tensors here/);
  });

  it("refuses 8 MiB of empty tensors (the finding's 60 MiB attack, smaller) after the limit, not after decoding them all", () => {
    const empty = lengthDelimited(1, new Uint8Array(0)); // one empty Tensor in train_result.update
    const body = new Uint8Array(8 << 20);
    for (let i = 0; i < body.byteLength; i += empty.byteLength) body.set(empty, i);
    const message = concat([metaBytes, lengthDelimited(13, body)]);
    assert.throws(() => prescanEnvelope(message, { ...model, maxTensors: 4096 }), /more than 4096 tensors/);
    assert.throws(() => decodeMessage(message), /more than 4096 tensors/, "the default limits refuse it too");
  });

  it("refuses a flood of packed values or fields past the element budget", () => {
    const ranges = lengthDelimited(1, new Uint8Array(MAX_ELEMENTS + 10)); // IdSet.ranges: a million 0s
    const survivors = lengthDelimited(2, ranges); // ConsistencyCheckRequest.survivors
    const message = concat([metaBytes, lengthDelimited(18, lengthDelimited(14, survivors))]);
    assert.throws(() => prescanEnvelope(message), /more than 1048576 fields and values/);
    const bye = concat([metaBytes, lengthDelimited(17, new Uint8Array(2 * (MAX_ELEMENTS + 1)).map((_, i) => (i % 2 === 0 ? 0x18 : 0x01)))]);
    assert.throws(() => prescanEnvelope(bye), /fields and values/);
  });

  it("refuses broken wire data with MALFORMED_MESSAGE, as the decoder would", () => {
    for (const bad of [new Uint8Array([0x0a, 0x7f]), new Uint8Array([0x0b]), new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), new Uint8Array([0x00])]) {
      assert.throws(() => decodeMessage(bad), (e: unknown) => e instanceof ProtocolError && e.code === "MALFORMED_MESSAGE");
    }
  });
});

describe("a message refused before decoding still names the message it answers", () => {
  it("keeps the meta (reply_to, round) of an update with too many tensors", () => {
    const three = { ...trainResult, body: { ...trainResult.body, update: [...update, { name: "x", shape: [1], values: new Float32Array(1) }] } } as Message;
    assert.throws(() => decodeMessage(encodeMessage(three), model), (e: unknown) => e instanceof ProtocolError && e.meta?.replyTo === 1 && e.meta.round === 1);
  });
});
