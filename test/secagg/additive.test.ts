import assert from "node:assert/strict";
import { randomInt, seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { AdditiveClient } from "../../shared/secagg/additive-client";
import { reconstruct32, splitShares32 } from "../../shared/syft/sharing";
import { AdditiveServer } from "../../shared/secagg/additive-server";
import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import type { StageTransition } from "../../shared/secagg/secagg-plus-server";
import type { SecAggStage } from "../../shared/secagg/stages";
import { chiSquareCritical, chiSquareUniform } from "../crypto/support/statistics";
import { makeFederation, permissivePolicy, randomVector, type Federation } from "./support/federation";

describe("secagg/additive sharing", () => {
  const rng = seededRandomBytes(seedFromLabel("additive"));

  it("the client's sharing (splitShares32) gives n vectors that sum to the input mod 2^32", () => {
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + randomInt(8, rng), d = randomInt(100, rng);
      const v = randomVector(d, rng);
      const shares = splitShares32(v, n, rng);
      assert.equal(shares.length, n);
      for (const s of shares) assert.equal(s.length, d);
      assert.deepEqual(reconstruct32(shares), v);
    }
    assert.deepEqual(splitShares32(Uint32Array.of(5, 6), 1, rng), [Uint32Array.of(5, 6)]);
  });

  it("each share looks uniform whatever the input (chi-square on the top 8 bits)", () => {
    const shares = splitShares32(new Uint32Array(30000), 3, rng);
    for (const s of shares) {
      const counts = new Uint32Array(256);
      for (const w of s) counts[w >>> 24]!++;
      assert.ok(chiSquareUniform(counts) < chiSquareCritical(255));
    }
  });

  it("refuses bad arguments", () => {
    assert.throws(() => splitShares32(new Uint32Array(2), 0, rng), RangeError);
    assert.throws(() => reconstruct32([new Uint32Array(2), new Uint32Array(3)]), RangeError);
    assert.throws(() => reconstruct32([]), RangeError);
  });
});

/** Drive the additive machines with the SecAgg+ federation's workers and keys. */
function additiveClient(fed: Federation, id: number): AdditiveClient {
  return new AdditiveClient({
    id, round: fed.round, runId: fed.runId, inputFor: () => ({ vector: fed.inputs.get(id)!, minSum: 3 }), identity: fed.identities.get(id)!,
    peerKeys: (peer) => fed.roster.get(peer), policy: permissivePolicy(), randomBytes: seededRandomBytes(seedFromLabel(`additive-client/${id}`)),
  });
}

function runAdditive(fed: Federation, drops: ReadonlyMap<number, SecAggStage> = new Map(), onRequest?: (r: SecAggRequest) => SecAggRequest) {
  const server = new AdditiveServer({ round: fed.round, runId: fed.runId, purpose: "fit", participants: fed.ids, vectorLength: fed.d, identityKeys: (id) => fed.roster.get(id) });
  const clients = new Map(fed.ids.map((id) => [id, additiveClient(fed, id)]));
  const order = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask"];
  const errors: string[] = [];
  const partials: SecAggReply[] = [];
  let requests: readonly SecAggRequest[] = server.start();
  for (;;) {
    for (const original of requests) {
      const drop = drops.get(original.receiver);
      if (drop !== undefined && order.indexOf(drop) <= order.indexOf(original.stage)) continue; // silent until the deadline
      const r = clients.get(original.receiver)!.handle(structuredClone(onRequest ? onRequest(original) : original));
      if (!r.ok) { errors.push(r.error.code); server.markDropped(original.receiver); continue; }
      if (r.value.stage === "MaskedInput") partials.push(r.value);
      const accepted = server.receive(structuredClone(r.value));
      if (!accepted.ok) throw new Error(accepted.error.message);
    }
    const t: StageTransition = server.closeStage();
    if (t.kind !== "next") return { final: t, errors, clients, partials };
    requests = t.requests;
  }
}

describe("secagg/additive protocol machines", () => {
  it("the coordinator gets the exact ring sum; each partial sum it sees looks uniform", () => {
    const fed = makeFederation({ label: "additive-run", n: 5, d: 20000 });
    const { final, errors, clients, partials } = runAdditive(fed);
    assert.deepEqual(errors, []);
    assert.equal(final.kind, "done");
    if (final.kind === "done") {
      assert.deepEqual(final.aggregate.contributors, [0, 1, 2, 3, 4]);
      const expected = reconstruct32([...fed.inputs.values()]);
      assert.deepEqual(final.aggregate.sum, expected);
    }
    for (const c of clients.values()) assert.equal(c.stage, "Done");
    for (const p of partials) {
      if (p.stage !== "MaskedInput") continue;
      const counts = new Uint32Array(256);
      for (const w of p.maskedInput) counts[w >>> 24]!++;
      assert.ok(chiSquareUniform(counts) < chiSquareCritical(255));
    }
  });

  for (const stage of ["AdvertiseKeys", "ShareKeys", "MaskedInput"] as const) {
    it(`aborts cleanly, with no sum, when a worker drops at ${stage}`, () => {
      const fed = makeFederation({ label: `additive-drop-${stage}`, n: 4, d: 7 });
      const { final } = runAdditive(fed, new Map([[1, stage]]));
      assert.equal(final.kind, "aborted");
      if (final.kind === "aborted") assert.match(final.reason, new RegExp(`worker\\(s\\) 1 dropped at ${stage}; additive sharing needs every participant`));
    });
  }

  it("a worker refuses a tampered or misrouted share; the round then aborts", () => {
    const fed = makeFederation({ label: "additive-tamper", n: 3, d: 5 });
    const { final, errors } = runAdditive(fed, new Map(), (req) => req.stage === "MaskedInput" && req.receiver === 0
      ? { ...req, shares: req.shares.map((s, i) => (i === 0 ? { ...s, ciphertext: s.ciphertext.map((b, j) => (j === 30 ? b ^ 1 : b)) } : s)) }
      : req);
    assert.deepEqual(errors, ["authentication-failed"]);
    assert.equal(final.kind, "aborted");
  });

  it("a worker refuses a configuration that is not all-to-all with every share needed", () => {
    const fed = makeFederation({ label: "additive-config", n: 3, d: 5 });
    const server = new AdditiveServer({ round: fed.round, runId: fed.runId, purpose: "fit", participants: fed.ids, vectorLength: fed.d, identityKeys: (id) => fed.roster.get(id) });
    const req = server.start()[0]!;
    const r = additiveClient(fed, 0).handle({ ...req, ...(req.stage === "AdvertiseKeys" ? { threshold: 2 } : {}) });
    assert.ok(!r.ok);
    assert.equal(r.error.code, "policy-refused");
    assert.match(r.error.message, /threshold = 3/);
  });

  it("a worker shares only with every other announced participant: a coordinator that relays a subset is refused (threshold = n)", () => {
    const fed = makeFederation({ label: "additive-subset", n: 10, d: 5 });
    const { final, errors } = runAdditive(fed, new Map(), (req) => req.stage === "ShareKeys" && req.receiver === 0
      ? { ...req, advertisements: req.advertisements.filter((a) => a.sender === 1) } : req);
    assert.deepEqual(errors, ["below-threshold"], "the victim sends no share at all");
    assert.equal(final.kind, "aborted");
  });

  it("refuses a round of 2 (a sum of two reveals each input to the other)", () => {
    const fed = makeFederation({ label: "additive-two", n: 3, d: 5 });
    assert.throws(() => new AdditiveServer({ round: 1, runId: fed.runId, purpose: "fit", participants: [0, 1], vectorLength: 5, identityKeys: () => undefined }), /at least 3/);
    const server = new AdditiveServer({ round: fed.round, runId: fed.runId, purpose: "fit", participants: fed.ids, vectorLength: fed.d, identityKeys: (id) => fed.roster.get(id) });
    const req = server.start()[0]!;
    const r = additiveClient(fed, 0).handle({ ...req, ...(req.stage === "AdvertiseKeys" ? { participants: [0, 1], neighbors: 1, threshold: 2 } : {}) });
    assert.ok(!r.ok);
    assert.equal(r.error.code, "policy-refused");
  });
});
