import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { signingKeyPairFromSeed, type SigningKeyPair } from "../shared/crypto/signatures";
import { getLogger } from "../shared/log/logger";

const log = getLogger("worker.identity");

/** The on-disk form of a worker's Ed25519 identity (the private seed: keep the file private). */
interface KeyFile {
  readonly type: "conclave-ed25519";
  readonly seed: string;
  readonly publicKey: string;
}

function parseKeyFile(path: string, text: string): Uint8Array {
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { throw new Error(`${path} is not a Conclave key file (not JSON)`); }
  const seed = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "seed") : undefined;
  const type = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "type") : undefined;
  if (type !== "conclave-ed25519" || typeof seed !== "string" || !/^[0-9a-f]{64}$/.test(seed)) {
    throw new Error(`${path} is not a Conclave key file: expected {"type":"conclave-ed25519","seed":"<64 hex digits>"}`);
  }
  return new Uint8Array(Buffer.from(seed, "hex"));
}

/**
 * The worker's long-term identity. With a path: read it, or create it (mode 0600)
 * when the file does not exist, so a worker keeps its identity across restarts.
 * Without a path: a fresh key for this process only, with a warning (a coordinator
 * with an allowlist will refuse it).
 */
export function loadOrCreateIdentity(path?: string): SigningKeyPair {
  if (path === undefined) {
    log.warn("no --key given: using a fresh identity key for this run only; pass --key FILE to keep one across restarts");
    return signingKeyPairFromSeed(new Uint8Array(randomBytes(32)));
  }
  if (existsSync(path)) {
    const pair = signingKeyPairFromSeed(parseKeyFile(path, readFileSync(path, "utf8")));
    log.info("identity key loaded", { path, publicKey: Buffer.from(pair.publicKey).toString("hex") });
    return pair;
  }
  const seed = new Uint8Array(randomBytes(32));
  const pair = signingKeyPairFromSeed(seed);
  const file: KeyFile = { type: "conclave-ed25519", seed: Buffer.from(seed).toString("hex"), publicKey: Buffer.from(pair.publicKey).toString("hex") };
  writeFileSync(path, JSON.stringify(file, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  log.info("identity key created", { path, publicKey: file.publicKey });
  return pair;
}
