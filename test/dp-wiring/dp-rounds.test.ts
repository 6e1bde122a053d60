import assert from "node:assert/strict";
import { buildDpSetup, dpSummary, type DpInputs } from "../../server/dp/dp-setup";
import { FedAvg } from "../../server/strategy/fedavg";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import { cloneWeights, type ModelWeights } from "../../shared/tensor/weights";
import { FakeLearner } from "../support/fake-learner";
import { TRAIN, fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";

const D = 8; // zeroModel(): a 3x2 kernel and a bias of 2

describe("dp-wiring: DP-FedAvg in rounds (coordinator, in-memory workers)", function () {
  this.timeout(30_000);

  it("stops before the round that would exceed --epsilon-budget; the model is that of the last round run", async () => {
    // Central DP, z = 2, every worker every round: the budget sits between epsilon after 3 and after 4 rounds.
    const acc = new RdpAccountant();
    const eps: number[] = [];
    for (let r = 1; r <= 4; r++) {
      acc.step(2, 1);
      eps.push(acc.getEpsilon(1e-5).epsilon);
    }
    const budget = (eps[2]! + eps[3]!) / 2;
    const inputs: DpInputs = { dp: "central", noise: 2, epsilonBudget: budget, workers: 3, fractionFit: 1, secagg: "none" };
    const setup = buildDpSetup(inputs, D, 10)!;
    const snapshots: ModelWeights[] = [];
    const c = fedAvgCoordinator({
      rounds: 10, protection: setup.protection, strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 3),
      beforeRound: (round) => setup.beforeRound(round), onRound: (_record, weights) => snapshots.push(cloneWeights(weights)),
    });
    await joinVirtualWorkers(c, ["alice", "bob", "charlie"].map((name, i) => ({ name, learner: new FakeLearner(10, i + 1) })));
    const { rounds } = await c.run();
    assert.equal(rounds.length, 3);
    assert.ok(rounds.every((r) => r.applied));
    const dp = setup.strategy!;
    assert.equal(dp.epsilon(), eps[2]);
    assert.ok(dp.epsilon() <= budget && dp.previewEpsilon() > budget);
    assert.equal(rounds[2]!.fitMetrics.epsilon, eps[2]);
    assert.match(setup.beforeRound(4) ?? "", /epsilon budget .* would be exceeded by round 4 .*3 round\(s\) ran/);
    // Nothing moved after the stop: the global model is the one after round 3, bit for bit.
    assert.deepEqual(c.globalWeights.map((t) => [...t.values]), snapshots[2]!.map((t) => [...t.values]));
    c.shutdown();
  });

  it("distributed + SecAgg+: workers clip and add ring noise, the coordinator averages unweighted and accounts with q", async () => {
    // Deltas per weight 1, 1, -1, 3 (targets 2, 2, -2, 6 at step 0.5), each clipped to L2 norm 1 over 8 weights:
    // +-1/sqrt(8) each, so the unweighted mean is (1 + 1 - 1 + 1) / (4 sqrt 8); the 1000-example worker must not dominate.
    const setup = buildDpSetup({ dp: "distributed", noise: 0.02, workers: 4, fractionFit: 1, secagg: "secagg+" }, D, 2)!;
    const c = fedAvgCoordinator({
      rounds: 1, protection: setup.protection, secure: setup.secure!, strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 4),
    });
    await joinVirtualWorkers(c, [[2, 10], [2, 10], [-2, 10], [6, 1000]].map(([target, examples], i) => ({
      name: `w${i + 1}`, learner: new FakeLearner(examples!, target!),
    })));
    const { rounds } = await c.run();
    assert.ok(rounds[0]!.applied, rounds[0]!.abortReason ?? "");
    assert.equal(rounds[0]!.contributors.length, 4);
    assert.equal(rounds[0]!.extras.t, setup.shape.minSurvivors, "SecAgg+ ran with the threshold the noise was planned for");
    const expected = 2 / (4 * Math.sqrt(8));
    // Planned for t = 3 of 4 survivors, all 4 added noise: std of the mean = z * C * sqrt(4 / 3) / 4 (plus negligible rounding).
    const sd = (0.02 * Math.sqrt(4 / 3)) / 4;
    const values = c.globalWeights.flatMap((t) => [...t.values]);
    for (const v of values) assert.ok(Math.abs(v - expected) < 7 * sd, `weight ${v}, expected ${expected} +- ${7 * sd}`);
    assert.ok(values.some((v) => Math.abs(v - expected) > 1e-5), "the workers' noise is in the sum");
    // One round at q = 1 with the distributed plan: what validateDpConfig planned before training.
    assert.equal(rounds[0]!.fitMetrics.epsilon, setup.planned.afterFirstRound.epsilon);
    assert.equal(setup.strategy!.accountedRounds, 1);
    c.shutdown();
  });

  it("distributed + SecAgg+: a round whose trained workers cannot keep the planned threshold releases nothing", async () => {
    const setup = buildDpSetup({ dp: "distributed", noise: 1, workers: 4, fractionFit: 1, secagg: "secagg+", dropout: 0.1 }, D, 2)!;
    assert.equal(setup.shape.minSurvivors, 3); // 4 workers: k = 3, c = 1, t = 3
    const c = fedAvgCoordinator({
      rounds: 1, protection: setup.protection, secure: setup.secure!, strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 4),
    });
    // Two of four drop before training ends: 2 participants, fewer than the 3 the noise was planned for.
    await joinVirtualWorkers(c, [1, 2, 3, 4].map((i) => ({
      name: `w${i}`, learner: new FakeLearner(10, 2), options: { ...(i > 2 ? { dropAt: (_r: number, p: string) => p === "train" } : {}) },
    })));
    const { rounds } = await c.run();
    assert.equal(rounds[0]!.applied, false);
    assert.match(rounds[0]!.abortReason ?? "", /2 workers, fewer than the 3 a released sum must hold/);
    assert.ok(c.globalWeights.every((t) => t.values.every((v) => v === 0)), "the model did not change");
    assert.equal(setup.strategy!.accountedRounds, 0, "nothing released, nothing accounted");
    c.shutdown();
  });

  it("local without secure aggregation: workers add N(0, (zC)^2) themselves; the summary adds epsilon against the coordinator", async () => {
    const setup = buildDpSetup({ dp: "local", noise: 2, workers: 3, fractionFit: 1, secagg: "none" }, D, 2)!;
    const c = fedAvgCoordinator({ rounds: 2, protection: setup.protection, strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 3) });
    await joinVirtualWorkers(c, ["alice", "bob", "charlie"].map((name) => ({ name, learner: new FakeLearner(10, 0) })));
    const { rounds } = await c.run();
    assert.equal(rounds.length, 2);
    // Targets 0 from weights 0: no signal, so the model is the workers' noise alone, std zC / sqrt(3) per round.
    assert.ok(c.globalWeights.some((t) => t.values.some((v) => v !== 0)), "the workers' noise moved the model");
    const model = new RdpAccountant();
    model.step(2, 1, 2);
    const reports = new RdpAccountant();
    reports.step(1, 1, 2);
    const summary = dpSummary(setup, 2);
    assert.equal(summary.epsilon, Number(model.getEpsilon(1e-5).epsilon.toPrecision(6)));
    assert.equal(summary.epsilonAgainstCoordinator, Number(reports.getEpsilon(1e-5).epsilon.toPrecision(6)));
    c.shutdown();
  });
});
