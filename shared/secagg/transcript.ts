/**
 * The round's transcript: every parameter of a secure-aggregation round that both sides must
 * agree on, hashed once. Signatures (key advertisements, consistency checks), share keys,
 * share AAD, the self-mask commitment and the neighbour graph are all bound to this digest,
 * so nothing signed or sealed in one run, round, protocol, purpose or participant set is
 * accepted in another (docs/protocol.md, "Transcript").
 *
 *   digest = SHA-256( label("conclave/v2/secagg-transcript") || label(protocol) || label(run id)
 *                     || u64(round) || label(purpose) || u64(n) || u64(id_1) ... u64(id_n)
 *                     || u64(k) || u64(t) || u64(c) || u64(vector length) )
 *
 * with ids ascending, label(s) = one length byte then the UTF-8 bytes, u64 = 8 bytes big-endian.
 */
import { label, u64, u64List } from "../crypto/bytes";
import { sha256 } from "../crypto/hash";
import type { SecAggProtocol, SecAggPurpose } from "./messages";

export interface RoundTranscript {
  readonly protocol: SecAggProtocol;
  readonly runId: string;
  readonly round: number;
  readonly purpose: SecAggPurpose;
  /** Ascending. */
  readonly participants: readonly number[];
  readonly neighbors: number;
  readonly threshold: number;
  readonly collusionBound: number;
  readonly vectorLength: number;
}

export function transcriptDigest(t: RoundTranscript): Uint8Array {
  return sha256(
    label("conclave/v2/secagg-transcript"), label(t.protocol), label(t.runId), u64(t.round), label(t.purpose),
    u64(t.participants.length), u64List(t.participants), u64(t.neighbors), u64(t.threshold), u64(t.collusionBound), u64(t.vectorLength),
  );
}

/** SHA-256 of a set of ids (ascending): what a consistency signature covers. */
export function idSetDigest(ids: readonly number[]): Uint8Array {
  return sha256(label("conclave/v2/id-set"), u64(ids.length), u64List(ids));
}
