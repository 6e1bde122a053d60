// A Conclave worker written from docs/protocol.md alone: admission (section 4), the run (section 7),
// the secure sums of SecAgg+ (section 9) over the inputs of section 10, and Bye.
import { randomBytes } from "node:crypto";
import { bytesEqual } from "./bytes";
import { canonicalJson, taskDigest } from "./canonical-json";
import { decodeEnvelope, encodeEnvelope } from "./envelope-codec";
import { readFederationFile, readKeyFile, type Federation, type KeyFile } from "./federation-file";
import { MalformedMessage } from "./field-reader";
import { joinProof, PROTOCOL_VERSION, verifyChallenge } from "./handshake";
import { clipBound, clipUpdate, fitVector, statsVector, type WeightSpec } from "./input-vectors";
import type { SitePolicy } from "./secagg-parameters";
import { SecAggSite } from "./secagg-site";
import { SocketConnection } from "./socket-connection";
import { readTask, type TaskView } from "./task-view";
import type { Bye, Challenge, ErrorCode, InEnvelope, Meta, Outgoing, Protection, Welcome } from "./wire-types";

export interface InteropWorkerOptions {
  url: string;
  federationFile: string;
  keyFile: string;
  name: string;
  /** The task description this site was given; the digest of its canonical JSON goes into Join. */
  task: unknown;
  taskName: string;
  numExamples: number;
  /** The site's update for a round, one array per tensor in task_json.weights order. */
  update: (weights: readonly WeightSpec[]) => Float64Array[];
  loss: number;
  /** The site's own L2 bound on an update. */
  ownClipNorm: number;
  /** The site's per-feature means and means of squares, for round 0. */
  moments: { mean: number[]; meanSquare: number[] };
  policy?: SitePolicy;
  maxMessageBytes?: number;
  /** Called with a line for every message in and out (debugging against a live coordinator). */
  trace?: (line: string) => void;
}

/** What the worker saw and did, for the caller to check. */
export interface WorkerRecord {
  welcome: Welcome | null;
  protections: Map<string, Protection>;
  inputs: Map<string, Uint32Array>;
  /** Every Error the coordinator sent, and every refusal this worker sent. */
  errorsReceived: { code: ErrorCode; message: string }[];
  refusalsSent: { code: ErrorCode; message: string }[];
  secaggReplies: string[];
  bye: Bye | null;
  closeReason: string | null;
}

const DEFAULT_POLICY: SitePolicy = { minParticipants: 3, collusionBound: 0, minNeighbours: 0 };

export class InteropWorker {
  readonly record: WorkerRecord = {
    welcome: null, protections: new Map(), inputs: new Map(), errorsReceived: [], refusalsSent: [], secaggReplies: [], bye: null, closeReason: null,
  };
  readonly finished: Promise<WorkerRecord>;
  private resolveFinished: (r: WorkerRecord) => void = () => undefined;
  private conn: SocketConnection | null = null;
  private readonly federation: Federation;
  private readonly key: KeyFile;
  private readonly digest: string;
  private readonly participantId: number;
  private nextId = 1;
  private challenge: Challenge | null = null;
  private joinId = 0;
  private task: TaskView | null = null;
  private readonly sites = new Map<number, SecAggSite>();

  constructor(private readonly options: InteropWorkerOptions) {
    this.federation = readFederationFile(options.federationFile);
    this.key = readKeyFile(options.keyFile);
    const self = this.federation.sites.find((s) => s.name === options.name);
    if (self === undefined) throw new Error(`${options.name} is not a site of ${options.federationFile}`);
    if (!self.publicKey.equals(this.key.publicKey)) throw new Error(`${options.keyFile} is not the key ${options.federationFile} pins for ${options.name}`);
    this.participantId = self.participantId;
    this.digest = taskDigest(canonicalJson(options.task));
    this.finished = new Promise((resolve) => { this.resolveFinished = resolve; });
  }

  async connect(): Promise<void> {
    const { connection, connected } = SocketConnection.open(this.options.url, this.options.maxMessageBytes ?? 64 << 20, {
      message: (bytes) => this.onMessage(bytes),
      tooLarge: (total) => this.send(this.meta(0, 0), { kind: "error", error: { code: "MESSAGE_TOO_LARGE", message: `a message of ${total} bytes is above this worker's limit` } }),
      closed: (reason) => {
        this.options.trace?.(`closed: ${reason}`);
        this.record.closeReason = reason;
        this.resolveFinished(this.record);
      },
    });
    this.conn = connection;
    await connected;
  }

  close(reason = "closed by the worker"): void {
    this.conn?.close(reason);
  }

  private meta(round: number, replyTo: number): Meta {
    return { runId: this.challenge?.runId ?? "", round, messageId: this.nextId++, replyTo, sender: this.options.name };
  }

  private send(meta: Meta, body: Outgoing): void {
    if (body.kind === "error") this.record.refusalsSent.push(body.error);
    this.options.trace?.(`-> ${body.kind} ${JSON.stringify(meta)}${body.kind === "error" ? ` ${body.error.code} ${body.error.message}` : ""}`);
    const bytes = encodeEnvelope({ meta, body });
    const limit = this.record.welcome?.maxMessageBytes ?? Infinity;
    if (bytes.length > limit) {
      // Section 2: the sender MUST NOT send more than the coordinator's limit.
      this.record.refusalsSent.push({ code: "MESSAGE_TOO_LARGE", message: `a ${body.kind} of ${bytes.length} bytes is above the coordinator's limit of ${limit}; not sent` });
      return;
    }
    this.conn?.send(bytes);
  }

  private refuse(m: Meta, code: ErrorCode, message: string, close = false): void {
    this.send(this.meta(m.round, m.messageId), { kind: "error", error: { code, message } });
    if (close) this.close(`refused: ${message}`);
  }

  private onMessage(bytes: Buffer): void {
    let envelope: InEnvelope;
    try {
      envelope = decodeEnvelope(bytes);
    } catch (e) {
      if (!(e instanceof MalformedMessage)) throw e;
      this.send(this.meta(0, 0), { kind: "error", error: { code: "MALFORMED_MESSAGE", message: e.message } });
      return;
    }
    const { meta, body } = envelope;
    this.options.trace?.(`<- ${body.kind} ${JSON.stringify(meta)}${body.kind === "error" ? ` ${body.error.code} ${body.error.message}` : ""}`);
    if (body.kind === "error") {
      this.record.errorsReceived.push(body.error);
      if (this.task === null) this.close(`the coordinator refused the Join: ${body.error.code} ${body.error.message}`);
      return;
    }
    if (body.kind === "bye") {
      this.record.bye = body.bye;
      this.close(`bye: ${body.bye.outcome} ${body.bye.reason}`);
      return;
    }
    if (this.challenge === null) {
      if (body.kind === "challenge") this.answerChallenge(meta, body.challenge);
      else this.close(`the coordinator's first message is ${body.kind}, not a Challenge`);
      return;
    }
    if (this.task === null) {
      if (body.kind === "welcome" && meta.replyTo === this.joinId) this.welcome(meta, body.welcome);
      else this.refuse(meta, "WRONG_STAGE", `${body.kind} arrived before the Welcome`);
      return;
    }
    if (meta.runId !== this.challenge.runId) {
      this.refuse(meta, "WRONG_ROUND", `meta.run_id "${meta.runId}" is not this run's "${this.challenge.runId}"`);
      return;
    }
    this.runMessage(meta, envelope);
  }

  private answerChallenge(meta: Meta, c: Challenge): void {
    this.challenge = c;
    if (c.protocolVersion !== PROTOCOL_VERSION) {
      this.refuse(meta, "PROTOCOL_VERSION_MISMATCH", `this worker speaks protocol ${PROTOCOL_VERSION}, the coordinator ${c.protocolVersion}`, true);
      return;
    }
    if (!bytesEqual(c.coordinatorKey, this.federation.coordinator.publicKey) || c.federation !== this.federation.federation || !verifyChallenge(c)) {
      this.close("the Challenge is not signed by this federation's coordinator");
      return;
    }
    const fields = {
      coordinatorKey: c.coordinatorKey, nonce: c.nonce, runId: c.runId, protocolVersion: PROTOCOL_VERSION, workerName: this.options.name,
      task: this.options.taskName, taskDigest: this.digest, numExamples: this.options.numExamples, identityKey: this.key.publicKey,
      capabilities: ["secagg+"],
    };
    const m = this.meta(0, 0);
    this.joinId = m.messageId;
    this.send(m, { kind: "join", join: { ...fields, backend: "interop", proof: joinProof(this.key.seed, fields) } });
  }

  private welcome(meta: Meta, w: Welcome): void {
    if (w.taskDigest !== this.digest) {
      this.refuse(meta, "UNKNOWN_TASK", `welcome.task_digest ${w.taskDigest} is not this site's task digest ${this.digest}`, true);
      return;
    }
    if (w.runId !== this.challenge?.runId || w.participantId !== this.participantId) {
      this.refuse(meta, "NOT_ADMITTED", `welcome.run_id or welcome.participant_id (${w.participantId}) does not match the challenge and the federation file (${this.participantId})`, true);
      return;
    }
    this.record.welcome = w;
    this.task = readTask(w.taskJson);
  }

  private protectionRefusal(p: Protection): string | null {
    if (p.secureAggregation !== "secagg+") return `this site's policy accepts only secagg+, not "${p.secureAggregation}"`;
    if (p.dpMode !== "") return `this client does not implement differential privacy (dp_mode "${p.dpMode}")`;
    return null;
  }

  private runMessage(meta: Meta, { body }: InEnvelope): void {
    const task = this.task;
    if (task === null) return;
    const reply = this.meta(meta.round, meta.messageId);
    switch (body.kind) {
      case "roundStart": {
        const p = body.roundStart.protection;
        const why = this.protectionRefusal(p);
        if (why !== null) return this.refuse(meta, "POLICY_REFUSED", why);
        const names = body.roundStart.weights.map((t) => `${t.name}:${t.shape.join("x")}`).join();
        if (names !== task.weights.map((t) => `${t.name}:${t.shape.join("x")}`).join()) {
          return this.refuse(meta, "TRAINING_FAILED", "round_start.weights are not the tensors of task_json.weights, in order");
        }
        const clipped = clipUpdate(this.options.update(task.weights), clipBound(p, task.clipNorm, this.options.ownClipNorm));
        this.store(meta.round, "fit", p, fitVector(clipped, p, this.options.numExamples, this.options.loss));
        return this.send(reply, { kind: "trainResult", trainResult: { trainSeconds: 0 } });
      }
      case "statsRequest": {
        const p = body.statsRequest.protection;
        const why = this.protectionRefusal(p);
        if (why !== null) return this.refuse(meta, "POLICY_REFUSED", why);
        const { mean, meanSquare } = this.options.moments;
        this.store(meta.round, "stats", p, statsVector(mean, meanSquare, p, this.options.numExamples));
        return this.send(reply, { kind: "statsResult", statsResult: {} });
      }
      case "evaluateRequest":
        return this.refuse(meta, "POLICY_REFUSED", "this site's policy does not allow federated evaluation");
      case "secaggRequest": {
        const request = body.secaggRequest;
        if (request.stage === "AdvertiseKeys") this.sites.set(meta.round, this.newSite(meta.round));
        const site = this.sites.get(meta.round);
        if (site === undefined) return this.refuse(meta, "WRONG_STAGE", `${request.stage} for round ${meta.round} arrived before its AdvertiseKeys`);
        const answer = site.handle(request);
        if (!answer.ok) return this.refuse(meta, answer.code, answer.message);
        this.record.secaggReplies.push(`${meta.round}:${answer.reply.stage}`);
        return this.send(reply, { kind: "secaggReply", secaggReply: answer.reply });
      }
      case "challenge": case "welcome":
        return this.refuse(meta, "WRONG_STAGE", `a ${body.kind} after admission`);
      default:
        return;
    }
  }

  private store(round: number, purpose: string, p: Protection, input: Uint32Array): void {
    this.record.protections.set(`${round}/${purpose}`, p);
    this.record.inputs.set(`${round}/${purpose}`, input);
  }

  private newSite(round: number): SecAggSite {
    const challenge = this.challenge;
    if (challenge === null) throw new Error("unreachable: a secure sum before the Challenge");
    return new SecAggSite({
      id: this.participantId, identitySeed: this.key.seed, runId: challenge.runId, round,
      identityKeys: new Map(this.federation.sites.map((s) => [s.participantId, s.publicKey])),
      policy: this.options.policy ?? DEFAULT_POLICY, random: (n) => randomBytes(n),
      input: (purpose, length) => {
        const input = this.record.inputs.get(`${round}/${purpose}`);
        return input !== undefined && input.length === length ? input : null;
      },
    });
  }
}
