/**
 * Key files on disk (the command line's job: shared/ stays free of file IO). A key file holds
 * an Ed25519 identity as JSON {"type": "conclave-ed25519", "seed": hex, "publicKey": hex}; it
 * is created with mode 0600 and exclusive create (no following an existing symlink), and a
 * key file that group or others can read is refused, as ssh refuses one.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { signingKeyPairFromSeed, type SigningKeyPair } from "../shared/crypto/signatures";
import { UsageError } from "./usage-error";

interface KeyFile {
  readonly type: "conclave-ed25519";
  readonly seed: string;
  readonly publicKey: string;
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function parseKeyFile(path: string, text: string): Uint8Array {
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { throw new UsageError(`${path} is not a Conclave key file (not JSON)`); }
  const seed = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "seed") : undefined;
  const type = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "type") : undefined;
  if (type !== "conclave-ed25519" || typeof seed !== "string" || !/^[0-9a-f]{64}$/.test(seed)) {
    throw new UsageError(`${path} is not a Conclave key file: expected {"type":"conclave-ed25519","seed":"<64 hex digits>"}`);
  }
  return new Uint8Array(Buffer.from(seed, "hex"));
}

/** Read a key file, refusing one that group or others can read. */
export function readKeyFile(path: string): SigningKeyPair {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    throw new UsageError(`the key file ${path} does not exist; create it with \`conclave keys new --out ${path}\` and give its public key to the federation's admin`);
  }
  if ((mode & 0o077) !== 0) {
    throw new UsageError(`the key file ${path} can be read by group or others (mode ${(mode & 0o777).toString(8)}); it holds a private key: run \`chmod 600 ${path}\``);
  }
  return signingKeyPairFromSeed(parseKeyFile(path, readFileSync(path, "utf8")));
}

/** Create a new key file (mode 0600, never overwriting); returns the key pair. */
export function createKeyFile(path: string): SigningKeyPair {
  const seed = new Uint8Array(randomBytes(32));
  const pair = signingKeyPairFromSeed(seed);
  const file: KeyFile = { type: "conclave-ed25519", seed: hex(seed), publicKey: hex(pair.publicKey) };
  try {
    writeFileSync(path, JSON.stringify(file, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    throw new UsageError(code === "EEXIST" ? `${path} already exists; a key file is never overwritten (move it away first)` : `cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return pair;
}
