import assert from "node:assert/strict";
import { makeDataset, type Dataset } from "../../shared/data/dataset";
import { loadCsvSync } from "../../shared/data/load-csv";
import { applyScaler, fitScaler, standardiseOwn } from "../../shared/data/scaler";
import { trainTestSplit } from "../../shared/data/split";
import { BOSTON_TASK } from "../../shared/task/tasks";

/** Rows i = 0..n-1 with features (i, 2i + 1) and target 100 + i: each row identifiable. */
function numbered(n: number): Dataset {
  const x = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    x[2 * i] = i;
    x[2 * i + 1] = 2 * i + 1;
  }
  return makeDataset(x, Float32Array.from({ length: n }, (_, i) => 100 + i), ["i", "j"], "t");
}

describe("trainTestSplit", () => {
  it("splits Boston 404/102 and Pima-sized data 614/154", () => {
    const boston = loadCsvSync("examples/data/boston_housing.csv", { features: BOSTON_TASK.features, target: BOSTON_TASK.target });
    const s = trainTestSplit(boston, { seed: 1 });
    assert.equal(s.train.rows, 404);
    assert.equal(s.test.rows, 102);
    const p = trainTestSplit(numbered(768), { seed: 1 });
    assert.deepEqual([p.train.rows, p.test.rows], [614, 154]);
  });

  it("covers every row exactly once, reproducibly for a seed", () => {
    const data = numbered(101);
    const a = trainTestSplit(data, { seed: 5 });
    const b = trainTestSplit(data, { seed: 5 });
    const c = trainTestSplit(data, { seed: 6 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.test.y, c.test.y);
    const all = [...a.train.y, ...a.test.y].sort((x, y) => x - y);
    assert.deepEqual(all, Array.from({ length: 101 }, (_, i) => 100 + i));
    // features travel with their target
    for (let r = 0; r < a.test.rows; r++) assert.equal(a.test.x[2 * r], a.test.y[r]! - 100);
  });

  it("rejects fractions that leave a side empty", () => {
    assert.throws(() => trainTestSplit(numbered(1), { seed: 1 }), /one side would be empty/);
    assert.throws(() => trainTestSplit(numbered(10), { seed: 1, testFraction: 1 }), RangeError);
  });
});

describe("scaler", () => {
  it("standardises a party's own rows to mean 0 and std 1", () => {
    const { data, scaler } = standardiseOwn(numbered(50));
    for (let c = 0; c < 2; c++) {
      let s = 0;
      let s2 = 0;
      for (let r = 0; r < 50; r++) {
        s += data.x[r * 2 + c]!;
        s2 += data.x[r * 2 + c]! ** 2;
      }
      assert.ok(Math.abs(s / 50) < 1e-5);
      assert.ok(Math.abs(s2 / 50 - 1) < 1e-4);
    }
    assert.ok(Math.abs(scaler.mean[0]! - 24.5) < 1e-5);
  });

  it("maps a constant column to 0 instead of NaN", () => {
    const d = makeDataset(Float32Array.from([3, 1, 3, 2, 3, 3]), Float32Array.from([0, 0, 0]), ["k", "v"], "t");
    const s = fitScaler(d);
    assert.equal(s.std[0], 1);
    const out = applyScaler(s, d);
    assert.deepEqual([out.x[0], out.x[2], out.x[4]], [0, 0, 0]);
    assert.ok(out.x.every(Number.isFinite));
  });

  it("applies one party's statistics to other rows without reading them when fitting", () => {
    const a = numbered(10);
    const b = makeDataset(Float32Array.from([4.5, 10, 1000, -1000]), Float32Array.from([1, 2]), ["i", "j"], "t");
    const s = fitScaler(a);
    const out = applyScaler(s, b);
    assert.ok(Math.abs(out.x[0]! - (4.5 - s.mean[0]!) / s.std[0]!) < 1e-6);
    assert.ok(Math.abs(out.x[0]!) < 1e-6); // 4.5 is a's mean of column i
    assert.equal(out.y, b.y);
  });

  it("never reads targets when fitting (a held-out split can scale itself)", () => {
    const d = numbered(5);
    const poisoned = new Proxy(d.y, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) throw new Error("fitScaler read a target");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    assert.doesNotThrow(() => fitScaler({ ...d, y: poisoned }));
  });

  it("scales each party with its own statistics: changing one party changes no other", () => {
    const parties = [numbered(8), numbered(12), numbered(5)];
    const before = parties.map((p) => standardiseOwn(p).data.x);
    // party 1's raw data changes completely
    const changed = [parties[0]!, makeDataset(parties[1]!.x.map((v) => v * 1000 + 7), parties[1]!.y, ["i", "j"], "t"), parties[2]!];
    const after = changed.map((p) => standardiseOwn(p).data.x);
    assert.deepEqual(after[0], before[0]);
    assert.deepEqual(after[2], before[2]);
    assert.notDeepEqual(fitScaler(changed[1]!).mean, fitScaler(parties[1]!).mean);
  });
});
