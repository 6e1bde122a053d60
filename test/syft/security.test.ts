/**
 * PySyft's promise, kept by the workers themselves: a share leaves its holder
 * only to the parties the policy allows and never to another holder of the
 * same value; one worker never holds two shares of one value; shares a worker
 * makes for others travel sealed, so the client relaying them learns nothing;
 * the crypto provider never opens masked values.
 */
import assert from "node:assert/strict";
import { RemoteError, tensor, FixedPointRangeError, CryptoProviderError, Syft } from "../../shared/syft/index";
import { contains, fixture, otherClient, recordingLink } from "./support";

function refused(pattern: RegExp): (e: unknown) => boolean {
  return (e) => e instanceof RemoteError && e.code === "REFUSED" && pattern.test(e.message);
}

describe("syft worker policy and privacy", () => {
  it("a share is fetched only by its owner: another client is refused", async () => {
    const f = fixture();
    const x = await tensor([1, 2]).fixPrecision().share(f.alice, f.bob, { cryptoProvider: f.james });
    const eve = otherClient(f, "eve");
    const share = x.child.shares[0]!;
    await assert.rejects(eve.alice!.expect({ type: "get", id: share.id, keep: true }, "got"), refused(/lets only me fetch/));
    await assert.rejects(eve.alice!.makeObject({ type: "op", kind: "neg", a: { kind: "id", id: share.id }, b: null, axis: null, keepDims: false, divisor: null, resultGroup: "g" }),
      refused(/belongs to me; eve may not use it/));
  });

  it("never sends a share to another holder of the value, nor to its crypto provider, even if the policy names them", async () => {
    const f = fixture({ node: () => ({ policy: { readers: ["bob", "james", "auditor"] } }) });
    const x = await tensor([1, 2]).fixPrecision().share(f.alice, f.bob, { cryptoProvider: f.james });
    const id = x.child.shares[0]!.id;
    await assert.rejects(otherClient(f, "bob").alice!.expect({ type: "get", id, keep: true }, "got"), refused(/bob holds another share/));
    await assert.rejects(otherClient(f, "james").alice!.expect({ type: "get", id, keep: true }, "got"), refused(/crypto provider/));
    const got = await otherClient(f, "auditor").alice!.expect({ type: "get", id, keep: true }, "got");
    assert.equal(got.value.kind, "ring");
  });

  it("one worker never holds two shares of one value", async () => {
    const { alice } = fixture();
    await assert.rejects(tensor([1]).share(alice, alice), /name one worker twice/);
    const share = { group: "g-same", holders: ["alice", "bob"], index: 0, cryptoProvider: null };
    await alice.makeObject({ type: "storeShare", tensor: { kind: "ring", shape: [1], values: BigUint64Array.of(1n) }, share });
    await assert.rejects(alice.makeObject({ type: "storeShare", tensor: { kind: "ring", shape: [1], values: BigUint64Array.of(2n) }, share }),
      refused(/already holds a share of g-same/));
  });

  it("sharing a value that lives at a worker: the client relays sealed envelopes and never sees a share", async () => {
    const f = fixture();
    const recs = { alice: recordingLink(f.virtual.alice!), bob: recordingLink(f.virtual.bob!), charlie: recordingLink(f.virtual.charlie!) };
    const alice = f.syft.connect(recs.alice.link), bob = f.syft.connect(recs.bob.link), charlie = f.syft.connect(recs.charlie.link);
    const ptr = await tensor([3.25, -7.5, 11]).send(alice);
    const fp = await ptr.fixPrecision();
    const x = await fp.share(alice, bob, charlie, { cryptoProvider: f.james });
    const traffic = [...Object.values(recs).flatMap((r) => [...r.sent, ...r.received])];
    for (const [name, handle] of [["bob", bob], ["charlie", charlie]] as const) {
      const share = f.virtual[name]!.node.store.get(x.child.shares[handle === bob ? 1 : 2]!.id);
      assert.equal(share.kind, "share");
      if (share.kind !== "share") return;
      const bytes = new Uint8Array(share.values.buffer, share.values.byteOffset, share.values.byteLength);
      assert.ok(!traffic.some((m) => contains(m, bytes)), `${name}'s share crossed a link in the clear`);
    }
    assert.deepEqual((await x.get()).floatPrecision().toArray(), [3.25, -7.5, 11]);
  });

  it("an envelope sealed for one holder is refused by another", async () => {
    const f = fixture();
    const ptr = await (await tensor([1, 2]).send(f.alice)).fixPrecision();
    const parties = await Promise.all([f.alice, f.bob, f.charlie].map(async (h) => ({ id: h.id, boxPublicKey: await h.boxPublicKey() })));
    const sealed = await f.alice.expect({ type: "shareOut", id: ptr.child.id, holders: parties, group: "g-seal", cryptoProvider: null }, "sealed");
    const forBob = sealed.envelopes[1]!;
    await assert.rejects(f.charlie.makeObject({ type: "storeSealed", from: "alice", fromPublicKey: sealed.senderPublicKey, envelope: forBob,
      share: { group: "g-seal", holders: ["alice", "bob", "charlie"], index: 2, cryptoProvider: null }, shape: [2] }), refused(/sealed share from alice/));
  });

  it("the client may not be the crypto provider, and holders refuse masked values asked by the provider", async () => {
    const f = fixture();
    const jamesAsClient = new Syft({ id: "james", timers: f.timers });
    const alice = jamesAsClient.connect(f.virtual.alice!.link()), bob = jamesAsClient.connect(f.virtual.bob!.link());
    const provider = jamesAsClient.connect(f.virtual.james!.link());
    await assert.rejects(tensor([1]).fixPrecision().share(alice, bob, { cryptoProvider: provider }), CryptoProviderError);
    // Forged past the client's check: a share owned by the client "james" that names james as provider.
    const ref = await alice.makeObject({ type: "storeShare", tensor: { kind: "ring", shape: [1], values: BigUint64Array.of(7n) },
      share: { group: "g-forged", holders: ["alice", "bob"], index: 0, cryptoProvider: "james" } });
    const forged = alice.expect({ type: "beaverOpen", session: "s", kind: "elementwise", x: ref.id, y: ref.id, provider: "james",
      providerPublicKey: await provider.boxPublicKey(), envelope: new Uint8Array(64) }, "opened");
    await assert.rejects(forged, refused(/may not also be the client that opens the masked values/));
  });

  it("a share altered beyond the value's bound is caught when the value is decoded", async () => {
    const f = fixture();
    const x = await tensor([1.5, 2.5]).fixPrecision().share(f.alice, f.bob, { cryptoProvider: f.james });
    const share = f.virtual.bob!.node.store.get(x.child.shares[1]!.id);
    if (share.kind !== "share") throw new Error("expected a share");
    share.values[0] = share.values[0]! + (1n << 40n);
    const back = await x.get();
    assert.throws(() => back.floatPrecision(), (e: unknown) => e instanceof FixedPointRangeError && /a share was altered/.test(e.message));
  });
});
