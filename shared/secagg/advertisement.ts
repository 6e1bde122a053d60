/** Checking a relayed key advertisement: the same checks on the worker (against its federation file) and on the coordinator. */
import { SHA256_BYTES } from "../crypto/hash";
import { SIGNATURE_BYTES, verifyDetached } from "../crypto/signatures";
import { X25519_KEY_BYTES } from "../crypto/x25519";
import { fail, ok, type Result } from "./errors";
import type { KeyAdvertisement, SecAggProtocol } from "./messages";
import { advertisementMessage } from "./share-payload";
import { checkLength } from "./validation";

/** Identity keys of the round's participants (from the federation file), by id. */
export type PeerKeys = (id: number) => Uint8Array | undefined;

export function checkAdvertisement(protocol: SecAggProtocol, context: Uint8Array, ad: KeyAdvertisement, peerKeys: PeerKeys): Result<void> {
  const sizes: [Uint8Array, number, string][] = protocol === "secagg+"
    ? [[ad.encryptionPublicKey, X25519_KEY_BYTES, "encryption key"], [ad.maskPublicKey, X25519_KEY_BYTES, "mask key"],
        [ad.selfMaskCommitment, SHA256_BYTES, "self-mask commitment"], [ad.signature, SIGNATURE_BYTES, "signature"]]
    : [[ad.encryptionPublicKey, X25519_KEY_BYTES, "encryption key"], [ad.maskPublicKey, 0, "mask key"],
        [ad.selfMaskCommitment, 0, "self-mask commitment"], [ad.signature, SIGNATURE_BYTES, "signature"]];
  for (const [bytes, size, what] of sizes) {
    const r = checkLength(bytes, size, `the ${what} of worker ${ad.sender}`);
    if (!r.ok) return r;
  }
  const identity = peerKeys(ad.sender);
  if (identity === undefined) return fail("unknown-peer", `worker ${ad.sender} is not in the federation file, so its keys cannot be checked`);
  const message = advertisementMessage(protocol, context, ad.sender, ad.encryptionPublicKey, ad.maskPublicKey, ad.selfMaskCommitment);
  if (!verifyDetached(message, ad.signature, identity)) {
    return fail("bad-signature", `the key advertisement of worker ${ad.sender} is not signed by its key in the federation file for this round's transcript; it was forged, altered or replayed`);
  }
  return ok(undefined);
}
