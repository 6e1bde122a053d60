import assert from "node:assert/strict";
import { seedFromLabel } from "../../shared/crypto/random";
import { buildNeighbourGraph, defaultSecAggParams, graphSeed, neighboursInGraph, paramsProblem, thresholdFor } from "../../shared/secagg/neighbour-graph";
import { secaggParamsRefusal, DEFAULT_SECAGG_POLICY } from "../../shared/secagg/secagg-policy";
import { transcriptDigest } from "../../shared/secagg/transcript";

describe("secagg/neighbour-graph", () => {
  const seed = seedFromLabel("graph");

  it("is symmetric, k-regular and loop-free for sparse k, and complete for k = n - 1", () => {
    for (const [n, k] of [[10, 4], [25, 8], [50, 10], [7, 6], [8, 7], [3, 2]] as const) {
      const ids = Array.from({ length: n }, (_, i) => i * 3 + 1);
      const g = buildNeighbourGraph(ids, k, seed);
      assert.equal(g.size, n);
      for (const [id, ns] of g) {
        assert.equal(ns.length, k, `degree of ${id}`);
        assert.equal(new Set(ns).size, k);
        assert.ok(!ns.includes(id));
        for (const v of ns) assert.ok(g.get(v)!.includes(id), `edge ${id}-${v} is symmetric`);
      }
    }
  });

  it("is the same for every party (order of the participant list does not matter) and changes with the seed", () => {
    const ids = Array.from({ length: 30 }, (_, i) => i);
    const a = buildNeighbourGraph(ids, 6, seed);
    const b = buildNeighbourGraph([...ids].reverse(), 6, seed);
    assert.deepEqual([...a].sort(), [...b].sort());
    assert.notDeepEqual([...buildNeighbourGraph(ids, 6, seedFromLabel("other"))].sort(), [...a].sort());
  });

  it("derives its seed from the round's transcript: another run, round or participant set gives another graph", () => {
    const t = { protocol: "secagg+" as const, runId: "run-a", round: 1, purpose: "fit" as const, participants: Array.from({ length: 40 }, (_, i) => i + 1),
      neighbors: 6, threshold: 4, collusionBound: 1, vectorLength: 10 };
    const g = (x: typeof t) => [...buildNeighbourGraph(x.participants, x.neighbors, graphSeed(transcriptDigest(x)))].sort();
    assert.deepEqual(g(t), g({ ...t }));
    assert.notDeepEqual(g(t), g({ ...t, runId: "run-b" }));
    assert.notDeepEqual(g(t), g({ ...t, round: 2 }));
    assert.notDeepEqual(g(t), g({ ...t, vectorLength: 11 }));
  });

  it("neighboursInGraph gives one participant's list of the full graph, sparse or complete", () => {
    for (const [n, k] of [[30, 6], [12, 11], [101, 34]] as const) {
      const ids = Array.from({ length: n }, (_, i) => i * 5 + 2);
      const g = buildNeighbourGraph(ids, k, seed);
      for (const id of ids) assert.deepEqual(neighboursInGraph([...ids].reverse(), k, seed, id), g.get(id));
      assert.deepEqual(neighboursInGraph(ids, k, seed, 1), [], "not a participant");
    }
  });

  it("neighboursInGraph reuses the last ring only for equal inputs: the same list and seed, not a list changed in place or another seed", () => {
    const ids = Array.from({ length: 60 }, (_, i) => i * 3 + 1);
    // A reversed list draws afresh (the reuse compares lists as given) and gives the same graph: the reference.
    const fresh = (list: number[], s: Uint8Array, id: number): readonly number[] => buildNeighbourGraph([...list].reverse(), 8, s).get(id) ?? [];
    const first = neighboursInGraph(ids, 8, seed, 4);
    assert.deepEqual(neighboursInGraph(ids, 8, seed, 4), first);
    assert.deepEqual(first, fresh(ids, seed, 4));
    assert.deepEqual(neighboursInGraph(ids, 8, seed, 4), fresh(ids, seed, 4), "the same inputs again, after another draw");
    ids[5] = 999; // the caller's array, changed in place
    assert.ok(neighboursInGraph(ids, 8, seed, 4).every((v) => v !== 16));
    assert.deepEqual(neighboursInGraph(ids, 8, seed, 4), fresh(ids, seed, 4));
    const other = Uint8Array.from(seed);
    other[31] ^= 1;
    neighboursInGraph(ids, 8, seed, 4);
    assert.deepEqual(neighboursInGraph(ids, 8, other, 4), fresh(ids, other, 4));
    assert.notDeepEqual(buildNeighbourGraph(ids, 8, other), buildNeighbourGraph(ids, 8, seed), "another seed, another graph");
  });

  it("defaults: all-to-all up to n = 33, then k grows like log n; t > (k + c) / 2", () => {
    const expected: [number, number][] = [[3, 2], [4, 3], [10, 9], [30, 29], [33, 32], [34, 32], [100, 34], [1000, 38], [10000, 42]];
    for (const [n, k] of expected) {
      const p = defaultSecAggParams(n);
      assert.equal(p.neighbors, k, `k for n = ${n}`);
      assert.equal(p.threshold, Math.floor((k + 1) / 2) + 1);
      assert.equal(paramsProblem(n, p.neighbors, p.threshold, 1), null);
    }
    assert.equal(defaultSecAggParams(4).threshold, 3, "4 sites, one colluder: every share is needed (t = k = 3)");
    assert.equal(defaultSecAggParams(10, { collusionBound: 3 }).threshold, 7);
    assert.equal(defaultSecAggParams(1000, { dropoutRate: 0.3 }).neighbors, 212);
    assert.ok(defaultSecAggParams(1000, { dropoutRate: 0.05 }).neighbors < 38);
    assert.throws(() => defaultSecAggParams(2), /at least 3 participants/);
    assert.throws(() => defaultSecAggParams(3, { collusionBound: 2 }), /cannot tolerate 2 colluding workers/);
  });

  it("explains unacceptable parameters", () => {
    assert.match(paramsProblem(2, 1, 1, 1)!, /at least 3 participants/);
    assert.match(paramsProblem(10, 10, 6, 1)!, /2\.\.9/);
    assert.match(paramsProblem(10, 5, 3, 1)!, /even/);
    assert.match(paramsProblem(10, 6, 3, 1)!, /t > \(k \+ c\) \/ 2/);
    assert.match(paramsProblem(10, 6, 7, 1)!, /4\.\.6/);
    assert.match(paramsProblem(4, 3, 2, 1)!, /3\.\.3/, "the one-colluder split of a 4-site round (t = 2) is refused");
    assert.equal(thresholdFor(6, 1), 4);
    assert.equal(thresholdFor(7, 1), 5);
    assert.equal(thresholdFor(7, 3), 6);
  });

  it("a worker's policy refuses n = 2, k below its floor, a threshold a colluder could split, and additive below threshold = n", () => {
    const p = DEFAULT_SECAGG_POLICY;
    assert.match(secaggParamsRefusal(p, { protocol: "secagg+", participants: 2, neighbors: 1, threshold: 1, collusionBound: 0 })!, /at least 3/);
    assert.match(secaggParamsRefusal(p, { protocol: "secagg+", participants: 100, neighbors: 2, threshold: 2, collusionBound: 0 })!, /t > \(k \+ c\) \/ 2|at least 34/);
    assert.match(secaggParamsRefusal(p, { protocol: "secagg+", participants: 100, neighbors: 4, threshold: 3, collusionBound: 0 })!, /at least 34/);
    assert.match(secaggParamsRefusal(p, { protocol: "secagg+", participants: 4, neighbors: 3, threshold: 2, collusionBound: 0 })!, /threshold/);
    assert.match(secaggParamsRefusal({ ...p, collusionBound: 3 }, { protocol: "secagg+", participants: 10, neighbors: 9, threshold: 6, collusionBound: 1 })!, /7\.\.9/);
    assert.equal(secaggParamsRefusal(p, { protocol: "secagg+", participants: 100, neighbors: 34, threshold: 18, collusionBound: 1 }), null);
    assert.match(secaggParamsRefusal(p, { protocol: "additive", participants: 10, neighbors: 9, threshold: 5, collusionBound: 0 })!, /threshold = 10/);
    assert.equal(secaggParamsRefusal(p, { protocol: "additive", participants: 10, neighbors: 9, threshold: 10, collusionBound: 0 }), null);
    assert.match(secaggParamsRefusal({ ...p, minParticipants: 5 }, { protocol: "additive", participants: 4, neighbors: 3, threshold: 4, collusionBound: 0 })!, /at least 5/);
  });
});
