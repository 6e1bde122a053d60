import assert from "node:assert/strict";
import { makeDataset, type Dataset } from "../../shared/data/dataset";
import {
  dirichletLabel,
  formatPartition,
  parsePartition,
  partitionDataset,
  partitionIndices,
  quantileClasses,
  roundRobin,
  type PartitionSpec,
} from "../../shared/data/partition";
import { SeededRng } from "../../shared/random/seeded-rng";

function dataset(n: number, label: (i: number) => number): Dataset {
  return makeDataset(Float32Array.from({ length: n }, (_, i) => i), Float32Array.from({ length: n }, (_, i) => label(i)), ["i"], "y");
}

const SPECS: PartitionSpec[] = [
  { kind: "iid" },
  { kind: "round-robin" },
  { kind: "dirichlet-label", alpha: 0.5 },
  { kind: "dirichlet-label", alpha: 0.01 },
  { kind: "dirichlet-quantity", alpha: 0.5 },
  { kind: "dirichlet-quantity", alpha: 0.01 },
];

function assertCoversOnce(parts: readonly Uint32Array[], rows: number, label: string): void {
  const seen = new Uint8Array(rows);
  for (const p of parts) {
    assert.ok(p.length >= 1, `${label}: a worker got no rows`);
    for (const i of p) {
      assert.ok(i < rows, `${label}: index ${i} out of range`);
      assert.equal(seen[i], 0, `${label}: row ${i} given twice`);
      seen[i] = 1;
    }
  }
  assert.ok(seen.every((s) => s === 1), `${label}: some row given to nobody`);
}

describe("partition", () => {
  const binary = dataset(300, (i) => (i % 3 === 0 ? 1 : 0));
  const regression = dataset(257, (i) => Math.sin(i) * 10 + i / 10);

  for (const spec of SPECS) {
    const name = formatPartition(spec);
    it(`${name}: covers every row exactly once, each worker has a row, reproducible`, () => {
      for (const [data, workers] of [[binary, 7], [regression, 10], [binary, 1], [dataset(12, (i) => i % 2), 12]] as const) {
        const a = partitionIndices(spec, data, workers, 42);
        assert.equal(a.length, workers);
        assertCoversOnce(a, data.rows, `${name} ${data.rows}/${workers}`);
        assert.deepEqual(partitionIndices(spec, data, workers, 42), a);
      }
      if (spec.kind !== "round-robin") {
        assert.notDeepEqual(partitionIndices(spec, binary, 7, 1), partitionIndices(spec, binary, 7, 2));
      }
    });
  }

  it("rejects fewer rows than workers", () => {
    for (const spec of SPECS) {
      assert.throws(() => partitionIndices(spec, dataset(3, () => 0), 4, 1), /cannot give each of 4 workers at least one row: only 3 rows/);
    }
    assert.throws(() => partitionIndices({ kind: "iid" }, binary, 0, 1), /positive integer/);
  });

  it("round-robin deals row i to worker i mod n", () => {
    assert.deepEqual(roundRobin(7, 3).map((p) => [...p]), [[0, 3, 6], [1, 4], [2, 5]]);
  });

  it("iid gives near-equal sizes; quantity skew gives unequal sizes", () => {
    const sizes = partitionIndices({ kind: "iid" }, regression, 10, 3).map((p) => p.length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
    const skewed = partitionIndices({ kind: "dirichlet-quantity", alpha: 0.3 }, regression, 10, 3).map((p) => p.length);
    assert.ok(Math.max(...skewed) > 3 * Math.min(...skewed), skewed.join(","));
  });

  it("label skew with small alpha concentrates classes on few workers", () => {
    const share = (parts: Uint32Array[]) => parts.map((p) => [...p].filter((i) => binary.y[i] === 1).length / p.length);
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    const iidShare = share(partitionIndices({ kind: "iid" }, binary, 5, 9));
    const skewShare = share(partitionIndices({ kind: "dirichlet-label", alpha: 0.1 }, binary, 5, 9));
    assert.ok(spread(iidShare) < 0.3, iidShare.join(","));
    assert.ok(spread(skewShare) > 0.6, skewShare.join(","));
    // label skew over explicit classes
    const parts = dirichletLabel(Int32Array.from([0, 0, 1, 1, 2, 2]), 3, 1, SeededRng.fromSeed(1));
    assertCoversOnce(parts, 6, "explicit classes");
  });

  it("bins a continuous target into quantile classes and keeps 0/1 labels as classes", () => {
    const classes = quantileClasses(Float32Array.from({ length: 100 }, (_, i) => i * 1.5), 5);
    const counts = [0, 0, 0, 0, 0];
    for (const c of classes) counts[c]! += 1;
    assert.deepEqual(counts, [20, 20, 20, 20, 20]);
    assert.deepEqual([...quantileClasses(Float32Array.from([1, 0, 1]))], [1, 0, 1]);
  });

  it("returns each worker's rows as a dataset", () => {
    const parts = partitionDataset({ kind: "iid" }, binary, 4, 1);
    assert.equal(parts.reduce((n, p) => n + p.rows, 0), 300);
    for (const p of parts) for (let r = 0; r < p.rows; r++) assert.equal(p.y[r], p.x[r]! % 3 === 0 ? 1 : 0);
  });

  it("parses partition flags and explains bad ones", () => {
    assert.deepEqual(parsePartition("iid"), { kind: "iid" });
    assert.deepEqual(parsePartition("round-robin"), { kind: "round-robin" });
    assert.deepEqual(parsePartition("dirichlet:0.5"), { kind: "dirichlet-label", alpha: 0.5 });
    assert.deepEqual(parsePartition("dirichlet-label:2"), { kind: "dirichlet-label", alpha: 2 });
    assert.deepEqual(parsePartition("dirichlet-quantity:.1"), { kind: "dirichlet-quantity", alpha: 0.1 });
    for (const bad of ["", "iid2", "dirichlet", "dirichlet:", "dirichlet:0", "dirichlet:-1", "dirichlet:abc", "dirichlet:1e999", "shards:2"]) {
      assert.throws(() => parsePartition(bad), /bad partition .*expected "iid", "round-robin", "dirichlet:ALPHA"/, bad);
    }
    for (const spec of SPECS) assert.deepEqual(parsePartition(formatPartition(spec)), spec);
  });
});
