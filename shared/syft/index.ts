/**
 * The chain of tensors, PySyft style: plain tensors, fixed point, additive
 * sharing with Beaver triples, pointers to tensors and models where the data
 * lives, workers behind a two-method interface. docs/syft-api.md is the guide.
 */
export { tensor, Tensor, type NestedNumbers } from "./tensor";
export { FixedPrecisionTensor, type FixedPrecisionOptions, type Joined } from "./fixed-precision-tensor";
export { AdditiveSharingTensor } from "./additive-sharing-tensor";
export { PointerTensor, type PointerKind } from "./pointer-tensor";
export { RingTensor } from "./ring-tensor";
export { Syft, DEFAULT_TIMEOUT_MS, type SyftOptions } from "./syft";
export { WorkerHandle, type ClientContext } from "./worker-handle";
export { VirtualWorker, connectionWorker, serveSyft, type SyftWorker } from "./worker-link";
export { WorkerNode, type WorkerNodeOptions } from "./node/worker-node";
export type { WorkerPolicy } from "./node/worker-policy";
export type { ModelExecutor, ExecutorFitResult } from "./executor";
export type { Timers } from "./timers";
export type { ShareOptions } from "./share-client";
export type { FitConfig, ModelData } from "./messages";
export { modelSpecOf, type SyftModelSpec } from "./model-spec";
export { SYFT_ERROR_CODES, SyftError, RemoteError, WorkerTimeoutError, WorkerUnavailableError, FixedPointRangeError, SharingMismatchError,
  CryptoProviderError, DeletedPointerError, ShapeError, type SyftErrorCode } from "./errors";
export { RING_BITS, RING_CAPACITY, DEFAULT_PRECISION, defaultMaxAbs } from "./fixed-point64";
export { MAX_TRUNCATION_ATTEMPTS, truncationPlan } from "./mpc/truncation";
export { splitShares32, splitShares64, reconstruct32, reconstruct64 } from "./sharing";
export { Model, ModelPointer, model, type FitReport } from "./model";
export { update, UpdateChain, RingUpdate, protectWithChain, type RingEncoding, type ProtectedUpdate } from "./protect-chain";
