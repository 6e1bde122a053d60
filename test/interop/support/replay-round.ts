// Replays proto/vectors/round.json through this client's own SecAggSite: every request goes through
// the envelope codec (encoded as the coordinator would, decoded by the client), every reply is turned
// back into the vector's JSON shape for a byte-for-byte comparison.
import { fromHex, toHex, bytesToWords } from "../client/bytes";
import { decodeEnvelope, encodeBody, encodeEnvelope } from "../client/envelope-codec";
import { isObj } from "../client/field-reader";
import { encodeIdSet } from "../client/id-set";
import { SecAggSite } from "../client/secagg-site";
import type { SecAggReply, SecAggRequest } from "../client/wire-types";
import { at, atBytes, atList, atNum, atNums, atStr, readVector } from "./round-vector";

const BYTE_FIELDS = new Set(["encryptionPublicKey", "maskPublicKey", "selfMaskCommitment", "signature", "ciphertext", "share"]);
const ID_SETS = new Set(["participants", "survivors"]);
const STAGE_FIELD: Record<string, string> = {
  AdvertiseKeys: "advertiseKeys", ShareKeys: "shareKeys", MaskedInput: "maskedInput", ConsistencyCheck: "consistencyCheck", Unmask: "unmask",
};
const vector = readVector("round");
export const RUN_ID = atStr(vector, "runId");
export const ROUND = atNum(vector, "round");

/** A vector request's JSON to the proto object protobufjs encodes. */
export function toProto(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return ID_SETS.has(key) ? { ranges: encodeIdSet(atNums(value)) } : value.map((v) => toProto(v));
  if (isObj(value)) return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "stage" && k !== "round").map(([k, v]) => [k, toProto(v, k)]));
  if (typeof value === "string" && BYTE_FIELDS.has(key)) return fromHex(value);
  return value;
}

/** A reply of the client in the vector's JSON shape. */
export function replyJson(reply: SecAggReply, round: number): unknown {
  const { protocol: _protocol, stage, ...fields } = reply;
  const plain = (v: unknown, key: string): unknown => {
    if (v instanceof Uint8Array) return key === "maskedInput" ? Array.from(bytesToWords(v)) : toHex(v);
    if (Array.isArray(v)) return v.map((x) => plain(x, key));
    if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, k)]));
    return v;
  };
  return { stage, round, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, plain(v, k)])) };
}

/** The vector's request of a stage to a site, encoded as an envelope and decoded by the client's codec. */
export function vectorRequest(stage: string, receiver: number, messageId = 1, edit: (proto: unknown) => unknown = (p) => p): SecAggRequest {
  const stageJson = atList(vector, "stages").find((s) => atStr(s, "stage") === stage);
  const request = atList(stageJson, "requests").find((r) => atNum(r, "receiver") === receiver);
  const bytes = encodeBody(
    { runId: RUN_ID, round: ROUND, messageId, replyTo: 0, sender: "coordinator" }, "secaggRequest",
    { protocol: "secagg+", [STAGE_FIELD[stage] ?? stage]: edit(toProto(request)) },
  );
  const decoded = decodeEnvelope(bytes);
  if (decoded.body.kind !== "secaggRequest") throw new Error("the codec lost the request's body");
  return decoded.body.secaggRequest;
}

/** A site of the vector, drawing its recorded random bytes in order; `unused()` counts those left. */
export function vectorSite(id: number): { site: SecAggSite; unused: () => number } {
  const sites = atList(vector, "sites");
  const identityKeys = new Map(sites.map((s) => [atNum(s, "id"), atBytes(s, "identityPublicKey")] as const));
  const s = sites.find((x) => atNum(x, "id") === id);
  const queue = atList(s, "randomDraws").map((_, i) => atBytes(s, "randomDraws", i));
  const input = Uint32Array.from(atNums(s, "input"));
  const site = new SecAggSite({
    id, identitySeed: atBytes(s, "identitySeed"), runId: RUN_ID, round: ROUND, identityKeys,
    policy: { minParticipants: 3, collusionBound: 0, minNeighbours: 0 },
    random: (n) => {
      const next = queue.shift();
      if (next === undefined || next.length !== n) throw new Error(`site ${id} drew ${n} bytes where the vector records ${next?.length ?? "no draw"}`);
      return next;
    },
    input: (purpose, length) => (purpose === "fit" && length === input.length ? input : null),
  });
  return { site, unused: () => queue.length };
}

export interface ReplayResult {
  /** [stage, site id, expected reply, the client's reply] for every reply in the vector. */
  compared: [string, number, unknown, unknown][];
  /** Sites that got a request the vector holds no reply to (the drop), by stage. */
  silent: [string, number][];
  /** Random draws each site left unused (0 when the client draws exactly as recorded). */
  unusedDraws: Map<number, number>;
  /** Every reply the client's sites gave, in order. */
  replies: SecAggReply[];
}

export function replayRound(): ReplayResult {
  const machines = new Map(atList(vector, "sites").map((s) => [atNum(s, "id"), vectorSite(atNum(s, "id"))] as const));
  const result: ReplayResult = { compared: [], silent: [], unusedDraws: new Map(), replies: [] };
  let messageId = 1;
  for (const stage of atList(vector, "stages")) {
    const name = atStr(stage, "stage");
    const replies = atList(stage, "replies");
    for (const request of atList(stage, "requests")) {
      const receiver = atNum(request, "receiver");
      const decoded = vectorRequest(name, receiver, messageId++);
      const expected = replies.find((r) => at(r, "sender") === receiver);
      if (expected === undefined) {
        result.silent.push([name, receiver]);
        continue;
      }
      const answer = machines.get(receiver)?.site.handle(decoded);
      if (answer === undefined || !answer.ok) throw new Error(`site ${receiver} refused ${name}: ${answer?.ok === false ? answer.message : "no site"}`);
      encodeEnvelope({ meta: { runId: RUN_ID, round: ROUND, messageId: 1, replyTo: messageId - 1, sender: `site-${receiver}` }, body: { kind: "secaggReply", secaggReply: answer.reply } });
      result.compared.push([name, receiver, expected, replyJson(answer.reply, ROUND)]);
      result.replies.push(answer.reply);
    }
  }
  for (const [id, m] of machines) result.unusedDraws.set(id, m.unused());
  return result;
}
