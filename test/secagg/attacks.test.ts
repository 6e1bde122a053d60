import assert from "node:assert/strict";
import type { MaskedInputRequest, ShareKeysRequest } from "../../shared/secagg/messages";
import { SecAggPlusClient } from "../../shared/secagg/secagg-plus-client";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { makeFederation, permissivePolicy, runRound } from "./support/federation";
import { all, assertExact, flip } from "./support/attack-helpers";

/** Issue 3, "Bad input and attacks": each gets a typed error or is treated as a drop; none corrupts the sum. */


describe("secagg/SecAgg+ bad input and attacks (stage, round, replay, signatures)", () => {
  const n = 7, d = 11; // all-to-all: k = 6, t = 4

  describe("a message for the wrong stage or round", () => {
    it("the worker refuses a request for another round (wrong-round) or another worker (misaddressed), then goes on", () => {
      const fed = makeFederation({ label: "wrong-round", n, d, round: 5 });
      const request = fed.server.start()[2]!;
      const client = fed.clients.get(2)!;
      for (const [bad, code] of [[{ ...request, round: 4 }, "wrong-round"], [{ ...request, receiver: 3 }, "misaddressed"]] as const) {
        const r = client.handle(bad);
        assert.ok(!r.ok);
        assert.equal(r.error.code, code);
        assert.match(r.error.message, /round|addressed/);
      }
      assert.ok(client.handle(request).ok);
    });

    it("the coordinator refuses a reply for another round, from a non-participant, or twice; the sum stays exact", () => {
      const fed = makeFederation({ label: "server-refusals", n, d, round: 5 });
      const codes: string[] = [];
      const run = runRound(fed, {
        onReply: (reply) => {
          if (reply.sender !== 3) return reply;
          for (const bad of [{ ...reply, round: 4 }, { ...reply, sender: 99 }]) {
            const r = fed.server.receive(structuredClone(bad));
            if (!r.ok) codes.push(r.error.code);
          }
          assert.ok(fed.server.receive(structuredClone(reply)).ok);
          const again = fed.server.receive(structuredClone(reply));
          if (!again.ok) codes.push(again.error.code);
          return null;
        },
      });
      assert.deepEqual(codes, Array(5).fill(["wrong-round", "not-a-participant", "duplicate"]).flat());
      assertExact(fed, run, all(n));
    });
  });

  describe("a replayed message from an earlier round", () => {
    const round1 = runRound(makeFederation({ label: "replay", n, d, round: 1 }));

    it("the coordinator refuses a round-1 advertisement in round 2, as is (wrong-round) or relabelled (bad-signature)", () => {
      const fed = makeFederation({ label: "replay", n, d, round: 2 });
      fed.server.start();
      const old = round1.replies.get("AdvertiseKeys")!.find((r) => r.sender === 3)!;
      const asIs = fed.server.receive(structuredClone(old));
      assert.ok(!asIs.ok); assert.equal(asIs.error.code, "wrong-round");
      const relabelled = fed.server.receive({ ...structuredClone(old), round: 2 });
      assert.ok(!relabelled.ok); assert.equal(relabelled.error.code, "bad-signature");
    });

    it("a worker refuses a round-1 key advertisement slipped into round 2 (bad-signature)", () => {
      const fed = makeFederation({ label: "replay", n, d, round: 2 });
      const oldAd = (round1.requests.get("ShareKeys")!.find((r) => r.receiver === 0) as ShareKeysRequest).advertisements.find((a) => a.sender === 3)!;
      const run = runRound(fed, {
        onRequest: (req) => req.stage === "ShareKeys" && req.receiver === 0
          ? { ...req, advertisements: req.advertisements.map((a) => (a.sender === 3 ? oldAd : a)) }
          : req,
      });
      assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, "bad-signature"]]);
      assertExact(fed, run, all(n, [0]));
    });

    it("a worker refuses a share replayed from round 1 (authentication-failed), and the others' sum stays exact", () => {
      const fed = makeFederation({ label: "replay", n, d, round: 2 });
      const oldShare = (round1.requests.get("MaskedInput")!.find((r) => r.receiver === 0) as MaskedInputRequest).shares.find((s) => s.sender === 3)!;
      const run = runRound(fed, {
        onRequest: (req) => req.stage === "MaskedInput" && req.receiver === 0
          ? { ...req, shares: req.shares.map((s) => (s.sender === 3 ? oldShare : s)) }
          : req,
      });
      assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, "authentication-failed"]]);
      assertExact(fed, run, all(n, [0])); // 0 shared keys, then dropped: its pairwise masks are removed via its mask key
    });
  });

  describe("a key advertisement with a bad signature", () => {
    it("a worker refuses a substituted mask key (a coordinator in the middle)", () => {
      const fed = makeFederation({ label: "bad-sig", n, d });
      const run = runRound(fed, {
        onRequest: (req) => req.stage === "ShareKeys" && req.receiver === 5
          ? { ...req, advertisements: req.advertisements.map((a) => (a.sender === 2 ? { ...a, maskPublicKey: flip(a.maskPublicKey, 0) } : a)) }
          : req,
      });
      assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[5, "bad-signature"]]);
      assertExact(fed, run, all(n, [5]));
    });

    it("a coordinator that knows the roster refuses a forged signature on arrival; the genuine one is accepted after", () => {
      const fed = makeFederation({ label: "bad-sig-server", n, d });
      let refused = "";
      const run = runRound(fed, {
        onReply: (reply) => {
          if (reply.stage !== "AdvertiseKeys" || reply.sender !== 4) return reply;
          const r = fed.server.receive({ ...structuredClone(reply), signature: flip(reply.signature, 7) });
          if (!r.ok) refused = r.error.code;
          return reply;
        },
      });
      assert.equal(refused, "bad-signature");
      assertExact(fed, run, all(n));
    });

    it("a worker refuses a round with a participant its federation file does not hold (unknown-peer), before sending anything", () => {
      const fed = makeFederation({ label: "unknown", n, d });
      const roster = new Map(fed.roster);
      roster.delete(6);
      const client = new SecAggPlusClient({
        id: 1, round: fed.round, runId: fed.runId, inputFor: () => ({ vector: fed.inputs.get(1)!, minSum: 3 }), identity: fed.identities.get(1)!,
        peerKeys: (id) => roster.get(id), policy: permissivePolicy(), randomBytes: seededRandomBytes(seedFromLabel("unknown/other")),
      });
      const r = client.handle(fed.server.start()[1]!);
      assert.ok(!r.ok);
      assert.equal(r.error.code, "unknown-peer");
      assert.match(r.error.message, /participant 6/);
      assert.equal(client.stage, "AdvertiseKeys");
    });
  });

});
