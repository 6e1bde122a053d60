/**
 * A value of Z_2^64 split into additive shares, one PointerTensor per holder
 * (PySyft's AdditiveSharingTensor, `child` = {worker: pointer}). Linear ops
 * run locally at each holder; a product of two shared values uses Beaver
 * triples from the crypto provider (mpc/beaver.ts); a division by a public
 * integer uses the truncation protocol (mpc/truncation.ts). Each result
 * carries a public bound on its magnitude, derived before the op runs.
 */
import { CryptoProviderError, FixedPointRangeError, SharingMismatchError } from "./errors";
import { bounds, checkBound } from "./fixed-point64";
import type { OpKind } from "./messages";
import { beaverProduct } from "./mpc/beaver";
import { divideShared } from "./mpc/truncation";
import { PointerTensor, type OpOptions } from "./pointer-tensor";
import { RingTensor } from "./ring-tensor";
import { allOrNothing, shareLocal } from "./share-client";
import { reconstruct64 } from "./sharing";
import { broadcastShapes, formatShape, matmulShape, reduction, sameShape, type Shape } from "./shape";
import type { ClientContext, WorkerHandle } from "./worker-handle";

export class AdditiveSharingTensor {
  readonly kind = "shared" as const;

  constructor(
    /** One pointer per holder, in share order. */
    readonly shares: readonly PointerTensor<"share">[],
    readonly cryptoProvider: WorkerHandle | null,
    readonly shape: Shape,
    /** Public bound on the magnitude of the shared integers. */
    readonly bound: bigint,
    /** Id of this shared value (the same on every holder). */
    readonly group: string,
  ) {}

  get holders(): WorkerHandle[] { return this.shares.map((s) => s.location); }
  get client(): ClientContext { return this.shares[0]!.location.client; }

  /** this + other (other shared among the same workers, or public). */
  add(other: AdditiveSharingTensor | RingTensor): Promise<AdditiveSharingTensor> {
    return this.linear("add", other, bounds.add(this.bound, other.bound), broadcastShapes(this.shape, other.shape), false);
  }

  /** this - other, or other - this when `reversed`. */
  sub(other: AdditiveSharingTensor | RingTensor, reversed = false): Promise<AdditiveSharingTensor> {
    return this.linear("sub", other, bounds.add(this.bound, other.bound), broadcastShapes(this.shape, other.shape), reversed);
  }

  neg(): Promise<AdditiveSharingTensor> {
    return this.linear("neg", null, this.bound, this.shape, false);
  }

  transpose(): Promise<AdditiveSharingTensor> {
    return this.linear("transpose", null, this.bound, [this.shape[1] ?? 0, this.shape[0] ?? 0], false);
  }

  sum(axis?: number, keepDims = false): Promise<AdditiveSharingTensor> {
    const r = reduction(this.shape, axis, keepDims);
    return this.linear("sum", null, bounds.sum(this.bound, r.length), r.shape, false, { ...(axis === undefined ? {} : { axis }), keepDims });
  }

  /** Elementwise product: with a public tensor locally, with a shared one by the Beaver protocol. */
  async mul(other: AdditiveSharingTensor | RingTensor): Promise<AdditiveSharingTensor> {
    const bound = checkBound(bounds.mul(this.bound, other.bound), `a product of values bounded by ${this.bound} and ${other.bound}`);
    if (other instanceof RingTensor) return this.linear("mul", other, bound, broadcastShapes(this.shape, other.shape), false);
    this.checkSameSharing(other, "mul");
    if (!sameShape(this.shape, other.shape)) throw new SharingMismatchError(`a product of two shared tensors needs equal shapes, got ${formatShape(this.shape)} and ${formatShape(other.shape)}`);
    return beaverProduct(this, other, "elementwise", bound);
  }

  /** this @ other, or other @ this when `reversed` (other public); matrix Beaver triples when both are shared. */
  async matmul(other: AdditiveSharingTensor | RingTensor, reversed = false): Promise<AdditiveSharingTensor> {
    const [l, r] = reversed ? [other.shape, this.shape] : [this.shape, other.shape];
    const { m, k, n } = matmulShape(l, r);
    const bound = checkBound(bounds.matmul(this.bound, other.bound, k), `a matmul over ${k} terms of values bounded by ${this.bound} and ${other.bound}`);
    if (other instanceof RingTensor) return this.linear("matmul", other, bound, [m, n], reversed);
    this.checkSameSharing(other, "matmul");
    return reversed ? beaverProduct(other, this, "matrix", bound) : beaverProduct(this, other, "matrix", bound);
  }

  /** Division by a public positive integer (truncation protocol; result within 1 of the exact quotient). */
  div(divisor: bigint | number): Promise<AdditiveSharingTensor> {
    if (typeof divisor === "number" && !(Number.isSafeInteger(divisor) && divisor > 0)) {
      return Promise.reject(new FixedPointRangeError(`a shared integer divides only by a positive integer, got ${divisor}`));
    }
    return divideShared(this, BigInt(divisor));
  }

  /** Reconstructs the value here and deletes the shares (PySyft's get). */
  async get(): Promise<RingTensor> {
    return this.open(false);
  }

  /** Reconstructs the value here and keeps the shares (PySyft's virtual_get). */
  async reconstruct(): Promise<RingTensor> {
    return this.open(true);
  }

  /** The same value under fresh shares (a new sharing of zero added; PySyft's refresh). */
  async refresh(): Promise<AdditiveSharingTensor> {
    const zero = new RingTensor(this.shape, new BigUint64Array(this.shares[0]?.shape.reduce((a, b) => a * b, 1) ?? 0), 0n);
    const zeros = await shareLocal(zero, this.cryptoProvider ? [...this.holders, { cryptoProvider: this.cryptoProvider }] : this.holders);
    try {
      return await this.add(zeros);
    } finally {
      await zeros.delete();
    }
  }

  async delete(): Promise<void> {
    await Promise.all(this.shares.map((s) => s.delete()));
  }

  requireProvider(use: string): WorkerHandle {
    if (this.cryptoProvider === null) {
      throw new CryptoProviderError(`${use} of shared values needs a crypto provider; share with { cryptoProvider: worker } naming a worker that holds no share`);
    }
    return this.cryptoProvider;
  }

  checkSameSharing(other: AdditiveSharingTensor, use: string): void {
    const a = this.holders.map((h) => h.id), b = other.holders.map((h) => h.id);
    const same = a.length === b.length && a.every((id, i) => id === b[i] && this.holders[i] === other.holders[i]);
    if (!same) throw new SharingMismatchError(`${use} of tensors shared among different workers (${a.join(", ")} and ${b.join(", ")}); reshare one of them among the other's workers`);
    if (this.cryptoProvider !== other.cryptoProvider) {
      throw new SharingMismatchError(`${use} of tensors with different crypto providers (${this.cryptoProvider?.id ?? "none"} and ${other.cryptoProvider?.id ?? "none"})`);
    }
  }

  toString(): string {
    const holders = this.shares.map((s) => s.toString()).join(", ");
    return `AdditiveSharingTensor${formatShape(this.shape)}(provider ${this.cryptoProvider?.id ?? "none"}) > {${holders}}`;
  }

  private async open(keep: boolean): Promise<RingTensor> {
    const parts = await Promise.all(this.shares.map((s) => (keep ? s.copy() : s.get())));
    return new RingTensor(this.shape, reconstruct64(parts.map((p) => p.values)), this.bound);
  }

  private async linear(kind: OpKind, other: AdditiveSharingTensor | RingTensor | null, bound: bigint, shape: Shape, reversed: boolean,
    options: OpOptions = {}): Promise<AdditiveSharingTensor> {
    checkBound(bound, `${kind} of shared values`);
    if (other instanceof AdditiveSharingTensor) this.checkSameSharing(other, kind);
    const group = this.client.newId("g");
    const pointers = await allOrNothing(this.shares.map(async (s, i) => {
      const operand = other instanceof AdditiveSharingTensor ? other.shares[i]! : other;
      const ref = await s.remote(kind, operand, { ...options, resultGroup: group }, reversed);
      return PointerTensor.fromRef(s.location, ref, "share", bound);
    }));
    return new AdditiveSharingTensor(pointers, this.cryptoProvider, pointers[0]?.shape ?? shape, bound, group);
  }
}
