import assert from "node:assert/strict";
import type { MaskedInputRequest, SecAggReply, UnmaskRequest } from "../../shared/secagg/messages";
import { SecAggPlusServer } from "../../shared/secagg/secagg-plus-server";
import { makeFederation, runRound } from "./support/federation";
import { all, assertExact, flip } from "./support/attack-helpers";

/** Issue 3, "Bad input and attacks": each gets a typed error or is treated as a drop; none corrupts the sum. */


describe("secagg/SecAgg+ bad input and attacks (shares, vectors, unmask, deadlines)", () => {
  const n = 7, d = 11; // all-to-all: k = 6, t = 4

  describe("a share addressed to the wrong worker or failing authentication", () => {
    const cases: [string, (req: MaskedInputRequest, other: MaskedInputRequest) => MaskedInputRequest, string][] = [
      ["delivered to the wrong worker", (req, other) => ({ ...req, shares: req.shares.map((s) => (s.sender === 2 ? other.shares.find((o) => o.sender === 2)! : s)) }), "misaddressed"],
      ["relabelled for the wrong worker", (req, other) => ({ ...req, shares: req.shares.map((s) => (s.sender === 2 ? { ...other.shares.find((o) => o.sender === 2)!, receiver: req.receiver } : s)) }), "authentication-failed"],
      ["tampered with", (req) => ({ ...req, shares: req.shares.map((s) => (s.sender === 2 ? { ...s, ciphertext: flip(s.ciphertext, 50) } : s)) }), "authentication-failed"],
      ["claiming another sender", (req) => ({ ...req, shares: req.shares.map((s) => (s.sender === 2 ? { ...s, sender: 3 } : s.sender === 3 ? { ...s, sender: 2 } : s)) }), "authentication-failed"],
    ];
    for (const [what, rewrite, code] of cases) {
      it(`a worker refuses a share ${what} (${code}); it is then a drop and the sum stays exact`, () => {
        const fed = makeFederation({ label: `share-${what}`, n, d });
        const reference = runRound(makeFederation({ label: `share-${what}`, n, d }), { stopAt: "MaskedInput" }).pending as MaskedInputRequest[];
        const run = runRound(fed, {
          onRequest: (req) => (req.stage === "MaskedInput" && req.receiver === 0 ? rewrite(req, reference.find((r) => r.receiver === 1)!) : req),
        });
        assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, code]]);
        assertExact(fed, run, all(n, [0]));
      });
    }

    it("the coordinator refuses a ShareKeys reply with a share for a non-neighbour or a missing share", () => {
      const fed = makeFederation({ label: "share-keys-reply", n: 12, d, neighbors: 4 });
      const run = runRound(fed, {
        onReply: (reply) => {
          if (reply.stage !== "ShareKeys" || reply.sender !== 0) return reply;
          const stranger = [...Array(12).keys()].find((id) => id !== 0 && !fed.server.neighboursOf(0).includes(id))!;
          const wrongTarget = fed.server.receive({ ...reply, shares: reply.shares.map((s, i) => (i === 0 ? { ...s, receiver: stranger } : s)) });
          assert.ok(!wrongTarget.ok); assert.equal(wrongTarget.error.code, "not-a-neighbour");
          const missing = fed.server.receive({ ...reply, shares: reply.shares.slice(1) });
          assert.ok(!missing.ok); assert.equal(missing.error.code, "bad-request");
          const short = fed.server.receive({ ...reply, shares: reply.shares.map((s, i) => (i === 0 ? { ...s, ciphertext: s.ciphertext.subarray(1) } : s)) });
          assert.ok(!short.ok); assert.equal(short.error.code, "wrong-length");
          return reply;
        },
      });
      assertExact(fed, run, all(12));
    });
  });

  describe("a masked vector of the wrong length", () => {
    it("is refused (wrong-length) without touching the sum", () => {
      const fed = makeFederation({ label: "length", n, d });
      const seen: string[] = [];
      const run = runRound(fed, {
        onReply: (reply: SecAggReply) => {
          if (reply.stage !== "MaskedInput" || reply.sender !== 6) return reply;
          for (const bad of [new Uint32Array(d + 1), new Uint32Array(d - 1), new Uint32Array(0)]) {
            const r = fed.server.receive({ ...reply, maskedInput: bad.fill(0xdeadbeef) });
            if (!r.ok) seen.push(r.error.code);
          }
          return reply;
        },
      });
      assert.deepEqual(seen, ["wrong-length", "wrong-length", "wrong-length"]);
      assertExact(fed, run, all(n));
    });
  });

  describe("an unmask request that does not match the signed survivor set", () => {
    it("the worker refuses a survivor set other than the one it signed (the split of Bonawitz et al.'s lying coordinator)", () => {
      const cases: [string, (ids: readonly number[]) => number[]][] = [
        ["a survivor told it dropped", (ids) => ids.filter((id) => id !== 3)],
        ["a dropped worker told it survived", (ids) => [...ids, 6].sort((a, b) => a - b)],
      ];
      for (const [what, rewrite] of cases) {
        const fed = makeFederation({ label: `unmask-split-${what}`, n, d });
        const run = runRound(fed, {
          drops: new Map([[6, "MaskedInput"]]),
          onRequest: (req) => (req.stage === "Unmask" && req.receiver === 0 ? { ...req, survivors: rewrite(req.survivors) } : req),
        });
        assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, "inconsistent-survivors"]], what);
        assert.match(run.clientErrors[0]!.error.message, /not the one worker 0 signed/);
        assertExact(fed, run, all(n, [6])); // 0 revealed nothing; the other holders suffice
      }
    });

    it("the worker refuses fewer than t neighbour signatures, a forged one, or one from a non-survivor", () => {
      const cases: [string, (req: UnmaskRequest) => UnmaskRequest][] = [
        ["too few", (req) => ({ ...req, signatures: req.signatures.slice(0, 3) })],
        ["forged", (req) => ({ ...req, signatures: req.signatures.map((s, i) => (i === 0 ? { ...s, signature: flip(s.signature, 3) } : s)) })],
        ["duplicated", (req) => ({ ...req, signatures: [...req.signatures.slice(0, 3), req.signatures[0]!] })],
      ];
      for (const [what, rewrite] of cases) {
        const fed = makeFederation({ label: `unmask-sigs-${what}`, n, d });
        const run = runRound(fed, { onRequest: (req) => (req.stage === "Unmask" && req.receiver === 0 ? rewrite(req) : req) });
        assert.deepEqual(run.clientErrors.map((e) => e.id), [0], what);
        assert.ok(["inconsistent-survivors", "duplicate"].includes(run.clientErrors[0]!.error.code), what);
        assertExact(fed, run, all(n)); // 0's input is in the sum; the other holders suffice (t = 4)
      }
    });

    it("a worker refuses to sign a survivor set it is not in, or one that leaves it fewer than t of its share holders", () => {
      const fed = makeFederation({ label: "consistency-refusals", n, d });
      const run = runRound(fed, {
        onRequest: (req) => {
          if (req.stage !== "ConsistencyCheck") return req;
          if (req.receiver === 0) return { ...req, survivors: req.survivors.filter((id) => id !== 0) };
          if (req.receiver === 1) return { ...req, survivors: [1, 2, 3] };
          if (req.receiver === 2) return { ...req, survivors: [...req.survivors, 1_000_003] }; // an id that was never a participant
          return req;
        },
      });
      assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, "bad-request"], [1, "below-threshold"], [2, "bad-request"]]);
      assert.match(run.clientErrors[2]!.error.message, /survivor 1000003 is not a participant of this round/);
    });

    it("a worker checks a survivor set sent out of order as the set it is, and refuses one with an id repeated or missing from the round", () => {
      const fed = makeFederation({ label: "consistency-order", n, d });
      let signedBy3: readonly number[] = [];
      const run = runRound(fed, {
        onRequest: (req) => {
          if (req.stage !== "ConsistencyCheck") return req;
          const missing = Math.max(...req.survivors) + 1; // between no two participants' ids: past the last
          if (req.receiver === 0) return { ...req, survivors: [...req.survivors, req.survivors[1]!] };
          if (req.receiver === 1) return { ...req, survivors: [req.survivors[0]!, 0.5, ...req.survivors.slice(1)] };
          if (req.receiver === 2) return { ...req, survivors: [...req.survivors.slice(0, 2), missing, ...req.survivors.slice(2)] };
          if (req.receiver === 3) { signedBy3 = req.survivors; return { ...req, survivors: [...req.survivors].reverse() }; }
          return req;
        },
      });
      assert.deepEqual(run.clientErrors.filter((e) => e.id <= 3).map((e) => [e.id, e.error.code]), [[0, "duplicate"], [1, "bad-request"], [2, "bad-request"]]);
      assert.match(run.clientErrors[2]!.error.message, /is not a participant of this round/);
      assert.ok(signedBy3.length > 0, "worker 3 was asked to check the set in reverse");
    });

    it("the worker answers one Unmask request only: a second one is refused", () => {
      const fed = makeFederation({ label: "unmask-twice", n, d });
      const run = runRound(fed, { drops: new Map([[5, "MaskedInput"]]) });
      assert.equal(run.final!.kind, "done");
      const first = run.requests.get("Unmask")!.find((r) => r.receiver === 0) as UnmaskRequest;
      const r = fed.clients.get(0)!.handle(first);
      assert.ok(!r.ok);
      assert.equal(r.error.code, "wrong-stage");
    });
  });

  describe("a corrupted share revealed at Unmask", () => {
    it("is caught by the self-mask commitment: the round aborts instead of reporting a wrong sum", () => {
      const fed = makeFederation({ label: "corrupt-share", n, d });
      const run = runRound(fed, {
        onReply: (reply) => reply.stage === "Unmask" && reply.sender === 1
          ? { ...reply, selfMaskShares: reply.selfMaskShares.map((s) => (s.owner === 0 ? { ...s, share: flip(s.share, 20) } : s)) }
          : reply,
      });
      assert.equal(run.final!.kind, "aborted");
      if (run.final!.kind === "aborted") assert.match(run.final!.reason, /Unmask: .*worker 0's self mask do not rebuild the secret it committed to/);
    });
  });

  describe("a worker that stalls past the stage deadline", () => {
    it("is treated as a drop at the deadline; its late reply is refused and the survivors' sum is exact", () => {
      const fed = makeFederation({ label: "stall", n, d });
      let late: SecAggReply | null = null;
      const run = runRound(fed, {
        onReply: (reply) => {
          if (reply.stage === "MaskedInput" && reply.sender === 4) { late = reply; return null; } // never arrives in time
          if (reply.stage === "Unmask" && late !== null) {
            const r = fed.server.receive(structuredClone(late));
            assert.ok(!r.ok);
            assert.equal(r.error.code, "wrong-stage");
            late = null;
          }
          return reply;
        },
      });
      const closeOfMaskedInput = run.transitions[2]!;
      assert.deepEqual(closeOfMaskedInput.dropped, [4]);
      assertExact(fed, run, all(n, [4]));
    });

    it("a reply from a worker already marked dropped in the same stage is refused (dropped)", () => {
      const fed = makeFederation({ label: "marked", n, d });
      fed.server.start();
      const reply = fed.clients.get(2)!.handle(fed.server.start()[2]!);
      assert.ok(reply.ok);
      assert.equal(fed.server.markDropped(2), true);
      assert.deepEqual(fed.server.awaiting(), [0, 1, 3, 4, 5, 6]);
      const r = fed.server.receive(reply.value);
      assert.ok(!r.ok);
      assert.equal(r.error.code, "dropped");
    });
  });

  describe("parameters a worker must not accept", () => {
    it("the coordinator refuses a threshold a lying coordinator with c colluders could split", () => {
      const base = { round: 1, runId: "r", purpose: "fit" as const, vectorLength: 3, collusionBound: 1, identityKeys: () => undefined };
      assert.throws(() => new SecAggPlusServer({ ...base, participants: [0, 1, 2, 3, 4], neighbors: 4, threshold: 2 }), /t > \(k \+ c\) \/ 2/);
      assert.throws(() => new SecAggPlusServer({ ...base, participants: [0, 1, 2, 3, 4, 5, 6], neighbors: 3, threshold: 3 }), /even/);
      assert.throws(() => new SecAggPlusServer({ ...base, participants: [0, 1], neighbors: 1, threshold: 1 }), /at least 3 participants/);
    });

    it("a worker refuses a coordinator's request for a low threshold, a wrong vector length, or a round it is not in", () => {
      const fed = makeFederation({ label: "config", n, d });
      const request = fed.server.start()[0]!;
      if (request.stage !== "AdvertiseKeys") throw new Error("unexpected");
      const client = fed.clients.get(0)!;
      for (const [bad, code] of [
        [{ ...request, threshold: 3 }, "policy-refused"],
        [{ ...request, vectorLength: d + 1 }, "wrong-length"],
        [{ ...request, participants: request.participants.filter((id) => id !== 0) }, "not-a-participant"],
        [{ ...request, participants: [...request.participants, 1] }, "duplicate"],
      ] as const) {
        const r = client.handle(bad);
        assert.ok(!r.ok);
        assert.equal(r.error.code, code);
      }
      assert.equal(client.stage, "AdvertiseKeys");
    });

    it("a worker refuses keys from outside its neighbourhood in a sparse graph (not-a-neighbour)", () => {
      const fed = makeFederation({ label: "sparse-ads", n: 12, d, neighbors: 4 });
      const stranger = [...Array(12).keys()].find((id) => id !== 0 && !fed.server.neighboursOf(0).includes(id))!;
      const run = runRound(fed, {
        onRequest: (req) => (req.stage === "ShareKeys" && req.receiver === 0
          ? { ...req, advertisements: req.advertisements.map((a, i) => (i === 0 ? { ...a, sender: stranger } : a)) }
          : req),
      });
      assert.deepEqual(run.clientErrors.map((e) => [e.id, e.error.code]), [[0, "not-a-neighbour"]]);
    });
  });
});
