/**
 * Encoding and validation of the parts every syft message is made of:
 * tensors (raw little-endian float64 or uint64 bytes, copied into fresh
 * aligned buffers so nothing aliases a network frame), share descriptions,
 * parties, operands, training settings, and big integers (decimal strings);
 * models are in codec-model.ts.
 */
import { checkFinite, checkInt, checkOneOf, checkString } from "../protocol/checks";
import { SyftError } from "./errors";
import { syft } from "./generated/syft";
import { LIMITS, type FitConfig, type Operand, type Party, type RingPayload, type ShareInfo, type TensorPayload } from "./messages";
import { checkShape, MAX_DIMS, sizeOf, type Shape } from "./shape";

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function malformed(message: string): SyftError {
  return new SyftError("MALFORMED", message);
}

function littleEndianBytes(values: Float64Array | BigUint64Array): Uint8Array {
  if (LITTLE_ENDIAN_HOST) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.byteLength);
  const view = new DataView(out.buffer);
  if (values instanceof Float64Array) values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  else values.forEach((v, i) => view.setBigUint64(i * 8, v, true));
  return out;
}

function alignedCopy(bytes: Uint8Array): ArrayBuffer {
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

function float64FromBytes(bytes: Uint8Array): Float64Array {
  if (LITTLE_ENDIAN_HOST) return new Float64Array(alignedCopy(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float64Array.from({ length: bytes.byteLength / 8 }, (_, i) => view.getFloat64(i * 8, true));
}

function ring64FromBytes(bytes: Uint8Array): BigUint64Array {
  if (LITTLE_ENDIAN_HOST) return new BigUint64Array(alignedCopy(bytes));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return BigUint64Array.from({ length: bytes.byteLength / 8 }, (_, i) => view.getBigUint64(i * 8, true));
}

export function tensorToWire(t: TensorPayload): syft.v1.TensorData.$Properties {
  const bytes = littleEndianBytes(t.values);
  return { shape: [...t.shape], data: bytes, ring: t.kind === "ring" };
}

export function shapeFromWire(shape: readonly number[] | null | undefined, where: string): Shape {
  const s = shape ?? [];
  if (s.length > MAX_DIMS) throw malformed(`${where} has ${s.length} dimensions; at most ${MAX_DIMS} are allowed`);
  for (const d of s) checkInt(d, `${where} dimension`, 0, 2 ** 26);
  checkShape(s);
  return [...s];
}

export function tensorFromWire(t: syft.v1.TensorData.$Properties | null | undefined, where: string): TensorPayload {
  if (!t) throw malformed(`${where} is missing`);
  const shape = shapeFromWire(t.shape, `${where}.shape`);
  const data = t.data ?? new Uint8Array(0);
  const isRing = t.ring === true;
  const need = sizeOf(shape) * 8;
  if (data.byteLength !== need) throw malformed(`${where} has ${data.byteLength} bytes of values but shape [${shape.join(", ")}] needs ${need}`);
  if (isRing) return { kind: "ring", shape, values: ring64FromBytes(data) };
  const values = float64FromBytes(data);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) throw malformed(`${where} holds a non-finite value at index ${i}`);
  }
  return { kind: "float", shape, values };
}

export function ringFromWire(t: syft.v1.TensorData.$Properties | null | undefined, where: string): RingPayload {
  const p = tensorFromWire(t, where);
  if (p.kind !== "ring") throw malformed(`${where} must hold ring (uint64) values`);
  return p;
}

export function idFromWire(v: unknown, where: string): string {
  return checkString(v, where, LIMITS.idLength, 1);
}

export function optionalIdFromWire(v: unknown, where: string): string | null {
  const s = checkString(v, where, LIMITS.idLength);
  return s === "" ? null : s;
}

const BIGINT_TEXT = /^-?[0-9]{1,20}$/;

export function bigintToWire(v: bigint): string {
  return v.toString(10);
}

export function bigintFromWire(v: unknown, where: string, min: bigint, max: bigint): bigint {
  const s = checkString(v, where, 21, 1);
  if (!BIGINT_TEXT.test(s)) throw malformed(`${where} must be a decimal integer, got ${JSON.stringify(s)}`);
  const n = BigInt(s);
  if (n < min || n > max) throw malformed(`${where} must be in [${min}, ${max}], got ${n}`);
  return n;
}

export function shareInfoToWire(s: ShareInfo): syft.v1.ShareInfo.$Properties {
  return { group: s.group, holders: [...s.holders], index: s.index, cryptoProvider: s.cryptoProvider ?? "" };
}

export function shareInfoFromWire(s: syft.v1.ShareInfo.$Properties | null | undefined, where: string): ShareInfo {
  if (!s) throw malformed(`${where} is missing`);
  const holders = (s.holders ?? []).map((h, i) => idFromWire(h, `${where}.holders[${i}]`));
  if (holders.length < 1 || holders.length > LIMITS.maxHolders) throw malformed(`${where} must name 1 to ${LIMITS.maxHolders} holders, got ${holders.length}`);
  return {
    group: idFromWire(s.group, `${where}.group`), holders,
    index: checkInt(s.index, `${where}.index`, 0, holders.length - 1), cryptoProvider: optionalIdFromWire(s.cryptoProvider, `${where}.cryptoProvider`),
  };
}

export function keyFromWire(v: Uint8Array | null | undefined, where: string): Uint8Array {
  const k = v ?? new Uint8Array(0);
  if (k.byteLength !== 32) throw malformed(`${where} must be a 32-byte X25519 key, got ${k.byteLength} bytes`);
  return new Uint8Array(k);
}

export function bytesFromWire(v: Uint8Array | null | undefined, where: string, maxBytes: number): Uint8Array {
  const b = v ?? new Uint8Array(0);
  if (b.byteLength > maxBytes) throw malformed(`${where} has ${b.byteLength} bytes; at most ${maxBytes} are allowed`);
  return new Uint8Array(b);
}

export function partiesFromWire(list: readonly syft.v1.Party.$Properties[] | null | undefined, where: string): Party[] {
  const items = list ?? [];
  if (items.length < 1 || items.length > LIMITS.maxHolders) throw malformed(`${where} must name 1 to ${LIMITS.maxHolders} parties, got ${items.length}`);
  return items.map((p, i) => ({ id: idFromWire(p.id, `${where}[${i}].id`), boxPublicKey: keyFromWire(p.boxPublicKey, `${where}[${i}].boxPublicKey`) }));
}

export function partiesToWire(parties: readonly Party[]): syft.v1.Party.$Properties[] {
  return parties.map((p) => ({ id: p.id, boxPublicKey: p.boxPublicKey }));
}

export function operandToWire(o: Operand): syft.v1.Operand.$Properties {
  return o.kind === "id" ? { id: o.id } : { constant: tensorToWire(o.tensor) };
}

export function operandFromWire(o: syft.v1.Operand.$Properties | null | undefined, where: string): Operand {
  if (!o) throw malformed(`${where} is missing`);
  if (o.value === "id") return { kind: "id", id: idFromWire(o.id, `${where}.id`) };
  if (o.value === "constant") return { kind: "constant", tensor: tensorFromWire(o.constant, `${where}.constant`) };
  throw malformed(`${where} names neither an object nor a constant`);
}

export function fitConfigFromWire(c: syft.v1.TrainConfig.$Properties | null | undefined, where: string): FitConfig {
  if (!c) throw malformed(`${where} is missing`);
  return {
    optimizer: checkOneOf(c.optimizer, ["sgd", "adam"] as const, `${where}.optimizer`),
    learningRate: checkFinite(c.learningRate, `${where}.learningRate`, Number.MIN_VALUE, 10),
    batchSize: checkInt(c.batchSize, `${where}.batchSize`, 1, 1 << 20),
    epochs: checkInt(c.epochs, `${where}.epochs`, 1, LIMITS.maxEpochs),
    seed: checkInt(c.seed, `${where}.seed`, 0, 0xffffffff),
  };
}
