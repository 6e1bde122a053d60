import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { RandomBytes } from "../../shared/crypto/random";
import { AdditiveClient } from "../../shared/secagg/additive-client";
import { SecAggPlusClient } from "../../shared/secagg/secagg-plus-client";
import type { SecAggError } from "../../shared/secagg/errors";
import type { SecAggReply } from "../../shared/secagg/messages";
import type { SecAggRequestBody, SecureProtocol } from "../../shared/protocol/messages";

interface Pending {
  readonly round: number;
  readonly protocol: SecureProtocol;
  readonly input: Uint32Array;
  machine: SecAggPlusClient | AdditiveClient | null;
}

/**
 * A worker's part in secure aggregation across rounds: it keeps the encoded
 * input of the current round and the round's stage machine, and hands each
 * request to it. Only the latest round is kept: a request for an older round is
 * refused (a replay), and a new round discards the old one's secrets.
 */
export class SecureParticipation {
  private pending: Pending | null = null;

  constructor(private readonly identity: SigningKeyPair, private readonly randomBytes?: RandomBytes) {}

  /** After training: the input to aggregate this round. */
  setInput(round: number, protocol: SecureProtocol, input: Uint32Array): void {
    this.pending = { round, protocol, input, machine: null };
  }

  handle(round: number, body: SecAggRequestBody): { ok: true; reply: SecAggReply } | { ok: false; error: SecAggError } {
    const p = this.pending;
    if (!p || p.round !== round) {
      return { ok: false, error: { code: "wrong-round", message: `this worker holds no input for round ${round}${p ? ` (its current round is ${p.round})` : ""}; the request is stale or replayed` } };
    }
    if (body.protocol !== p.protocol) {
      return { ok: false, error: { code: "bad-request", message: `the round was announced with ${p.protocol} but this request is for ${body.protocol}` } };
    }
    if (p.machine === null) {
      if (body.request.stage !== "AdvertiseKeys") {
        return { ok: false, error: { code: "wrong-stage", message: `worker expects an AdvertiseKeys request first, got ${body.request.stage}` } };
      }
      const config = {
        id: body.request.receiver, round, input: p.input, identity: this.identity,
        peerIdentityKeys: new Map(body.roster.map((e) => [e.id, e.identityKey] as const)),
        ...(this.randomBytes ? { randomBytes: this.randomBytes } : {}),
      };
      p.machine = p.protocol === "secagg+" ? new SecAggPlusClient(config) : new AdditiveClient(config);
    }
    const result = p.machine.handle(body.request);
    if (!result.ok) return { ok: false, error: result.error };
    if (p.machine.stage === "Done") this.pending = null;
    return { ok: true, reply: result.value };
  }
}
