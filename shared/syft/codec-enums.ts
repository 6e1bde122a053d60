/** The protobuf enums of syft.v1 against the string unions of messages.ts, position by position. */
import { SyftError } from "./errors";
import { syft } from "./generated/syft";

const pb = syft.v1;

export const OP_ENUM = [pb.OpKind.ADD, pb.OpKind.SUB, pb.OpKind.MUL, pb.OpKind.MATMUL, pb.OpKind.NEG, pb.OpKind.SUM, pb.OpKind.TRANSPOSE,
  pb.OpKind.TRUNCATE, pb.OpKind.MEAN] as const;
export const TRIPLE_ENUM = [pb.TripleKind.ELEMENTWISE, pb.TripleKind.MATRIX] as const;
export const KIND_ENUM = [pb.ObjectKind.FLOAT, pb.ObjectKind.RING, pb.ObjectKind.SHARE, pb.ObjectKind.MODEL] as const;
export const ERROR_ENUM = [pb.ErrorCode.MALFORMED, pb.ErrorCode.NOT_FOUND, pb.ErrorCode.REFUSED, pb.ErrorCode.BAD_REQUEST,
  pb.ErrorCode.OUT_OF_RANGE, pb.ErrorCode.NO_EXECUTOR, pb.ErrorCode.BUSY, pb.ErrorCode.INTERNAL] as const;

/** The wire number of `value`, by its position in `names`. */
export function enumToWire<T extends string>(names: readonly T[], numbers: readonly number[], value: T): number {
  const n = numbers[names.indexOf(value)];
  if (n === undefined) throw new SyftError("INTERNAL", `no wire value for ${value}`);
  return n;
}

/** The name of a wire number, or a MALFORMED error naming the field. */
export function enumFromWire<T extends string>(names: readonly T[], numbers: readonly number[], value: unknown, where: string): T {
  const i = numbers.findIndex((n) => n === value);
  const name = names[i];
  if (name === undefined) throw new SyftError("MALFORMED", `${where} has an unknown value ${String(value)}`);
  return name;
}
