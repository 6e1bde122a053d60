/**
 * One full SecAgg+ round in process, instrumented: a SecAggPlusServer and n
 * SecAggPlusClients, every request and reply encoded with the wire codec and
 * decoded on the other side (so the byte counts are what the network would
 * carry, frames aside), the CPU time of each machine measured separately from
 * the codec, and the aggregate checked bit for bit against the plaintext ring
 * sum of the survivors.
 *
 * Drops: exactly round(dropout * n) workers, chosen with a seeded shuffle, each
 * drops at a stage drawn uniformly from the five (it never answers that
 * stage's request; the coordinator learns it through markDropped, as when a
 * connection closes).
 *
 * Inputs: worker u's input is the window pool[u .. u + d) of one random pool of
 * d + n words: distinct per worker, and n inputs of d words cost d + n words
 * of memory (n = 1000 at d = 1e5 would otherwise hold 400 MB of inputs).
 */
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { COORDINATOR, type Body } from "../../shared/protocol/messages";
import { randomInt, seededRandomBytes, seedFromLabel, type RandomBytes } from "../../shared/crypto/random";
import { signingKeyPairFromSeed } from "../../shared/crypto/signatures";
import { defaultSecAggParams } from "../../shared/secagg/neighbour-graph";
import { SecAggPlusClient } from "../../shared/secagg/secagg-plus-client";
import { SecAggPlusServer } from "../../shared/secagg/secagg-plus-server";
import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import { SECAGG_STAGES, type SecAggStage } from "../../shared/secagg/stages";
import { CpuMeter } from "./cpu-time";

export interface RoundCell {
  readonly n: number;
  readonly d: number;
  /** Fraction of workers that drop (k and t come from defaultSecAggParams(n, { dropoutRate })). */
  readonly dropout: number;
  readonly seed: string;
}

export interface WorkerRecord {
  readonly id: number;
  /** Ms inside SecAggPlusClient.handle (cpu-time.ts), summed over the stages it answered. */
  cpuMs: number;
  stagesAnswered: number;
  /** Advertisements it received in ShareKeys (its live neighbours after stage 1). */
  advertisements: number;
  /** Sealed shares it received in MaskedInput (the neighbours whose masks it adds). */
  sharesReceived: number;
  /** Consistency signatures its Unmask request carried (it verifies each). */
  signaturesReceived: number;
}

export interface RoundMeasurement {
  readonly cell: RoundCell;
  readonly k: number;
  readonly t: number;
  readonly dropped: number;
  readonly workers: readonly WorkerRecord[];
  /** Ms inside the server machine (start, receive, markDropped, closeStage, unmasking). */
  readonly coordinatorMs: number;
  /** Ms encoding and decoding all messages (both sides; not in either machine's figure). */
  readonly codecMs: number;
  readonly wallMs: number;
  /** Encoded bytes of every SecAgg+ request and reply. */
  readonly wireBytes: number;
  /** The same, per stage and direction. */
  readonly bytesByStage: ReadonlyMap<SecAggStage, { requests: number; replies: number }>;
  /** Encoded bytes of one plaintext trainResult (one float32 tensor of d values) per contributor. */
  readonly plaintextBytes: number;
  /** The coordinator's operation counts, for its lower bound. */
  readonly coordinatorCounts: {
    readonly advertisements: number;
    readonly contributors: number;
    /** Workers that shared keys, sent no vector, and have contributing neighbours (their mask key is rebuilt). */
    readonly droppedKeysRebuilt: number;
    /** (dropped, contributing neighbour) pairs whose pairwise mask is removed. */
    readonly pairsRemoved: number;
    /** Consistency signatures the coordinator verified. */
    readonly consistencySignatures: number;
  };
}

const RUN_ID = "bench-secagg";
/** c, as the coordinator's default. */
const COLLUSION_BOUND = 1;
const ROUND = 1;
const stageIndex = (s: SecAggStage) => SECAGG_STAGES.indexOf(s);

function chooseDrops(n: number, dropout: number, rng: RandomBytes): Map<number, SecAggStage> {
  const ids = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1, rng);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const count = Math.round(dropout * n);
  return new Map(ids.slice(0, count).map((id) => [id + 1, SECAGG_STAGES[randomInt(SECAGG_STAGES.length, rng)]!]));
}

function randomPool(words: number, rng: RandomBytes): Uint32Array {
  const pool = new Uint32Array(words);
  new Uint8Array(pool.buffer).set(rng(4 * words));
  return pool;
}

/** sum over ids of pool[id .. id + d), mod 2^32. */
function windowSum(pool: Uint32Array, ids: readonly number[], d: number): Uint32Array {
  const out = new Int32Array(d);
  const p = new Int32Array(pool.buffer, pool.byteOffset, pool.length);
  for (const id of ids) {
    for (let i = 0; i < d; i++) out[i] = (out[i]! + p[id + i]!) | 0;
  }
  return new Uint32Array(out.buffer);
}

export function runSecAggRound(cell: RoundCell): RoundMeasurement {
  const { n, d, dropout } = cell;
  const wallStart = performance.now();
  const { neighbors: k, threshold: t } = defaultSecAggParams(n, { dropoutRate: dropout, collusionBound: COLLUSION_BOUND });
  const rng = seededRandomBytes(seedFromLabel(`${cell.seed}/n${n}/d${d}/p${dropout}`));
  const drops = chooseDrops(n, dropout, rng);
  const pool = randomPool(d + n, rng);
  const ids = Array.from({ length: n }, (_, i) => i);
  const identities = ids.map((id) => signingKeyPairFromSeed(seedFromLabel(`${cell.seed}/identity/${id}`)));
  // Ids are membership positions (1-based); keys come from the federation file, as deployed.
  const keyOf = (id: number) => identities[id - 1]?.publicKey;
  const server = new SecAggPlusServer({ round: ROUND, runId: RUN_ID, purpose: "fit", participants: ids.map((i) => i + 1), vectorLength: d, neighbors: k, threshold: t,
    collusionBound: COLLUSION_BOUND, identityKeys: keyOf });
  const policy = { minParticipants: 3, minNeighbors: 0, collusionBound: COLLUSION_BOUND, dropoutRate: dropout };
  const clients = ids.map((id) => new SecAggPlusClient({
    id: id + 1, round: ROUND, runId: RUN_ID, inputFor: () => ({ vector: pool.subarray(id, id + d), minSum: 3 }), identity: identities[id]!, peerKeys: keyOf, policy,
    randomBytes: seededRandomBytes(seedFromLabel(`${cell.seed}/client/${id}/n${n}/d${d}/p${dropout}`)),
  }));
  const workers: WorkerRecord[] = ids.map((id) => ({ id: id + 1, cpuMs: 0, stagesAnswered: 0, advertisements: 0, sharesReceived: 0, signaturesReceived: 0 }));

  const workerMeters = ids.map(() => new CpuMeter());
  const coordinator = new CpuMeter();
  const codec = new CpuMeter();
  let wireBytes = 0;
  let messageId = 0;
  const bytesByStage = new Map(SECAGG_STAGES.map((s) => [s, { requests: 0, replies: 0 }]));
  const send = (stage: SecAggStage, body: Body, sender: string, replyTo: number): { bytes: Uint8Array; id: number } => codec.run(() => {
    const id = ++messageId;
    const bytes = encodeMessage({ meta: { runId: RUN_ID, round: ROUND, messageId: id, replyTo, sender }, body });
    wireBytes += bytes.length;
    bytesByStage.get(stage)![body.type === "secaggRequest" ? "requests" : "replies"] += bytes.length;
    return { bytes, id };
  });
  const receiveRequest = (bytes: Uint8Array): SecAggRequest => codec.run(() => {
    const body = decodeMessage(bytes).body;
    if (body.type !== "secaggRequest") throw new Error(`expected a secaggRequest, decoded ${body.type}`);
    return body.request;
  });
  const receiveReply = (bytes: Uint8Array): SecAggReply => codec.run(() => {
    const body = decodeMessage(bytes).body;
    if (body.type !== "secaggReply") throw new Error(`expected a secaggReply, decoded ${body.type}`);
    return body.reply;
  });

  const answered = new Map<SecAggStage, Set<number>>(SECAGG_STAGES.map((s) => [s, new Set<number>()]));
  let requests: readonly SecAggRequest[] = coordinator.run(() => server.start());
  for (;;) {
    for (const request of requests) {
      const sent = send(request.stage, { type: "secaggRequest", protocol: "secagg+", request }, COORDINATOR, 0);
      const dropStage = drops.get(request.receiver);
      if (dropStage !== undefined && stageIndex(dropStage) <= stageIndex(request.stage)) {
        coordinator.run(() => server.markDropped(request.receiver));
        continue;
      }
      const delivered = receiveRequest(sent.bytes);
      const worker = workers[request.receiver - 1]!;
      if (delivered.stage === "ShareKeys") worker.advertisements = delivered.advertisements.length;
      if (delivered.stage === "MaskedInput") worker.sharesReceived = delivered.shares.length;
      if (delivered.stage === "Unmask") worker.signaturesReceived = delivered.signatures.length;
      const answer = workerMeters[request.receiver - 1]!.run(() => clients[request.receiver - 1]!.handle(delivered));
      worker.cpuMs = workerMeters[request.receiver - 1]!.ms;
      if (!answer.ok) throw new Error(`honest worker ${request.receiver} refused ${request.stage}: ${answer.error.code}: ${answer.error.message}`);
      worker.stagesAnswered++;
      const reply = send(request.stage, { type: "secaggReply", protocol: "secagg+", reply: answer.value }, `worker-${request.receiver}`, sent.id);
      const arrived = receiveReply(reply.bytes);
      const accepted = coordinator.run(() => server.receive(arrived));
      if (!accepted.ok) throw new Error(`the server refused an honest ${arrived.stage} reply: ${accepted.error.code}: ${accepted.error.message}`);
      answered.get(arrived.stage)!.add(arrived.sender);
    }
    const transition = coordinator.run(() => server.closeStage());
    if (transition.kind === "aborted") throw new Error(`the round aborted (n=${n}, d=${d}, dropout=${dropout}): ${transition.reason}`);
    if (transition.kind === "next") {
      requests = transition.requests;
      continue;
    }
    const contributors = [...answered.get("MaskedInput")!].sort((a, b) => a - b);
    const got = transition.aggregate;
    if (got.contributors.join(",") !== contributors.join(",")) {
      throw new Error(`the aggregate names contributors [${got.contributors.join(",")}] but the masked vectors came from [${contributors.join(",")}]`);
    }
    const expected = windowSum(pool, contributors.map((id) => id - 1), d);
    for (let i = 0; i < d; i++) {
      if (got.sum[i] !== expected[i]) throw new Error(`the aggregate differs from the plaintext ring sum at index ${i} (n=${n}, d=${d}, dropout=${dropout})`);
    }
    const contributing = new Set(contributors);
    let droppedKeysRebuilt = 0, pairsRemoved = 0;
    for (const id of answered.get("ShareKeys")!) {
      if (contributing.has(id)) continue;
      const partners = server.neighboursOf(id).filter((v) => contributing.has(v)).length;
      if (partners > 0) droppedKeysRebuilt++;
      pairsRemoved += partners;
    }
    let plaintextBytes = 0;
    const plain = new Float32Array(d);
    for (const id of contributors) {
      plaintextBytes += encodeMessage({
        meta: { runId: RUN_ID, round: ROUND, messageId: id + 1, replyTo: 0, sender: `worker-${id}` },
        body: { type: "trainResult", update: [{ name: "update", shape: [d], values: plain }], numExamples: 0, metrics: {}, trainSeconds: 0, privacy: null },
      }).length;
    }
    return {
      cell, k, t, dropped: drops.size, workers, coordinatorMs: coordinator.ms, codecMs: codec.ms, wallMs: performance.now() - wallStart,
      wireBytes, bytesByStage, plaintextBytes,
      coordinatorCounts: { advertisements: answered.get("AdvertiseKeys")!.size, contributors: contributors.length, droppedKeysRebuilt, pairsRemoved,
        consistencySignatures: answered.get("ConsistencyCheck")!.size },
    };
  }
}
