/** The holders of a sharing as parties (id and box key), and the provider's key, asked once per handle. */
import { bytesEqual } from "../../crypto/bytes";
import { SyftError } from "../errors";
import type { Party, ReplyBody } from "../messages";
import type { WorkerHandle } from "../worker-handle";

export async function partiesOf(holders: readonly WorkerHandle[]): Promise<Party[]> {
  const keys = await Promise.all(holders.map((h) => h.boxPublicKey()));
  return holders.map((h, i) => ({ id: h.id, boxPublicKey: keys[i]! }));
}

/** Checks that the provider sealed one envelope per holder under the key it announced. */
export function checkSealed(provider: WorkerHandle, key: Uint8Array, sealed: Extract<ReplyBody, { type: "sealed" }>, holders: number): void {
  if (sealed.envelopes.length !== holders || !bytesEqual(sealed.senderPublicKey, key)) {
    throw new SyftError("MALFORMED", `crypto provider ${provider.id} sealed ${sealed.envelopes.length} envelopes under another key; expected ${holders} under its own`);
  }
}
