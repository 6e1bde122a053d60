/**
 * Shares that travel through the client sealed end to end, from the worker
 * that made them (a data owner sharing its value, or the crypto provider) to
 * the holder they are for, with the project's share sealing
 * (shared/crypto/share-seal: X25519, HKDF-SHA256, ChaCha20-Poly1305). The
 * workers' box keys live as long as the workers, so every envelope starts with
 * a fresh 32-byte salt that goes into the key derivation: no key (and so no
 * key and nonce pair) is ever used twice. The authenticated data binds
 * purpose, sender, receiver, session and attempt, so an envelope replayed to
 * another holder, session or retry is refused.
 *
 *   envelope = salt (32 bytes) || ciphertext || tag (16 bytes)
 *
 * Trust: the client hands each worker the others' box keys (from their Hello
 * replies). A client that swapped a key for its own could read the share:
 * sealing protects against an honest-but-curious client, not a malicious one
 * (docs/syft-api.md, security model).
 */
import { label } from "../crypto/bytes";
import { sha256 } from "../crypto/hash";
import type { RandomBytes } from "../crypto/random";
import { openShare, sealShare, SHARE_TAG_BYTES, shareKey, type ShareAddress } from "../crypto/share-seal";
import { x25519Agreement } from "../crypto/x25519";
import { SyftError } from "./errors";
import { syft } from "./generated/syft";
import { ringFromWire, tensorToWire } from "./codec-parts";
import type { RingPayload } from "./messages";

const SALT_BYTES = 32;
const SALT_LABEL = label("conclave/syft/seal/v1");

export type SealPurpose = "share" | "triple" | "truncation";

export interface SealContext {
  readonly purpose: SealPurpose;
  /** The sharing group or protocol session. */
  readonly session: string;
  readonly sender: string;
  readonly receiver: string;
  readonly receiverIndex: number;
  readonly attempt: number;
}

function address(c: SealContext, salt: Uint8Array): ShareAddress {
  return { protocol: `syft/${c.purpose}/${c.sender}`, stage: `${c.receiver}/${c.session}/${c.attempt}`, context: sha256(SALT_LABEL, salt), sender: 0, receiver: c.receiverIndex };
}

function key(secretKey: Uint8Array, peerPublicKey: Uint8Array, who: string, a: ShareAddress): Uint8Array {
  const k = shareKey(x25519Agreement(secretKey), peerPublicKey, a.context);
  if (k === null) throw new SyftError("REFUSED", `the box key given for ${who} is malformed or of low order; refusing to seal or open with it`);
  return k;
}

/** Seals ring tensors for one receiver. */
export function sealTensors(secretKey: Uint8Array, receiverPublicKey: Uint8Array, context: SealContext, tensors: readonly RingPayload[],
  randomBytes: RandomBytes): Uint8Array {
  const payload = syft.v1.Opened.encode({ values: tensors.map(tensorToWire) }).finish();
  const salt = randomBytes(SALT_BYTES);
  const a = address(context, salt);
  const sealed = sealShare(key(secretKey, receiverPublicKey, context.receiver, a), a, payload);
  const out = new Uint8Array(SALT_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(sealed, SALT_BYTES);
  return out;
}

/** Opens an envelope sealed for us; REFUSED when it does not authenticate or was meant for another context. */
export function openTensors(secretKey: Uint8Array, senderPublicKey: Uint8Array, context: SealContext, envelope: Uint8Array, count: number): RingPayload[] {
  if (envelope.length < SALT_BYTES + SHARE_TAG_BYTES) throw new SyftError("MALFORMED", `a sealed ${context.purpose} from ${context.sender} is ${envelope.length} bytes, shorter than its salt and tag`);
  const a = address(context, envelope.subarray(0, SALT_BYTES));
  const payload = openShare(key(secretKey, senderPublicKey, context.sender, a), a, envelope.subarray(SALT_BYTES));
  if (payload === null) throw new SyftError("REFUSED", `a sealed ${context.purpose} from ${context.sender} does not authenticate for ${context.receiver}, session ${context.session}, attempt ${context.attempt}`);
  let values: RingPayload[];
  try {
    const decoded = syft.v1.Opened.decode(payload).values ?? [];
    values = decoded.map((v, i) => ringFromWire(v, `sealed ${context.purpose}[${i}]`));
  } catch (err) {
    throw new SyftError("MALFORMED", `a sealed ${context.purpose} from ${context.sender} holds no valid tensors (${err instanceof Error ? err.message : String(err)})`);
  }
  if (values.length !== count) throw new SyftError("MALFORMED", `a sealed ${context.purpose} from ${context.sender} holds ${values.length} tensors, ${count} were expected`);
  return values;
}
