import { ProtocolError } from "./messages";

/** Validators for decoded wire fields: each returns the checked value or throws MALFORMED_MESSAGE with the field's name. */

export function checkString(v: unknown, field: string, maxLength: number, minLength = 0): string {
  const s = v ?? "";
  if (typeof s !== "string") throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be a string`);
  if (s.length > maxLength) throw new ProtocolError("MALFORMED_MESSAGE", `${field} is ${s.length} characters long; at most ${maxLength} are allowed`);
  if (s.length < minLength) throw new ProtocolError("MALFORMED_MESSAGE", `${field} must not be empty`);
  return s;
}

export function checkInt(v: unknown, field: string, min: number, max: number): number {
  const n = v ?? 0;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
    throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be an integer in [${min}, ${max}], got ${String(n)}`);
  }
  return n;
}

export function checkFinite(v: unknown, field: string, min: number, max: number): number {
  const n = v ?? 0;
  if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max) {
    throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be a finite number in [${min}, ${max}], got ${String(n)}`);
  }
  return n;
}

export function checkOneOf<T extends string>(v: unknown, allowed: readonly T[], field: string): T {
  const found = allowed.find((a) => a === v);
  if (found === undefined) throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be one of ${allowed.join(", ")}, got ${JSON.stringify(v)}`);
  return found;
}

export function isRecordOfNumbers(v: unknown): v is Record<string, number> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return Object.entries(v).every(([k, x]) => k.length <= 128 && typeof x === "number" && Number.isFinite(x));
}

/** Bytes of an exact length (a key, a signature, a nonce). */
export function checkBytes(v: Uint8Array | null | undefined, field: string, exact: number): Uint8Array {
  const b = v ?? new Uint8Array(0);
  if (b.byteLength !== exact) throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be ${exact} bytes, got ${b.byteLength}`);
  return new Uint8Array(b);
}
