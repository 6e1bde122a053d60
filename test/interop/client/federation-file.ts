// The federation file and the key file (docs/protocol.md section 5), read and verified.
import { readFileSync } from "node:fs";
import { concat, fromHex, label, u64 } from "./bytes";
import { isObj, list, str, type Obj } from "./field-reader";
import { ed25519PublicKey, ed25519Verify } from "./primitives";

export interface Site { name: string; publicKey: Buffer; participantId: number }

export interface Federation {
  federation: string;
  adminKey: Buffer;
  coordinator: { name: string; publicKey: Buffer };
  /** Sorted by name (byte order); participant id = position + 1. */
  sites: Site[];
}

export class FederationFileError extends Error {
  override name = "FederationFileError";
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

function key(o: Obj, k: string, p: string, digits = 64): Buffer {
  const v = str(o, k, p);
  if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(v)) throw new FederationFileError(`${p}.${k} must be ${digits} hex digits`);
  return fromHex(v.toLowerCase());
}

function name(o: Obj, k: string, p: string): string {
  const v = str(o, k, p);
  if (!NAME.test(v)) throw new FederationFileError(`${p}.${k} "${v}" must be 1-64 letters, digits, ".", "_" or "-"`);
  return v;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

export function federationPayload(f: Federation): Buffer {
  return concat(
    label("conclave/federation/v1"), label(f.federation), f.adminKey, label(f.coordinator.name), f.coordinator.publicKey,
    u64(f.sites.length), ...f.sites.flatMap((s) => [label(s.name), s.publicKey]),
  );
}

/** Parses a federation file's JSON and checks its admin signature; throws FederationFileError saying what is wrong. */
export function parseFederation(json: unknown, where: string): Federation {
  if (!isObj(json)) throw new FederationFileError(`${where} is not a JSON object`);
  if (json.type !== "conclave-federation" || json.version !== 1) throw new FederationFileError(`${where} is not a conclave-federation file of version 1`);
  const coordinator = json.coordinator;
  if (!isObj(coordinator)) throw new FederationFileError(`${where}: "coordinator" must be an object`);
  const sites = list(json, "sites", where).map((s, i): Site => {
    if (!isObj(s)) throw new FederationFileError(`${where}: sites[${i}] must be an object`);
    return { name: name(s, "name", `sites[${i}]`), publicKey: key(s, "publicKey", `sites[${i}]`), participantId: 0 };
  });
  sites.sort((a, b) => byteOrder(a.name, b.name));
  sites.forEach((s, i) => { s.participantId = i + 1; });
  const f: Federation = {
    federation: name(json, "federation", where),
    adminKey: key(json, "admin", where),
    coordinator: { name: name(coordinator, "name", "coordinator"), publicKey: key(coordinator, "publicKey", "coordinator") },
    sites,
  };
  const keys = new Set([f.adminKey, f.coordinator.publicKey, ...sites.map((s) => s.publicKey)].map((k) => k.toString("hex")));
  if (keys.size !== sites.length + 2) throw new FederationFileError(`${where}: every key must be distinct`);
  if (new Set(sites.map((s) => s.name)).size !== sites.length) throw new FederationFileError(`${where}: a site name is listed twice`);
  if (!ed25519Verify(f.adminKey, federationPayload(f), key(json, "signature", where, 128))) {
    throw new FederationFileError(`${where}: the admin's signature does not verify; re-sign the file`);
  }
  return f;
}

export function readFederationFile(file: string): Federation {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  return parseFederation(parsed, file);
}

export interface KeyFile { seed: Buffer; publicKey: Buffer }

/** Reads an Ed25519 key file {"type": "conclave-ed25519", "seed", "publicKey"} and checks the pair. */
export function readKeyFile(file: string): KeyFile {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isObj(parsed) || parsed.type !== "conclave-ed25519") throw new FederationFileError(`${file} is not a conclave-ed25519 key file`);
  const seed = key(parsed, "seed", file);
  const publicKey = key(parsed, "publicKey", file);
  if (!ed25519PublicKey(seed).equals(publicKey)) throw new FederationFileError(`${file}: publicKey is not the seed's public key`);
  return { seed, publicKey };
}
