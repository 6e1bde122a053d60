/**
 * The bad inputs, each refused with a typed error that says what to
 * do: ops between tensors shared among different workers; a pointer to a
 * deleted or never-existing object; a worker that does not answer in time;
 * values out of the fixed-point range; a crypto provider that is also a share
 * holder. Where the client catches it, no message is sent; where a worker
 * does (a forged request), it answers with an error and keeps serving.
 */
import assert from "node:assert/strict";
import {
  CryptoProviderError, DeletedPointerError, FixedPointRangeError, PointerTensor, RemoteError, SharingMismatchError, tensor, WorkerTimeoutError,
  type SyftWorker,
} from "../../shared/syft/index";
import { waitFor } from "../support/wait-for";
import { fixture, recordingLink } from "./support";

function silentWorker(id: string): SyftWorker & { readonly received: number } {
  let received = 0;
  return { id, send: () => { received++; }, onReceive: () => {}, get received() { return received; } };
}

describe("syft bad input", () => {
  describe("ops between tensors shared among different workers", () => {
    it("are refused by the client, for other holders, another order of holders, or another crypto provider", async () => {
      const { alice, bob, charlie, james, handles } = fixture();
      const x = await tensor([1, 2]).fixPrecision().share(alice, bob, { cryptoProvider: james });
      const y = await tensor([3, 4]).fixPrecision().share(alice, charlie, { cryptoProvider: james });
      const z = await tensor([3, 4]).fixPrecision().share(bob, alice, { cryptoProvider: james });
      const w = await tensor([3, 4]).fixPrecision().share(alice, bob, { cryptoProvider: handles.dan! });
      await assert.rejects(x.add(y), SharingMismatchError);
      await assert.rejects(x.mul(z), /shared among different workers \(alice, bob and bob, alice\)/);
      await assert.rejects(x.mul(w), /different crypto providers \(james and dan\)/);
    });

    it("are refused by a holder that is asked directly", async () => {
      const { alice, bob, charlie } = fixture();
      const x = await tensor([1, 2]).share(alice, bob);
      const y = await tensor([3, 4]).share(alice, charlie);
      const forged = alice.makeObject({ type: "op", kind: "add", a: { kind: "id", id: x.shares[0]!.id }, b: { kind: "id", id: y.shares[0]!.id },
        axis: null, keepDims: false, divisor: null, resultGroup: "forged" });
      await assert.rejects(forged, (e: unknown) => e instanceof RemoteError && e.code === "BAD_REQUEST" && /shared among different workers/.test(e.message));
    });
  });

  describe("a pointer to a deleted or never-existing object", () => {
    it("a deleted pointer is refused locally; another pointer to the deleted object gets NOT_FOUND from the worker", async () => {
      const { alice } = fixture();
      const ptr = await tensor([1, 2, 3]).send(alice);
      const twin = new PointerTensor(alice, ptr.id, "float", ptr.shape, null);
      await ptr.delete();
      await assert.rejects(ptr.add(1), DeletedPointerError);
      await assert.rejects(twin.get(), (e: unknown) => e instanceof RemoteError && e.code === "NOT_FOUND" && /deleted, fetched back, or never existed/.test(e.message));
    });

    it("a pointer to an id the worker never had gets NOT_FOUND, and the worker keeps serving", async () => {
      const { alice } = fixture();
      const ghost = new PointerTensor(alice, "alice:424242", "float", [3], null);
      await assert.rejects(ghost.add(1), (e: unknown) => e instanceof RemoteError && e.code === "NOT_FOUND");
      await assert.rejects(ghost.get(), (e: unknown) => e instanceof RemoteError && e.code === "NOT_FOUND");
      const ok = await tensor([1]).send(alice);
      assert.deepEqual((await ok.get()).toArray(), [1]);
    });
  });

  describe("a worker that does not answer in time", () => {
    it("rejects the call with WorkerTimeoutError at the deadline, and forgets it", async () => {
      const f = fixture();
      const silent = silentWorker("mute");
      const mute = f.syft.connect(silent, { timeoutMs: 250 });
      const call = tensor([1, 2]).send(mute);
      assert.equal(mute.inFlight, 1);
      f.timers.advance(249);
      assert.equal(mute.inFlight, 1);
      f.timers.advance(1);
      await assert.rejects(call, (e: unknown) => e instanceof WorkerTimeoutError && e.worker === "mute" && /did not answer store within 250 ms/.test(e.message));
      assert.equal(mute.inFlight, 0);
      assert.equal(silent.received, 1);
    });

    it("a sharing with a silent holder fails whole: the share that arrived is deleted", async () => {
      const f = fixture();
      const mute = f.syft.connect(silentWorker("mute"), { timeoutMs: 100 });
      const sharing = tensor([1, 2]).fixPrecision().share(f.alice, mute);
      await waitFor(() => f.objects("alice") === 1, "alice to store its share");
      f.timers.advance(100);
      await assert.rejects(sharing, WorkerTimeoutError);
      assert.equal(f.objects("alice"), 0);
    });
  });

  describe("values out of the fixed-point range", () => {
    it("encoding refuses a value above maxAbs (default 10^4 at precision 3) instead of wrapping", () => {
      assert.throws(() => tensor([1, 20_000]).fixPrecision(), (e: unknown) => e instanceof FixedPointRangeError && /value 20000 at index 1 is outside/.test(e.message));
      assert.throws(() => tensor([1]).fixPrecision({ precision: 13 }), FixedPointRangeError);
      assert.throws(() => tensor([1]).fixPrecision({ maxAbs: 1e18 }), /above 2\^53/);
      assert.equal(tensor([20_000]).fixPrecision({ maxAbs: 1e5 }).floatPrecision().toArray()[0], 20_000);
    });

    it("a worker encoding its own data refuses without naming the value", async () => {
      const { alice } = fixture();
      const ptr = await tensor([1, 123_456.789]).send(alice);
      await assert.rejects(ptr.fixPrecision(), (e: unknown) => e instanceof RemoteError && e.code === "OUT_OF_RANGE" && !e.message.includes("123456"));
    });

    it("a product whose bound passes 2^62 is refused before any message, with what to change", async () => {
      const f = fixture();
      const rec = recordingLink(f.virtual.james!);
      const james = f.syft.connect(rec.link);
      const x = await tensor([1, 2]).fixPrecision({ maxAbs: 1e6 }).share(f.alice, f.bob, { cryptoProvider: james });
      const x2 = await x.mul(x);
      const before = rec.sent.length;
      await assert.rejects(x2.mul(x2), (e: unknown) => e instanceof FixedPointRangeError && /declare a smaller maxAbs/.test(e.message));
      assert.equal(rec.sent.length, before);
    });
  });

  describe("a crypto provider that is also a share holder", () => {
    it("is refused by the client before any share is made", async () => {
      const f = fixture();
      await assert.rejects(tensor([1, 2]).fixPrecision().share(f.alice, f.bob, { cryptoProvider: f.bob }), CryptoProviderError);
      assert.equal(f.objects("alice"), 0);
      assert.equal(f.objects("bob"), 0);
    });

    it("is refused by the provider itself when asked for triples for a sharing it holds a share of", async () => {
      const { alice, bob } = fixture();
      const parties = await Promise.all([alice, bob].map(async (h) => ({ id: h.id, boxPublicKey: await h.boxPublicKey() })));
      const forged = bob.expect({ type: "triple", session: "s1", kind: "elementwise", shapeA: [2], shapeB: [2], holders: parties }, "sealed");
      await assert.rejects(forged, (e: unknown) => e instanceof RemoteError && e.code === "REFUSED" && /cannot also be its crypto provider/.test(e.message));
    });

    it("and a sharing naming a holder as provider is refused by the holders", async () => {
      const { alice } = fixture();
      const forged = alice.makeObject({ type: "storeShare", tensor: { kind: "ring", shape: [1], values: BigUint64Array.of(5n) },
        share: { group: "g1", holders: ["alice", "bob"], index: 0, cryptoProvider: "bob" } });
      await assert.rejects(forged, (e: unknown) => e instanceof RemoteError && e.code === "REFUSED");
    });
  });
});
