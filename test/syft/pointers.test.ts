/**
 * Pointer semantics: values stay where they were sent, ops run there and
 * return pointers, nothing comes back unless asked, no property asks the
 * network, and a pointer that was fetched or deleted refuses further use.
 */
import assert from "node:assert/strict";
import { DeletedPointerError, FixedPrecisionTensor, PointerTensor, SharingMismatchError, tensor } from "../../shared/syft/index";
import { assertValues, contains, fixture, recordingLink } from "./support";

function floatBytes(values: number[]): Uint8Array {
  return new Uint8Array(Float64Array.from(values).buffer);
}

describe("syft pointers", () => {
  it("send returns a pointer with the shape; get brings the value back and deletes it there", async () => {
    const f = fixture();
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    const ptr = await t.send(f.alice);
    assert.ok(ptr instanceof PointerTensor);
    assert.deepEqual([...ptr.shape], [2, 3]);
    assert.equal(ptr.location, f.alice);
    assert.equal(f.objects("alice"), 1);
    assertValues(await ptr.get(), [1, 2, 3, 4, 5, 6], [2, 3]);
    assert.equal(f.objects("alice"), 0);
    assertValues(t, [1, 2, 3, 4, 5, 6]);
  });

  it("ops run where the data lives: results stay there until fetched, and no value crosses the link before", async () => {
    const f = fixture();
    const rec = recordingLink(f.virtual.alice!);
    const alice = f.syft.connect(rec.link);
    const x = await tensor([1.25, 2.5, 3.75]).send(alice);
    const y = await tensor([10.5, 20.5, 30.5]).send(alice);
    const s = await x.add(y);
    const p = await (await s.mul(2)).sub(tensor([1, 1, 1]));
    const total = await p.sum();
    assert.equal(p.location, alice);
    assert.deepEqual([...total.shape], []);
    const expectedP = [22.5, 45, 67.5];
    assert.ok(!rec.received.some((m) => contains(m, floatBytes(expectedP))), "a result crossed the link before get");
    assertValues(await p.copy(), expectedP);
    assertValues(await total.get(), [135]);
    assert.equal(f.objects("alice"), 5, "x, y, s, the doubled value and p stay until deleted; total was fetched");
  });

  it("matmul, transpose, mean(axis) and broadcasting with public tensors at the worker", async () => {
    const { alice } = fixture();
    const a = await tensor([[1, 2], [3, 4]]).send(alice);
    assertValues(await (await a.matmul(tensor([[1], [1]]))).get(), [3, 7], [2, 1]);
    assertValues(await (await a.transpose()).get(), [1, 3, 2, 4]);
    assertValues(await (await a.mean(0)).get(), [2, 3]);
    assertValues(await (await (await a.sub(tensor([1, 2]))).mul(tensor([[1], [10]]))).get(), [0, 0, 20, 20]);
  });

  it("no property or toString touches the network", async () => {
    const f = fixture();
    const rec = recordingLink(f.virtual.alice!);
    const alice = f.syft.connect(rec.link);
    const ptr = await tensor([1, 2, 3]).send(alice);
    const before = rec.sent.length;
    void ptr.shape; void ptr.id; void ptr.kind; void ptr.live; void ptr.location;
    assert.match(String(ptr), /^PointerTensor\(alice:.* float\[3\]\)$/);
    assert.equal(rec.sent.length, before);
  });

  it("a fetched or deleted pointer refuses use locally, before any message", async () => {
    const f = fixture();
    const rec = recordingLink(f.virtual.alice!);
    const alice = f.syft.connect(rec.link);
    const a = await tensor([1, 2]).send(alice);
    const b = await tensor([3, 4]).send(alice);
    await a.get();
    await b.delete();
    const sent = rec.sent.length;
    await assert.rejects(a.get(), DeletedPointerError);
    await assert.rejects(a.add(1), DeletedPointerError);
    await assert.rejects(b.copy(), DeletedPointerError);
    await b.delete();
    assert.equal(rec.sent.length, sent);
    assert.equal(f.objects("alice"), 0);
  });

  it("ops between pointers at different workers are refused before any message", async () => {
    const { alice, bob } = fixture();
    const a = await tensor([1, 2]).send(alice);
    const b = await tensor([3, 4]).send(bob);
    await assert.rejects(a.add(b), SharingMismatchError);
  });

  it("fixPrecision where the data lives, then ops there truncate toward zero, and get decodes here", async () => {
    const f = fixture();
    const ptr = await tensor([2.113, -0.5]).send(f.alice);
    const fp = await ptr.fixPrecision();
    assert.ok(fp instanceof FixedPrecisionTensor && fp.child instanceof PointerTensor);
    const sq = await fp.mul(fp);
    const back = await (await sq.add(1)).get();
    assertValues(back.floatPrecision(), [5.464, 1.25]);
    const sent = await tensor([1.5, 2.5]).fixPrecision().send(f.bob);
    assert.equal(sent.child.location, f.bob);
    assertValues((await (await sent.div(2)).get()).floatPrecision(), [0.75, 1.25]);
  });
});
