/**
 * The federation file: JSON text holding a Membership and the admin's Ed25519 signature over
 * its canonical bytes. Parsing checks every field and names the one that is wrong;
 * verification checks the signature against the admin key the reader pins (its own policy),
 * or at least against the key the file names.
 */
import { signer, verifyDetached } from "../crypto/signatures";
import { Membership, MembershipError, type Site } from "./membership";

export const FEDERATION_FILE_TYPE = "conclave-federation";

export interface FederationFile {
  readonly membership: Membership;
  /** The admin's signature; null when the file is not signed yet. */
  readonly signature: Uint8Array | null;
}

function field(obj: unknown, key: string, where: string): unknown {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw new MembershipError(`${where} must be a JSON object`);
  return Reflect.get(obj, key);
}

function text(obj: unknown, key: string, where: string): string {
  const v = field(obj, key, where);
  if (typeof v !== "string") throw new MembershipError(`${where}.${key} must be a string`);
  return v;
}

export function hexKey(value: string, what: string, bytes = 32): Uint8Array {
  if (!new RegExp(`^[0-9a-fA-F]{${2 * bytes}}$`).test(value)) throw new MembershipError(`${what} must be ${2 * bytes} hex digits (${bytes} bytes), got "${value.slice(0, 80)}"`);
  return new Uint8Array(Buffer.from(value, "hex"));
}

function site(obj: unknown, where: string): Site {
  return { name: text(obj, "name", where), publicKey: hexKey(text(obj, "publicKey", where), `${where}.publicKey`) };
}

/** Parse a federation file's text; `source` names it in errors. */
export function parseFederationFile(json: string, source: string): FederationFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new MembershipError(`${source} is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    if (field(parsed, "type", "the file") !== FEDERATION_FILE_TYPE) throw new MembershipError(`"type" must be "${FEDERATION_FILE_TYPE}"`);
    if (field(parsed, "version", "the file") !== 1) throw new MembershipError(`"version" must be 1`);
    const sites = field(parsed, "sites", "the file");
    if (!Array.isArray(sites)) throw new MembershipError(`"sites" must be a list of {"name", "publicKey"}`);
    const membership = new Membership({
      federation: text(parsed, "federation", "the file"), admin: hexKey(text(parsed, "admin", "the file"), "admin"),
      coordinator: site(field(parsed, "coordinator", "the file"), "coordinator"), sites: sites.map((s, i) => site(s, `sites[${i}]`)),
    });
    const sig = field(parsed, "signature", "the file");
    const signature = sig === undefined || sig === null ? null : typeof sig === "string" ? hexKey(sig, "signature", 64) : null;
    if (sig !== undefined && sig !== null && typeof sig !== "string") throw new MembershipError(`"signature" must be 128 hex digits`);
    return { membership, signature };
  } catch (err) {
    if (err instanceof MembershipError) throw new MembershipError(`${source}: ${err.message}`);
    throw err;
  }
}

export function serializeFederationFile(file: FederationFile): string {
  const m = file.membership;
  const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
  return JSON.stringify({
    type: FEDERATION_FILE_TYPE, version: 1, federation: m.federation, admin: hex(m.admin),
    coordinator: { name: m.coordinator.name, publicKey: hex(m.coordinator.publicKey) },
    sites: m.sites.map((s) => ({ name: s.name, publicKey: hex(s.publicKey) })),
    ...(file.signature ? { signature: hex(file.signature) } : {}),
  }, null, 2) + "\n";
}

export function signFederation(membership: Membership, adminSecretKey: Uint8Array): FederationFile {
  if (!Buffer.from(adminSecretKey.subarray(32)).equals(Buffer.from(membership.admin))) {
    throw new MembershipError("this key is not the federation's admin key (its public key differs from the file's \"admin\")");
  }
  return { membership, signature: signer(adminSecretKey)(membership.canonicalBytes()) };
}

/**
 * Why the file cannot be trusted, as a sentence; null when it is signed by its admin and,
 * when `expectedAdmin` is given (the reader's pinned admin key), that admin is the expected one.
 */
export function federationProblem(file: FederationFile, expectedAdmin?: Uint8Array): string | null {
  const m = file.membership;
  if (expectedAdmin !== undefined && !Buffer.from(expectedAdmin).equals(Buffer.from(m.admin))) {
    return `the federation file is administered by key ${Buffer.from(m.admin).toString("hex").slice(0, 16)}..., not by the admin key this site expects`;
  }
  if (file.signature === null) return "the federation file is not signed; have the federation's admin run `conclave federation sign`";
  if (!verifyDetached(m.canonicalBytes(), file.signature, m.admin)) return "the federation file's signature does not verify: it was altered after signing, or signed with another key";
  return null;
}
