// The canonical JSON of a task (docs/protocol.md section 6) and its digest.
import { sha256 } from "./primitives";

/** Keys sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify prints them. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

export function taskDigest(taskJson: string): string {
  return sha256(Buffer.from(taskJson, "utf8")).toString("hex");
}
