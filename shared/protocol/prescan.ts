/**
 * A cheap walk over an encoded Envelope, before protobufjs decodes it (docs/protocol.md, "Limits"):
 * it reads tags and lengths only, allocates nothing per field, and refuses a message whose
 * decoding would cost far more than its size — too many fields or packed values (each becomes a
 * JavaScript object or number), more tensors or more tensor bytes than the receiver expects
 * (the model's shape). A 60 MiB message of 31 million empty tensors is refused after its
 * 4,097th tensor, in microseconds, instead of costing gigabytes of heap.
 */
import { ProtocolError } from "./messages";

/** What a receiver accepts in one message; checked before decoding. */
export interface DecodeLimits {
  /** Tensors in the whole message (weights or update). */
  readonly maxTensors: number;
  /** Sum of the tensors' data bytes. */
  readonly maxTensorBytes: number;
  /** Fields and packed values in the whole message, nested ones included. */
  readonly maxElements: number;
}

/** 2^20 fields and packed values: room for the largest honest message (4,096 tensors, SecAgg+ lists of 100,000 peers). */
export const MAX_ELEMENTS = 1 << 20;

export const UNBOUNDED_DECODE: DecodeLimits = { maxTensors: 4096, maxTensorBytes: Number.MAX_SAFE_INTEGER, maxElements: MAX_ELEMENTS };

type Packed = "varint" | "fixed64";
interface Shape {
  /** Message-typed fields: field number -> the field's message type. */
  readonly messages?: Readonly<Record<number, string>>;
  /** Packed repeated scalars: field number -> encoding (each value counts as an element). */
  readonly packed?: Readonly<Record<number, Packed>>;
}

/**
 * The message-typed and packed fields of proto/conclave.proto (every other field is a scalar,
 * a string or bytes, skipped by its wire type). test/limits/prescan.test.ts checks this table
 * against the .proto file, so a new message field cannot be forgotten here.
 */
export const PRESCAN_SCHEMA: Readonly<Record<string, Shape>> = {
  Envelope: { messages: { 1: "Meta", 10: "Join", 11: "Welcome", 12: "RoundStart", 13: "TrainResult", 14: "EvaluateRequest", 15: "EvaluateResult", 16: "Error",
    17: "Bye", 18: "SecAggRequest", 19: "SecAggReply", 20: "StatsRequest", 21: "StatsResult", 22: "Challenge" } },
  Meta: {}, Join: {}, Welcome: {}, Error: {}, Bye: {}, Challenge: {}, TrainConfig: {}, Protection: {}, PrivacySpent: {}, MetricsEntry: {},
  Tensor: { packed: { 2: "varint" } },
  Standardisation: { packed: { 1: "fixed64", 2: "fixed64" } },
  RoundStart: { messages: { 1: "Tensor", 2: "TrainConfig", 3: "Protection", 5: "Standardisation" } },
  TrainResult: { messages: { 1: "Tensor", 3: "MetricsEntry", 5: "PrivacySpent" } },
  EvaluateRequest: { messages: { 1: "Tensor", 2: "Standardisation", 3: "Protection" } },
  EvaluateResult: { messages: { 3: "MetricsEntry" } },
  StatsRequest: { messages: { 1: "Protection" } },
  StatsResult: { packed: { 1: "fixed64" } },
  IdSet: { packed: { 1: "varint" } },
  KeyAdvertisement: {}, EncryptedShare: {}, RevealedShare: {}, ConsistencySignature: {},
  AdvertiseKeysRequest: { messages: { 2: "IdSet" } },
  ShareKeysRequest: { messages: { 2: "KeyAdvertisement" } },
  MaskedInputRequest: { messages: { 2: "EncryptedShare" } },
  ConsistencyCheckRequest: { messages: { 2: "IdSet" } },
  UnmaskRequest: { messages: { 2: "IdSet", 3: "ConsistencySignature" } },
  SecAggRequest: { messages: { 10: "AdvertiseKeysRequest", 11: "ShareKeysRequest", 12: "MaskedInputRequest", 13: "UnmaskRequest", 14: "ConsistencyCheckRequest" } },
  AdvertiseKeysReply: {}, MaskedInputReply: {}, ConsistencyCheckReply: {},
  ShareKeysReply: { messages: { 2: "EncryptedShare" } },
  UnmaskReply: { messages: { 2: "RevealedShare", 3: "RevealedShare" } },
  SecAggReply: { messages: { 10: "AdvertiseKeysReply", 11: "ShareKeysReply", 12: "MaskedInputReply", 13: "UnmaskReply", 14: "ConsistencyCheckReply" } },
};

/** What the walk counted. */
export interface PrescanCounts { elements: number; tensors: number; tensorBytes: number; meta: { start: number; end: number } | null }

const malformed = (why: string): ProtocolError => new ProtocolError("MALFORMED_MESSAGE", why);

class Walker {
  readonly counts: PrescanCounts = { elements: 0, tensors: 0, tensorBytes: 0, meta: null };
  constructor(private readonly bytes: Uint8Array, private readonly limits: DecodeLimits) {}

  private varint(pos: number, end: number): [number, number] {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= end) throw malformed("the message is not a valid Conclave protobuf envelope (a varint runs past its end)");
      const b = this.bytes[pos++]!;
      value += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) return [value, pos];
    }
    throw malformed("the message is not a valid Conclave protobuf envelope (a varint is longer than 10 bytes)");
  }

  private count(n: number): void {
    this.counts.elements += n;
    if (this.counts.elements > this.limits.maxElements) {
      throw malformed(`the message holds more than ${this.limits.maxElements} fields and values; it was refused before decoding`);
    }
  }

  walk(type: string, start: number, end: number): void {
    const shape = PRESCAN_SCHEMA[type] ?? {};
    let pos = start;
    while (pos < end) {
      let tag: number;
      [tag, pos] = this.varint(pos, end);
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (field === 0) throw malformed("the message is not a valid Conclave protobuf envelope (field number 0)");
      this.count(1);
      if (wire === 0) [, pos] = this.varint(pos, end);
      else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else if (wire === 2) {
        let length: number;
        [length, pos] = this.varint(pos, end);
        if (length > end - pos) throw malformed(`the message is not a valid Conclave protobuf envelope (a field declares ${length} bytes, ${end - pos} remain)`);
        const sub = shape.messages?.[field];
        if (type === "Envelope" && field === 1) this.counts.meta = { start: pos, end: pos + length };
        if (sub !== undefined) {
          if (sub === "Tensor") this.tensor(pos, pos + length);
          else this.walk(sub, pos, pos + length);
        } else if (type === "Tensor" && field === 4) {
          this.tensorData(length);
        } else {
          const packed = shape.packed?.[field];
          if (packed === "fixed64") this.count(Math.ceil(length / 8));
          else if (packed === "varint") this.count(this.varintsIn(pos, pos + length));
        }
        pos += length;
      } else {
        throw malformed(`the message is not a valid Conclave protobuf envelope (wire type ${wire} is not used by proto3)`);
      }
      if (pos > end) throw malformed("the message is not a valid Conclave protobuf envelope (a field runs past its end)");
    }
  }

  private tensor(start: number, end: number): void {
    this.counts.tensors++;
    if (this.counts.tensors > this.limits.maxTensors) {
      throw malformed(this.limits.maxTensors === 0 ? "this message may not carry tensors here (a connection that has not joined, or a message that never holds any)"
        : `the message carries more than ${this.limits.maxTensors} tensors, the most this receiver accepts (a joined worker: the model's tensor count); it was refused before decoding`);
    }
    this.walk("Tensor", start, end);
  }

  private tensorData(length: number): void {
    this.counts.tensorBytes += length;
    if (this.counts.tensorBytes > this.limits.maxTensorBytes) {
      throw malformed(`the message's tensors declare more than ${this.limits.maxTensorBytes} bytes, the model's size; it was refused before decoding`);
    }
  }

  private varintsIn(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if ((this.bytes[i]! & 0x80) === 0) n++;
    return n;
  }
}

/**
 * Walk an encoded Envelope without decoding it; throws PrescanError (a MALFORMED_MESSAGE
 * ProtocolError, with where the meta lies if it was seen) when it is over a limit or not protobuf.
 */
export function prescanEnvelope(bytes: Uint8Array, limits: DecodeLimits = UNBOUNDED_DECODE): PrescanCounts {
  const walker = new Walker(bytes, limits);
  try {
    walker.walk("Envelope", 0, bytes.byteLength);
  } catch (err) {
    if (err instanceof ProtocolError) throw new PrescanError(err.message, walker.counts.meta);
    throw err;
  }
  return walker.counts;
}

/** A message refused by the prescan; `metaBytes` locates its Meta (so a reply can name reply_to) when the walk got that far. */
export class PrescanError extends ProtocolError {
  constructor(message: string, readonly metaBytes: { start: number; end: number } | null) {
    super("MALFORMED_MESSAGE", message);
    this.name = "PrescanError";
  }
}
