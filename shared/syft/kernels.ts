/**
 * The arithmetic kernels, written once for both element types: plain values
 * (Float64Array) and elements of the ring Z_2^64 (BigUint64Array, whose stores
 * reduce every BigInt mod 2^64, so `+`, `-` and `*` followed by a store are the
 * ring operations, and two's complement makes them right for signed values).
 */
import { broadcastPlan, matmulShape, reduction, sizeOf, transposeShape, type Shape } from "./shape";

export interface Values<T> {
  [index: number]: T;
  readonly length: number;
}

export interface Algebra<T, V extends Values<T>> {
  readonly name: string;
  alloc(length: number): V;
  readonly zero: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  neg(a: T): T;
}

export const FLOAT64: Algebra<number, Float64Array> = {
  name: "float64",
  alloc: (n) => new Float64Array(n),
  zero: 0,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  neg: (a) => -a,
};

export const RING64: Algebra<bigint, BigUint64Array> = {
  name: "ring64",
  alloc: (n) => new BigUint64Array(n),
  zero: 0n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  neg: (a) => -a,
};

export interface Dense<V> {
  readonly shape: Shape;
  readonly values: V;
}

export type BinaryOp = "add" | "sub" | "mul";

/** a op b elementwise, with NumPy broadcasting. */
export function elementwise<T, V extends Values<T>>(alg: Algebra<T, V>, op: BinaryOp, a: Dense<V>, b: Dense<V>): Dense<V> {
  const plan = broadcastPlan(a.shape, b.shape);
  const n = sizeOf(plan.shape);
  const out = alg.alloc(n);
  const f = op === "add" ? alg.add : op === "sub" ? alg.sub : alg.mul;
  const av = a.values, bv = b.values, ia = plan.a, ib = plan.b;
  for (let i = 0; i < n; i++) out[i] = f(av[ia === null ? i : ia[i]!]!, bv[ib === null ? i : ib[i]!]!);
  return { shape: plan.shape, values: out };
}

export function negate<T, V extends Values<T>>(alg: Algebra<T, V>, a: Dense<V>): Dense<V> {
  const out = alg.alloc(a.values.length);
  for (let i = 0; i < out.length; i++) out[i] = alg.neg(a.values[i]!);
  return { shape: a.shape, values: out };
}

/** [m, k] @ [k, n]. */
export function matmul<T, V extends Values<T>>(alg: Algebra<T, V>, a: Dense<V>, b: Dense<V>): Dense<V> {
  const { m, k, n } = matmulShape(a.shape, b.shape);
  const out = alg.alloc(m * n);
  const av = a.values, bv = b.values;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let acc = alg.zero;
      for (let t = 0; t < k; t++) acc = alg.add(acc, alg.mul(av[i * k + t]!, bv[t * n + j]!));
      out[i * n + j] = acc;
    }
  }
  return { shape: [m, n], values: out };
}

/** Sum along `axis` (all elements when undefined). */
export function sum<T, V extends Values<T>>(alg: Algebra<T, V>, a: Dense<V>, axis?: number, keepDims = false): Dense<V> {
  const r = reduction(a.shape, axis, keepDims);
  const out = alg.alloc(r.outer * r.inner);
  const av = a.values;
  for (let o = 0; o < r.outer; o++) {
    for (let j = 0; j < r.inner; j++) {
      let acc = alg.zero;
      const base = o * r.length * r.inner + j;
      for (let t = 0; t < r.length; t++) acc = alg.add(acc, av[base + t * r.inner]!);
      out[o * r.inner + j] = acc;
    }
  }
  return { shape: r.shape, values: out };
}

export function transpose<T, V extends Values<T>>(alg: Algebra<T, V>, a: Dense<V>): Dense<V> {
  const shape = transposeShape(a.shape);
  const rows = a.shape[0]!, cols = a.shape[1]!;
  const out = alg.alloc(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = a.values[i * cols + j]!;
  return { shape, values: out };
}

/** How many elements are summed into each result element of a sum along `axis`. */
export function reductionLength(shape: Shape, axis?: number): number {
  return reduction(shape, axis).length;
}
