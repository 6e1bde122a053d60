// The interoperability client's own primitives and site state machine against proto/vectors
// (written from docs/protocol.md; none of the project's protocol or secagg code is used).
import assert from "node:assert/strict";
import { bytesToWords, fromHex, label, toHex, u64 } from "./client/bytes";
import { decodeEnvelope, encodeEnvelope } from "./client/envelope-codec";
import { encodeFixed } from "./client/fixed-point";
import { federationPayload, parseFederation } from "./client/federation-file";
import { encodeFrames, FrameReader } from "./client/frames";
import { challengePayload, joinPayload, joinProof, verifyChallenge } from "./client/handshake";
import { decodeIdSet, encodeIdSet } from "./client/id-set";
import { chachaOpen, chachaSeal, ed25519PublicKey, ed25519Sign, ed25519Verify, prgWords, x25519, x25519PublicKey } from "./client/primitives";
import {
  advertisementPayload, consistencyPayload, graphSeed, idSetDigest, neighbourGraph, pairwiseMaskSeed, selfMaskCommitment, selfMaskSeed,
  shareAad, shareKey, shareNonce, transcriptDigest,
} from "./client/secagg-bytes";
import { bigFromBytes, bigToBytes, shamirCombine, shamirShares } from "./client/shamir";
import { isObj } from "./client/field-reader";
import { replayRound, vectorRequest, vectorSite } from "./support/replay-round";
import { at, atBytes, atList, atNum, atNums, atStr, readVector } from "./support/round-vector";
import { unmaskSum } from "./support/unmask-sum";

describe("interop client: proto/vectors/primitives.json", () => {
  const v = readVector("primitives");

  it("label and u64", () => {
    assert.equal(toHex(label(atStr(v, "label", "text"))), atStr(v, "label", "bytes"));
    assert.equal(toHex(u64(atNum(v, "u64", "value"))), atStr(v, "u64", "bytes"));
  });

  it("HKDF mask seeds and the AES-CTR PRG", () => {
    const s = at(v, "hkdf", "selfMask");
    assert.equal(toHex(selfMaskSeed(atBytes(s, "ikm"), atNum(s, "round"), atNum(s, "owner"))), atStr(s, "seed"));
    const p = at(v, "hkdf", "pairwiseMask");
    assert.equal(toHex(pairwiseMaskSeed(atBytes(p, "ikm"), atNum(p, "round"), atNum(p, "u"), atNum(p, "v"))), atStr(p, "seed"));
    const words = atNums(v, "prg", "words");
    assert.deepEqual(Array.from(prgWords(atBytes(v, "prg", "seed"), words.length)), words);
  });

  it("X25519 and Ed25519", () => {
    const x = at(v, "x25519");
    assert.equal(toHex(x25519PublicKey(atBytes(x, "secretA"))), atStr(x, "publicA"));
    assert.equal(toHex(x25519PublicKey(atBytes(x, "secretB"))), atStr(x, "publicB"));
    assert.equal(toHex(x25519(atBytes(x, "secretA"), atBytes(x, "publicB"))), atStr(x, "shared"));
    assert.throws(() => x25519(atBytes(x, "secretA"), Buffer.alloc(32)), /low order/);
    const e = at(v, "ed25519");
    assert.equal(toHex(ed25519PublicKey(atBytes(e, "seed"))), atStr(e, "publicKey"));
    const sig = ed25519Sign(atBytes(e, "seed"), atBytes(e, "message"));
    assert.equal(toHex(sig), atStr(e, "signature"));
    assert.ok(ed25519Verify(atBytes(e, "publicKey"), atBytes(e, "message"), sig));
    assert.ok(!ed25519Verify(atBytes(e, "publicKey"), Buffer.from("another message"), sig));
  });

  it("a sealed share: its key, nonce, AAD and box", () => {
    const s = at(v, "shareSeal");
    const T = atBytes(s, "context");
    const key = shareKey(atBytes(s, "secretA"), atBytes(s, "publicB"), T);
    assert.equal(toHex(key), atStr(s, "key"));
    const [sender, receiver] = [atNum(s, "sender"), atNum(s, "receiver")];
    const aad = shareAad(atStr(s, "protocol"), T, sender, receiver);
    const sealed = chachaSeal(key, shareNonce(sender, receiver), aad, atBytes(s, "payload"));
    assert.equal(toHex(sealed), atStr(s, "sealed"));
    assert.equal(toHex(chachaOpen(key, shareNonce(sender, receiver), aad, sealed) ?? Buffer.alloc(0)), atStr(s, "payload"));
    assert.equal(chachaOpen(key, shareNonce(receiver, sender), aad, sealed), null);
  });

  it("Shamir shares from the recorded draws, and the secret back from any t of them", () => {
    const s = at(v, "shamir");
    const draws = atList(s, "randomDraws").map((_, i) => atBytes(s, "randomDraws", i));
    const t = atNum(s, "t");
    const ys = shamirShares(bigFromBytes(atBytes(s, "secret")), t, atNums(s, "xs"), (n) => {
      const d = draws.shift();
      assert.ok(d !== undefined && d.length === n, "the client draws as the vector records");
      return d;
    });
    assert.equal(draws.length, 0);
    const expected = atList(s, "shares").map((_, i) => ({ x: atNum(s, "shares", i, "x"), y: atStr(s, "shares", i, "y") }));
    assert.deepEqual(ys.map((y) => toHex(bigToBytes(y, 33))), expected.map((e) => e.y));
    const points = expected.map((e) => ({ x: e.x, y: bigFromBytes(fromHex(e.y)) }));
    assert.equal(toHex(bigToBytes(shamirCombine(points.slice(2)), 32)), atStr(s, "secret"));
    assert.notEqual(toHex(bigToBytes(shamirCombine(points.slice(3)), 32)), atStr(s, "secret"));
  });

  it("fixed-point encoding, IdSets and frames", () => {
    const f = at(v, "fixedPoint");
    const values = atList(f, "values").map((_, i) => Number(atStr(f, "values", i)));
    assert.deepEqual(values.map((x) => encodeFixed(x, atNum(f, "clipRange"), atNum(f, "scale"))), atNums(f, "words"));
    for (const [i] of atList(v, "idSet").entries()) {
      assert.deepEqual(encodeIdSet(atNums(v, "idSet", i, "ids")), atNums(v, "idSet", i, "ranges"));
      assert.deepEqual(decodeIdSet(atNums(v, "idSet", i, "ranges"), "ids"), atNums(v, "idSet", i, "ids"));
    }
    assert.throws(() => decodeIdSet([1, 2, 3, 1], "survivors"), /not ascending, disjoint and non-adjacent/);
    const fr = at(v, "frames");
    const message = atBytes(fr, "message");
    const frames = encodeFrames(message, atNum(fr, "streamId"), atNum(fr, "frameBytes"));
    assert.deepEqual(frames.map(toHex), atList(fr, "frames"));
    const reader = new FrameReader(1 << 20);
    const events = frames.map((x) => reader.push(x));
    const last = events.at(-1);
    assert.ok(last?.kind === "message" && last.bytes.equals(message));
    assert.equal(reader.push(frames[0]!).kind, "broken", "a stream id that does not increase breaks the connection");
  });
});

describe("interop client: proto/vectors/handshake.json", () => {
  const v = readVector("handshake");

  it("the federation file's canonical bytes and signature", () => {
    const f = at(v, "federation");
    const admin = ed25519PublicKey(atBytes(f, "adminSeed"));
    const coordinator = ed25519PublicKey(atBytes(f, "coordinatorSeed"));
    const sites = atList(f, "sites").map((_, i) => ({ name: atStr(f, "sites", i, "name"), publicKey: atStr(f, "sites", i, "publicKey") }));
    // The vector names neither the federation nor the coordinator: they are read out of canonicalBytes ("vectors", "coordinator").
    const file = {
      type: "conclave-federation", version: 1, federation: "vectors", admin: toHex(admin),
      coordinator: { name: "coordinator", publicKey: toHex(coordinator) }, sites: [...sites].reverse(), signature: atStr(f, "signature"),
    };
    const parsed = parseFederation(file, "handshake.json");
    assert.equal(toHex(federationPayload(parsed)), atStr(f, "canonicalBytes"));
    assert.equal(toHex(ed25519Sign(atBytes(f, "adminSeed"), federationPayload(parsed))), atStr(f, "signature"));
    assert.deepEqual(parsed.sites.map((s) => s.participantId), atList(f, "sites").map((_, i) => atNum(f, "sites", i, "id")));
    assert.throws(() => parseFederation({ ...file, federation: "other" }, "tampered"), /signature does not verify/);
  });

  it("the Challenge: signed bytes, signature and envelope", () => {
    const c = at(v, "challenge");
    const decoded = decodeEnvelope(atBytes(c, "envelope"));
    assert.ok(decoded.body.kind === "challenge");
    const ch = decoded.body.challenge;
    assert.equal(ch.runId, atStr(c, "runId"));
    assert.equal(ch.federation, atStr(c, "federation"));
    assert.equal(toHex(ch.nonce), atStr(c, "nonce"));
    assert.equal(toHex(ch.coordinatorKey), atStr(c, "coordinatorKey"));
    assert.equal(toHex(challengePayload(ch)), atStr(c, "payload"));
    assert.equal(toHex(ch.signature), atStr(c, "signature"));
    assert.ok(verifyChallenge(ch));
    assert.ok(!verifyChallenge({ ...ch, runId: "run-other" }));
    assert.deepEqual(decoded.meta, { runId: "run-vectors", round: 0, messageId: 1, replyTo: 0, sender: "coordinator" });
  });

  it("the Join: signed bytes, proof and envelope", () => {
    const j = at(v, "join");
    const c = at(v, "challenge");
    const seed = atBytes(v, "federation", "sites", 0, "seed");
    const fields = {
      coordinatorKey: atBytes(c, "coordinatorKey"), nonce: atBytes(c, "nonce"), runId: atStr(c, "runId"),
      protocolVersion: atNum(j, "protocolVersion"), workerName: atStr(j, "workerName"), task: atStr(j, "task"),
      taskDigest: atStr(j, "taskDigest"), numExamples: atNum(j, "numExamples"), identityKey: atBytes(j, "identityKey"),
      capabilities: atList(j, "capabilities").map((_, i) => atStr(j, "capabilities", i)),
    };
    assert.equal(toHex(joinPayload(fields)), atStr(j, "payload"));
    const proof = joinProof(seed, fields);
    assert.equal(toHex(proof), atStr(j, "proof"));
    // The vector's Join fields omit backend ("wasm") and the meta; both are read out of the envelope bytes.
    const bytes = encodeEnvelope({
      meta: { runId: fields.runId, round: 0, messageId: 1, replyTo: 0, sender: fields.workerName },
      body: { kind: "join", join: { ...fields, capabilities: [...fields.capabilities], backend: "wasm", proof } },
    });
    assert.equal(toHex(bytes), atStr(j, "envelope"));
  });
});

describe("interop client: proto/vectors/transcript.json", () => {
  const v = readVector("transcript");
  const x = at(v, "transcript");
  const input = {
    protocol: atStr(x, "protocol"), runId: atStr(x, "runId"), round: atNum(x, "round"), purpose: atStr(x, "purpose"),
    participants: atNums(x, "participants"), neighbors: atNum(x, "neighbors"), threshold: atNum(x, "threshold"),
    collusionBound: atNum(x, "collusionBound"), vectorLength: atNum(x, "vectorLength"),
  };
  const T = transcriptDigest(input);

  it("the transcript digest, the graph seed and the neighbour graph at n = 40, k = 6", () => {
    assert.equal(toHex(T), atStr(v, "digest"));
    assert.equal(toHex(graphSeed(T)), atStr(v, "graphSeed"));
    const graph = neighbourGraph(input.participants, input.neighbors, T);
    for (const id of input.participants) assert.deepEqual(graph.get(id), atNums(v, "neighbours", String(id)), `neighbours of ${id}`);
    assert.notDeepEqual(neighbourGraph(input.participants, input.neighbors, transcriptDigest({ ...input, round: 4 })).get(1), graph.get(1));
  });

  it("an advertisement's keys, commitment and signed bytes; a consistency check's signed bytes", () => {
    const a = at(v, "advertisement");
    const E = x25519PublicKey(atBytes(a, "encryptionSecret"));
    const M = x25519PublicKey(atBytes(a, "maskSecret"));
    const C = selfMaskCommitment(T, atNum(a, "sender"), atBytes(a, "selfMaskSecret"));
    assert.equal(toHex(E), atStr(a, "encryptionPublicKey"));
    assert.equal(toHex(M), atStr(a, "maskPublicKey"));
    assert.equal(toHex(C), atStr(a, "selfMaskCommitment"));
    assert.equal(toHex(advertisementPayload("secagg+", T, atNum(a, "sender"), E, M, C)), atStr(a, "signedBytes"));
    const s = at(v, "consistency");
    assert.equal(toHex(idSetDigest(atNums(s, "survivors"))), atStr(s, "idSetDigest"));
    assert.equal(toHex(consistencyPayload(T, atNums(s, "survivors"))), atStr(s, "signedBytes"));
  });
});

describe("interop client: proto/vectors/round.json, a SecAgg+ round with a dropout", () => {
  const v = readVector("round");
  const result = replayRound();

  it("every site draws exactly the recorded random bytes, and site 5 drops at MaskedInput", () => {
    for (const [id, unused] of result.unusedDraws) assert.equal(unused, 0, `site ${id} left draws unused`);
    assert.deepEqual(result.silent, [["MaskedInput", 5]]);
    assert.equal(result.compared.length, 22);
  });

  it("every reply of every stage equals the vector byte for byte", () => {
    for (const [stage, id, expected, actual] of result.compared) assert.deepEqual(actual, expected, `${stage} reply of site ${id}`);
  });

  it("the replies, unmasked as section 9.8 says, give the survivors' plaintext sum", () => {
    const participants = atNums(v, "stages", 0, "requests", 0, "participants");
    const T = transcriptDigest({
      protocol: "secagg+", runId: atStr(v, "runId"), round: atNum(v, "round"), purpose: "fit", participants,
      neighbors: atNum(v, "stages", 0, "requests", 0, "neighbors"), threshold: atNum(v, "stages", 0, "requests", 0, "threshold"),
      collusionBound: atNum(v, "stages", 0, "requests", 0, "collusionBound"), vectorLength: atNum(v, "stages", 0, "requests", 0, "vectorLength"),
    });
    assert.equal(toHex(T), atStr(v, "transcript"));
    const input = {
      transcript: T, round: atNum(v, "round"), threshold: atNum(v, "stages", 0, "requests", 0, "threshold"),
      survivors: atNums(v, "contributors"), advertised: new Map(), neighbours: neighbourGraph(participants, participants.length - 1, T),
      masked: new Map(), selfMaskShares: new Map(), maskKeyShares: new Map(),
    } satisfies Parameters<typeof unmaskSum>[0];
    for (const r of result.replies) {
      if (r.stage === "AdvertiseKeys") input.advertised.set(r.sender, r);
      if (r.stage === "MaskedInput") input.masked.set(r.sender, bytesToWords(r.maskedInput));
      if (r.stage === "Unmask") {
        input.selfMaskShares.set(r.sender, new Map(r.selfMaskShares.map((s) => [s.owner, s.share])));
        input.maskKeyShares.set(r.sender, new Map(r.maskKeyShares.map((s) => [s.owner, s.share])));
      }
    }
    assert.deepEqual(Array.from(unmaskSum(input)), atNums(v, "expectedSum"));
    assert.deepEqual(atNums(v, "sum"), atNums(v, "expectedSum"));
  });

  it("a request out of order, a tampered share and a survivor set other than the signed one are refused", () => {
    const { site } = vectorSite(1);
    assert.equal(site.handle(vectorRequest("ShareKeys", 1)).ok, false, "ShareKeys before AdvertiseKeys");
    const a = vectorSite(1).site;
    assert.ok(a.handle(vectorRequest("AdvertiseKeys", 1)).ok);
    const again = a.handle(vectorRequest("AdvertiseKeys", 1));
    assert.ok(!again.ok && again.code === "WRONG_STAGE");
    const b = vectorSite(1).site;
    assert.ok(b.handle(vectorRequest("AdvertiseKeys", 1)).ok && b.handle(vectorRequest("ShareKeys", 1)).ok);
    const tampered = b.handle(vectorRequest("MaskedInput", 1, 1, (proto) => {
      const shares = at(proto, "shares");
      if (!Array.isArray(shares)) throw new Error("no shares");
      const original = at(shares[2], "ciphertext");
      if (!(original instanceof Uint8Array)) throw new Error("no ciphertext");
      const c = Buffer.from(original);
      c[0] = c[0]! ^ 1;
      return { ...(isObj(proto) ? proto : {}), shares: shares.map((x, i) => (i === 2 && isObj(x) ? { ...x, ciphertext: c } : x)) };
    }));
    assert.ok(!tampered.ok && tampered.code === "SECAGG_REFUSED" && /^authentication-failed: .*site 4/.test(tampered.message), JSON.stringify(tampered));
    const c = vectorSite(1).site;
    for (const stage of ["AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck"]) assert.ok(c.handle(vectorRequest(stage, 1)).ok, stage);
    const other = c.handle(vectorRequest("Unmask", 1, 1, (proto) => ({ ...(isObj(proto) ? proto : {}), survivors: { ranges: [1, 3] } })));
    assert.ok(!other.ok && other.message.startsWith("inconsistent-survivors"));
  });

  it("parameters outside section 9.1 are refused with policy-refused", () => {
    const cases: [string, (p: unknown) => unknown][] = [
      ["t too small", (p) => ({ ...(isObj(p) ? p : {}), threshold: 2 })],
      ["t above k", (p) => ({ ...(isObj(p) ? p : {}), threshold: 5 })],
      ["n below 3", (p) => ({ ...(isObj(p) ? p : {}), participants: { ranges: [1, 2] }, neighbors: 1, threshold: 1 })],
      ["a participant outside the federation", (p) => ({ ...(isObj(p) ? p : {}), participants: { ranges: [1, 4, 9, 1] } })],
      ["another vector length", (p) => ({ ...(isObj(p) ? p : {}), vectorLength: 7 })],
    ];
    for (const [what, edit] of cases) {
      const answer = vectorSite(1).site.handle(vectorRequest("AdvertiseKeys", 1, 1, edit));
      assert.ok(!answer.ok && answer.code === "POLICY_REFUSED" && answer.message.startsWith("policy-refused"), what);
    }
  });
});
