/**
 * An in-process federation for demos, simulations and tests: an admin key, a coordinator key,
 * one identity per site, and the signed membership they all pin, exactly as a real federation
 * has them (conclave keys / conclave federation), so virtual workers run the same admission
 * and key checks as hospitals.
 */
import { generateSigningKeyPair, type SigningKeyPair } from "../crypto/signatures";
import { Membership } from "./membership";

export interface LocalFederation {
  readonly membership: Membership;
  readonly admin: SigningKeyPair;
  readonly coordinator: SigningKeyPair;
  readonly sites: ReadonlyMap<string, SigningKeyPair>;
}

export function createLocalFederation(names: readonly string[], federation = "local"): LocalFederation {
  const admin = generateSigningKeyPair();
  const coordinator = generateSigningKeyPair();
  const sites = new Map(names.map((n) => [n, generateSigningKeyPair()] as const));
  const membership = new Membership({ federation, admin: admin.publicKey, coordinator: { name: "coordinator", publicKey: coordinator.publicKey },
    sites: [...sites].map(([name, keys]) => ({ name, publicKey: keys.publicKey })) });
  return { membership, admin, coordinator, sites };
}
