/**
 * What a worker lets others do with its objects. The worker decides, from its
 * own policy, never from the request:
 * - only an object's owner (the party that created it) may compute with it or
 *   delete it;
 * - an object leaves the worker (get) only to its owner or to a reader the
 *   policy names;
 * - a share never leaves to another holder of the same value (that party would
 *   then hold two shares: with two parties, the value), nor to its crypto
 *   provider;
 * - a crypto provider refuses to serve a sharing it holds a share of, and a
 *   holder refuses correlated randomness requested by the provider itself.
 *
 * Identities are the `sender` each request names. On the in-memory network and
 * on a connection that only the client can open (the syft-worker command
 * listens on 127.0.0.1 by default) that is the party; it is not authenticated
 * cryptographically (docs/syft-api.md, security model).
 */
import { SyftError } from "../errors";
import type { ShareInfo } from "../messages";
import type { StoredObject } from "./object-store";

export interface WorkerPolicy {
  /** Parties other than an object's owner that may fetch it (default: none). */
  readonly readers?: readonly string[];
}

export function checkUse(worker: string, requester: string, id: string, obj: StoredObject): void {
  if (obj.owner !== requester) {
    throw new SyftError("REFUSED", `worker ${worker}: object ${id} belongs to ${obj.owner}; ${requester} may not use it`);
  }
}

export function checkRelease(worker: string, policy: WorkerPolicy, requester: string, id: string, obj: StoredObject): void {
  const reader = obj.owner === requester || (policy.readers ?? []).includes(requester);
  if (!reader) {
    throw new SyftError("REFUSED", `worker ${worker}: its policy lets only ${[obj.owner, ...(policy.readers ?? [])].join(", ")} fetch ${id}, not ${requester}`);
  }
  if (obj.kind === "share") {
    if (obj.share.holders.includes(requester)) {
      throw new SyftError("REFUSED", `worker ${worker}: ${requester} holds another share of ${obj.share.group}; sending it this one would give it the value`);
    }
    if (obj.share.cryptoProvider === requester) {
      throw new SyftError("REFUSED", `worker ${worker}: ${requester} is the crypto provider of ${obj.share.group}; with its triples a share reveals the value`);
    }
  }
}

/** A sharing this worker is asked to serve as crypto provider. */
export function checkProvider(worker: string, requester: string, holders: readonly string[]): void {
  if (holders.includes(worker)) {
    throw new SyftError("REFUSED", `worker ${worker} holds a share of this value and cannot also be its crypto provider: with its own share and the triples it would learn the other operand's masked values; name a worker outside the holders`);
  }
  if (holders.includes(requester)) {
    throw new SyftError("REFUSED", `worker ${worker}: ${requester} holds a share and opens the masked values, so it may not also receive correlated randomness as a client; use a client that is not a holder`);
  }
  if (new Set(holders).size !== holders.length) {
    throw new SyftError("REFUSED", `worker ${worker}: the holders ${holders.join(", ")} name one party twice; it would hold two shares`);
  }
}

/** A holder asked to take part in a protocol session for `share`. */
export function checkSession(worker: string, requester: string, provider: string, share: ShareInfo): void {
  if (share.cryptoProvider !== provider) {
    throw new SyftError("REFUSED", `worker ${worker}: ${share.group} names crypto provider ${share.cryptoProvider ?? "none"}, this request ${provider}`);
  }
  if (requester === provider) {
    throw new SyftError("REFUSED", `worker ${worker}: the crypto provider ${provider} may not also be the client that opens the masked values`);
  }
}

/** The holders of a new sharing, before any share is made. */
export function checkHolders(worker: string, holders: readonly string[], cryptoProvider: string | null): void {
  if (new Set(holders).size !== holders.length) {
    throw new SyftError("REFUSED", `worker ${worker}: the holders ${holders.join(", ")} name one party twice; one party never holds two shares of one value`);
  }
  if (cryptoProvider !== null && holders.includes(cryptoProvider)) {
    throw new SyftError("REFUSED", `worker ${worker}: the crypto provider ${cryptoProvider} is also a holder; that breaks the privacy of every product`);
  }
}
