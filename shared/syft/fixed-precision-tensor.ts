/**
 * Fixed point over integers of Z_2^64 (PySyft's FixedPrecisionTensor): this
 * layer knows the precision (decimal digits) and nothing else; its `child`
 * holds the integers, here (RingTensor), at a worker (PointerTensor) or shared
 * (AdditiveSharingTensor). A product of two fixed-point values is divided by
 * 10^precision afterwards (truncation): toward zero for integers held in the
 * clear, by the truncation protocol for shares (error < 1 unit in the last
 * place, any number of holders). Every op is async: a child elsewhere means
 * messages; one held here resolves at once.
 */
import type { AdditiveSharingTensor } from "./additive-sharing-tensor";
import { SyftError } from "./errors";
import { checkPrecision, decodeFixed, encodeFixed, encodeScalar, maxMagnitude, scaleOf, signedView } from "./fixed-point64";
import { elementwise, RING64 } from "./kernels";
import {
  integerBinary, integerDelete, integerDiv, integerNeg, integerSum, integerTranspose, type IntegerBinary, type IntegerTensor,
} from "./integer-ops";
import { PointerTensor } from "./pointer-tensor";
import { RingTensor } from "./ring-tensor";
import { reduction, type Shape } from "./shape";
import { shareLocal, shareRemote, type ShareArgs } from "./share-client";
import { Tensor } from "./tensor";
import type { WorkerHandle } from "./worker-handle";

export interface FixedPrecisionOptions {
  /** Decimal fractional digits (PySyft's precision_fractional), 0..12; default 3. */
  readonly precision?: number;
  /** The largest magnitude a value may have; default 10^(7 - precision). Larger values are refused. */
  readonly maxAbs?: number;
}

/** The child of a result: shared if either operand is, else at a worker if either is, else here. */
export type Joined<A extends IntegerTensor, B extends IntegerTensor> =
  A extends AdditiveSharingTensor ? AdditiveSharingTensor : B extends AdditiveSharingTensor ? AdditiveSharingTensor
    : A extends PointerTensor<"ring"> ? PointerTensor<"ring"> : B extends PointerTensor<"ring"> ? PointerTensor<"ring"> : RingTensor;

export type Operand = FixedPrecisionTensor | Tensor | number;

/** `t`'s values repeated to `shape` (NumPy broadcasting). */
function broadcastTo(t: RingTensor, shape: Shape): BigUint64Array {
  return elementwise(RING64, "add", { shape, values: new BigUint64Array(shape.reduce((a, b) => a * b, 1)) }, t).values;
}

export class FixedPrecisionTensor<C extends IntegerTensor = IntegerTensor> {
  constructor(readonly child: C, readonly precision: number) {
    checkPrecision(precision);
  }

  get shape(): Shape { return this.child.shape; }
  /** Public bound on the magnitude of the integers (value * 10^precision). */
  get bound(): bigint { return this.child.bound ?? 0n; }

  add<O extends IntegerTensor>(other: FixedPrecisionTensor<O>): Promise<FixedPrecisionTensor<Joined<C, O>>>;
  add(other: Tensor | number): Promise<FixedPrecisionTensor<C>>;
  add(other: Operand): Promise<FixedPrecisionTensor> { return this.linear("add", other); }

  sub<O extends IntegerTensor>(other: FixedPrecisionTensor<O>): Promise<FixedPrecisionTensor<Joined<C, O>>>;
  sub(other: Tensor | number): Promise<FixedPrecisionTensor<C>>;
  sub(other: Operand): Promise<FixedPrecisionTensor> { return this.linear("sub", other); }

  /** x * y, truncated back to this precision; an integer number multiplies exactly, without truncation. */
  mul<O extends IntegerTensor>(other: FixedPrecisionTensor<O>): Promise<FixedPrecisionTensor<Joined<C, O>>>;
  mul(other: Tensor | number): Promise<FixedPrecisionTensor<C>>;
  async mul(other: Operand): Promise<FixedPrecisionTensor> {
    if (typeof other === "number" && Number.isInteger(other)) return this.wrap(await integerBinary("mul", this.child, RingTensor.scalar(encodeScalar(other, 0))));
    return this.product("mul", other);
  }

  matmul<O extends IntegerTensor>(other: FixedPrecisionTensor<O>): Promise<FixedPrecisionTensor<Joined<C, O>>>;
  matmul(other: Tensor): Promise<FixedPrecisionTensor<C>>;
  matmul(other: FixedPrecisionTensor | Tensor): Promise<FixedPrecisionTensor> { return this.product("matmul", other); }

  async neg(): Promise<FixedPrecisionTensor<C>> { return this.wrap(await integerNeg(this.child)); }
  async transpose(): Promise<FixedPrecisionTensor<C>> { return this.wrap(await integerTranspose(this.child)); }
  async sum(axis?: number, keepDims = false): Promise<FixedPrecisionTensor<C>> { return this.wrap(await integerSum(this.child, axis, keepDims)); }

  /**
   * x / k for a positive integer k (the truncation protocol on shares); other numbers multiply by 1 / k.
   * A fixed-point divisor is allowed only when both operands are held here (division of secret values needs
   * protocols this API does not have).
   */
  async div(k: number | FixedPrecisionTensor<RingTensor>): Promise<FixedPrecisionTensor<C>> {
    if (k instanceof FixedPrecisionTensor) return this.wrap(this.divideLocal(k));
    if (Number.isInteger(k) && k > 0) return this.wrap(await integerDiv(this.child, BigInt(k)));
    if (!(Number.isFinite(k) && k !== 0)) throw new SyftError("BAD_REQUEST", `cannot divide by ${k}`);
    return this.mul(1 / k);
  }

  async mean(axis?: number, keepDims = false): Promise<FixedPrecisionTensor<C>> {
    const n = reduction(this.shape, axis).length;
    const s = await integerSum(this.child, axis, keepDims);
    const q = await integerDiv(s, BigInt(n));
    if (q !== s) await integerDelete(s);
    return this.wrap(q);
  }

  /** Decodes integers held here back to floats. */
  floatPrecision(this: FixedPrecisionTensor<RingTensor>): Tensor {
    return new Tensor(decodeFixed(this.child.values, this.precision, this.child.bound), this.shape);
  }

  /** Shares the integers among `workers` (from here, or from the worker a pointer names, without seeing them). */
  async share(this: FixedPrecisionTensor<RingTensor | PointerTensor<"ring">>, ...args: ShareArgs): Promise<FixedPrecisionTensor<AdditiveSharingTensor>> {
    const c = this.child;
    const shared = c instanceof RingTensor ? await shareLocal(c, args) : await shareRemote(c, args);
    return new FixedPrecisionTensor(shared, this.precision);
  }

  /** Sends the integers to a worker; the fixed-point layer stays here, over the pointer. */
  async send(this: FixedPrecisionTensor<RingTensor>, worker: WorkerHandle): Promise<FixedPrecisionTensor<PointerTensor<"ring">>> {
    const ref = await worker.makeObject({ type: "store", tensor: this.child.payload() });
    return new FixedPrecisionTensor(PointerTensor.fromRef(worker, ref, "ring", this.child.bound), this.precision);
  }

  /** Brings the integers here (reconstructing shares, which are then deleted). */
  async get(this: FixedPrecisionTensor<AdditiveSharingTensor | PointerTensor<"ring">>): Promise<FixedPrecisionTensor<RingTensor>> {
    const c = this.child;
    const ring = c instanceof PointerTensor ? await c.get() : await c.get();
    return new FixedPrecisionTensor(new RingTensor(ring.shape, ring.values, this.bound), this.precision);
  }

  /** Reconstructs shares here and keeps them (PySyft's virtual_get). */
  async reconstruct(this: FixedPrecisionTensor<AdditiveSharingTensor>): Promise<FixedPrecisionTensor<RingTensor>> {
    return new FixedPrecisionTensor(await this.child.reconstruct(), this.precision);
  }

  async delete(): Promise<void> { await integerDelete(this.child); }

  toString(): string {
    return `FixedPrecisionTensor(precision ${this.precision}) > ${this.child.toString()}`;
  }

  private wrap<T extends IntegerTensor = C>(child: IntegerTensor): FixedPrecisionTensor<T> {
    // The integer layer keeps the placement of its operands (or the wider one, which Joined names).
    return new FixedPrecisionTensor(child, this.precision) as FixedPrecisionTensor<T>;
  }

  private divideLocal(k: FixedPrecisionTensor<RingTensor>): RingTensor {
    const a = this.child;
    if (!(a instanceof RingTensor)) throw new SyftError("BAD_REQUEST", "division by a fixed-point tensor needs both tensors held here; divide shared values by a public integer");
    if (k.precision !== this.precision) throw new SyftError("BAD_REQUEST", `fixed-point tensors of precisions ${this.precision} and ${k.precision}`);
    const scaled = a.mul(RingTensor.scalar(scaleOf(this.precision)));
    const plan = elementwise(RING64, "add", scaled, k.child);
    const num = signedView(broadcastTo(scaled, plan.shape)), den = signedView(broadcastTo(k.child, plan.shape));
    const out = new BigUint64Array(num.length);
    for (let i = 0; i < num.length; i++) {
      if (den[i] === 0n) throw new SyftError("BAD_REQUEST", `division by zero at index ${i}`);
      out[i] = num[i]! / den[i]!;
    }
    return RingTensor.public(plan.shape, out);
  }

  /** A public or fixed-point operand as integers at this precision. */
  private integersOf(other: Operand): IntegerTensor {
    if (other instanceof FixedPrecisionTensor) {
      if (other.precision !== this.precision) {
        throw new SyftError("BAD_REQUEST", `fixed-point tensors of precisions ${this.precision} and ${other.precision}; encode both at the same precision`);
      }
      return other.child;
    }
    if (typeof other === "number") return RingTensor.scalar(encodeScalar(other, this.precision));
    const values = encodeFixed(other.values, this.precision, Math.max(...Array.from(other.values, Math.abs), 1));
    return new RingTensor(other.shape, values, maxMagnitude(values));
  }

  private async linear(op: "add" | "sub", other: Operand): Promise<FixedPrecisionTensor> {
    return this.wrap(await integerBinary(op, this.child, this.integersOf(other)));
  }

  private async product(op: IntegerBinary, other: Operand): Promise<FixedPrecisionTensor> {
    const raw = await integerBinary(op, this.child, this.integersOf(other));
    const truncated = await integerDiv(raw, scaleOf(this.precision));
    if (truncated !== raw) await integerDelete(raw);
    return this.wrap(truncated);
  }
}
