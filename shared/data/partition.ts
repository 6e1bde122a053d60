import { SeededRng, type Seed } from "../random/seeded-rng";
import { selectRows, type Dataset } from "./dataset";

/**
 * Seeded partitioning of a dataset's rows over simulated workers. Every
 * function returns one index array per worker; together they cover every row
 * exactly once, every worker gets at least one row, and the same seed gives the
 * same partition. Fewer rows than workers is a RangeError.
 */
export type PartitionSpec =
  | { readonly kind: "iid" }
  | { readonly kind: "round-robin" }
  | { readonly kind: "dirichlet-label"; readonly alpha: number }
  | { readonly kind: "dirichlet-quantity"; readonly alpha: number };

/** The --partition forms, as --help shows them and parsePartition accepts them. */
export const PARTITION_NAMES = ["iid", "round-robin", "dirichlet:ALPHA (label skew; also dirichlet-label:ALPHA)", "dirichlet-quantity:ALPHA (quantity skew)"] as const;

const PARTITION_HELP =
  'expected "iid", "round-robin", "dirichlet:ALPHA" (label skew), "dirichlet-label:ALPHA" or "dirichlet-quantity:ALPHA" with ALPHA a positive number, e.g. "dirichlet:0.5"';

/** Parses a --partition flag; a bad string is an Error saying what is accepted. */
export function parsePartition(text: string): PartitionSpec {
  const s = text.trim().toLowerCase();
  if (s === "iid") return { kind: "iid" };
  if (s === "round-robin" || s === "roundrobin") return { kind: "round-robin" };
  const m = /^(dirichlet|dirichlet-label|dirichlet-quantity):(.+)$/.exec(s);
  if (m !== null) {
    const alpha = Number(m[2]);
    if (!/^\d*\.?\d+(e[+-]?\d+)?$/.test(m[2]!) || !Number.isFinite(alpha) || alpha <= 0) {
      throw new Error(`bad partition "${text}": alpha must be a positive number, got "${m[2]}"; ${PARTITION_HELP}`);
    }
    return m[1] === "dirichlet-quantity" ? { kind: "dirichlet-quantity", alpha } : { kind: "dirichlet-label", alpha };
  }
  throw new Error(`bad partition "${text}": ${PARTITION_HELP}`);
}

export function formatPartition(spec: PartitionSpec): string {
  switch (spec.kind) {
    case "iid":
    case "round-robin":
      return spec.kind;
    case "dirichlet-label":
      return `dirichlet:${spec.alpha}`;
    case "dirichlet-quantity":
      return `dirichlet-quantity:${spec.alpha}`;
  }
}

function checkCounts(rows: number, workers: number): void {
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (rows < workers) throw new RangeError(`cannot give each of ${workers} workers at least one row: only ${rows} rows`);
}

/** A seeded shuffle dealt into near-equal parts (sizes differ by at most 1). */
export function iid(rows: number, workers: number, rng: SeededRng): Uint32Array[] {
  checkCounts(rows, workers);
  const order = rng.permutation(rows);
  const parts: Uint32Array[] = [];
  for (let w = 0; w < workers; w++) {
    parts.push(order.slice(Math.floor((w * rows) / workers), Math.floor(((w + 1) * rows) / workers)));
  }
  return parts;
}

/** Row i goes to worker i mod n, in row order (the PySyft notebook dealt its shuffled batches so). */
export function roundRobin(rows: number, workers: number): Uint32Array[] {
  checkCounts(rows, workers);
  const parts: Uint32Array[] = [];
  for (let w = 0; w < workers; w++) {
    const part = new Uint32Array(Math.ceil((rows - w) / workers));
    for (let k = 0; k < part.length; k++) part[k] = w + k * workers;
    parts.push(part);
  }
  return parts;
}

/**
 * Quantity skew: worker sizes follow Dirichlet(alpha) proportions (each worker
 * at least one row, the rest by largest remainder); rows are shuffled first.
 */
export function dirichletQuantity(rows: number, workers: number, alpha: number, rng: SeededRng): Uint32Array[] {
  checkCounts(rows, workers);
  const sizes = apportion(rows - workers, rng.dirichlet(alpha, workers)).map((n) => n + 1);
  const order = rng.permutation(rows);
  const parts: Uint32Array[] = [];
  let start = 0;
  for (const n of sizes) {
    parts.push(order.slice(start, start + n));
    start += n;
  }
  return parts;
}

/**
 * Label skew (Hsu et al. 2019): for each class, Dirichlet(alpha) proportions
 * over workers and the class's shuffled rows split accordingly. `classes` gives
 * each row's class (see quantileClasses for regression targets). A worker left
 * empty takes one row from the largest worker, so every worker has a row.
 */
export function dirichletLabel(classes: ArrayLike<number>, workers: number, alpha: number, rng: SeededRng): Uint32Array[] {
  checkCounts(classes.length, workers);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    let list = byClass.get(c);
    if (list === undefined) byClass.set(c, (list = []));
    list.push(i);
  }
  const buckets: number[][] = Array.from({ length: workers }, () => []);
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    const members = rng.shuffle(byClass.get(c)!);
    const counts = apportion(members.length, rng.dirichlet(alpha, workers));
    let start = 0;
    counts.forEach((n, w) => {
      for (let k = start; k < start + n; k++) buckets[w]!.push(members[k]!);
      start += n;
    });
  }
  for (let w = 0; w < workers; w++) {
    if (buckets[w]!.length > 0) continue;
    let donor = 0;
    for (let v = 1; v < workers; v++) if (buckets[v]!.length > buckets[donor]!.length) donor = v;
    buckets[w]!.push(buckets[donor]!.pop()!);
  }
  return buckets.map((b) => Uint32Array.from(b.sort((a, c) => a - c)));
}

/**
 * Class ids for label skew: a binary (or any integer-valued, at most `bins`
 * distinct values) target is its own class; a continuous target is cut into
 * `bins` quantile classes.
 */
export function quantileClasses(y: Float32Array, bins = 5): Int32Array {
  const distinct = new Set(y);
  const out = new Int32Array(y.length);
  if (distinct.size <= bins && [...distinct].every(Number.isInteger)) {
    const sorted = [...distinct].sort((a, b) => a - b);
    for (let i = 0; i < y.length; i++) out[i] = sorted.indexOf(y[i]!);
    return out;
  }
  const sorted = Float32Array.from(y).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) cuts.push(sorted[Math.floor((b * sorted.length) / bins)]!);
  for (let i = 0; i < y.length; i++) {
    let c = 0;
    while (c < cuts.length && y[i]! >= cuts[c]!) c++;
    out[i] = c;
  }
  return out;
}

/** Splits `total` into integer counts proportional to `weights` (largest remainder). */
function apportion(total: number, weights: Float64Array): number[] {
  const exact = Array.from(weights, (w) => w * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % counts.length, left--) counts[byRemainder[k]!.i]! += 1;
  return counts;
}

/** One index array per worker for a spec, seeded. */
export function partitionIndices(spec: PartitionSpec, data: Dataset, workers: number, seed: Seed): Uint32Array[] {
  const rng = SeededRng.fromSeed(seed).fork(`partition/${formatPartition(spec)}`);
  switch (spec.kind) {
    case "iid":
      return iid(data.rows, workers, rng);
    case "round-robin":
      return roundRobin(data.rows, workers);
    case "dirichlet-quantity":
      return dirichletQuantity(data.rows, workers, spec.alpha, rng);
    case "dirichlet-label":
      return dirichletLabel(quantileClasses(data.y), workers, spec.alpha, rng);
  }
}

/** Each worker's rows as its own Dataset. */
export function partitionDataset(spec: PartitionSpec, data: Dataset, workers: number, seed: Seed): Dataset[] {
  return partitionIndices(spec, data, workers, seed).map((idx) => selectRows(data, idx));
}
