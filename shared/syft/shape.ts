/**
 * Shapes: sizes, NumPy broadcasting, and the shape rules of matmul, sum and
 * transpose. Row-major throughout; a scalar has shape [].
 */
import { ShapeError } from "./errors";

export type Shape = readonly number[];

export const MAX_DIMS = 8;
export const MAX_ELEMENTS = 1 << 26;

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(", ")}]`;
}

/** Throws unless every dimension is a non-negative integer and the size is within MAX_ELEMENTS. */
export function checkShape(shape: Shape, length?: number): void {
  if (shape.length > MAX_DIMS) throw new ShapeError(`a tensor has at most ${MAX_DIMS} dimensions, got ${formatShape(shape)}`);
  for (const d of shape) {
    if (!(Number.isInteger(d) && d >= 0)) throw new ShapeError(`dimensions must be non-negative integers, got ${formatShape(shape)}`);
  }
  const size = sizeOf(shape);
  if (size > MAX_ELEMENTS) throw new ShapeError(`a tensor holds at most ${MAX_ELEMENTS} elements, ${formatShape(shape)} has ${size}`);
  if (length !== undefined && length !== size) throw new ShapeError(`${length} values do not fill shape ${formatShape(shape)} (${size} elements)`);
}

/**
 * How each operand of an elementwise op maps onto the broadcast result:
 * `index[i]` is the operand's element for result element i, or null when the
 * operand already has the result's shape.
 */
export interface BroadcastPlan {
  readonly shape: Shape;
  readonly a: Int32Array | null;
  readonly b: Int32Array | null;
}

export function broadcastShapes(a: Shape, b: Shape): Shape {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(`shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast (dimension ${i}: ${da} against ${db})`);
    }
    out.push(da === 1 ? db : da);
  }
  return out;
}

function broadcastIndex(out: Shape, shape: Shape): Int32Array | null {
  if (sameShape(out, shape)) return null;
  const size = sizeOf(out);
  const offset = out.length - shape.length;
  const strides = new Array<number>(out.length).fill(0);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i + offset] = shape[i] === 1 ? 0 : stride;
    stride *= shape[i]!;
  }
  const index = new Int32Array(size);
  const counter = new Array<number>(out.length).fill(0);
  let at = 0;
  for (let i = 0; i < size; i++) {
    index[i] = at;
    for (let d = out.length - 1; d >= 0; d--) {
      counter[d]!++;
      at += strides[d]!;
      if (counter[d]! < out[d]!) break;
      at -= strides[d]! * counter[d]!;
      counter[d] = 0;
    }
  }
  return index;
}

export function broadcastPlan(a: Shape, b: Shape): BroadcastPlan {
  const shape = broadcastShapes(a, b);
  return { shape, a: broadcastIndex(shape, a), b: broadcastIndex(shape, b) };
}

/** [m, k] @ [k, n] -> [m, n]; both operands must be matrices. */
export function matmulShape(a: Shape, b: Shape): { m: number; k: number; n: number } {
  if (a.length !== 2 || b.length !== 2) throw new ShapeError(`matmul takes two matrices, got ${formatShape(a)} and ${formatShape(b)}`);
  if (a[1] !== b[0]) throw new ShapeError(`matmul: ${formatShape(a)} @ ${formatShape(b)}: inner dimensions ${a[1]} and ${b[0]} differ`);
  return { m: a[0]!, k: a[1]!, n: b[1]! };
}

/** The reduced shape, and the (outer, length, inner) split of a sum along `axis` (undefined: all elements). */
export interface Reduction {
  readonly shape: Shape;
  readonly outer: number;
  readonly length: number;
  readonly inner: number;
}

export function reduction(shape: Shape, axis: number | undefined, keepDims = false): Reduction {
  if (axis === undefined) {
    return { shape: keepDims ? shape.map(() => 1) : [], outer: 1, length: sizeOf(shape), inner: 1 };
  }
  if (!Number.isInteger(axis) || axis < -shape.length || axis >= shape.length) {
    throw new ShapeError(`axis ${axis} is out of range for shape ${formatShape(shape)}`);
  }
  const ax = axis < 0 ? axis + shape.length : axis;
  const out = keepDims ? shape.map((d, i) => (i === ax ? 1 : d)) : shape.filter((_, i) => i !== ax);
  return { shape: out, outer: sizeOf(shape.slice(0, ax)), length: shape[ax]!, inner: sizeOf(shape.slice(ax + 1)) };
}

export function transposeShape(shape: Shape): Shape {
  if (shape.length !== 2) throw new ShapeError(`transpose takes a matrix, got ${formatShape(shape)}`);
  return [shape[1]!, shape[0]!];
}
