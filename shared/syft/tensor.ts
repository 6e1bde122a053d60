/**
 * A plain tensor held by this process (PySyft's torch tensor at the top of a
 * chain): float64 values, row-major, with a shape. Its arithmetic is local and
 * synchronous; `fixPrecision`, `share` and `send` start a chain.
 */
import { SyftError } from "./errors";
import { defaultMaxAbs, DEFAULT_PRECISION, boundOf, encodeFixed } from "./fixed-point64";
import { FixedPrecisionTensor, type FixedPrecisionOptions } from "./fixed-precision-tensor";
import { elementwise, FLOAT64, matmul, negate, sum, transpose, type BinaryOp } from "./kernels";
import type { FloatPayload } from "./messages";
import { PointerTensor } from "./pointer-tensor";
import { RingTensor } from "./ring-tensor";
import { checkShape, formatShape, reduction, sizeOf, type Shape } from "./shape";
import { parseShareArgs, shareLocal, type ShareArgs } from "./share-client";
import type { AdditiveSharingTensor } from "./additive-sharing-tensor";
import type { WorkerHandle } from "./worker-handle";

export type NestedNumbers = number | readonly NestedNumbers[];

export class Tensor {
  readonly kind = "tensor" as const;

  constructor(readonly values: Float64Array, readonly shape: Shape) {
    checkShape(shape, values.length);
  }

  get size(): number { return sizeOf(this.shape); }

  toArray(): number[] { return Array.from(this.values); }

  payload(): FloatPayload { return { kind: "float", shape: this.shape, values: this.values }; }

  add(other: Tensor | number): Tensor { return this.binary("add", other); }
  sub(other: Tensor | number): Tensor { return this.binary("sub", other); }
  mul(other: Tensor | number): Tensor { return this.binary("mul", other); }
  div(other: number): Tensor { return this.binary("mul", 1 / other); }

  matmul(other: Tensor): Tensor {
    const r = matmul(FLOAT64, this, other);
    return new Tensor(r.values, r.shape);
  }

  neg(): Tensor { return new Tensor(negate(FLOAT64, this).values, this.shape); }

  sum(axis?: number, keepDims = false): Tensor {
    const r = sum(FLOAT64, this, axis, keepDims);
    return new Tensor(r.values, r.shape);
  }

  mean(axis?: number, keepDims = false): Tensor {
    const n = reduction(this.shape, axis).length;
    return this.sum(axis, keepDims).mul(1 / n);
  }

  transpose(): Tensor {
    const r = transpose(FLOAT64, this);
    return new Tensor(r.values, r.shape);
  }

  /** Encodes into Z_2^64 at `precision` decimal digits (default 3); refuses values above `maxAbs`. */
  fixPrecision(options: FixedPrecisionOptions = {}): FixedPrecisionTensor<RingTensor> {
    const precision = options.precision ?? DEFAULT_PRECISION;
    const maxAbs = options.maxAbs ?? defaultMaxAbs(precision);
    const ring = new RingTensor(this.shape, encodeFixed(this.values, precision, maxAbs), boundOf(maxAbs, precision));
    return new FixedPrecisionTensor(ring, precision);
  }

  /** Shares an integer tensor among the workers (PySyft's `x.share(bob, alice, crypto_provider=james)`). */
  async share(...args: ShareArgs): Promise<AdditiveSharingTensor> {
    const maxAbs = parseShareArgs(args).options.maxAbs ?? defaultMaxAbs(0);
    if (!this.values.every((v) => Number.isInteger(v))) {
      throw new SyftError("BAD_REQUEST", "share() of a tensor with fractional values: call fixPrecision() first, then share()");
    }
    return shareLocal(new RingTensor(this.shape, encodeFixed(this.values, 0, maxAbs), boundOf(maxAbs, 0)), args);
  }

  /** Sends a copy to `worker` and returns a pointer to it (the local tensor stays). */
  async send(worker: WorkerHandle): Promise<PointerTensor<"float">> {
    const ref = await worker.makeObject({ type: "store", tensor: this.payload() });
    return PointerTensor.fromRef(worker, ref, "float", null);
  }

  toString(): string {
    return `Tensor${formatShape(this.shape)}`;
  }

  private binary(op: BinaryOp, other: Tensor | number): Tensor {
    const o = typeof other === "number" ? new Tensor(Float64Array.of(other), []) : other;
    const r = elementwise(FLOAT64, op, this, o);
    return new Tensor(r.values, r.shape);
  }
}

function flattenNested(values: NestedNumbers, out: number[], shape: number[], depth: number): void {
  if (typeof values === "number") {
    if (depth !== shape.length) throw new SyftError("BAD_REQUEST", "nested arrays are ragged: every row must have the same length");
    out.push(values);
    return;
  }
  if (shape.length === depth) shape.push(values.length);
  else if (shape[depth] !== values.length) throw new SyftError("BAD_REQUEST", "nested arrays are ragged: every row must have the same length");
  for (const v of values) flattenNested(v, out, shape, depth + 1);
}

/** A tensor from nested arrays (shape inferred) or flat values with a shape. Values must be finite. */
export function tensor(values: NestedNumbers | ArrayLike<number>, shape?: Shape): Tensor {
  let flat: Float64Array;
  let inferred: number[] = [];
  if (typeof values === "number") flat = Float64Array.of(values);
  else if (Array.isArray(values)) {
    const out: number[] = [];
    flattenNested(values, out, inferred, 0);
    if (values.length === 0) inferred = [0];
    flat = Float64Array.from(out);
  } else flat = Float64Array.from(values as ArrayLike<number>);
  if (!(typeof values === "number" || Array.isArray(values))) inferred = [flat.length];
  for (let i = 0; i < flat.length; i++) {
    if (!Number.isFinite(flat[i]!)) throw new SyftError("BAD_REQUEST", `tensor values must be finite, got ${flat[i]} at index ${i}`);
  }
  return new Tensor(flat, shape ?? inferred);
}
