/**
 * The test vectors of docs/protocol.md, built from fixed inputs with the project's own code.
 * `npm run vectors` writes them to proto/vectors/; test/protocol/vectors.test.ts builds them
 * again and compares, so the document's vectors and the code cannot drift apart. Bytes are
 * lowercase hex; ring vectors are arrays of uint32.
 */
import { label, u64 } from "../../../shared/crypto/bytes";
import { sha256 } from "../../../shared/crypto/hash";
import { expandSeed } from "../../../shared/crypto/prg";
import { seededRandomBytes, seedFromLabel, type RandomBytes } from "../../../shared/crypto/random";
import { share } from "../../../shared/crypto/shamir";
import { sealShare, shareKey } from "../../../shared/crypto/share-seal";
import { signer, signingKeyPairFromSeed } from "../../../shared/crypto/signatures";
import { x25519Agreement } from "../../../shared/crypto/x25519";
import { serializeFederationFile, signFederation } from "../../../shared/federation/federation-file";
import { Membership } from "../../../shared/federation/membership";
import { encodeMessage } from "../../../shared/protocol/codec";
import { challengePayload, joinPayload } from "../../../shared/protocol/handshake";
import { idSetToWire } from "../../../shared/protocol/secagg-codec";
import { encode } from "../../../shared/ring/fixed-point";
import { pairwiseMaskSeed, selfMaskSeed } from "../../../shared/secagg/masking";
import { buildNeighbourGraph, graphSeed } from "../../../shared/secagg/neighbour-graph";
import { advertisementMessage, consistencyMessage, selfMaskCommitment, shareAddress } from "../../../shared/secagg/share-payload";
import { transcriptDigest, type RoundTranscript } from "../../../shared/secagg/transcript";
import { describeTask } from "../../../shared/protocol/task-description";
import { BUNDLED_TASK_NAMES, getTask } from "../../../shared/task/tasks";
import { splitIntoFrames } from "../../../shared/transport/frames";
import { buildRoundVector } from "./build-round-vector";

export const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const bytes = (seedLabel: string, n = 32): Uint8Array => seededRandomBytes(seedFromLabel(`vectors/${seedLabel}`))(n);

export type Vectors = Record<string, unknown>;

function primitives(): Vectors {
  const ikm = bytes("ikm");
  const a = bytes("x25519-a"), b = bytes("x25519-b");
  const A = x25519Agreement(a), B = x25519Agreement(b);
  const seed = bytes("prg-seed");
  const ed = signingKeyPairFromSeed(bytes("ed25519"));
  const message = new TextEncoder().encode("conclave test vector");
  const context = bytes("context");
  const key = shareKey(A, B.publicKey, context)!;
  const address = shareAddress("secagg+", context, 3, 9);
  const payload = bytes("payload", 66);
  const secret = bytes("shamir-secret");
  const draws: string[] = [];
  const stream = seededRandomBytes(seedFromLabel("vectors/shamir-coefficients"));
  const recording: RandomBytes = (n) => { const r = stream(n); draws.push(hex(r)); return r; };
  const shares = share(secret, { n: 5, t: 3, xs: [2, 3, 5, 8, 10] }, recording);
  const values = [0, 1.5, -1.5, 2.49999, 1e9, -1e9, Number.NaN, Number.POSITIVE_INFINITY, 0.0001];
  return {
    label: { text: "conclave/v2/challenge", bytes: hex(label("conclave/v2/challenge")) },
    u64: { value: 1099511627776, bytes: hex(u64(1099511627776)) },
    hkdf: {
      note: "HKDF-SHA256, salt \"conclave/kdf/v1\", 32 bytes out",
      selfMask: { ikm: hex(ikm), round: 7, owner: 3, seed: hex(selfMaskSeed(ikm, 7, 3)) },
      pairwiseMask: { ikm: hex(ikm), round: 7, u: 9, v: 3, seed: hex(pairwiseMaskSeed(ikm, 7, 9, 3)) },
    },
    prg: { seed: hex(seed), words: Array.from(expandSeed(seed, 8)) },
    x25519: { secretA: hex(a), secretB: hex(b), publicA: hex(A.publicKey), publicB: hex(B.publicKey), shared: hex(A.agree(B.publicKey)!) },
    ed25519: { seed: hex(ed.secretKey.subarray(0, 32)), publicKey: hex(ed.publicKey), message: hex(message), signature: hex(signer(ed.secretKey)(message)) },
    shareSeal: { secretA: hex(a), publicB: hex(B.publicKey), context: hex(context), key: hex(key), protocol: "secagg+", stage: "ShareKeys", sender: 3, receiver: 9,
      payload: hex(payload), sealed: hex(sealShare(key, address, payload)) },
    shamir: {
      note: "p = 2^256 + 297; coefficients drawn as 33 bytes with the first byte masked to its lowest bit, rejected if >= p",
      secret: hex(secret), t: 3, xs: [2, 3, 5, 8, 10], randomDraws: draws, shares: shares.map((s) => ({ x: s.x, y: hex(s.y) })),
    },
    fixedPoint: { clipRange: 4, scale: 1000, values: values.map(String), words: Array.from(encode(Float32Array.from(values), 4, 1000)) },
    idSet: [[1, 2, 3, 4], [2, 5, 6, 9], [7]].map((ids) => ({ ids, ranges: idSetToWire(ids).ranges })),
    frames: (() => {
      const message = bytes("frame-message", 21);
      return { message: hex(message), streamId: 5, frameBytes: 8, frames: splitIntoFrames(message, 5, 8).map(hex) };
    })(),
  };
}

function handshake(): Vectors {
  const admin = signingKeyPairFromSeed(bytes("admin"));
  const coordinator = signingKeyPairFromSeed(bytes("coordinator"));
  const sites = ["hospital-b", "hospital-a", "hospital-c"].map((name) => ({ name, keys: signingKeyPairFromSeed(bytes(`site/${name}`)) }));
  const membership = new Membership({ federation: "vectors", admin: admin.publicKey, coordinator: { name: "coordinator", publicKey: coordinator.publicKey },
    sites: sites.map((s) => ({ name: s.name, publicKey: s.keys.publicKey })) });
  const nonce = bytes("nonce");
  const unsigned = { protocolVersion: 2, runId: "run-vectors", nonce, federation: "vectors" };
  const challenge = { type: "challenge" as const, ...unsigned, coordinatorKey: coordinator.publicKey, signature: signer(coordinator.secretKey)(challengePayload(unsigned)) };
  const siteA = sites[1]!;
  const join = { protocolVersion: 2, workerName: siteA.name, task: "boston", taskDigest: "ab".repeat(32), numExamples: 169, capabilities: ["secagg+"], identityKey: siteA.keys.publicKey };
  const proof = signer(siteA.keys.secretKey)(joinPayload(challenge, join));
  const meta = { runId: "run-vectors", round: 0, messageId: 1, replyTo: 0 };
  return {
    federation: {
      federation: "vectors", coordinatorName: "coordinator", adminPublicKey: hex(admin.publicKey), coordinatorPublicKey: hex(coordinator.publicKey),
      file: JSON.parse(serializeFederationFile(signFederation(membership, admin.secretKey))) as unknown,
      adminSeed: hex(admin.secretKey.subarray(0, 32)), coordinatorSeed: hex(coordinator.secretKey.subarray(0, 32)),
      sites: membership.sites.map((s, i) => ({ id: i + 1, name: s.name, seed: hex(sites.find((x) => x.name === s.name)!.keys.secretKey.subarray(0, 32)), publicKey: hex(s.publicKey) })),
      canonicalBytes: hex(membership.canonicalBytes()), signature: hex(signer(admin.secretKey)(membership.canonicalBytes())),
    },
    challenge: { meta: { ...meta, sender: "coordinator" }, ...unsigned, nonce: hex(nonce), coordinatorKey: hex(coordinator.publicKey), payload: hex(challengePayload(unsigned)), signature: hex(challenge.signature),
      envelope: hex(encodeMessage({ meta: { ...meta, sender: "coordinator" }, body: challenge })) },
    join: { ...join, backend: "wasm", meta: { ...meta, sender: siteA.name }, identityKey: hex(join.identityKey), payload: hex(joinPayload(challenge, join)), proof: hex(proof),
      envelope: hex(encodeMessage({ meta: { ...meta, sender: siteA.name }, body: { type: "join", backend: "wasm", ...join, proof } })) },
  };
}

function transcript(): Vectors {
  const t: RoundTranscript = { protocol: "secagg+", runId: "run-vectors", round: 3, purpose: "fit", participants: Array.from({ length: 40 }, (_, i) => i + 1),
    neighbors: 6, threshold: 4, collusionBound: 1, vectorLength: 1219 };
  const digest = transcriptDigest(t);
  const graph = buildNeighbourGraph(t.participants, t.neighbors, graphSeed(digest));
  const commitmentSecret = bytes("self-secret");
  const e = bytes("enc"), m = bytes("mask");
  const E = x25519Agreement(e).publicKey, M = x25519Agreement(m).publicKey;
  const C = selfMaskCommitment(digest, 7, commitmentSecret);
  const survivors = [1, 2, 3, 5, 8, 13, 21, 34];
  return {
    transcript: t, digest: hex(digest), graphSeed: hex(graphSeed(digest)), neighbours: Object.fromEntries([...graph].sort((x, y) => x[0] - y[0]).map(([id, ns]) => [id, ns])),
    advertisement: { sender: 7, encryptionSecret: hex(e), maskSecret: hex(m), encryptionPublicKey: hex(E), maskPublicKey: hex(M), selfMaskSecret: hex(commitmentSecret),
      selfMaskCommitment: hex(C), signedBytes: hex(advertisementMessage("secagg+", digest, 7, E, M, C)) },
    consistency: { survivors, signedBytes: hex(consistencyMessage(digest, survivors)), idSetDigest: hex(sha256(label("conclave/v2/id-set"), u64(survivors.length), ...survivors.map(u64))) },
  };
}

/** §6: each bundled task's description (Welcome.task_json, the exact string) and its digest (Join.task_digest). */
function tasks(): Vectors {
  return Object.fromEntries(BUNDLED_TASK_NAMES.map((name) => {
    const d = describeTask(getTask(name));
    return [name, { taskJson: d.json, taskDigest: d.digest }];
  }));
}

export function buildVectors(): Record<string, Vectors> {
  return { primitives: primitives(), handshake: handshake(), transcript: transcript(), round: buildRoundVector(), task: tasks() };
}
