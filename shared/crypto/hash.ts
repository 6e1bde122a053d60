/** SHA-256 (node:crypto) over the concatenation of byte strings. */
import crypto from "node:crypto";

export const SHA256_BYTES = 32;

export function sha256(...parts: readonly Uint8Array[]): Uint8Array {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

export function sha256Hex(text: string): string {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}
