import assert from "node:assert/strict";
import { CLIENT_STAGES, SECAGG_STAGES, SERVER_STAGES } from "../../shared/secagg/stages";
import { makeFederation, runRound } from "./support/federation";

/**
 * Every (machine stage, message stage) pair on both machines. The federation is
 * deterministic, so a rerun with the same label reaches any stage with the very
 * messages recorded in a reference run; a message for another stage must be
 * refused with "wrong-stage" and leave the machine where it was.
 */
describe("secagg/SecAgg+ stage transitions", () => {
  const options = { label: "transitions", n: 4, d: 6 };
  const reference = runRound(makeFederation(options));
  const worker = 1;
  const requestFor = (stage: (typeof SECAGG_STAGES)[number]) => reference.requests.get(stage)!.find((r) => r.receiver === worker)!;
  const replyFor = (stage: (typeof SECAGG_STAGES)[number]) => reference.replies.get(stage)!.find((r) => r.sender === worker)!;

  it("the reference run completes", () => {
    assert.equal(reference.final!.kind, "done");
  });

  for (const at of CLIENT_STAGES) {
    for (const incoming of SECAGG_STAGES) {
      it(`client at ${at} ${incoming === at ? "accepts" : "refuses"} a ${incoming} request`, () => {
        const fed = makeFederation(options);
        runRound(fed, at === "Done" ? {} : { stopAt: at });
        const client = fed.clients.get(worker)!;
        assert.equal(client.stage, at);
        const r = client.handle(structuredClone(requestFor(incoming)));
        if (incoming === at) {
          assert.ok(r.ok, r.ok ? "" : r.error.message);
          assert.deepEqual(r.value, replyFor(incoming)); // deterministic: the same reply as in the reference run
        } else {
          assert.ok(!r.ok);
          assert.equal(r.error.code, "wrong-stage");
          assert.equal(client.stage, at, "a refused message leaves the stage unchanged");
        }
      });
    }
  }

  for (const at of SERVER_STAGES) {
    it(`server at ${at} accepts only ${at === "Done" || at === "Aborted" ? "nothing" : `${at} replies`}`, () => {
      const fed = makeFederation(options);
      if (at === "Done") runRound(fed);
      else if (at === "Aborted") runRound(fed, { drops: new Map([[0, "ShareKeys"], [2, "ShareKeys"]]) });
      else runRound(fed, { stopAt: at });
      assert.equal(fed.server.stage, at);
      for (const incoming of SECAGG_STAGES) {
        if (incoming === at) continue;
        const r = fed.server.receive(structuredClone(replyFor(incoming)));
        assert.ok(!r.ok, `${incoming} reply at ${at}`);
        assert.equal(r.error.code, "wrong-stage");
        assert.equal(fed.server.stage, at);
      }
      if (at !== "Done" && at !== "Aborted") {
        const r = fed.server.receive(structuredClone(replyFor(at)));
        assert.ok(r.ok, r.ok ? "" : r.error.message);
      }
    });
  }
});
