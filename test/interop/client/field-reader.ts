// Type-guarded reads of the plain objects protobufjs' toObject returns (typed `any` by the library,
// treated here as unknown). A failed read names the proto field, e.g. "welcome.participant_id".

export type Obj = Record<string, unknown>;

export class MalformedMessage extends Error {
  override name = "MalformedMessage";
}

export function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Uint8Array);
}

/** A camel-cased field path as the proto spells it: welcome.participantId -> welcome.participant_id. */
export function snake(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function fail(path: string, what: string): never {
  throw new MalformedMessage(`${snake(path)} ${what}`);
}

export function obj(o: Obj, key: string, path: string): Obj {
  const v = o[key];
  if (!isObj(v)) fail(`${path}.${key}`, "is missing");
  return v;
}

export function optObj(o: Obj, key: string): Obj | null {
  const v = o[key];
  return isObj(v) ? v : null;
}

export function str(o: Obj, key: string, path: string, max = 1 << 20): string {
  const v = o[key];
  if (typeof v !== "string") fail(`${path}.${key}`, "is not a string");
  if (v.length > max) fail(`${path}.${key}`, `is longer than ${max} characters`);
  return v;
}

export function uint(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail(`${path}.${key}`, "is not an unsigned integer");
  return v;
}

export function dbl(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== "number") fail(`${path}.${key}`, "is not a number");
  return v;
}

export function bool(o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v !== "boolean") fail(`${path}.${key}`, "is not a boolean");
  return v;
}

export function bytes(o: Obj, key: string, path: string, length?: number): Uint8Array {
  const v = o[key];
  if (!(v instanceof Uint8Array)) fail(`${path}.${key}`, "is not bytes");
  if (length !== undefined && v.length !== length) fail(`${path}.${key}`, `holds ${v.length} bytes, not ${length}`);
  return v;
}

export function list(o: Obj, key: string, path: string, max = 100_000): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`${path}.${key}`, "is not a list");
  if (v.length > max) fail(`${path}.${key}`, `has more than ${max} entries`);
  return v;
}

export function objList(o: Obj, key: string, path: string, max = 100_000): Obj[] {
  return list(o, key, path, max).map((x, i) => (isObj(x) ? x : fail(`${path}.${key}[${i}]`, "is not a message")));
}

export function uintList(o: Obj, key: string, path: string, max = 100_000): number[] {
  return list(o, key, path, max).map((x, i) =>
    typeof x === "number" && Number.isInteger(x) && x >= 0 ? x : fail(`${path}.${key}[${i}]`, "is not an unsigned integer"));
}

export function strList(o: Obj, key: string, path: string, max = 100_000): string[] {
  return list(o, key, path, max).map((x, i) => (typeof x === "string" ? x : fail(`${path}.${key}[${i}]`, "is not a string")));
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], path: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) fail(path, `has the unknown value "${value}"`);
  return found;
}
