import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { RandomBytes } from "../../shared/crypto/random";
import type { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import type { PeerKeys } from "../../shared/secagg/advertisement";
import { AdditiveClient } from "../../shared/secagg/additive-client";
import { SecAggPlusClient, type HeldInput } from "../../shared/secagg/secagg-plus-client";
import type { SecAggError } from "../../shared/secagg/errors";
import type { SecAggPurpose, SecAggReply } from "../../shared/secagg/messages";
import type { SecAggPolicy } from "../../shared/secagg/secagg-policy";
import type { SecAggRequestBody, SecureProtocol } from "../../shared/protocol/messages";

/** An input held for secure aggregation, and what to do once it has left masked (charge the site's privacy accountant). */
export interface Held extends HeldInput {
  readonly protocol: SecureProtocol;
  readonly onReleased?: () => void;
}

interface RoundState {
  readonly round: number;
  readonly inputs: Map<SecAggPurpose, Held>;
  /** Aggregations of this round that this worker finished: their machines (keys, shares, the input) are dropped at once. */
  readonly finished: Set<SecAggPurpose>;
  machine: { readonly purpose: SecAggPurpose; readonly client: SecAggPlusClient | AdditiveClient } | null;
}

export type ParticipationResult = { ok: true; reply: SecAggReply } | { ok: false; error: SecAggError };

/**
 * A worker's part in secure aggregation across rounds: it keeps the inputs of the current
 * round (its update, its round-0 statistics, its evaluation), one stage machine at a time,
 * and hands each request to it. Only the latest round is kept: a request for an older round
 * is refused (a replay), and a new round discards the old one's secrets. A machine that has
 * answered its last stage is dropped at once: a worker sampled in one round and idle for the
 * next ten holds none of that round's keys or shares meanwhile.
 */
export class SecureParticipation {
  private state: RoundState | null = null;

  constructor(private readonly identity: SigningKeyPair, private readonly peerKeys: PeerKeys, private readonly policy: SecAggPolicy,
    private readonly randomBytes?: RandomBytes, private readonly pairSecrets?: PairSecretMemo) {}

  /** After training (or statistics, or evaluation): the input to aggregate for this round and purpose. */
  setInput(round: number, purpose: SecAggPurpose, held: Held): void {
    if (this.state === null || this.state.round !== round) this.state = { round, inputs: new Map(), finished: new Set(), machine: null };
    // The coordinator retries an aggregation that aborted (round 0 after a drop): a machine that never masked its input (the
    // input is still held) is abandoned, nothing of it having left. One that did stays, and refuses a second aggregation.
    if (this.state.machine?.purpose === purpose && this.state.machine.client.stage !== "Done" && this.state.inputs.has(purpose)) this.state.machine = null;
    this.state.inputs.set(purpose, held);
  }

  handle(runId: string, round: number, body: SecAggRequestBody): ParticipationResult {
    const s = this.state;
    if (!s || s.round !== round) {
      return { ok: false, error: { code: "wrong-round", message: `this worker holds no input for round ${round}${s ? ` (its current round is ${s.round})` : ""}; the request is stale or replayed` } };
    }
    const request = body.request;
    if (request.stage === "AdvertiseKeys") {
      const held = s.inputs.get(request.purpose);
      if (held === undefined) return { ok: false, error: { code: "bad-request", message: `this worker holds no ${request.purpose} input for round ${round}` } };
      if (held.protocol !== body.protocol) {
        return { ok: false, error: { code: "bad-request", message: `the ${request.purpose} input of round ${round} was prepared for ${held.protocol} but this request is for ${body.protocol}` } };
      }
      if (s.machine !== null && s.machine.client.stage !== "Done" && s.machine.purpose === request.purpose) {
        return { ok: false, error: { code: "wrong-stage", message: `a ${request.purpose} aggregation of round ${round} is already in progress` } };
      }
      const purpose = request.purpose; // not the request: the machine would keep its participant list for the round
      const config = {
        id: request.receiver, round, runId, identity: this.identity, peerKeys: this.peerKeys, policy: this.policy,
        inputFor: (p: SecAggPurpose) => (p === purpose ? held : null),
        ...(this.randomBytes ? { randomBytes: this.randomBytes } : {}),
        ...(this.pairSecrets ? { pairSecrets: this.pairSecrets } : {}),
      };
      s.machine = { purpose: request.purpose, client: body.protocol === "secagg+" ? new SecAggPlusClient(config) : new AdditiveClient(config) };
    }
    const machine = s.machine;
    if (machine === null && s.finished.size > 0) {
      return { ok: false, error: { code: "wrong-stage", message: `this worker finished its ${[...s.finished].join(" and ")} aggregation of round ${round} and answers each stage once; ${request.stage} is refused` } };
    }
    if (machine === null) return { ok: false, error: { code: "wrong-stage", message: `worker expects an AdvertiseKeys request first, got ${request.stage}` } };
    const result = machine.client.handle(request);
    if (!result.ok) return { ok: false, error: result.error };
    if (result.value.stage === "MaskedInput") {
      const held = s.inputs.get(machine.purpose);
      s.inputs.delete(machine.purpose); // the input left (masked): it is never sent twice
      held?.onReleased?.();
    }
    if (machine.client.stage === "Done") {
      s.machine = null;
      s.finished.add(machine.purpose);
    }
    return { ok: true, reply: result.value };
  }
}
