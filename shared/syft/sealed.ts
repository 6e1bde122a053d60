/**
 * Shares that travel through the client sealed end to end: nacl box
 * (X25519 + XSalsa20-Poly1305, shared/crypto/share-box) from the worker that
 * made them (a data owner sharing its value, or the crypto provider) to the
 * holder they are for. The client relays the envelope and cannot read it; the
 * header binds purpose, sender, receiver, session and attempt, so an envelope
 * replayed to another holder, session or retry is refused.
 *
 * Trust: the client hands each worker the others' box keys (from their Hello
 * replies). A client that swapped a key for its own could read the share:
 * sealing protects against an honest-but-curious client, not a malicious one
 * (docs/syft-api.md, security model).
 */
import { boxKey, openEnvelope, sealEnvelope, type EnvelopeHeader } from "../crypto/share-box";
import type { RandomBytes } from "../crypto/random";
import { SyftError } from "./errors";
import { syft } from "./generated/syft";
import { ringFromWire, tensorToWire } from "./codec-parts";
import type { RingPayload } from "./messages";

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

function header(c: SealContext): EnvelopeHeader {
  return { protocol: `syft/${c.purpose}/${c.sender}`, stage: `${c.receiver}/${c.session}`, round: c.attempt, sender: 0, receiver: c.receiverIndex };
}

function key(secretKey: Uint8Array, peerPublicKey: Uint8Array, who: string): Uint8Array {
  const k = boxKey(secretKey, peerPublicKey);
  if (k === null) throw new SyftError("REFUSED", `the box key given for ${who} is of low order; refusing to seal or open with it`);
  return k;
}

/** Seals ring tensors for one receiver. */
export function sealTensors(secretKey: Uint8Array, receiverPublicKey: Uint8Array, context: SealContext, tensors: readonly RingPayload[],
  randomBytes: RandomBytes): Uint8Array {
  const payload = syft.v1.Opened.encode({ values: tensors.map(tensorToWire) }).finish();
  return sealEnvelope(key(secretKey, receiverPublicKey, context.receiver), header(context), payload, randomBytes);
}

/** Opens an envelope sealed for us; REFUSED when it does not authenticate or was meant for another context. */
export function openTensors(secretKey: Uint8Array, senderPublicKey: Uint8Array, context: SealContext, envelope: Uint8Array, count: number): RingPayload[] {
  const opened = openEnvelope(key(secretKey, senderPublicKey, context.sender), envelope, header(context));
  if (!opened.ok) throw new SyftError("REFUSED", `a sealed ${context.purpose} from ${context.sender}: ${opened.message}`);
  let values: RingPayload[];
  try {
    const decoded = syft.v1.Opened.decode(opened.payload).values ?? [];
    values = decoded.map((v, i) => ringFromWire(v, `sealed ${context.purpose}[${i}]`));
  } catch (err) {
    throw new SyftError("MALFORMED", `a sealed ${context.purpose} from ${context.sender} holds no valid tensors (${err instanceof Error ? err.message : String(err)})`);
  }
  if (values.length !== count) throw new SyftError("MALFORMED", `a sealed ${context.purpose} from ${context.sender} holds ${values.length} tensors, ${count} were expected`);
  return values;
}
