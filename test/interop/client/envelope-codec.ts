// Envelope encoding and decoding (docs/protocol.md section 3), with proto/conclave.proto loaded at
// run time by protobufjs reflection; every decoded field is checked before use.
import path from "node:path";
import protobuf from "protobufjs";
import { decodeIdSet } from "./id-set";
import {
  bool, bytes, dbl, isObj, MalformedMessage, obj, objList, oneOf, optObj, snake, str, uint, uintList, type Obj,
} from "./field-reader";
import type {
  Bye, Challenge, ErrorCode, InEnvelope, Incoming, Meta, OutEnvelope, Protection, RunOutcome, SecAggRequest, SecAggStage, Tensor, Welcome,
} from "./wire-types";

export const PROTO_PATH = path.resolve(__dirname, "../../../proto/conclave.proto");
const root = protobuf.loadSync(PROTO_PATH);
const Envelope = root.lookupType("conclave.v2.Envelope");
const TO_OBJECT = { longs: Number, enums: String, defaults: true, arrays: true, oneofs: true };

const ERROR_CODES: readonly ErrorCode[] = [
  "ERROR_UNSPECIFIED", "PROTOCOL_VERSION_MISMATCH", "MALFORMED_MESSAGE", "MESSAGE_TOO_LARGE", "UNKNOWN_TASK", "WRONG_ROUND",
  "WRONG_STAGE", "INVALID_UPDATE", "NOT_ADMITTED", "TRAINING_FAILED", "SECAGG_REFUSED", "ROUND_ABORTED", "INTERNAL",
  "POLICY_REFUSED", "RATE_LIMITED", "EVALUATION_FAILED",
];
const OUTCOMES: readonly RunOutcome[] = ["OUTCOME_UNSPECIFIED", "FINISHED", "STOPPED_EARLY", "FAILED", "RESTARTING"];
const STAGE_FIELDS: Record<SecAggStage, string> = {
  AdvertiseKeys: "advertiseKeys", ShareKeys: "shareKeys", MaskedInput: "maskedInput", ConsistencyCheck: "consistencyCheck", Unmask: "unmask",
};
const MAX_ID = 2 ** 31 - 1;

/** Encodes any envelope body by its proto field name (camel case): the client's own messages and, in tests, the coordinator's. */
export function encodeBody(meta: Meta, bodyField: string, body: object): Uint8Array {
  const message = Envelope.fromObject({ meta, [bodyField]: body });
  const problem = Envelope.verify(message);
  if (problem !== null) throw new MalformedMessage(`envelope.${bodyField}: ${problem}`);
  return Envelope.encode(message).finish();
}

export function encodeEnvelope(envelope: OutEnvelope): Uint8Array {
  const b = envelope.body;
  switch (b.kind) {
    case "secaggReply": {
      const { protocol, stage, ...fields } = b.secaggReply;
      return encodeBody(envelope.meta, "secaggReply", { protocol, [STAGE_FIELDS[stage]]: fields });
    }
    case "join": return encodeBody(envelope.meta, "join", b.join);
    case "trainResult": return encodeBody(envelope.meta, "trainResult", b.trainResult);
    case "statsResult": return encodeBody(envelope.meta, "statsResult", b.statsResult);
    case "evaluateResult": return encodeBody(envelope.meta, "evaluateResult", b.evaluateResult);
    case "error": return encodeBody(envelope.meta, "error", b.error);
  }
}

function id(o: Obj, key: string, p: string): number {
  const v = uint(o, key, p);
  if (v < 1 || v > MAX_ID) throw new MalformedMessage(`${snake(`${p}.${key}`)} is ${v}, outside 1..2^31-1`);
  return v;
}

function idSet(o: Obj, key: string, p: string): number[] {
  return decodeIdSet(uintList(obj(o, key, p), "ranges", `${p}.${key}`), `${p}.${key}`);
}

function readMeta(o: Obj): Meta {
  const m = obj(o, "meta", "envelope");
  return {
    runId: str(m, "runId", "meta", 64), round: uint(m, "round", "meta"), messageId: uint(m, "messageId", "meta"),
    replyTo: uint(m, "replyTo", "meta"), sender: str(m, "sender", "meta", 64),
  };
}

function readTensors(o: Obj, key: string, p: string): Tensor[] {
  return objList(o, key, p, 4096).map((t, i): Tensor => {
    const q = `${p}.${key}[${i}]`;
    const shape = uintList(t, "shape", q, 8);
    if (shape.some((d) => d > 2 ** 28)) throw new MalformedMessage(`${snake(q)}.shape has a dimension above 2^28`);
    return { name: str(t, "name", q, 256), shape, dtype: oneOf(str(t, "dtype", q), ["FLOAT32", "UINT32", "DTYPE_UNSPECIFIED"], `${q}.dtype`), data: bytes(t, "data", q) };
  });
}

function readProtection(o: Obj, p: string): Protection {
  const x = optObj(o, "protection");
  const q = `${p}.protection`;
  if (x === null) throw new MalformedMessage(`${q} is missing`);
  return {
    secureAggregation: str(x, "secureAggregation", q, 64), clipNorm: dbl(x, "clipNorm", q), dpMode: str(x, "dpMode", q, 64),
    noiseStd: dbl(x, "noiseStd", q), ringNoiseSigma2: dbl(x, "ringNoiseSigma2", q), clipRange: dbl(x, "clipRange", q),
    scale: dbl(x, "scale", q), weighted: bool(x, "weighted", q), maxExamples: uint(x, "maxExamples", q),
    noiseMultiplier: dbl(x, "noiseMultiplier", q), delta: dbl(x, "delta", q), noiseShares: uint(x, "noiseShares", q),
  };
}

function readChallenge(c: Obj): Challenge {
  const p = "challenge";
  return {
    protocolVersion: uint(c, "protocolVersion", p), runId: str(c, "runId", p, 64), nonce: bytes(c, "nonce", p, 32),
    coordinatorKey: bytes(c, "coordinatorKey", p, 32), signature: bytes(c, "signature", p, 64), federation: str(c, "federation", p, 64),
  };
}

function readWelcome(w: Obj): Welcome {
  const p = "welcome";
  return {
    protocolVersion: uint(w, "protocolVersion", p), workerId: str(w, "workerId", p, 64), runId: str(w, "runId", p, 64),
    task: str(w, "task", p, 64), maxMessageBytes: uint(w, "maxMessageBytes", p), taskJson: str(w, "taskJson", p, 1 << 20),
    taskDigest: str(w, "taskDigest", p, 64), participantId: id(w, "participantId", p), rounds: uint(w, "rounds", p),
    nextRound: uint(w, "nextRound", p),
  };
}

function readSecAgg(r: Obj): SecAggRequest {
  const protocol = str(r, "protocol", "secagg_request", 64);
  const stage = typeof r.stage === "string" ? r.stage : "";
  const p = `secagg_request.${snake(stage)}`;
  const body = optObj(r, stage);
  if (body === null) throw new MalformedMessage("secagg_request.stage is not set");
  const receiver = id(body, "receiver", p);
  switch (stage) {
    case "advertiseKeys":
      return {
        protocol, stage: "AdvertiseKeys", receiver, participants: idSet(body, "participants", p), neighbors: uint(body, "neighbors", p),
        threshold: uint(body, "threshold", p), collusionBound: uint(body, "collusionBound", p), vectorLength: uint(body, "vectorLength", p),
        purpose: str(body, "purpose", p, 64),
      };
    case "shareKeys":
      return {
        protocol, stage: "ShareKeys", receiver, advertisements: objList(body, "advertisements", p).map((a, i) => {
          const q = `${p}.advertisements[${i}]`;
          return {
            sender: id(a, "sender", q), encryptionPublicKey: bytes(a, "encryptionPublicKey", q), maskPublicKey: bytes(a, "maskPublicKey", q),
            signature: bytes(a, "signature", q), selfMaskCommitment: bytes(a, "selfMaskCommitment", q),
          };
        }),
      };
    case "maskedInput":
      return {
        protocol, stage: "MaskedInput", receiver, shares: objList(body, "shares", p).map((s, i) => {
          const q = `${p}.shares[${i}]`;
          return { sender: id(s, "sender", q), receiver: id(s, "receiver", q), ciphertext: bytes(s, "ciphertext", q) };
        }),
      };
    case "consistencyCheck":
      return { protocol, stage: "ConsistencyCheck", receiver, survivors: idSet(body, "survivors", p) };
    case "unmask":
      return {
        protocol, stage: "Unmask", receiver, survivors: idSet(body, "survivors", p), signatures: objList(body, "signatures", p).map((s, i) => {
          const q = `${p}.signatures[${i}]`;
          return { signer: id(s, "signer", q), signature: bytes(s, "signature", q) };
        }),
      };
    default:
      throw new MalformedMessage(`secagg_request.stage "${stage}" is not a stage`);
  }
}

function readBye(b: Obj): Bye {
  return {
    reason: str(b, "reason", "bye"), outcome: oneOf(str(b, "outcome", "bye"), OUTCOMES, "bye.outcome"),
    roundsCompleted: uint(b, "roundsCompleted", "bye"), roundsPlanned: uint(b, "roundsPlanned", "bye"),
  };
}

function readBody(name: string, b: Obj): Incoming {
  switch (name) {
    case "challenge": return { kind: "challenge", challenge: readChallenge(b) };
    case "welcome": return { kind: "welcome", welcome: readWelcome(b) };
    case "roundStart":
      return { kind: "roundStart", roundStart: { weights: readTensors(b, "weights", "round_start"), protection: readProtection(b, "round_start"), deadlineMs: uint(b, "deadlineMs", "round_start") } };
    case "statsRequest": return { kind: "statsRequest", statsRequest: { protection: readProtection(b, "stats_request") } };
    case "evaluateRequest":
      return { kind: "evaluateRequest", evaluateRequest: { weights: readTensors(b, "weights", "evaluate_request"), protection: readProtection(b, "evaluate_request") } };
    case "secaggRequest": return { kind: "secaggRequest", secaggRequest: readSecAgg(b) };
    case "error":
      return { kind: "error", error: { code: oneOf(str(b, "code", "error"), ERROR_CODES, "error.code"), message: str(b, "message", "error") } };
    case "bye": return { kind: "bye", bye: readBye(b) };
    default: return { kind: "other", body: name };
  }
}

/** Decodes and checks an envelope; throws MalformedMessage naming the field that is wrong. */
export function decodeEnvelope(data: Uint8Array): InEnvelope {
  let plain: unknown;
  try {
    plain = Envelope.toObject(Envelope.decode(data), TO_OBJECT);
  } catch (e) {
    throw new MalformedMessage(`envelope does not decode: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObj(plain)) throw new MalformedMessage("envelope does not decode to a message");
  const meta = readMeta(plain);
  const name = typeof plain.body === "string" ? plain.body : "";
  const body = optObj(plain, name);
  if (body === null) throw new MalformedMessage("envelope.body is not set");
  return { meta, body: readBody(name, body) };
}

