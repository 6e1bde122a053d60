import type { LayerType } from "../../shared/task/layer-spec";
import type { ModelSpec } from "../../shared/task/task-spec";

/**
 * The tfjs kernels that training a model needs beyond the basic ones every
 * backend has: the forward and gradient kernels of its layers. Some backends
 * lack some (tfjs-backend-wasm 4.22 has no UnsortedSegmentSum, so it cannot
 * train an embedding; its missing Conv2DBackpropFilter is supplied by
 * wasm-conv-grad.ts);
 * selectBackend skips a backend that lacks one, saying which.
 */
const KERNELS: Readonly<Partial<Record<LayerType, readonly string[]>>> = {
  dense: ["BatchMatMul"],
  conv2d: ["Conv2D", "Conv2DBackpropFilter", "Conv2DBackpropInput"],
  maxPooling2d: ["MaxPool", "MaxPoolGrad"],
  averagePooling2d: ["AvgPool", "AvgPoolGrad"],
  globalAveragePooling2d: ["Mean"],
  globalMaxPooling2d: ["Max"],
  batchNormalization: ["FusedBatchNorm"],
  embedding: ["GatherV2", "UnsortedSegmentSum"],
};

export function requiredKernels(model: ModelSpec): string[] {
  const out = new Set<string>();
  for (const layer of model.layers) {
    for (const k of KERNELS[layer.type] ?? []) out.add(k);
    if ("activation" in layer && layer.activation === "softmax") out.add("Softmax");
  }
  return [...out].sort();
}
