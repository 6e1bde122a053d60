import { conclave } from "./generated/conclave";
import type { NamedTensor } from "../tensor/weights";
import { sizeOfShape } from "../tensor/weights";
import { float32FromBytes, toLittleEndianBytes } from "../tensor/wire-tensor";
import type { TrainConfig } from "../task/task-spec";
import {
  DP_MODES, ERROR_CODES, ProtocolError, SECURE_AGGREGATION_MODES,
  type Body, type ErrorCode, type Message, type Meta, type Protection, type Standardisation,
} from "./messages";
import { checkFinite, checkInt, checkOneOf, checkString, isRecordOfNumbers } from "./checks";
import { secaggReplyFromWire, secaggReplyToWire, secaggRequestFromWire, secaggRequestToWire } from "./secagg-codec";

const pb = conclave.v1;

/** Bounds on what a decoder accepts, whatever the frame size. */
const MAX_DIMS = 8;
const MAX_TENSORS = 4096;
const MAX_METRICS = 64;
const MAX_CAPABILITIES = 32;

// ---------- encode ----------

function tensorToWire(t: NamedTensor): conclave.v1.Tensor.$Properties {
  if (sizeOfShape(t.shape) !== t.values.length) {
    throw new ProtocolError("INTERNAL", `tensor ${t.name} has ${t.values.length} values but shape [${t.shape.join(", ")}]`);
  }
  return { name: t.name, shape: [...t.shape], dtype: pb.DType.FLOAT32, data: toLittleEndianBytes(t.values) };
}

function protectionToWire(p: Protection): conclave.v1.Protection.$Properties {
  return {
    secureAggregation: p.secureAggregation, clipNorm: p.clipNorm, dpMode: p.dpMode ?? "",
    noiseStd: p.noiseStd, ringNoiseSigma2: p.ringNoiseSigma2, clipRange: p.clipRange, scale: p.scale,
    weighted: p.weighted, maxExamples: p.maxExamples,
  };
}

function standardisationToWire(s: Standardisation | null): conclave.v1.Standardisation.$Properties | null {
  return s ? { mean: [...s.mean], std: [...s.std] } : null;
}

const MAX_FEATURES = 1 << 16;

function standardisationFromWire(s: conclave.v1.Standardisation.$Properties | null | undefined): Standardisation | null {
  if (!s) return null;
  const mean = s.mean ?? [];
  const std = s.std ?? [];
  if (mean.length !== std.length || mean.length > MAX_FEATURES) throw new ProtocolError("MALFORMED_MESSAGE", `standardisation has ${mean.length} means and ${std.length} deviations`);
  mean.forEach((v, i) => checkFinite(v, `standardisation.mean[${i}]`, -Number.MAX_VALUE, Number.MAX_VALUE));
  std.forEach((v, i) => { if (!(Number.isFinite(v) && v > 0)) throw new ProtocolError("MALFORMED_MESSAGE", `standardisation.std[${i}] must be a positive finite number, got ${v}`); });
  return { mean: [...mean], std: [...std] };
}

function bodyToWire(body: Body): conclave.v1.Envelope.$Properties {
  switch (body.type) {
    case "join":
      return { join: { protocolVersion: body.protocolVersion, workerName: body.workerName, capabilities: [...body.capabilities],
        backend: body.backend, numExamples: body.numExamples, task: body.task, identityKey: body.identityKey } };
    case "welcome":
      return { welcome: { protocolVersion: body.protocolVersion, workerId: body.workerId, runId: body.runId, task: body.task,
        maxMessageBytes: body.maxMessageBytes } };
    case "roundStart":
      return { roundStart: { weights: body.weights.map(tensorToWire), train: { ...body.train },
        protection: protectionToWire(body.protection), deadlineMs: body.deadlineMs, standardisation: standardisationToWire(body.standardisation) } };
    case "trainResult":
      return { trainResult: { update: body.update.map(tensorToWire), numExamples: body.numExamples, metrics: { ...body.metrics },
        trainSeconds: body.trainSeconds } };
    case "evaluateRequest":
      return { evaluateRequest: { weights: body.weights.map(tensorToWire), standardisation: standardisationToWire(body.standardisation) } };
    case "evaluateResult":
      return { evaluateResult: { numExamples: body.numExamples, loss: body.loss, metrics: { ...body.metrics } } };
    case "error":
      return { error: { code: pb.ErrorCode[body.code], message: body.message } };
    case "bye":
      return { bye: { reason: body.reason } };
    case "statsRequest":
      return { statsRequest: { protection: protectionToWire(body.protection) } };
    case "statsResult":
      return { statsResult: { values: [...body.values], numExamples: body.numExamples } };
    case "secaggRequest":
      return { secaggRequest: secaggRequestToWire(body) };
    case "secaggReply":
      return { secaggReply: secaggReplyToWire(body) };
  }
}

export function encodeMessage(message: Message): Uint8Array {
  const envelope = { meta: { ...message.meta }, ...bodyToWire(message.body) };
  return pb.Envelope.encode(envelope).finish();
}

// ---------- decode and validate ----------

function tensorFromWire(t: conclave.v1.Tensor.$Properties, where: string): NamedTensor {
  const name = checkString(t.name, `${where}.name`, 256);
  const shape = t.shape ?? [];
  if (shape.length > MAX_DIMS) throw new ProtocolError("MALFORMED_MESSAGE", `${where} (${name}) has ${shape.length} dimensions; at most ${MAX_DIMS} are allowed`);
  for (const d of shape) checkInt(d, `${where} (${name}) dimension`, 0, 2 ** 28);
  if (t.dtype !== pb.DType.FLOAT32) throw new ProtocolError("MALFORMED_MESSAGE", `${where} (${name}) must be float32, got dtype ${String(t.dtype)}`);
  const data = t.data ?? new Uint8Array(0);
  const expected = sizeOfShape(shape) * 4;
  if (data.byteLength !== expected) {
    throw new ProtocolError("MALFORMED_MESSAGE", `${where} (${name}) has ${data.byteLength} bytes of data but shape [${shape.join(", ")}] needs ${expected}`);
  }
  return { name, shape: [...shape], values: float32FromBytes(data) };
}

function tensorsFromWire(list: readonly conclave.v1.Tensor.$Properties[] | null | undefined, where: string): NamedTensor[] {
  const items = list ?? [];
  if (items.length > MAX_TENSORS) throw new ProtocolError("MALFORMED_MESSAGE", `${where} has ${items.length} tensors; at most ${MAX_TENSORS} are allowed`);
  return items.map((t, i) => tensorFromWire(t, `${where}[${i}]`));
}

function metricsFromWire(m: unknown, where: string): Record<string, number> {
  const metrics = m ?? {};
  if (!isRecordOfNumbers(metrics)) throw new ProtocolError("MALFORMED_MESSAGE", `${where} must map names to numbers`);
  if (Object.keys(metrics).length > MAX_METRICS) throw new ProtocolError("MALFORMED_MESSAGE", `${where} has more than ${MAX_METRICS} entries`);
  return { ...metrics };
}

function trainConfigFromWire(t: conclave.v1.TrainConfig.$Properties | null | undefined): TrainConfig {
  if (!t) throw new ProtocolError("MALFORMED_MESSAGE", "roundStart has no train config");
  const proximalMu = checkFinite(t.proximalMu, "train.proximalMu", 0, 1e6);
  return {
    optimizer: checkOneOf(t.optimizer, ["sgd", "adam"] as const, "train.optimizer"),
    learningRate: checkFinite(t.learningRate, "train.learningRate", 0, 10),
    batchSize: checkInt(t.batchSize, "train.batchSize", 1, 1 << 20),
    localEpochs: checkInt(t.localEpochs, "train.localEpochs", 1, 10_000),
    seed: checkInt(t.seed, "train.seed", 0, 0xffffffff),
    // FedProx's mu; 0 (the proto default) means no proximal term and is left out.
    ...(proximalMu > 0 ? { proximalMu } : {}),
  };
}

function protectionFromWire(p: conclave.v1.Protection.$Properties | null | undefined): Protection {
  if (!p) throw new ProtocolError("MALFORMED_MESSAGE", "roundStart has no protection settings");
  const dp = p.dpMode ?? "";
  return {
    secureAggregation: checkOneOf(p.secureAggregation, SECURE_AGGREGATION_MODES, "protection.secureAggregation"),
    clipNorm: checkFinite(p.clipNorm, "protection.clipNorm", 0, Number.MAX_VALUE),
    dpMode: dp === "" ? null : checkOneOf(dp, DP_MODES, "protection.dpMode"),
    noiseStd: checkFinite(p.noiseStd, "protection.noiseStd", 0, Number.MAX_VALUE),
    ringNoiseSigma2: checkFinite(p.ringNoiseSigma2, "protection.ringNoiseSigma2", 0, Number.MAX_VALUE),
    clipRange: checkFinite(p.clipRange, "protection.clipRange", 0, Number.MAX_VALUE),
    scale: checkFinite(p.scale, "protection.scale", 0, Number.MAX_VALUE),
    weighted: p.weighted === true,
    maxExamples: checkInt(p.maxExamples, "protection.maxExamples", 0, 0xffffffff),
  };
}

function errorCodeFromWire(code: number | null | undefined): ErrorCode {
  const name = code === null || code === undefined ? undefined : pb.ErrorCode[code];
  return ERROR_CODES.find((c) => c === name) ?? "INTERNAL";
}

function bodyFromWire(env: conclave.v1.Envelope, round: number): Body {
  switch (env.body) {
    case "join": {
      const j = env.join!;
      const caps = j.capabilities ?? [];
      if (caps.length > MAX_CAPABILITIES) throw new ProtocolError("MALFORMED_MESSAGE", `join lists ${caps.length} capabilities; at most ${MAX_CAPABILITIES}`);
      const key = j.identityKey ?? new Uint8Array(0);
      if (key.byteLength !== 0 && key.byteLength !== 32) throw new ProtocolError("MALFORMED_MESSAGE", `join.identityKey must be 32 bytes (Ed25519), got ${key.byteLength}`);
      return {
        type: "join", protocolVersion: checkInt(j.protocolVersion, "join.protocolVersion", 0, 0xffffffff),
        workerName: checkString(j.workerName, "join.workerName", 128, 1), capabilities: caps.map((c) => checkString(c, "join.capabilities", 64)),
        backend: checkString(j.backend, "join.backend", 64), numExamples: checkInt(j.numExamples, "join.numExamples", 0, 0xffffffff),
        task: checkString(j.task, "join.task", 64), identityKey: new Uint8Array(key),
      };
    }
    case "welcome": {
      const w = env.welcome!;
      return {
        type: "welcome", protocolVersion: checkInt(w.protocolVersion, "welcome.protocolVersion", 0, 0xffffffff),
        workerId: checkString(w.workerId, "welcome.workerId", 128, 1), runId: checkString(w.runId, "welcome.runId", 128, 1),
        task: checkString(w.task, "welcome.task", 64), maxMessageBytes: checkInt(w.maxMessageBytes, "welcome.maxMessageBytes", 1, 0xffffffff),
      };
    }
    case "roundStart": {
      const r = env.roundStart!;
      return { type: "roundStart", weights: tensorsFromWire(r.weights, "roundStart.weights"), train: trainConfigFromWire(r.train),
        protection: protectionFromWire(r.protection), deadlineMs: checkInt(r.deadlineMs, "roundStart.deadlineMs", 0, 0xffffffff),
        standardisation: standardisationFromWire(r.standardisation) };
    }
    case "trainResult": {
      const t = env.trainResult!;
      return { type: "trainResult", update: tensorsFromWire(t.update, "trainResult.update"),
        numExamples: checkInt(t.numExamples, "trainResult.numExamples", 0, 0xffffffff),
        metrics: metricsFromWire(t.metrics, "trainResult.metrics"), trainSeconds: checkFinite(t.trainSeconds, "trainResult.trainSeconds", 0, 1e9) };
    }
    case "evaluateRequest":
      return { type: "evaluateRequest", weights: tensorsFromWire(env.evaluateRequest!.weights, "evaluateRequest.weights"),
        standardisation: standardisationFromWire(env.evaluateRequest!.standardisation) };
    case "statsRequest":
      return { type: "statsRequest", protection: protectionFromWire(env.statsRequest!.protection) };
    case "statsResult": {
      const r = env.statsResult!;
      const values = r.values ?? [];
      if (values.length > 2 * MAX_FEATURES) throw new ProtocolError("MALFORMED_MESSAGE", `statsResult has ${values.length} values`);
      values.forEach((v, i) => checkFinite(v, `statsResult.values[${i}]`, -Number.MAX_VALUE, Number.MAX_VALUE));
      return { type: "statsResult", values: [...values], numExamples: checkInt(r.numExamples, "statsResult.numExamples", 0, 0xffffffff) };
    }
    case "evaluateResult": {
      const e = env.evaluateResult!;
      return { type: "evaluateResult", numExamples: checkInt(e.numExamples, "evaluateResult.numExamples", 0, 0xffffffff),
        loss: checkFinite(e.loss, "evaluateResult.loss", -Number.MAX_VALUE, Number.MAX_VALUE), metrics: metricsFromWire(e.metrics, "evaluateResult.metrics") };
    }
    case "error": {
      const e = env.error!;
      return { type: "error", code: errorCodeFromWire(e.code), message: checkString(e.message, "error.message", 4096) };
    }
    case "bye":
      return { type: "bye", reason: checkString(env.bye!.reason, "bye.reason", 4096) };
    case "secaggRequest":
      return secaggRequestFromWire(pb.SecAggRequest.create(env.secaggRequest!), round);
    case "secaggReply":
      return secaggReplyFromWire(pb.SecAggReply.create(env.secaggReply!), round);
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "the message has no body, or a body this version does not know; is the peer running a newer Conclave?");
  }
}

function metaFromWire(m: conclave.v1.Meta.$Properties | null | undefined): Meta {
  if (!m) throw new ProtocolError("MALFORMED_MESSAGE", "the message has no meta (run id, round, message id, sender)");
  return {
    runId: checkString(m.runId, "meta.runId", 128), round: checkInt(m.round, "meta.round", 0, 0xffffffff),
    messageId: checkInt(m.messageId, "meta.messageId", 1, 0xffffffff), replyTo: checkInt(m.replyTo, "meta.replyTo", 0, 0xffffffff),
    sender: checkString(m.sender, "meta.sender", 128),
  };
}

/** Decode and validate bytes from the network. Throws ProtocolError(MALFORMED_MESSAGE) on anything off. */
export function decodeMessage(bytes: Uint8Array): Message {
  let env: conclave.v1.Envelope;
  try {
    env = pb.Envelope.decode(bytes);
  } catch (err) {
    throw new ProtocolError("MALFORMED_MESSAGE", `the message is not a valid Conclave protobuf envelope (${err instanceof Error ? err.message : String(err)})`);
  }
  const meta = metaFromWire(env.meta);
  return { meta, body: bodyFromWire(env, meta.round) };
}
