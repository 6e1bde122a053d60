/**
 * A federation's membership: its sites' names and Ed25519 public keys, and the coordinator's,
 * as distributed out of band in a federation file signed by the federation's admin key
 * (shared/federation/federation-file). Workers take their peers' keys only from it, never
 * from the coordinator; the coordinator admits only its sites. Ids in secure aggregation are
 * the 1-based positions of the sites sorted by name, so every party numbers them alike.
 */
import { bytesEqual, concatBytes, label, u64 } from "../crypto/bytes";
import { sha256 } from "../crypto/hash";

export const SITE_NAME_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export interface Site {
  readonly name: string;
  readonly publicKey: Uint8Array;
}

export interface MembershipData {
  readonly federation: string;
  /** The admin's Ed25519 public key (signs the file). */
  readonly admin: Uint8Array;
  readonly coordinator: Site;
  readonly sites: readonly Site[];
}

export class MembershipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MembershipError";
  }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

export class Membership implements MembershipData {
  readonly federation: string;
  readonly admin: Uint8Array;
  readonly coordinator: Site;
  /** Sorted by name. */
  readonly sites: readonly Site[];
  readonly #index = new Map<string, number>();

  constructor(data: MembershipData) {
    if (!SITE_NAME_PATTERN.test(data.federation)) throw new MembershipError(`the federation name "${data.federation}" may only use 1-64 letters, digits, '.', '_' and '-'`);
    for (const [what, key] of [["admin", data.admin], ["coordinator", data.coordinator.publicKey]] as const) {
      if (key.length !== 32) throw new MembershipError(`the ${what} key must be a 32-byte Ed25519 public key, got ${key.length} bytes`);
    }
    if (!SITE_NAME_PATTERN.test(data.coordinator.name)) throw new MembershipError(`the coordinator's name "${data.coordinator.name}" may only use 1-64 letters, digits, '.', '_' and '-'`);
    const sites = [...data.sites].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const keys = new Map<string, string>([[hex(data.coordinator.publicKey), data.coordinator.name]]);
    sites.forEach((s, i) => {
      if (!SITE_NAME_PATTERN.test(s.name)) throw new MembershipError(`site name "${s.name}" may only use 1-64 letters, digits, '.', '_' and '-'`);
      if (this.#index.has(s.name)) throw new MembershipError(`site "${s.name}" is listed twice`);
      if (s.publicKey.length !== 32) throw new MembershipError(`site "${s.name}" has a key of ${s.publicKey.length} bytes; an Ed25519 public key has 32`);
      const other = keys.get(hex(s.publicKey));
      if (other !== undefined) throw new MembershipError(`sites "${other}" and "${s.name}" have the same public key; every site needs its own key (conclave keys new)`);
      keys.set(hex(s.publicKey), s.name);
      this.#index.set(s.name, i);
    });
    this.federation = data.federation;
    this.admin = data.admin.slice();
    this.coordinator = { name: data.coordinator.name, publicKey: data.coordinator.publicKey.slice() };
    this.sites = sites.map((s) => ({ name: s.name, publicKey: s.publicKey.slice() }));
  }

  get size(): number { return this.sites.length; }

  /** The site's id in secure aggregation (1-based position by name), or undefined. */
  idOf(name: string): number | undefined {
    const i = this.#index.get(name);
    return i === undefined ? undefined : i + 1;
  }

  siteById(id: number): Site | undefined {
    return Number.isInteger(id) && id >= 1 ? this.sites[id - 1] : undefined;
  }

  /** The public key pinned for id (for shared/secagg's PeerKeys). */
  keyOf(id: number): Uint8Array | undefined {
    return this.siteById(id)?.publicKey;
  }

  /** Whether `name` is a site and `key` is its pinned key. */
  isSiteKey(name: string, key: Uint8Array): boolean {
    const i = this.#index.get(name);
    return i !== undefined && bytesEqual(this.sites[i]!.publicKey, key);
  }

  /** The bytes the admin's signature covers (docs/protocol.md, "Federation file"). */
  canonicalBytes(): Uint8Array {
    return concatBytes(label("conclave/federation/v1"), label(this.federation), this.admin, label(this.coordinator.name), this.coordinator.publicKey,
      u64(this.sites.length), ...this.sites.flatMap((s) => [label(s.name), s.publicKey]));
  }

  digest(): Uint8Array {
    return sha256(this.canonicalBytes());
  }
}
