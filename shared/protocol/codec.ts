import { conclave } from "./generated/conclave";
import type { NamedTensor } from "../tensor/weights";
import { sizeOfShape } from "../tensor/weights";
import { float32FromBytes, toLittleEndianBytes } from "../tensor/wire-tensor";
import type { TrainConfig } from "../task/task-spec";
import {
  ERROR_CODES, ProtocolError, RUN_OUTCOMES, type Body, type ErrorCode, type Message, type Meta, type PrivacySpent, type RunOutcome,
} from "./messages";
import { checkBytes, checkFinite, checkInt, checkOneOf, checkString, isRecordOfNumbers } from "./checks";
import { WIRE_LIMITS } from "./wire-limits";
import { protectionFromWire, protectionToWire, standardisationFromWire, standardisationToWire } from "./protection-codec";
import { secaggReplyFromWire, secaggReplyToWire, secaggRequestFromWire, secaggRequestToWire } from "./secagg-codec";
import { prescanEnvelope, PrescanError, UNBOUNDED_DECODE, type DecodeLimits } from "./prescan";

const pb = conclave.v2;

export { WIRE_LIMITS };
const RUN_ID = /^[A-Za-z0-9._-]{0,64}$/;

// ---------- encode ----------

function tensorToWire(t: NamedTensor): conclave.v2.Tensor.$Properties {
  if (sizeOfShape(t.shape) !== t.values.length) {
    throw new ProtocolError("INTERNAL", `tensor ${t.name} has ${t.values.length} values but shape [${t.shape.join(", ")}]`);
  }
  return { name: t.name, shape: [...t.shape], dtype: pb.DType.FLOAT32, data: toLittleEndianBytes(t.values) };
}

const OUTCOME_TO_WIRE: Record<RunOutcome, conclave.v2.RunOutcome> = {
  "finished": pb.RunOutcome.FINISHED, "stopped-early": pb.RunOutcome.STOPPED_EARLY, "failed": pb.RunOutcome.FAILED, "restarting": pb.RunOutcome.RESTARTING,
};

function bodyToWire(body: Body): conclave.v2.Envelope.$Properties {
  switch (body.type) {
    case "challenge":
      return { challenge: { protocolVersion: body.protocolVersion, runId: body.runId, nonce: body.nonce, coordinatorKey: body.coordinatorKey,
        signature: body.signature, federation: body.federation } };
    case "join":
      return { join: { protocolVersion: body.protocolVersion, workerName: body.workerName, capabilities: [...body.capabilities], backend: body.backend,
        numExamples: body.numExamples, task: body.task, identityKey: body.identityKey, proof: body.proof, taskDigest: body.taskDigest } };
    case "welcome":
      return { welcome: { protocolVersion: body.protocolVersion, workerId: body.workerId, runId: body.runId, task: body.task, maxMessageBytes: body.maxMessageBytes,
        taskJson: body.taskJson, taskDigest: body.taskDigest, participantId: body.participantId, rounds: body.rounds, nextRound: body.nextRound } };
    case "roundStart":
      return { roundStart: { weights: body.weights.map(tensorToWire), train: { ...body.train, proximalMu: body.train.proximalMu ?? 0 },
        protection: protectionToWire(body.protection), deadlineMs: body.deadlineMs, standardisation: standardisationToWire(body.standardisation) } };
    case "trainResult":
      return { trainResult: { update: body.update.map(tensorToWire), numExamples: body.numExamples, metrics: { ...body.metrics },
        trainSeconds: body.trainSeconds, privacy: body.privacy ? { ...body.privacy } : null } };
    case "evaluateRequest":
      return { evaluateRequest: { weights: body.weights.map(tensorToWire), standardisation: standardisationToWire(body.standardisation), protection: protectionToWire(body.protection) } };
    case "evaluateResult":
      return { evaluateResult: { numExamples: body.numExamples, loss: body.loss, metrics: { ...body.metrics } } };
    case "error":
      return { error: { code: pb.ErrorCode[body.code], message: body.message } };
    case "bye":
      return { bye: { reason: body.reason, outcome: OUTCOME_TO_WIRE[body.outcome], roundsCompleted: body.roundsCompleted, roundsPlanned: body.roundsPlanned } };
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

function tensorFromWire(t: conclave.v2.Tensor.$Properties, where: string): NamedTensor {
  const name = checkString(t.name, `${where}.name`, 256);
  const shape = t.shape ?? [];
  if (shape.length > WIRE_LIMITS.dims) throw new ProtocolError("MALFORMED_MESSAGE", `${where} (${name}) has ${shape.length} dimensions; at most ${WIRE_LIMITS.dims} are allowed`);
  for (const d of shape) checkInt(d, `${where}.shape (${name})`, 0, 2 ** 28);
  if (t.dtype !== pb.DType.FLOAT32) throw new ProtocolError("MALFORMED_MESSAGE", `${where}.dtype (${name}) must be FLOAT32, got ${String(t.dtype)}`);
  const data = t.data ?? new Uint8Array(0);
  const expected = sizeOfShape(shape) * 4;
  if (data.byteLength !== expected) {
    throw new ProtocolError("MALFORMED_MESSAGE", `${where}.data (${name}) has ${data.byteLength} bytes but shape [${shape.join(", ")}] needs ${expected}`);
  }
  return { name, shape: [...shape], values: float32FromBytes(data) };
}

function tensorsFromWire(list: readonly conclave.v2.Tensor.$Properties[] | null | undefined, where: string): NamedTensor[] {
  const items = list ?? [];
  if (items.length > WIRE_LIMITS.tensors) throw new ProtocolError("MALFORMED_MESSAGE", `${where} has ${items.length} tensors; at most ${WIRE_LIMITS.tensors} are allowed`);
  return items.map((t, i) => tensorFromWire(t, `${where}[${i}]`));
}

function metricsFromWire(m: unknown, where: string): Record<string, number> {
  const metrics = m ?? {};
  if (!isRecordOfNumbers(metrics)) throw new ProtocolError("MALFORMED_MESSAGE", `${where} must map names to finite numbers`);
  if (Object.keys(metrics).length > WIRE_LIMITS.metrics) throw new ProtocolError("MALFORMED_MESSAGE", `${where} has more than ${WIRE_LIMITS.metrics} entries`);
  return { ...metrics };
}

function trainConfigFromWire(t: conclave.v2.TrainConfig.$Properties | null | undefined): TrainConfig {
  if (!t) throw new ProtocolError("MALFORMED_MESSAGE", "round_start.train is missing");
  const mu = checkFinite(t.proximalMu, "train.proximal_mu", 0, 1e6);
  return {
    optimizer: checkOneOf(t.optimizer, ["sgd", "adam"] as const, "train.optimizer"),
    learningRate: checkFinite(t.learningRate, "train.learning_rate", 0, 10),
    batchSize: checkInt(t.batchSize, "train.batch_size", 1, 1 << 20),
    localEpochs: checkInt(t.localEpochs, "train.local_epochs", 1, 10_000),
    seed: checkInt(t.seed, "train.seed", 0, 0xffffffff),
    ...(mu > 0 ? { proximalMu: mu } : {}),
  };
}

function errorCodeFromWire(code: number | null | undefined): ErrorCode {
  const name = code === null || code === undefined ? undefined : pb.ErrorCode[code];
  return ERROR_CODES.find((c) => c === name) ?? "INTERNAL";
}

function outcomeFromWire(o: number | null | undefined): RunOutcome {
  const found = RUN_OUTCOMES.find((k) => OUTCOME_TO_WIRE[k] === o);
  if (found === undefined) throw new ProtocolError("MALFORMED_MESSAGE", `bye.outcome must be FINISHED, STOPPED_EARLY, FAILED or RESTARTING, got ${String(o)}`);
  return found;
}

function privacyFromWire(p: conclave.v2.PrivacySpent.$Properties | null | undefined): PrivacySpent | null {
  if (!p) return null;
  return { epsilon: checkFinite(p.epsilon, "train_result.privacy.epsilon", 0, Number.MAX_VALUE), delta: checkFinite(p.delta, "train_result.privacy.delta", 0, 1),
    rounds: checkInt(p.rounds, "train_result.privacy.rounds", 0, 0xffffffff) };
}

function bodyFromWire(env: conclave.v2.Envelope, round: number): Body {
  switch (env.body) {
    case "challenge": {
      const c = env.challenge!;
      return { type: "challenge", protocolVersion: checkInt(c.protocolVersion, "challenge.protocol_version", 0, 0xffffffff),
        runId: checkString(c.runId, "challenge.run_id", 64, 1), nonce: checkBytes(c.nonce, "challenge.nonce", 32),
        coordinatorKey: checkBytes(c.coordinatorKey, "challenge.coordinator_key", 32), signature: checkBytes(c.signature, "challenge.signature", 64),
        federation: checkString(c.federation, "challenge.federation", 64) };
    }
    case "join": {
      const j = env.join!;
      const caps = j.capabilities ?? [];
      if (caps.length > WIRE_LIMITS.capabilities) throw new ProtocolError("MALFORMED_MESSAGE", `join.capabilities lists ${caps.length} entries; at most ${WIRE_LIMITS.capabilities}`);
      return {
        type: "join", protocolVersion: checkInt(j.protocolVersion, "join.protocol_version", 0, 0xffffffff),
        workerName: checkString(j.workerName, "join.worker_name", 64, 1), capabilities: caps.map((c) => checkString(c, "join.capabilities", 64)),
        backend: checkString(j.backend, "join.backend", 64), numExamples: checkInt(j.numExamples, "join.num_examples", 0, 0xffffffff),
        task: checkString(j.task, "join.task", 64), identityKey: checkBytes(j.identityKey, "join.identity_key", 32),
        proof: checkBytes(j.proof, "join.proof", 64), taskDigest: checkString(j.taskDigest, "join.task_digest", 64),
      };
    }
    case "welcome": {
      const w = env.welcome!;
      return {
        type: "welcome", protocolVersion: checkInt(w.protocolVersion, "welcome.protocol_version", 0, 0xffffffff),
        workerId: checkString(w.workerId, "welcome.worker_id", 64, 1), runId: checkString(w.runId, "welcome.run_id", 64, 1),
        task: checkString(w.task, "welcome.task", 64), maxMessageBytes: checkInt(w.maxMessageBytes, "welcome.max_message_bytes", 1, 0xffffffff),
        taskJson: checkString(w.taskJson, "welcome.task_json", WIRE_LIMITS.taskJsonChars), taskDigest: checkString(w.taskDigest, "welcome.task_digest", 64),
        participantId: checkInt(w.participantId, "welcome.participant_id", 1, 0x7fffffff), rounds: checkInt(w.rounds, "welcome.rounds", 0, 0xffffffff),
        nextRound: checkInt(w.nextRound, "welcome.next_round", 0, 0xffffffff),
      };
    }
    case "roundStart": {
      const r = env.roundStart!;
      return { type: "roundStart", weights: tensorsFromWire(r.weights, "round_start.weights"), train: trainConfigFromWire(r.train),
        protection: protectionFromWire(r.protection, "round_start.protection"), deadlineMs: checkInt(r.deadlineMs, "round_start.deadline_ms", 0, 0xffffffff),
        standardisation: standardisationFromWire(r.standardisation, "round_start.standardisation") };
    }
    case "trainResult": {
      const t = env.trainResult!;
      return { type: "trainResult", update: tensorsFromWire(t.update, "train_result.update"),
        numExamples: checkInt(t.numExamples, "train_result.num_examples", 0, 0xffffffff),
        metrics: metricsFromWire(t.metrics, "train_result.metrics"), trainSeconds: checkFinite(t.trainSeconds, "train_result.train_seconds", 0, 1e9),
        privacy: privacyFromWire(t.privacy) };
    }
    case "evaluateRequest": {
      const e = env.evaluateRequest!;
      return { type: "evaluateRequest", weights: tensorsFromWire(e.weights, "evaluate_request.weights"),
        standardisation: standardisationFromWire(e.standardisation, "evaluate_request.standardisation"),
        protection: protectionFromWire(e.protection, "evaluate_request.protection") };
    }
    case "statsRequest":
      return { type: "statsRequest", protection: protectionFromWire(env.statsRequest!.protection, "stats_request.protection") };
    case "statsResult": {
      const r = env.statsResult!;
      const values = r.values ?? [];
      if (values.length > 2 * WIRE_LIMITS.features) throw new ProtocolError("MALFORMED_MESSAGE", `stats_result.values has ${values.length} entries`);
      values.forEach((v, i) => checkFinite(v, `stats_result.values[${i}]`, -Number.MAX_VALUE, Number.MAX_VALUE));
      return { type: "statsResult", values: [...values], numExamples: checkInt(r.numExamples, "stats_result.num_examples", 0, 0xffffffff) };
    }
    case "evaluateResult": {
      const e = env.evaluateResult!;
      const metrics = metricsFromWire(e.metrics, "evaluate_result.metrics");
      if ("loss" in metrics) throw new ProtocolError("MALFORMED_MESSAGE", "evaluate_result.metrics must not hold \"loss\": the loss goes in evaluate_result.loss");
      return { type: "evaluateResult", numExamples: checkInt(e.numExamples, "evaluate_result.num_examples", 0, 0xffffffff),
        loss: checkFinite(e.loss, "evaluate_result.loss", -Number.MAX_VALUE, Number.MAX_VALUE), metrics };
    }
    case "error": {
      const e = env.error!;
      return { type: "error", code: errorCodeFromWire(e.code), message: checkString(e.message, "error.message", 4096) };
    }
    case "bye": {
      const b = env.bye!;
      return { type: "bye", reason: checkString(b.reason, "bye.reason", 4096), outcome: outcomeFromWire(b.outcome),
        roundsCompleted: checkInt(b.roundsCompleted, "bye.rounds_completed", 0, 0xffffffff), roundsPlanned: checkInt(b.roundsPlanned, "bye.rounds_planned", 0, 0xffffffff) };
    }
    case "secaggRequest":
      return secaggRequestFromWire(pb.SecAggRequest.create(env.secaggRequest!), round);
    case "secaggReply":
      return secaggReplyFromWire(pb.SecAggReply.create(env.secaggReply!), round);
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "the envelope has no body, or a body this version does not know; is the peer running a newer Conclave?");
  }
}

function metaFromWire(m: conclave.v2.Meta.$Properties | null | undefined): Meta {
  if (!m) throw new ProtocolError("MALFORMED_MESSAGE", "the envelope has no meta (run_id, round, message_id, reply_to, sender)");
  const runId = checkString(m.runId, "meta.run_id", 64);
  if (!RUN_ID.test(runId)) throw new ProtocolError("MALFORMED_MESSAGE", "meta.run_id may only use letters, digits, '.', '_' and '-'");
  return {
    runId, round: checkInt(m.round, "meta.round", 0, 0xffffffff),
    messageId: checkInt(m.messageId, "meta.message_id", 1, 0xffffffff), replyTo: checkInt(m.replyTo, "meta.reply_to", 0, 0xffffffff),
    sender: checkString(m.sender, "meta.sender", 64),
  };
}

/** A refused message's error, with its meta when that part decodes (the reply can then name reply_to and round). */
function withMeta(err: PrescanError, bytes: Uint8Array): ProtocolError {
  if (err.metaBytes === null) return err;
  try {
    return new ProtocolError(err.code, err.message, metaFromWire(pb.Meta.decode(bytes.subarray(err.metaBytes.start, err.metaBytes.end))));
  } catch {
    return err;
  }
}

/**
 * Decode and validate bytes from the network. Throws ProtocolError(MALFORMED_MESSAGE) on anything off.
 * The bytes are first walked without decoding (shared/protocol/prescan): a message over `limits`
 * (the receiver's model: tensor count and bytes; fields in all) is refused before anything is allocated.
 */
export function decodeMessage(bytes: Uint8Array, limits: DecodeLimits = UNBOUNDED_DECODE): Message {
  try {
    prescanEnvelope(bytes, limits);
  } catch (err) {
    throw err instanceof PrescanError ? withMeta(err, bytes) : err;
  }
  let env: conclave.v2.Envelope;
  try {
    env = pb.Envelope.decode(bytes);
  } catch (err) {
    throw new ProtocolError("MALFORMED_MESSAGE", `the message is not a valid Conclave protobuf envelope (${err instanceof Error ? err.message : String(err)})`);
  }
  const meta = metaFromWire(env.meta);
  try {
    return { meta, body: bodyFromWire(env, meta.round) };
  } catch (err) {
    // The meta was readable: the error reply can name the message it answers (reply_to, round).
    if (err instanceof ProtocolError) throw new ProtocolError(err.code, err.message, meta);
    throw err;
  }
}
