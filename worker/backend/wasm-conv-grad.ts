import * as tf from "@tensorflow/tfjs";
import { BackendWasm } from "@tensorflow/tfjs-backend-wasm";

/**
 * The filter gradient of a 2-D convolution (NHWC), which tfjs-backend-wasm
 * 4.22 does not have, so that the wasm backend can train convolutional models.
 * Plain TypeScript over the input and output gradient read from the wasm heap:
 * dW[fh, fw, ci, co] = sum over (b, oh, ow) of
 * x[b, oh * sh + fh - padTop, ow * sw + fw - padLeft, ci] * dy[b, oh, ow, co].
 * Cheap for the small models Conv2D is used with here (the digits CNN: about
 * 0.3M multiply-adds per batch); checked against the cpu backend's kernel.
 */
export const WASM_CONV2D_FILTER_GRAD = "Conv2DBackpropFilter";

function pair(v: unknown, name: string): [number, number] {
  if (typeof v === "number") return [v, v];
  if (Array.isArray(v) && v.length === 2 && v.every((d) => typeof d === "number")) return [Number(v[0]), Number(v[1])];
  throw new Error(`Conv2DBackpropFilter: bad ${name} ${JSON.stringify(v)}`);
}

function shape4(v: unknown, name: string): [number, number, number, number] {
  if (Array.isArray(v) && v.length === 4 && v.every((d) => typeof d === "number")) return [Number(v[0]), Number(v[1]), Number(v[2]), Number(v[3])];
  throw new Error(`Conv2DBackpropFilter: ${name} must have rank 4, got ${JSON.stringify(v)}`);
}

function padding(v: unknown): "same" | "valid" | number {
  if (v === "same" || v === "valid" || typeof v === "number") return v;
  throw new Error(`Conv2DBackpropFilter: padding ${JSON.stringify(v)} is not supported on wasm (only "same", "valid" or a number)`);
}

function roundingMode(v: unknown): "floor" | "round" | "ceil" | undefined {
  return v === "floor" || v === "round" || v === "ceil" ? v : undefined;
}

/** Registers the kernel once (a no-op when tfjs-backend-wasm has its own). */
export function registerWasmConv2DFilterGrad(): void {
  if (tf.getKernel(WASM_CONV2D_FILTER_GRAD, "wasm") !== undefined) return;
  tf.registerKernel({
    kernelName: WASM_CONV2D_FILTER_GRAD,
    backendName: "wasm",
    kernelFunc: ({ inputs, backend, attrs }) => {
      if (!(backend instanceof BackendWasm)) throw new Error("Conv2DBackpropFilter: not the wasm backend");
      const { x, dy } = inputs;
      if (x === undefined || dy === undefined) throw new Error("Conv2DBackpropFilter: needs x and dy");
      if (attrs?.dataFormat !== undefined && attrs.dataFormat !== "NHWC" && attrs.dataFormat !== "channelsLast") {
        throw new Error(`Conv2DBackpropFilter: only NHWC is supported on wasm, got ${String(attrs.dataFormat)}`);
      }
      const xShape = shape4(x.shape, "x");
      const filterShape = shape4(attrs?.filterShape, "filterShape");
      const info = tf.backend_util.computeConv2DInfo(xShape, filterShape, pair(attrs?.strides, "strides"), 1, padding(attrs?.pad),
        roundingMode(attrs?.dimRoundingMode), false, "channelsLast");
      const xv = backend.readSync(x.dataId);
      const dyv = backend.readSync(dy.dataId);
      if (!(xv instanceof Float32Array) || !(dyv instanceof Float32Array)) throw new Error("Conv2DBackpropFilter: expects float32 tensors");
      const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
      const top = info.padInfo.top;
      const left = info.padInfo.left;
      const dw = new Float32Array(filterHeight * filterWidth * inChannels * outChannels);
      for (let b = 0; b < batchSize; b++) {
        for (let oh = 0; oh < outHeight; oh++) {
          for (let ow = 0; ow < outWidth; ow++) {
            const dyOff = ((b * outHeight + oh) * outWidth + ow) * outChannels;
            for (let fh = 0; fh < filterHeight; fh++) {
              const ih = oh * strideHeight + fh - top;
              if (ih < 0 || ih >= inHeight) continue;
              for (let fw = 0; fw < filterWidth; fw++) {
                const iw = ow * strideWidth + fw - left;
                if (iw < 0 || iw >= inWidth) continue;
                const xOff = ((b * inHeight + ih) * inWidth + iw) * inChannels;
                const wOff = (fh * filterWidth + fw) * inChannels * outChannels;
                for (let ci = 0; ci < inChannels; ci++) {
                  const v = xv[xOff + ci]!;
                  if (v === 0) continue;
                  const row = wOff + ci * outChannels;
                  for (let co = 0; co < outChannels; co++) dw[row + co]! += v * dyv[dyOff + co]!;
                }
              }
            }
          }
        }
      }
      return backend.makeOutput([...filterShape], "float32", undefined, dw);
    },
  });
}
