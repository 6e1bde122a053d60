import type { NamedTensor } from "./weights";
import { sizeOfShape } from "./weights";

/**
 * Tensors on the wire: raw little-endian bytes. Decoding copies into a fresh,
 * aligned ArrayBuffer (a protobuf `bytes` field is a view into the frame at an
 * arbitrary offset, and we never alias the network buffer).
 */
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes of a float32 or uint32 array, little-endian. Shares memory on little-endian hosts. */
export function toLittleEndianBytes(values: Float32Array | Uint32Array): Uint8Array {
  if (LITTLE_ENDIAN_HOST) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  if (values instanceof Float32Array) values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  else values.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

function alignedCopy(bytes: Uint8Array): ArrayBuffer {
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

export function float32FromBytes(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`tensor data has ${bytes.byteLength} bytes, not a multiple of 4`);
  if (LITTLE_ENDIAN_HOST) return new Float32Array(alignedCopy(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

export function uint32FromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`tensor data has ${bytes.byteLength} bytes, not a multiple of 4`);
  if (LITTLE_ENDIAN_HOST) return new Uint32Array(alignedCopy(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** A vector in the ring Z_2^32 (a masked or shared update). */
export interface RingVector {
  readonly name: string;
  readonly values: Uint32Array;
}

export function checkTensorShape(t: NamedTensor): void {
  if (sizeOfShape(t.shape) !== t.values.length) {
    throw new RangeError(`tensor ${t.name} has ${t.values.length} values but shape [${t.shape.join(", ")}]`);
  }
}
