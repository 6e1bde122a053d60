/**
 * The leaf of a fixed-point chain held by this process: integers of Z_2^64
 * (two's complement in a BigUint64Array) with a shape and a public bound on
 * their magnitude. PySyft's LongTensor under a FixedPrecisionTensor. Every op
 * derives its result's bound and refuses one the ring cannot hold; division is
 * signed and toward zero (PySyft's local truncation).
 */
import { bounds, checkBound, maxMagnitude, signedView, truncateTowardZero } from "./fixed-point64";
import { elementwise, matmul, negate, RING64, sum, transpose, type BinaryOp } from "./kernels";
import type { RingPayload } from "./messages";
import { broadcastShapes, checkShape, matmulShape, reduction, sizeOf, type Shape } from "./shape";
import { FixedPointRangeError } from "./errors";

export class RingTensor {
  readonly kind = "ring" as const;

  constructor(readonly shape: Shape, readonly values: BigUint64Array, readonly bound: bigint) {
    checkShape(shape, values.length);
    checkBound(bound, "this tensor");
  }

  /** A public ring tensor: its bound is the largest magnitude it holds (anyone may see public values). */
  static public(shape: Shape, values: BigUint64Array): RingTensor {
    return new RingTensor(shape, values, maxMagnitude(values));
  }

  /** A public scalar. */
  static scalar(value: bigint): RingTensor {
    return RingTensor.public([], BigUint64Array.of(value));
  }

  get size(): number { return sizeOf(this.shape); }

  /** The integers, signed (a copy). */
  signed(): bigint[] {
    return Array.from(signedView(this.values));
  }

  /** The integers as numbers (exact below 2^53). */
  toArray(): number[] {
    return this.signed().map((v) => {
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || -v > BigInt(Number.MAX_SAFE_INTEGER)) throw new FixedPointRangeError(`${v} is beyond 2^53 and has no exact number`);
      return Number(v);
    });
  }

  payload(): RingPayload {
    return { kind: "ring", shape: this.shape, values: this.values };
  }

  binary(op: BinaryOp, other: RingTensor): RingTensor {
    const bound = op === "mul" ? bounds.mul(this.bound, other.bound) : bounds.add(this.bound, other.bound);
    checkBound(bound, `${op} of ${describe(this.shape)} and ${describe(other.shape)}`);
    broadcastShapes(this.shape, other.shape);
    const r = elementwise(RING64, op, this, other);
    return new RingTensor(r.shape, r.values, bound);
  }

  add(other: RingTensor): RingTensor { return this.binary("add", other); }
  sub(other: RingTensor): RingTensor { return this.binary("sub", other); }
  mul(other: RingTensor): RingTensor { return this.binary("mul", other); }

  neg(): RingTensor {
    return new RingTensor(this.shape, negate(RING64, this).values, this.bound);
  }

  matmul(other: RingTensor): RingTensor {
    const { k } = matmulShape(this.shape, other.shape);
    const bound = checkBound(bounds.matmul(this.bound, other.bound, k), `matmul over ${k} terms`);
    const r = matmul(RING64, this, other);
    return new RingTensor(r.shape, r.values, bound);
  }

  sum(axis?: number, keepDims = false): RingTensor {
    const n = reduction(this.shape, axis).length;
    const bound = checkBound(bounds.sum(this.bound, n), `a sum of ${n} terms`);
    const r = sum(RING64, this, axis, keepDims);
    return new RingTensor(r.shape, r.values, bound);
  }

  transpose(): RingTensor {
    const r = transpose(RING64, this);
    return new RingTensor(r.shape, r.values, this.bound);
  }

  /** Signed division toward zero by a positive integer. */
  div(divisor: bigint): RingTensor {
    return new RingTensor(this.shape, truncateTowardZero(this.values, divisor), this.bound / divisor);
  }

  toString(): string {
    return `RingTensor${describe(this.shape)}`;
  }
}

function describe(shape: Shape): string {
  return `[${shape.join(", ")}]`;
}
