/**
 * A whole small SecAgg+ round as a test vector: five sites (ids 1-5, all-to-all, k = 4,
 * c = 1, t = 3), vectors of 6 words, site 5 dropping after ShareKeys (it never answers
 * MaskedInput), so its mask key is rebuilt at Unmask. Every random byte each site draws is
 * recorded in order (X25519 encryption key, X25519 mask key, self-mask secret, then the
 * Shamir coefficients: t - 1 for the self-mask secret, t - 1 for the mask key, 33 bytes each,
 * the first byte masked to its lowest bit, redrawn when >= p), so a second implementation fed
 * the same bytes must produce every message below byte for byte. Each stage gives its requests
 * and replies decoded (ids as lists) and as the protobuf bytes of the SecAggRequest / SecAggReply
 * message (the Envelope's body field; meta depends on the connection). `expectedSum` is the
 * survivors' plaintext sum computed directly, `sum` what the coordinator's unmasking released:
 * equal, or the protocol is broken.
 */
import { seededRandomBytes, seedFromLabel, type RandomBytes } from "../../../shared/crypto/random";
import { signingKeyPairFromSeed } from "../../../shared/crypto/signatures";
import { conclave } from "../../../shared/protocol/generated/conclave";
import { secaggReplyToWire, secaggRequestToWire } from "../../../shared/protocol/secagg-codec";
import { ringSum } from "../../../shared/ring/ring-arithmetic";
import type { SecAggReply, SecAggRequest } from "../../../shared/secagg/messages";
import { SecAggPlusClient } from "../../../shared/secagg/secagg-plus-client";
import { SecAggPlusServer } from "../../../shared/secagg/secagg-plus-server";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

/** A message as JSON: byte strings as hex, ring vectors as arrays of uint32. */
export function toJson(value: unknown): unknown {
  if (value instanceof Uint32Array) return Array.from(value);
  if (value instanceof Uint8Array) return hex(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

export function buildRoundVector(): Record<string, unknown> {
  const runId = "run-vectors", round = 1, d = 6;
  const ids = [1, 2, 3, 4, 5];
  const identities = new Map(ids.map((id) => [id, signingKeyPairFromSeed(seedFromLabel(`vectors/round/identity/${id}`))]));
  const inputs = new Map(ids.map((id) => [id, Uint32Array.from({ length: d }, (_, i) => (id * 1000 + i * 7) >>> 0)]));
  const draws = new Map<number, string[]>(ids.map((id) => [id, []]));
  const keys = (id: number) => identities.get(id)?.publicKey;
  const server = new SecAggPlusServer({ round, runId, purpose: "fit", participants: ids, vectorLength: d, neighbors: 4, threshold: 3, collusionBound: 1, identityKeys: keys });
  const clients = new Map(ids.map((id) => {
    const stream = seededRandomBytes(seedFromLabel(`vectors/round/random/${id}`));
    const randomBytes: RandomBytes = (n) => { const r = stream(n); draws.get(id)!.push(hex(r)); return r; };
    return [id, new SecAggPlusClient({ id, round, runId, inputFor: () => ({ vector: inputs.get(id)!, minSum: 3 }), identity: identities.get(id)!, peerKeys: keys,
      policy: { minParticipants: 3, minNeighbors: 0, collusionBound: 1, dropoutRate: 0.1 }, randomBytes })] as const;
  }));
  const stages: { stage: string; requests: unknown[]; replies: unknown[]; requestBytes: string[]; replyBytes: string[] }[] = [];
  let requests: readonly SecAggRequest[] = server.start();
  for (;;) {
    const replies: SecAggReply[] = [];
    for (const request of requests) {
      if (request.receiver === 5 && request.stage === "MaskedInput") { server.markDropped(5); continue; }
      const r = clients.get(request.receiver)!.handle(request);
      if (!r.ok) throw new Error(`${request.stage} refused by ${request.receiver}: ${r.error.message}`);
      replies.push(r.value);
      const accepted = server.receive(r.value);
      if (!accepted.ok) throw new Error(accepted.error.message);
    }
    stages.push({ stage: requests[0]!.stage, requests: requests.map(toJson), replies: replies.map(toJson),
      requestBytes: requests.map((request) => hex(conclave.v2.SecAggRequest.encode(secaggRequestToWire({ type: "secaggRequest", protocol: "secagg+", request })).finish())),
      replyBytes: replies.map((reply) => hex(conclave.v2.SecAggReply.encode(secaggReplyToWire({ type: "secaggReply", protocol: "secagg+", reply })).finish())) });
    const t = server.closeStage();
    if (t.kind === "aborted") throw new Error(t.reason);
    if (t.kind === "done") {
      return {
        note: "participants 1-5, k = 4, t = 3, c = 1, d = 6, round 1, purpose fit; site 5 drops at MaskedInput",
        runId, round, transcript: hex(server.context),
        sites: ids.map((id) => ({ id, identitySeed: hex(identities.get(id)!.secretKey.subarray(0, 32)), identityPublicKey: hex(identities.get(id)!.publicKey),
          input: Array.from(inputs.get(id)!), randomDraws: draws.get(id) })),
        stages, sum: Array.from(t.aggregate.sum), contributors: t.aggregate.contributors,
        expectedSum: Array.from(ringSum([1, 2, 3, 4].map((id) => inputs.get(id)!), d)),
      };
    }
    requests = t.requests;
  }
}
