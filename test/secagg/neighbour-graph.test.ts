import assert from "node:assert/strict";
import { seedFromLabel } from "../../shared/crypto/random";
import { buildNeighbourGraph, defaultSecAggParams, minimumThreshold, neighboursInGraph, paramsProblem } from "../../shared/secagg/neighbour-graph";

describe("secagg/neighbour-graph", () => {
  const seed = seedFromLabel("graph");

  it("is symmetric, k-regular and loop-free for sparse k, and complete for k = n - 1", () => {
    for (const [n, k] of [[10, 4], [25, 8], [50, 10], [7, 6], [8, 7], [3, 2], [2, 1]] as const) {
      const ids = Array.from({ length: n }, (_, i) => i * 3 + 1);
      const g = buildNeighbourGraph(ids, k, 1, seed);
      assert.equal(g.size, n);
      for (const [id, ns] of g) {
        assert.equal(ns.length, k, `degree of ${id}`);
        assert.equal(new Set(ns).size, k);
        assert.ok(!ns.includes(id));
        for (const v of ns) assert.ok(g.get(v)!.includes(id), `edge ${id}-${v} is symmetric`);
      }
    }
  });

  it("is the same for every party (order of the participant list does not matter) and changes with seed and round", () => {
    const ids = Array.from({ length: 30 }, (_, i) => i);
    const a = buildNeighbourGraph(ids, 6, 1, seed);
    const b = buildNeighbourGraph([...ids].reverse(), 6, 1, seed);
    assert.deepEqual([...a].sort(), [...b].sort());
    assert.notDeepEqual([...buildNeighbourGraph(ids, 6, 1, seedFromLabel("other"))].sort(), [...a].sort());
    assert.notDeepEqual([...buildNeighbourGraph(ids, 6, 2, seed)].sort(), [...a].sort());
  });

  it("neighboursInGraph gives one participant's list of the full graph, sparse or complete", () => {
    for (const [n, k] of [[30, 6], [12, 11], [101, 34]] as const) {
      const ids = Array.from({ length: n }, (_, i) => i * 5 + 2);
      const g = buildNeighbourGraph(ids, k, 3, seed);
      for (const id of ids) assert.deepEqual(neighboursInGraph([...ids].reverse(), k, 3, seed, id), g.get(id));
      assert.deepEqual(neighboursInGraph(ids, k, 3, seed, 1), [], "not a participant");
    }
  });

  it("defaults: all-to-all for small n, then k grows like log n; t is a strict majority", () => {
    const expected: [number, number][] = [[2, 1], [3, 2], [10, 9], [30, 29], [100, 34], [1000, 38], [10000, 42]];
    for (const [n, k] of expected) {
      const p = defaultSecAggParams(n);
      assert.equal(p.neighbors, k, `k for n = ${n}`);
      assert.equal(p.threshold, Math.floor(k / 2) + 1);
      assert.equal(paramsProblem(n, p.neighbors, p.threshold), null);
    }
    assert.equal(defaultSecAggParams(1000, { dropoutRate: 0.3 }).neighbors, 212);
    assert.ok(defaultSecAggParams(1000, { dropoutRate: 0.05 }).neighbors < 38);
  });

  it("explains unacceptable parameters", () => {
    assert.match(paramsProblem(1, 1, 1)!, /at least 2/);
    assert.match(paramsProblem(10, 10, 6)!, /1\.\.9/);
    assert.match(paramsProblem(10, 5, 3)!, /even/);
    assert.match(paramsProblem(10, 6, 3)!, /strict majority/);
    assert.match(paramsProblem(10, 6, 7)!, /4\.\.6/);
    assert.equal(minimumThreshold(6), 4);
    assert.equal(minimumThreshold(7), 4);
  });
});
