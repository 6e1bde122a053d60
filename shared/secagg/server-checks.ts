/** The coordinator's checks on replies, beyond stage, round and sender (see SecAggPlusServer.receive). */
import { SHAMIR_SHARE_BYTES } from "../crypto/shamir";
import { sealedLength } from "../crypto/share-seal";
import { fail, ok, type Result } from "./errors";
import type { RevealedShare, SecAggProtocol, SecAggReply, ShareKeysReply, UnmaskReply } from "./messages";
import type { ServerStage } from "./stages";
import { SHARE_PAYLOAD_BYTES } from "./share-payload";
import { checkLength } from "./validation";

/** One sealed share per expected receiver, each of the right size (SecAgg+: a Shamir payload; additive: d words). */
export function checkShareKeysReply(protocol: SecAggProtocol, reply: ShareKeysReply, expectedReceivers: readonly number[], vectorLength = 0): Result<void> {
  const expected = new Set(expectedReceivers);
  const seen = new Set<number>();
  const size = sealedLength(protocol === "secagg+" ? SHARE_PAYLOAD_BYTES : 4 * vectorLength);
  for (const s of reply.shares) {
    if (s.sender !== reply.sender) return fail("bad-request", `worker ${reply.sender}'s reply carries a share that claims to come from worker ${s.sender}`);
    if (!expected.has(s.receiver)) return fail("not-a-neighbour", `worker ${reply.sender} sent a share for worker ${s.receiver}, which is not one of its peers that advertised keys`);
    if (seen.has(s.receiver)) return fail("duplicate", `worker ${reply.sender} sent two shares for worker ${s.receiver}`);
    if (s.ciphertext.length !== size) return fail("wrong-length", `the share from worker ${reply.sender} to worker ${s.receiver} has ${s.ciphertext.length} bytes, expected ${size}`);
    seen.add(s.receiver);
  }
  if (seen.size !== expected.size) {
    const missing = [...expected].filter((id) => !seen.has(id));
    return fail("bad-request", `worker ${reply.sender} sent no share for its peer(s) ${missing.join(", ")}`);
  }
  return ok(undefined);
}

function checkRevealed(shares: readonly RevealedShare[], owners: readonly number[], what: string, sender: number): Result<void> {
  const wanted = new Set(owners);
  const seen = new Set<number>();
  for (const s of shares) {
    if (!wanted.has(s.owner)) return fail("bad-request", `worker ${sender} revealed a ${what} share of worker ${s.owner}, which was not asked for`);
    if (seen.has(s.owner)) return fail("duplicate", `worker ${sender} revealed two ${what} shares of worker ${s.owner}`);
    const r = checkLength(s.share, SHAMIR_SHARE_BYTES, `the ${what} share of worker ${s.owner} from worker ${sender}`);
    if (!r.ok) return r;
    seen.add(s.owner);
  }
  if (seen.size !== wanted.size) return fail("bad-request", `worker ${sender} did not reveal every ${what} share it was asked for`);
  return ok(undefined);
}

/** Exactly the shares the survivor set implies: self-mask shares of paired survivors, mask-key shares of the others. */
export function checkUnmaskReply(reply: UnmaskReply, expected: { readonly survivors: readonly number[]; readonly dropped: readonly number[] }): Result<void> {
  const a = checkRevealed(reply.selfMaskShares, expected.survivors, "self-mask", reply.sender);
  if (!a.ok) return a;
  return checkRevealed(reply.maskKeyShares, expected.dropped, "mask-key", reply.sender);
}

/** Where a coordinator machine stands, as far as accepting a reply goes. */
export interface ReplyContext {
  readonly round: number;
  readonly stage: ServerStage;
  isParticipant(id: number): boolean;
  readonly dropped: ReadonlySet<number>;
  readonly expected: ReadonlySet<number>;
  readonly answered: ReadonlySet<number>;
}

/** The checks every coordinator machine makes before looking inside a reply (same order, same sentences). */
export function replyProblem(reply: SecAggReply, c: ReplyContext): Result<void> {
  const { stage, round } = c;
  if (stage === "Done" || stage === "Aborted") return fail("wrong-stage", `round ${round} is over (${stage}); the ${reply.stage} reply of worker ${reply.sender} is ignored`);
  if (reply.round !== round) return fail("wrong-round", `a ${reply.stage} reply for round ${reply.round} arrived in round ${round}; it is stale or replayed`);
  if (!c.isParticipant(reply.sender)) return fail("not-a-participant", `worker ${reply.sender} is not a participant of round ${round}`);
  if (reply.stage !== stage) return fail("wrong-stage", `the coordinator is collecting ${stage} replies but worker ${reply.sender} sent ${reply.stage}`);
  if (c.dropped.has(reply.sender)) return fail("dropped", `worker ${reply.sender} was already treated as dropped in round ${round}; its late reply is ignored`);
  if (!c.expected.has(reply.sender)) return fail("not-expected", `worker ${reply.sender} is not part of the ${stage} stage (it missed an earlier stage)`);
  if (c.answered.has(reply.sender)) return fail("duplicate", `worker ${reply.sender} already answered ${stage}`);
  return ok(undefined);
}
