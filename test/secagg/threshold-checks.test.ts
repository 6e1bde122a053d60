import assert from "node:assert/strict";
import { shortOfNeighbours, unrecoverable, type LiveNeighbours } from "../../shared/secagg/threshold-checks";

/** A ring of n workers, each the neighbour of the k/2 on either side. */
function ring(n: number, k: number): LiveNeighbours {
  return (id, among) => {
    const out: number[] = [];
    for (let d = 1; d <= k / 2; d++) out.push((id + d) % n, (id - d + n) % n);
    return out.filter((v) => among.has(v));
  };
}

describe("secagg/threshold checks (SecAgg+ coordinator)", () => {
  const n = 8, k = 4, t = 3;
  const live = ring(n, k);
  const all = new Set([0, 1, 2, 3, 4, 5, 6, 7]);

  it("shortOfNeighbours names the first worker, ascending, with fewer than t live neighbours", () => {
    assert.equal(shortOfNeighbours(all, all, t, live), null);
    // Without 2 and 3, worker 1 keeps 0 and 7 (2 < 3); worker 4 keeps 5 and 6 (also 2): the lower id is named.
    const among = new Set([0, 1, 4, 5, 6, 7]);
    assert.deepEqual(shortOfNeighbours(among, among, t, live), { id: 1, count: 2 });
  });

  it("unrecoverable: null while every survivor and every dropped worker keeps t share holders", () => {
    const survivors = [0, 1, 2, 3, 4, 5, 6];
    assert.equal(unrecoverable(new Set(survivors), survivors, all, t, live), null);
  });

  it("unrecoverable: a survivor with fewer than t holders left is reported", () => {
    const survivors = [0, 1, 2, 3, 4, 5, 6, 7];
    const holders = new Set([0, 1, 4, 5, 6, 7]);
    assert.match(unrecoverable(holders, survivors, all, t, live) ?? "", /surviving worker 1 has only 2 live neighbours left, fewer than the threshold t = 3/);
  });

  it("unrecoverable: a dropped worker whose mask key cannot be rebuilt is reported", () => {
    // 0..4 all connected; 5 (dropped after sharing keys) is the neighbour of 0 and 1 only.
    const adjacency = new Map<number, number[]>([[0, [1, 2, 3, 4, 5]], [1, [0, 2, 3, 4, 5]], [2, [0, 1, 3, 4]], [3, [0, 1, 2, 4]], [4, [0, 1, 2, 3]], [5, [0, 1]]]);
    const graph: LiveNeighbours = (id, among) => adjacency.get(id)!.filter((v) => among.has(v));
    const survivors = [0, 1, 2, 3, 4];
    const shared = new Set([0, 1, 2, 3, 4, 5]);
    assert.equal(unrecoverable(new Set(survivors), survivors, shared, 2, graph), null);
    // Without 1, every survivor still has 2 holders, but 5 keeps only 0.
    assert.equal(unrecoverable(new Set([0, 2, 3, 4]), survivors, shared, 2, graph),
      "dropped worker 5 has only 1 live neighbours holding its key shares, fewer than the threshold t = 2");
    // A dropped worker with no surviving neighbour has no pairwise mask in the sum: nothing to rebuild.
    const isolated = new Map(adjacency).set(5, []);
    assert.equal(unrecoverable(new Set([0, 2, 3, 4]), survivors, shared, 2, (id, among) => isolated.get(id)!.filter((v) => among.has(v))), null);
  });
});
