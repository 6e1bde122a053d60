import assert from "node:assert/strict";
import { randomInt, seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { SECAGG_STAGES, type SecAggStage } from "../../shared/secagg/stages";
import { makeFederation, plaintextSum, runRound } from "./support/federation";
import { expectedOutcome } from "./support/oracle";

function assertExact(label: string, options: Parameters<typeof makeFederation>[0], drops: Map<number, SecAggStage>, dropVia: "markDropped" | "deadline" = "markDropped") {
  const fed = makeFederation({ ...options, label });
  const expected = expectedOutcome(fed.ids, (id) => fed.server.neighboursOf(id), fed.server.params.threshold, drops);
  const run = runRound(fed, { drops, dropVia });
  assert.deepEqual(run.clientErrors, [], "no honest worker refuses an honest coordinator");
  const final = run.final!;
  if (expected.abort) {
    assert.equal(final.kind, "aborted", `${label}: expected an abort`);
    return final;
  }
  assert.equal(final.kind, "done", `${label}: ${final.kind === "aborted" ? final.reason : ""}`);
  if (final.kind === "done") {
    assert.deepEqual(final.aggregate.contributors, expected.contributors);
    assert.deepEqual(final.aggregate.sum, plaintextSum(fed, expected.contributors), `${label}: the unmasked sum must equal the plaintext ring sum bit for bit`);
  }
  return final;
}

describe("secagg/SecAgg+ exactness", () => {
  it("recovers the exact sum without dropouts, n = 3..6 and a larger all-to-all round", () => {
    for (const n of [3, 4, 5, 6, 17]) {
      const final = assertExact(`nodrop-${n}`, { label: "", n, d: 1 + n * 3 }, new Map());
      assert.equal(final.kind, "done");
    }
  });

  it("works with sparse, non-contiguous worker ids", () => {
    const final = assertExact("sparse-ids", { label: "", n: 6, d: 9, ids: [3, 1000, 42, 7, 2 ** 31 - 2, 99] }, new Map([[42, "MaskedInput"]]));
    assert.equal(final.kind, "done");
  });

  for (const stage of SECAGG_STAGES) {
    it(`recovers the exact sum of the survivors when workers drop before answering ${stage}`, () => {
      for (const dropVia of ["markDropped", "deadline"] as const) {
        // all-to-all: n = 12, k = 11, c = 1, t = 7 -> up to 4 may drop
        const allToAll = assertExact(`drop-${stage}-${dropVia}`, { label: "", n: 12, d: 20 }, new Map([[2, stage], [5, stage], [11, stage]]), dropVia);
        assert.equal(allToAll.kind, "done");
        // sparse: n = 30, k = 10, c = 1, t = 6
        const sparse = assertExact(`sparse-drop-${stage}-${dropVia}`, { label: "", n: 30, d: 15, neighbors: 10 }, new Map([[0, stage], [13, stage]]), dropVia);
        assert.equal(sparse.kind, "done");
      }
    });
  }

  it("recovers the exact sum with dropouts at every stage in one round", () => {
    const drops = new Map<number, SecAggStage>([[0, "AdvertiseKeys"], [3, "ShareKeys"], [6, "MaskedInput"], [8, "ConsistencyCheck"], [9, "Unmask"]]);
    const final = assertExact("mixed", { label: "", n: 14, d: 33 }, drops);
    assert.equal(final.kind, "done");
    // 8 and 9 sent their masked input, so they are in the sum; the others rebuild their self masks.
    if (final.kind === "done") assert.deepEqual(final.aggregate.contributors, [1, 2, 4, 5, 7, 8, 9, 10, 11, 12, 13]);
  });

  it("matches the plaintext sum (or aborts exactly when it must) for random n in 3..50, d and dropout sets", function () {
    this.timeout(60000);
    const rng = seededRandomBytes(seedFromLabel("exactness-random"));
    let done = 0, aborted = 0;
    for (let trial = 0; trial < 14; trial++) {
      const n = 3 + randomInt(48, rng);
      const d = 1 + randomInt(40, rng);
      const sparse = n >= 12 && randomInt(2, rng) === 0;
      const neighbors = sparse ? 2 * (3 + randomInt(Math.min(6, Math.floor((n - 2) / 2) - 2), rng)) : undefined;
      const drops = new Map<number, SecAggStage>();
      const dropCount = randomInt(Math.max(1, Math.floor(n / 4)), rng);
      for (let i = 0; i < dropCount; i++) drops.set(randomInt(n, rng), SECAGG_STAGES[randomInt(SECAGG_STAGES.length, rng)]!);
      const final = assertExact(`random-${trial}`, { label: "", n, d, ...(neighbors !== undefined ? { neighbors } : {}) }, drops, trial % 2 === 0 ? "markDropped" : "deadline");
      if (final.kind === "done") done++; else aborted++;
    }
    assert.ok(done >= 10, `most random rounds should complete (${done} done, ${aborted} aborted)`);
  });
});

describe("secagg/SecAgg+ abort below threshold", () => {
  for (const stage of SECAGG_STAGES) {
    it(`aborts with a reason, and no sum, when too many drop before ${stage}`, () => {
      // n = 8, k = 7, c = 1, t = 5: three drops leave the survivors 4 live neighbours
      const drops = new Map<number, SecAggStage>([[0, stage], [1, stage], [2, stage]]);
      const final = assertExact(`abort-${stage}`, { label: "", n: 8, d: 5 }, drops);
      assert.equal(final.kind, "aborted");
      if (final.kind === "aborted") assert.match(final.reason, /round 1 aborted: .*fewer than the threshold t = 5/);
    });
  }

  it("aborts on a sparse ring where a gap of k/2 dropped workers would split the survivors", () => {
    const fed = makeFederation({ label: "gap", n: 20, d: 4, neighbors: 4 });
    // find a worker and drop its two ring neighbours on one side: both neighbours of one side of the ring
    const a = 0;
    const [n1, n2] = fed.server.neighboursOf(a);
    const drops = new Map<number, SecAggStage>([[n1!, "MaskedInput"], [n2!, "MaskedInput"]]);
    const expected = expectedOutcome(fed.ids, (id) => fed.server.neighboursOf(id), fed.server.params.threshold, drops);
    const run = runRound(fed, { drops });
    assert.equal(run.final!.kind, expected.abort ? "aborted" : "done");
  });

  it("a server that aborted holds no sum and refuses further replies", () => {
    const fed = makeFederation({ label: "aborted", n: 4, d: 3 });
    const run = runRound(fed, { drops: new Map([[0, "ShareKeys"], [1, "ShareKeys"]]) });
    assert.equal(run.final!.kind, "aborted");
    assert.equal(fed.server.stage, "Aborted");
    const late = run.replies.get("AdvertiseKeys")![0]!;
    const r = fed.server.receive(late);
    assert.ok(!r.ok);
    assert.equal(r.error.code, "wrong-stage");
  });
});

describe("secagg/SecAgg+ with one pair-secret memo for every client (virtual workers)", () => {
  it("sends the same messages, bit for bit, and the same sum; each neighbour pair's two agreements are computed once", () => {
    const options = { label: "memo", n: 30, d: 17 };
    const plain = runRound(makeFederation(options));
    const memo = new PairSecretMemo();
    const fed = makeFederation({ ...options, pairSecrets: memo });
    const shared = runRound(fed);
    assert.deepEqual(shared.clientErrors, []);
    assert.deepEqual(shared.replies, plain.replies);
    assert.deepEqual(shared.requests, plain.requests);
    assert.equal(shared.final?.kind, "done");
    if (shared.final?.kind === "done") assert.deepEqual(shared.final.aggregate.sum, plaintextSum(fed, fed.ids));
    const edges = fed.ids.reduce((s, id) => s + fed.server.neighboursOf(id).length, 0) / 2;
    // Two agreements (share key, mask key) per pair: the first end computes, the second takes.
    assert.deepEqual(memo.stats, { hits: 2 * edges, misses: 2 * edges });
  });

  it("with dropouts the sum of the survivors is exact; the next sum shares only its own pairs", () => {
    const memo = new PairSecretMemo();
    const fed = makeFederation({ label: "memo-drop", n: 20, d: 9, pairSecrets: memo });
    const run = runRound(fed, { drops: new Map<number, SecAggStage>([[fed.ids[0]!, "ShareKeys"], [fed.ids[1]!, "MaskedInput"]]) });
    assert.equal(run.final?.kind, "done");
    if (run.final?.kind === "done") assert.deepEqual(run.final.aggregate.sum, plaintextSum(fed, run.final.aggregate.contributors));
    const first = memo.stats;
    assert.ok(first.hits < first.misses, "the worker that left before ShareKeys never took its neighbours' secrets");
    assert.equal(memo.held, first.misses - first.hits, "each untaken secret is still held, each taken one zeroed");
    const next = makeFederation({ label: "memo-next", n: 6, d: 3, round: 2, pairSecrets: memo });
    assert.equal(runRound(next).final?.kind, "done");
    const edges = next.ids.reduce((s, id) => s + next.server.neighboursOf(id).length, 0) / 2;
    assert.deepEqual(memo.stats, { hits: first.hits + 2 * edges, misses: first.misses + 2 * edges });
    assert.equal(memo.held, 0, "the next sum zeroed the last one's leftovers and took all of its own");
  });

});
