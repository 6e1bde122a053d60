import assert from "node:assert/strict";
import { ascendingIds } from "../../shared/secagg/validation";

describe("ascendingIds (a participant or survivor list, checked without a Set)", () => {
  it("hands back a strictly ascending list itself, and sorts any other", () => {
    const wire = [1, 2, 5, 9];
    const got = ascendingIds(wire, "the list");
    assert.ok(got.ok);
    assert.equal(got.value, wire, "an ascending list is not copied");
    const shuffled = ascendingIds([9, 1, 5, 2], "the list");
    assert.ok(shuffled.ok);
    assert.deepEqual(shuffled.value, [1, 2, 5, 9]);
    const empty = ascendingIds([], "the list");
    assert.ok(empty.ok && empty.value.length === 0);
  });

  it("refuses a repeated id wherever it is, and an id that is not a worker id", () => {
    for (const ids of [[1, 1, 2], [1, 2, 2], [2, 1, 2], [3, 1, 3]]) {
      const r = ascendingIds(ids, "the survivor set");
      assert.ok(!r.ok);
      assert.equal(r.error.code, "duplicate", JSON.stringify(ids));
      assert.match(r.error.message, /the survivor set lists worker \d twice/);
    }
    for (const bad of [-1, 1.5, 2 ** 31, Number.NaN]) {
      for (const ids of [[1, 2, bad], [bad, 1, 2], [3, bad, 1]]) {
        const r = ascendingIds(ids, "the list");
        assert.ok(!r.ok);
        assert.equal(r.error.code, "bad-request");
        assert.match(r.error.message, /which is not a worker id/);
      }
    }
  });
});
