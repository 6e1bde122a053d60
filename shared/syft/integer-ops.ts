/**
 * The integer layer under a FixedPrecisionTensor, whatever holds the
 * integers: this process (RingTensor), a worker (PointerTensor to a ring
 * tensor) or several workers as shares (AdditiveSharingTensor). One dispatch
 * per op, so the fixed-point layer above states its rules once.
 */
import { AdditiveSharingTensor } from "./additive-sharing-tensor";
import { SharingMismatchError } from "./errors";
import { PointerTensor } from "./pointer-tensor";
import { RingTensor } from "./ring-tensor";

export type IntegerTensor = RingTensor | AdditiveSharingTensor | PointerTensor<"ring">;
export type IntegerBinary = "add" | "sub" | "mul" | "matmul";

function isPointer(t: IntegerTensor): t is PointerTensor<"ring"> {
  return t instanceof PointerTensor;
}

function sharedBinary(op: IntegerBinary, shared: AdditiveSharingTensor, other: IntegerTensor, reversed: boolean): Promise<AdditiveSharingTensor> {
  if (isPointer(other)) throw new SharingMismatchError(`${op} of a shared tensor and a pointer to ${other.location.id}: share the pointer's value first`);
  switch (op) {
    case "add": return shared.add(other);
    case "sub": return shared.sub(other, reversed);
    case "mul": return shared.mul(other);
    case "matmul": return shared.matmul(other, reversed);
  }
}

function pointerBinary(op: IntegerBinary, pointer: PointerTensor<"ring">, other: IntegerTensor, reversed: boolean): Promise<PointerTensor<"ring">> {
  if (other instanceof AdditiveSharingTensor) throw new SharingMismatchError(`${op} of a pointer and a shared tensor`);
  return pointer.ringOp(op, other, {}, reversed);
}

export async function integerBinary(op: IntegerBinary, a: IntegerTensor, b: IntegerTensor): Promise<IntegerTensor> {
  if (a instanceof RingTensor && b instanceof RingTensor) return a[op](b);
  if (a instanceof AdditiveSharingTensor) return sharedBinary(op, a, b, false);
  if (b instanceof AdditiveSharingTensor) return sharedBinary(op, b, a, true);
  if (isPointer(a)) return pointerBinary(op, a, b, false);
  if (isPointer(b)) return pointerBinary(op, b, a, true);
  throw new SharingMismatchError(`${op}: operands of unknown kinds`);
}

export async function integerNeg(a: IntegerTensor): Promise<IntegerTensor> {
  if (a instanceof RingTensor) return a.neg();
  if (a instanceof AdditiveSharingTensor) return a.neg();
  return a.ringOp("neg", null);
}

export async function integerTranspose(a: IntegerTensor): Promise<IntegerTensor> {
  if (a instanceof RingTensor) return a.transpose();
  if (a instanceof AdditiveSharingTensor) return a.transpose();
  return a.ringOp("transpose", null);
}

export async function integerSum(a: IntegerTensor, axis: number | undefined, keepDims: boolean): Promise<IntegerTensor> {
  if (a instanceof RingTensor) return a.sum(axis, keepDims);
  if (a instanceof AdditiveSharingTensor) return a.sum(axis, keepDims);
  return a.ringOp("sum", null, { ...(axis === undefined ? {} : { axis }), keepDims });
}

/** Division by a positive integer: toward zero for values held in the clear, by the truncation protocol for shares. */
export async function integerDiv(a: IntegerTensor, divisor: bigint): Promise<IntegerTensor> {
  if (divisor === 1n) return a;
  if (a instanceof RingTensor) return a.div(divisor);
  if (a instanceof AdditiveSharingTensor) return a.div(divisor);
  return a.ringOp("truncate", null, { divisor });
}

/** Frees an intermediate result held elsewhere (a no-op for values held here). */
export async function integerDelete(a: IntegerTensor): Promise<void> {
  if (a instanceof RingTensor) return;
  await a.delete();
}
