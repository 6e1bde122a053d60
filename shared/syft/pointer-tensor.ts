/**
 * A pointer to a tensor that lives at a worker: where (the handle), which
 * object (its id there), what kind, and its shape, all known when the pointer
 * is made, so no property ever asks the network. Ops on pointers run where
 * the data lives and return new pointers; `get` brings the value back (and
 * deletes it there, as PySyft's), `delete` frees it. A pointer that was
 * fetched or deleted refuses further use locally, before any message.
 */
import { DeletedPointerError, SharingMismatchError, SyftError } from "./errors";
import { boundOf, bounds, checkBound, DEFAULT_PRECISION, defaultMaxAbs } from "./fixed-point64";
import { FixedPrecisionTensor, type FixedPrecisionOptions } from "./fixed-precision-tensor";
import type { ObjectRef, Operand, OpKind } from "./messages";
import { RingTensor } from "./ring-tensor";
import { formatShape, matmulShape, reduction, type Shape } from "./shape";
import { Tensor } from "./tensor";
import type { WorkerHandle } from "./worker-handle";

export type PointerKind = "float" | "ring" | "share";

export interface OpOptions {
  readonly axis?: number;
  readonly keepDims?: boolean;
  readonly divisor?: bigint;
  readonly resultGroup?: string;
}

export class PointerTensor<K extends PointerKind = "float"> {
  private state: "live" | "deleted" | "fetched" = "live";

  /** `bound`: for ring and share pointers, the public bound of the integers (null for plain tensors). */
  constructor(readonly location: WorkerHandle, readonly id: string, readonly kind: K, readonly shape: Shape, readonly bound: bigint | null) {}

  static fromRef<K extends PointerKind>(location: WorkerHandle, ref: ObjectRef, kind: K, bound: bigint | null): PointerTensor<K> {
    if (ref.kind !== kind) throw new SyftError("MALFORMED", `worker ${location.id} made a ${ref.kind} object where a ${kind} was expected`);
    return new PointerTensor(location, ref.id, kind, ref.shape, bound);
  }

  get live(): boolean { return this.state === "live"; }

  checkLive(use: string): void {
    if (this.state !== "live") throw new DeletedPointerError(this.location.id, this.id, `${this.state} before ${use}`);
  }

  /** Brings the value back and deletes it at the worker. */
  get(this: PointerTensor<"float">): Promise<Tensor>;
  get(this: PointerTensor<"ring"> | PointerTensor<"share">): Promise<RingTensor>;
  get(): Promise<Tensor | RingTensor> {
    return this.fetch(false);
  }

  /** Brings a copy back and leaves the value at the worker. */
  copy(this: PointerTensor<"float">): Promise<Tensor>;
  copy(this: PointerTensor<"ring"> | PointerTensor<"share">): Promise<RingTensor>;
  copy(): Promise<Tensor | RingTensor> {
    return this.fetch(true);
  }

  async delete(): Promise<void> {
    if (this.state !== "live") return;
    await this.location.expect({ type: "delete", id: this.id }, "ok");
    this.state = "deleted";
  }

  // ----- plain tensors, where they live -----

  add(this: PointerTensor<"float">, other: PointerTensor<"float"> | Tensor | number): Promise<PointerTensor<"float">> { return this.floatOp("add", other); }
  sub(this: PointerTensor<"float">, other: PointerTensor<"float"> | Tensor | number): Promise<PointerTensor<"float">> { return this.floatOp("sub", other); }
  mul(this: PointerTensor<"float">, other: PointerTensor<"float"> | Tensor | number): Promise<PointerTensor<"float">> { return this.floatOp("mul", other); }
  matmul(this: PointerTensor<"float">, other: PointerTensor<"float"> | Tensor): Promise<PointerTensor<"float">> { return this.floatOp("matmul", other); }
  neg(this: PointerTensor<"float">): Promise<PointerTensor<"float">> { return this.floatOp("neg", null); }
  transpose(this: PointerTensor<"float">): Promise<PointerTensor<"float">> { return this.floatOp("transpose", null); }
  sum(this: PointerTensor<"float">, axis?: number, keepDims = false): Promise<PointerTensor<"float">> {
    return this.floatOp("sum", null, { ...(axis === undefined ? {} : { axis }), keepDims });
  }
  mean(this: PointerTensor<"float">, axis?: number, keepDims = false): Promise<PointerTensor<"float">> {
    return this.floatOp("mean", null, { ...(axis === undefined ? {} : { axis }), keepDims });
  }

  /** fixPrecision where the data lives: the worker encodes (and refuses values above maxAbs); the result stays there. */
  async fixPrecision(this: PointerTensor<"float">, options: FixedPrecisionOptions = {}): Promise<FixedPrecisionTensor<PointerTensor<"ring">>> {
    this.checkLive("fixPrecision");
    const precision = options.precision ?? DEFAULT_PRECISION;
    const maxAbs = options.maxAbs ?? defaultMaxAbs(precision);
    const bound = boundOf(maxAbs, precision);
    const ref = await this.location.makeObject({ type: "encode", id: this.id, precision, maxAbs });
    return new FixedPrecisionTensor(PointerTensor.fromRef(this.location, ref, "ring", bound), precision);
  }

  // ----- building blocks for the layers above -----

  /** An Op at this pointer's worker; `other` is another object there or a public constant. */
  async remote(kind: OpKind, other: PointerTensor<PointerKind> | Tensor | RingTensor | null, options: OpOptions = {}, reversed = false): Promise<ObjectRef> {
    this.checkLive(kind);
    let b: Operand | null = null;
    if (other instanceof PointerTensor) {
      other.checkLive(kind);
      if (other.location !== this.location) {
        throw new SharingMismatchError(`${kind} of pointers to different workers (${this.location.id} and ${other.location.id}); bring one to the other first`);
      }
      b = { kind: "id", id: other.id };
    } else if (other !== null) b = { kind: "constant", tensor: other.payload() };
    const self: Operand = { kind: "id", id: this.id };
    const [x, y] = reversed && b !== null ? [b, self] : [self, b];
    return this.location.makeObject({
      type: "op", kind, a: x, b: y, axis: options.axis ?? null, keepDims: options.keepDims ?? false,
      divisor: options.divisor ?? null, resultGroup: options.resultGroup ?? null,
    });
  }

  /** A fixed-point op on a ring pointer: the result's bound is derived first, and refused if too large. */
  async ringOp(this: PointerTensor<"ring">, kind: OpKind, other: PointerTensor<"ring"> | RingTensor | null, options: OpOptions = {}, reversed = false): Promise<PointerTensor<"ring">> {
    const bound = checkBound(ringBound(kind, this.shape, this.bound ?? 0n, other, options), `${kind} at ${this.location.id}`);
    const ref = await this.remote(kind, other, options, reversed);
    return PointerTensor.fromRef(this.location, ref, "ring", bound);
  }

  toString(): string {
    return `PointerTensor(${this.location.id}:${this.id} ${this.kind}${formatShape(this.shape)}${this.state === "live" ? "" : ` ${this.state}`})`;
  }

  private async floatOp(kind: OpKind, other: PointerTensor<"float"> | Tensor | number | null, options: OpOptions = {}): Promise<PointerTensor<"float">> {
    const o = typeof other === "number" ? new Tensor(Float64Array.of(other), []) : other;
    return PointerTensor.fromRef(this.location, await this.remote(kind, o, options), "float", null);
  }

  private async fetch(keep: boolean): Promise<Tensor | RingTensor> {
    this.checkLive(keep ? "copy" : "get");
    const got = await this.location.expect({ type: "get", id: this.id, keep }, "got");
    if (!keep) this.state = "fetched";
    const v = got.value;
    if (v.kind === "model") throw new SyftError("MALFORMED", `worker ${this.location.id} returned a model for tensor ${this.id}`);
    const value = v.kind === "float" ? new Tensor(v.values, v.shape) : new RingTensor(v.shape, v.values, this.bound ?? 0n);
    if ((this.kind === "float") !== (value instanceof Tensor)) throw new SyftError("MALFORMED", `worker ${this.location.id} returned a ${v.kind} tensor for a ${this.kind} pointer`);
    return value;
  }
}

function ringBound(kind: OpKind, shape: Shape, bound: bigint, other: PointerTensor<"ring"> | RingTensor | null, options: OpOptions): bigint {
  const ob = other === null ? 0n : (other.bound ?? 0n);
  switch (kind) {
    case "add": case "sub": return bounds.add(bound, ob);
    case "mul": return bounds.mul(bound, ob);
    case "matmul": return bounds.matmul(bound, ob, other === null ? 0 : matmulShape(shape, other.shape).k);
    case "sum": return bounds.sum(bound, reduction(shape, options.axis).length);
    case "truncate": return bound / (options.divisor ?? 1n);
    default: return bound;
  }
}
