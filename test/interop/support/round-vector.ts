// Reads proto/vectors/round.json into typed requests and replies (hex to bytes, id lists to IdSets).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fromHex } from "../client/bytes";
import { isObj, type Obj } from "../client/field-reader";

export const VECTORS = path.resolve(__dirname, "../../../proto/vectors");

export function readVector(name: string): Obj {
  const parsed: unknown = JSON.parse(readFileSync(path.join(VECTORS, `${name}.json`), "utf8"));
  if (!isObj(parsed)) throw new Error(`${name}.json is not an object`);
  return parsed;
}

/** Any JSON value from the vectors, narrowed: throws when the vector file does not hold that shape. */
export function at(o: unknown, ...keys: (string | number)[]): unknown {
  let v: unknown = o;
  for (const k of keys) {
    if (typeof k === "number" ? !Array.isArray(v) : !isObj(v)) throw new Error(`vector path ${keys.join(".")} does not exist`);
    v = Array.isArray(v) ? v[Number(k)] : isObj(v) ? v[String(k)] : undefined;
  }
  return v;
}

export function atStr(o: unknown, ...keys: (string | number)[]): string {
  const v = at(o, ...keys);
  if (typeof v !== "string") throw new Error(`vector ${keys.join(".")} is not a string`);
  return v;
}

export function atNum(o: unknown, ...keys: (string | number)[]): number {
  const v = at(o, ...keys);
  if (typeof v !== "number") throw new Error(`vector ${keys.join(".")} is not a number`);
  return v;
}

export function atList(o: unknown, ...keys: (string | number)[]): unknown[] {
  const v = at(o, ...keys);
  if (!Array.isArray(v)) throw new Error(`vector ${keys.join(".")} is not a list`);
  return v;
}

export function atNums(o: unknown, ...keys: (string | number)[]): number[] {
  return atList(o, ...keys).map((x) => {
    if (typeof x !== "number") throw new Error(`vector ${keys.join(".")} holds a non-number`);
    return x;
  });
}

export function atBytes(o: unknown, ...keys: (string | number)[]): Buffer {
  return fromHex(atStr(o, ...keys));
}
