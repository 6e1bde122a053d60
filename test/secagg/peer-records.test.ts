import assert from "node:assert/strict";
import { PeerRecords } from "../../shared/secagg/peer-records";

describe("secagg/peer-records (a live client's per-neighbour bytes in one buffer)", () => {
  it("finds each id's record by binary search and reads and writes parts of it", () => {
    const ids = [907, 3, 41, 12, 5000, 0];
    const r = new PeerRecords(ids, 8);
    assert.deepEqual(Array.from(r.ids), [0, 3, 12, 41, 907, 5000]);
    assert.equal(r.size, 6);
    for (const id of ids) r.set(id, Uint8Array.of(id & 0xff, id >> 8, 1, 2, 3, 4, 5, 6));
    r.set(41, Uint8Array.of(9, 9), 6);
    for (const id of ids) {
      assert.equal(r.has(id), true);
      assert.deepEqual(Array.from(r.get(id, 0, 2)!), [id & 0xff, id >> 8]);
    }
    assert.deepEqual(Array.from(r.get(41)!), [41, 0, 1, 2, 3, 4, 9, 9]);
    for (const absent of [-1, 1, 4, 42, 5001, 1.5]) {
      assert.equal(r.has(absent), false);
      assert.equal(r.get(absent), undefined);
    }
    assert.throws(() => r.set(2, new Uint8Array(1)), /not one of these peers/);
    assert.throws(() => r.set(3, new Uint8Array(9)), /do not fit/);
    assert.throws(() => r.get(3, 4, 5), /outside/);
    assert.throws(() => new PeerRecords([1, 2, 1], 4), /listed twice/);
  });

  it("a view is live until wiped: wipe() zeroes every record", () => {
    const r = new PeerRecords([7, 8], 4);
    r.set(7, Uint8Array.of(1, 2, 3, 4));
    const view = r.get(7)!;
    r.wipe();
    assert.deepEqual(Array.from(view), [0, 0, 0, 0]);
  });
});
