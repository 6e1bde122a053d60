import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import type { SecAggRequest } from "../../shared/secagg/messages";
import { SECAGG_STAGES } from "../../shared/secagg/stages";
import { SecureParticipation } from "../../worker/secure/secure-participation";
import { makeFederation, permissivePolicy, runRound } from "./support/federation";

/**
 * The worker's SecureParticipation over a whole SecAgg+ round: it answers each stage as the
 * bare client does, lets go of the finished machine (a worker idle for the next rounds holds
 * none of this round's keys or shares), and refuses every replayed stage with a sentence.
 */
describe("secagg/SecureParticipation across a round", () => {
  const options = { label: "participation", n: 5, d: 8 };
  const reference = runRound(makeFederation(options));
  const worker = 2;
  const requestFor = (stage: (typeof SECAGG_STAGES)[number]): SecAggRequest => reference.requests.get(stage)!.find((r) => r.receiver === worker)!;
  const replyFor = (stage: (typeof SECAGG_STAGES)[number]) => reference.replies.get(stage)!.find((r) => r.sender === worker)!;

  function participant() {
    const fed = makeFederation(options);
    // The same identity and randomness as the reference run's client: the same replies, bit for bit.
    const p = new SecureParticipation(fed.identities.get(worker)!, (peer) => fed.roster.get(peer), permissivePolicy(),
      seededRandomBytes(seedFromLabel(`${options.label}/round/${fed.round}/client/${worker}`)));
    let released = 0;
    p.setInput(fed.round, "fit", { vector: fed.inputs.get(worker)!, minSum: 3, protocol: "secagg+", onReleased: () => { released++; } });
    return { p, fed, released: () => released };
  }
  const send = (p: SecureParticipation, runId: string, round: number, request: SecAggRequest) =>
    p.handle(runId, round, { type: "secaggRequest", protocol: "secagg+", request: structuredClone(request) });

  it("answers every stage as the client does, then refuses each stage again (finished: each stage is answered once)", () => {
    assert.equal(reference.final!.kind, "done");
    const { p, fed, released } = participant();
    for (const stage of SECAGG_STAGES) {
      const r = send(p, fed.runId, fed.round, requestFor(stage));
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      assert.deepEqual(r.reply, replyFor(stage));
    }
    assert.equal(released(), 1, "the input left masked once");
    for (const stage of SECAGG_STAGES) {
      const again = send(p, fed.runId, fed.round, requestFor(stage));
      assert.ok(!again.ok, `a replayed ${stage} was answered`);
      if (stage === "AdvertiseKeys") assert.match(again.error.message, /holds no fit input for round 1/);
      else {
        assert.equal(again.error.code, "wrong-stage");
        assert.match(again.error.message, new RegExp(`finished its fit aggregation of round 1 and answers each stage once; ${stage} is refused`));
      }
    }
  });

  it("a replayed Unmask with another survivor set, after the round, reveals nothing", () => {
    const { p, fed } = participant();
    for (const stage of SECAGG_STAGES) assert.ok(send(p, fed.runId, fed.round, requestFor(stage)).ok);
    const unmask = requestFor("Unmask");
    assert.ok(unmask.stage === "Unmask");
    const split = { ...unmask, survivors: unmask.survivors.filter((id) => id !== 0) };
    const r = send(p, fed.runId, fed.round, split);
    assert.ok(!r.ok);
    assert.equal(r.error.code, "wrong-stage");
  });

  it("a request for an older round is refused once a new round's input is set", () => {
    const { p, fed } = participant();
    for (const stage of SECAGG_STAGES) assert.ok(send(p, fed.runId, fed.round, requestFor(stage)).ok);
    p.setInput(fed.round + 1, "fit", { vector: fed.inputs.get(worker)!, minSum: 3, protocol: "secagg+" });
    const r = send(p, fed.runId, fed.round, requestFor("ConsistencyCheck"));
    assert.ok(!r.ok);
    assert.equal(r.error.code, "wrong-round");
  });
});
