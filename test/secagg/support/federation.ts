/**
 * An in-process SecAgg+ federation for tests: one server and n clients with
 * deterministic keys and randomness (the same label gives the same messages,
 * bit for bit), and a driver that passes (cloned) messages between them.
 */
import type { PairSecretMemo } from "../../../shared/crypto/pair-secret-memo";
import { seededRandomBytes, seedFromLabel, type RandomBytes } from "../../../shared/crypto/random";
import { signingKeyPairFromSeed, type SigningKeyPair } from "../../../shared/crypto/signatures";
import { ringSum } from "../../../shared/ring/ring-arithmetic";
import type { SecAggReply, SecAggRequest } from "../../../shared/secagg/messages";
import { SecAggPlusClient } from "../../../shared/secagg/secagg-plus-client";
import { SecAggPlusServer, type StageTransition } from "../../../shared/secagg/secagg-plus-server";
import { SECAGG_STAGES, type SecAggStage, type ServerStage } from "../../../shared/secagg/stages";
import type { SecAggError } from "../../../shared/secagg/errors";
import { defaultSecAggParams, thresholdFor } from "../../../shared/secagg/neighbour-graph";
import type { SecAggPolicy } from "../../../shared/secagg/secagg-policy";

export interface FederationOptions {
  readonly label: string;
  readonly n: number;
  readonly d: number;
  readonly round?: number;
  readonly neighbors?: number;
  readonly threshold?: number;
  /** Worker ids (default 0..n-1, shuffled into sparse values when `sparseIds`). */
  readonly ids?: readonly number[];
  /** c, the collusion bound (default 1). */
  readonly collusionBound?: number;
  /** The workers' own policy (default: permissive, k floor for no dropout). */
  readonly policy?: SecAggPolicy;
  readonly runId?: string;
  /** One memo for every client: each pair's X25519 agreements computed once, as virtual workers do. */
  readonly pairSecrets?: PairSecretMemo;
}

/** A worker policy that accepts any parameters the protocol allows for collusion bound c. */
export function permissivePolicy(collusionBound = 1): SecAggPolicy {
  return { minParticipants: 3, minNeighbors: 0, collusionBound, dropoutRate: 0 };
}

export interface Federation {
  readonly round: number;
  readonly ids: readonly number[];
  readonly inputs: ReadonlyMap<number, Uint32Array>;
  readonly identities: ReadonlyMap<number, SigningKeyPair>;
  readonly roster: ReadonlyMap<number, Uint8Array>;
  readonly runId: string;
  readonly server: SecAggPlusServer;
  readonly clients: ReadonlyMap<number, SecAggPlusClient>;
  readonly d: number;
}

export function randomVector(d: number, rng: RandomBytes): Uint32Array {
  const v = new Uint32Array(d);
  new Uint8Array(v.buffer).set(rng(4 * d));
  return v;
}

export function makeFederation(options: FederationOptions): Federation {
  const round = options.round ?? 1;
  const rng = seededRandomBytes(seedFromLabel(`${options.label}/federation`));
  const ids = options.ids ?? Array.from({ length: options.n }, (_, i) => i);
  // identities depend on the label only, so the same workers can take part in several rounds
  const identities = new Map(ids.map((id) => [id, signingKeyPairFromSeed(seedFromLabel(`${options.label}/identity/${id}`))]));
  const roster = new Map([...identities].map(([id, kp]) => [id, kp.publicKey]));
  const inputs = new Map(ids.map((id) => [id, randomVector(options.d, rng)]));
  const c = options.collusionBound ?? 1;
  const defaults = defaultSecAggParams(ids.length, { collusionBound: c, dropoutRate: 0.1 });
  const neighbors = options.neighbors ?? defaults.neighbors;
  const threshold = options.threshold ?? Math.max(thresholdFor(neighbors, c), 2);
  const runId = options.runId ?? `run-${options.label.replace(/[^A-Za-z0-9._-]/g, "-")}`.slice(0, 64);
  const server = new SecAggPlusServer({
    round, runId, purpose: "fit", participants: ids, vectorLength: options.d, neighbors, threshold, collusionBound: c, identityKeys: (id) => roster.get(id),
  });
  const policy = options.policy ?? permissivePolicy(c);
  const clients = new Map(ids.map((id) => [id, new SecAggPlusClient({
    id, round, runId, inputFor: (purpose) => (purpose === "fit" ? { vector: inputs.get(id)!, minSum: 3 } : null), identity: identities.get(id)!,
    peerKeys: (peer) => roster.get(peer), policy,
    randomBytes: seededRandomBytes(seedFromLabel(`${options.label}/round/${round}/client/${id}`)),
    ...(options.pairSecrets ? { pairSecrets: options.pairSecrets } : {}),
  })]));
  return { round, ids, inputs, identities, roster, runId, server, clients, d: options.d };
}

/** The plaintext ring sum of some workers' inputs: what the protocol must output. */
export function plaintextSum(fed: Federation, contributors: readonly number[]): Uint32Array {
  return ringSum(contributors.map((id) => fed.inputs.get(id)!), fed.d);
}

export interface RunOptions {
  /** Worker -> the first stage whose request it never answers (it is gone from then on). */
  readonly drops?: ReadonlyMap<number, SecAggStage>;
  /** How the server learns of a drop: markDropped when the request goes unanswered, or only at the deadline (closeStage). */
  readonly dropVia?: "markDropped" | "deadline";
  /** Stop before delivering the requests of this server stage (to inspect or attack a machine mid-round). */
  readonly stopAt?: ServerStage;
  /** Rewrite a request on its way to a worker (a malicious coordinator). */
  readonly onRequest?: (request: SecAggRequest) => SecAggRequest;
  /** See, rewrite or swallow (null: the hook dealt with it) a reply on its way to the server. */
  readonly onReply?: (reply: SecAggReply) => SecAggReply | null;
}

export interface RunResult {
  readonly final: StageTransition | null;
  readonly transitions: readonly StageTransition[];
  readonly clientErrors: readonly { readonly id: number; readonly stage: SecAggStage; readonly error: SecAggError }[];
  /** Every request and reply that crossed, per stage. */
  readonly requests: ReadonlyMap<SecAggStage, SecAggRequest[]>;
  readonly replies: ReadonlyMap<SecAggStage, SecAggReply[]>;
  /** The requests of the stage the run stopped at (stopAt), undelivered. */
  readonly pending: readonly SecAggRequest[];
}

const stageIndex = (s: SecAggStage) => SECAGG_STAGES.indexOf(s);

export function runRound(fed: Federation, options: RunOptions = {}): RunResult {
  const drops = options.drops ?? new Map<number, SecAggStage>();
  const transitions: StageTransition[] = [];
  const clientErrors: { id: number; stage: SecAggStage; error: SecAggError }[] = [];
  const requestsByStage = new Map<SecAggStage, SecAggRequest[]>();
  const repliesByStage = new Map<SecAggStage, SecAggReply[]>();
  let requests: readonly SecAggRequest[] = fed.server.start();
  for (;;) {
    if (options.stopAt !== undefined && fed.server.stage === options.stopAt) {
      return { final: null, transitions, clientErrors, requests: requestsByStage, replies: repliesByStage, pending: requests };
    }
    for (const original of requests) {
      const request = options.onRequest ? options.onRequest(original) : original;
      const list = requestsByStage.get(request.stage) ?? [];
      list.push(request);
      requestsByStage.set(request.stage, list);
      const dropStage = drops.get(original.receiver);
      if (dropStage !== undefined && stageIndex(dropStage) <= stageIndex(original.stage)) {
        if (options.dropVia !== "deadline") fed.server.markDropped(original.receiver);
        continue;
      }
      const answer = fed.clients.get(original.receiver)!.handle(structuredClone(request));
      if (!answer.ok) {
        clientErrors.push({ id: original.receiver, stage: original.stage, error: answer.error });
        fed.server.markDropped(original.receiver);
        continue;
      }
      const reply = options.onReply ? options.onReply(answer.value) : answer.value;
      if (reply === null) continue;
      const replies = repliesByStage.get(reply.stage) ?? [];
      replies.push(reply);
      repliesByStage.set(reply.stage, replies);
      const accepted = fed.server.receive(structuredClone(reply));
      if (!accepted.ok) throw new Error(`the server refused an honest reply: ${accepted.error.code}: ${accepted.error.message}`);
    }
    const transition = fed.server.closeStage();
    transitions.push(transition);
    if (transition.kind !== "next") {
      return { final: transition, transitions, clientErrors, requests: requestsByStage, replies: repliesByStage, pending: [] };
    }
    requests = transition.requests;
  }
}
