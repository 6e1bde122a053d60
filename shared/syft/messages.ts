/**
 * The syft protocol as typed data (proto/syft.proto, package syft.v1): a
 * discriminated union per direction. The codec (codec.ts) turns these into
 * bytes and validates everything that arrives before anything uses it.
 */
import type { NamedTensor } from "../tensor/weights";
import type { SyftErrorCode } from "./errors";
import type { SyftModelSpec } from "./model-spec";
import type { Shape } from "./shape";

export interface FloatPayload {
  readonly kind: "float";
  readonly shape: Shape;
  readonly values: Float64Array;
}

export interface RingPayload {
  readonly kind: "ring";
  readonly shape: Shape;
  readonly values: BigUint64Array;
}

export type TensorPayload = FloatPayload | RingPayload;

export interface ShareInfo {
  /** Id of the shared value; the same on every holder. */
  readonly group: string;
  /** Worker ids, in share order. */
  readonly holders: readonly string[];
  /** This holder's position in `holders`. */
  readonly index: number;
  readonly cryptoProvider: string | null;
}

export interface Party {
  readonly id: string;
  readonly boxPublicKey: Uint8Array;
}

export type Operand = { readonly kind: "id"; readonly id: string } | { readonly kind: "constant"; readonly tensor: TensorPayload };

export const OP_KINDS = ["add", "sub", "mul", "matmul", "neg", "sum", "transpose", "truncate", "mean"] as const;
export type OpKind = (typeof OP_KINDS)[number];

export const TRIPLE_KINDS = ["elementwise", "matrix"] as const;
export type TripleKind = (typeof TRIPLE_KINDS)[number];

export interface ModelData {
  readonly spec: SyftModelSpec;
  readonly weights: readonly NamedTensor[];
}

export interface FitConfig {
  readonly optimizer: "sgd" | "adam";
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  readonly seed: number;
}

export type RequestBody =
  | { readonly type: "hello" }
  | { readonly type: "store"; readonly tensor: TensorPayload }
  | { readonly type: "storeShare"; readonly tensor: RingPayload; readonly share: ShareInfo }
  | { readonly type: "get"; readonly id: string; readonly keep: boolean }
  | { readonly type: "delete"; readonly id: string }
  | {
      readonly type: "op"; readonly kind: OpKind; readonly a: Operand; readonly b: Operand | null; readonly axis: number | null;
      readonly keepDims: boolean; readonly divisor: bigint | null; readonly resultGroup: string | null;
    }
  | { readonly type: "encode"; readonly id: string; readonly precision: number; readonly maxAbs: number }
  | { readonly type: "shareOut"; readonly id: string; readonly holders: readonly Party[]; readonly group: string; readonly cryptoProvider: string | null }
  | {
      readonly type: "storeSealed"; readonly from: string; readonly fromPublicKey: Uint8Array; readonly envelope: Uint8Array;
      readonly share: ShareInfo; readonly shape: Shape;
    }
  | {
      readonly type: "triple"; readonly session: string; readonly kind: TripleKind; readonly shapeA: Shape; readonly shapeB: Shape;
      readonly holders: readonly Party[];
    }
  | {
      readonly type: "truncationPair"; readonly session: string; readonly size: number; readonly divisor: bigint;
      readonly holders: readonly Party[]; readonly attempt: number;
    }
  | {
      readonly type: "beaverOpen"; readonly session: string; readonly kind: TripleKind; readonly x: string; readonly y: string;
      readonly provider: string; readonly providerPublicKey: Uint8Array; readonly envelope: Uint8Array;
    }
  | { readonly type: "beaverClose"; readonly session: string; readonly d: RingPayload; readonly e: RingPayload; readonly resultGroup: string }
  | {
      readonly type: "truncOpen"; readonly session: string; readonly x: string; readonly provider: string; readonly providerPublicKey: Uint8Array;
      readonly envelope: Uint8Array; readonly offset: bigint; readonly attempt: number; readonly indices: readonly number[];
    }
  | {
      readonly type: "truncClose"; readonly session: string; readonly c: RingPayload; readonly divisor: bigint;
      readonly quotientOffset: bigint; readonly resultGroup: string;
    }
  | { readonly type: "storeModel"; readonly model: ModelData }
  | { readonly type: "fit"; readonly model: string; readonly x: string; readonly y: string; readonly config: FitConfig }
  | { readonly type: "parameters"; readonly model: string }
  | { readonly type: "setParameters"; readonly model: string; readonly tensor: string };

export interface Request {
  readonly id: number;
  readonly sender: string;
  readonly body: RequestBody;
}

export const OBJECT_KINDS = ["float", "ring", "share", "model"] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export interface ObjectRef {
  readonly id: string;
  readonly kind: ObjectKind;
  readonly shape: Shape;
}

export type GotValue = TensorPayload | { readonly kind: "model"; readonly model: ModelData };

export type ReplyBody =
  | { readonly type: "hello"; readonly workerId: string; readonly boxPublicKey: Uint8Array }
  | { readonly type: "object"; readonly ref: ObjectRef }
  | { readonly type: "got"; readonly value: GotValue }
  | { readonly type: "ok" }
  | { readonly type: "sealed"; readonly envelopes: readonly Uint8Array[]; readonly senderPublicKey: Uint8Array; readonly ownShare: string | null }
  | { readonly type: "opened"; readonly values: readonly RingPayload[] }
  | { readonly type: "fit"; readonly loss: number; readonly epochLosses: readonly number[]; readonly examples: number }
  | { readonly type: "error"; readonly code: SyftErrorCode; readonly message: string };

export interface Reply {
  readonly requestId: number;
  readonly body: ReplyBody;
}

/** Limits every decoder applies, whatever the frame size. */
export const LIMITS = { idLength: 100, maxHolders: 64, maxWeights: 1024, maxLayers: 64, maxEpochs: 10_000, messageLength: 4096 } as const;
