import assert from "node:assert/strict";
import { FedAvg } from "../../server/strategy/fedavg";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { PLAINTEXT_PROTECTION } from "../../shared/protocol/messages";
import { buildDpSetup } from "../../server/dp/dp-setup";
import { FakeLearner } from "../support/fake-learner";
import { TEST_POLICY, TRAIN, fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";
import type { WorkerPolicy } from "../../worker/policy/worker-policy";
import { WorkerAccountant, distributedCharge } from "../../worker/privacy/worker-accountant";

const D = 8; // zeroModel(): a 3x2 kernel and a bias of 2
const secure = (weighted = true) => new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted, maxExamples: 1000, stageTimeoutMs: 2_000 });
const evaluating = (requireSecure: boolean, maxPerRun = 10): WorkerPolicy => ({ ...TEST_POLICY, evaluation: { allow: true, maxPerRun, holdout: 0.2, requireSecure } });

describe("worker policy in rounds (in-memory coordinator and workers)", function () {
  this.timeout(30_000);

  describe("evaluation is not an oracle (security review H4)", () => {
    it("is refused by default: a site answers no evaluation request, and says why", async () => {
      const c = fedAvgCoordinator({ rounds: 1, strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
      await joinVirtualWorkers(c, ["alice", "bob", "carol"].map((name) => ({ name, learner: new FakeLearner(10, 1) })));
      const { rounds } = await c.run();
      assert.equal(rounds[0]!.federatedEval, null);
      await c.shutdown();
    });

    it("under secure aggregation the coordinator learns only the federation's weighted mean loss, never a site's", async () => {
      const c = fedAvgCoordinator({ rounds: 1, secure: secure(), strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
      const sites = [["alice", 10, 1], ["bob", 30, 3], ["carol", 60, -2]] as const;
      await joinVirtualWorkers(c, sites.map(([name, n, target]) => ({ name, learner: new FakeLearner(n, target),
        options: { policy: evaluating(true), evaluator: new FakeLearner(n, target) } })));
      const { rounds } = await c.run();
      const weights = c.globalWeights.flatMap((t) => [...t.values]);
      // Each evaluator's loss is the mean squared distance of the weights from its target: their example-weighted mean comes back.
      const loss = (target: number) => weights.reduce((s, v) => s + (v - target) ** 2, 0) / weights.length;
      const expected = sites.reduce((s, [, n, t]) => s + n * loss(t), 0) / 100;
      const fed = rounds[0]!.federatedEval;
      assert.ok(fed !== null);
      assert.ok(Math.abs(fed.loss - expected) < 1e-6 * expected, `loss ${fed.loss} vs ${expected}`);
      await c.shutdown();
    });

    it("a site answers at most its policy's number of evaluations per run, and refuses plaintext evaluation when it requires secure", async () => {
      const c = fedAvgCoordinator({ rounds: 3, secure: secure(), strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
      await joinVirtualWorkers(c, ["alice", "bob", "carol"].map((name) => ({ name, learner: new FakeLearner(10, 1),
        options: { policy: evaluating(true, 2), evaluator: new FakeLearner(10, 1) } })));
      const { rounds } = await c.run();
      assert.deepEqual(rounds.map((r) => r.federatedEval !== null), [true, true, false]);
      await c.shutdown();
      const plain = fedAvgCoordinator({ rounds: 1, strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
      await joinVirtualWorkers(plain, ["alice", "bob", "carol"].map((name) => ({ name, learner: new FakeLearner(10, 1),
        options: { policy: evaluating(true), evaluator: new FakeLearner(10, 1) } })));
      assert.equal((await plain.run()).rounds[0]!.federatedEval, null);
      await plain.shutdown();
    });

    it("plaintext evaluation (a site that allows it) is weighted by the count announced at join, not the one reported (adversary 2.P.eval)", async () => {
      const c = fedAvgCoordinator({ rounds: 1, strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
      await joinVirtualWorkers(c, [
        { name: "alice", learner: new FakeLearner(10, 1), options: { policy: evaluating(false), evaluator: new FakeLearner(10, 1) } },
        { name: "mallory", learner: new FakeLearner(10, 1), options: { policy: evaluating(false), evaluator: new FakeLearner(10, 50),
          tamper: (b) => (b.type === "evaluateResult" ? { ...b, numExamples: 0xffffffff } : b) } },
      ]);
      const { rounds } = await c.run();
      const weights = c.globalWeights.flatMap((t) => [...t.values]);
      const loss = (target: number) => weights.reduce((s, v) => s + (v - target) ** 2, 0) / weights.length;
      assert.ok(Math.abs(rounds[0]!.federatedEval!.loss - (loss(1) + loss(50)) / 2) < 1e-9, "each counts as the 10 it announced");
      await c.shutdown();
    });
  });

  describe("DP of the site's own (security review H5, M1)", () => {
    it("distributed: each site adds at least its own floor of noise whatever the coordinator asks, and reports its own epsilon", async () => {
      // The coordinator plans tiny noise; the sites' policy demands z >= 2: their noise dominates and their accountants say so.
      const setup = buildDpSetup({ dp: "distributed", noise: 0.01, workers: 4, fractionFit: 1, secagg: "secagg+" }, D, 2)!;
      const c = fedAvgCoordinator({ rounds: 2, protection: setup.protection, secure: setup.secure!, strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 4) });
      const policy: WorkerPolicy = { ...TEST_POLICY, protocols: ["secagg+"], dp: { mode: "distributed", noiseMultiplier: 2, epsilonBudget: 1000, delta: 1e-5 }, allowStandardisation: false };
      const workers = await joinVirtualWorkers(c, ["w1", "w2", "w3", "w4"].map((name) => ({ name, learner: new FakeLearner(10, 0), options: { policy } })));
      const history = await c.run();
      assert.ok(history.rounds.every((r) => r.applied));
      const values = c.globalWeights.flatMap((t) => [...t.values]);
      // Targets 0 from 0: no signal, so the model is noise alone; with z = 0.01 it would be ~0.003 after two rounds.
      const rms = Math.sqrt(values.reduce((s, v) => s + v * v, 0) / values.length);
      assert.ok(rms > 0.05, `noise rms ${rms}: the sites' own floor was applied`);
      const site = workers[0]!.run!.accountant!.spent();
      assert.equal(site.rounds, 2);
      assert.ok(site.epsilon > 0);
      assert.ok(site.epsilon < setup.strategy!.epsilon(), "the site's noise is larger than the coordinator planned, so the site spent less than the coordinator's account of the coordinator's plan");
      assert.equal(history.workerEpsilon.w1, site.epsilon, "the run's history carries each site's own accounting");
      await c.shutdown();
    });

    it("a site refuses the round that would take it past its epsilon budget, and sends nothing", async () => {
      const setup = buildDpSetup({ dp: "distributed", noise: 1, workers: 3, fractionFit: 1, secagg: "secagg+" }, D, 5)!;
      const c = fedAvgCoordinator({ rounds: 5, protection: setup.protection, secure: setup.secure!, maxConsecutiveFailures: 10,
        strategy: setup.wrapStrategy(new FedAvg({ train: TRAIN, minFitWorkers: 1 }), 3) });
      const tight: WorkerPolicy = { ...TEST_POLICY, protocols: ["secagg+"], dp: { mode: "distributed", noiseMultiplier: 1, epsilonBudget: 0, delta: 1e-5 }, allowStandardisation: false };
      const budget = (rounds: number): number => {
        const acc = new WorkerAccountant(1e-5);
        // The sites check the sum holds all 3 inputs (their policy's minimum), of which one may collude: 2 honest shares count.
        const charge = distributedCharge(setup.plan!, setup.plan!.sigma2PerWorkerInteger, 3 - 1);
        for (let i = 0; i < rounds; i++) acc.charge(charge);
        return acc.epsilon();
      };
      const policy = { ...tight, dp: { ...tight.dp!, epsilonBudget: (budget(2) + budget(3)) / 2 } };
      await joinVirtualWorkers(c, ["w1", "w2", "w3"].map((name) => ({ name, learner: new FakeLearner(10, 0), options: { policy } })));
      const { rounds } = await c.run();
      assert.deepEqual(rounds.map((r) => r.applied), [true, true, false, false, false]);
      assert.ok(rounds[2]!.failures.every((f) => f.code === "POLICY_REFUSED" && /past its budget/.test(f.reason)));
      await c.shutdown();
    });

    it("a site with a distributed-DP floor refuses a plaintext round and federated standardisation statistics", async () => {
      const policy: WorkerPolicy = { ...TEST_POLICY, protocols: ["none", "secagg+"], dp: { mode: "distributed", noiseMultiplier: 1, epsilonBudget: 10, delta: 1e-5 }, allowStandardisation: false };
      const plain = fedAvgCoordinator({ rounds: 1, protection: { ...PLAINTEXT_PROTECTION, clipNorm: 1 }, maxConsecutiveFailures: 1, standardise: { features: 2 } });
      await joinVirtualWorkers(plain, ["alice", "bob", "carol"].map((name) => ({ name, learner: new FakeLearner(10, 0), options: { policy } })));
      const stats = await plain.run();
      assert.equal(stats.outcome, "failed", "round 0 is refused by every site");
      assert.match(stats.reason, /round 0 \(federated standardisation\)/);
      await plain.shutdown();
      const noStats = fedAvgCoordinator({ rounds: 1, protection: { ...PLAINTEXT_PROTECTION, clipNorm: 1 }, maxConsecutiveFailures: 5 });
      await joinVirtualWorkers(noStats, ["alice", "bob", "carol"].map((name) => ({ name, learner: new FakeLearner(10, 0), options: { policy } })));
      const { rounds } = await noStats.run();
      assert.equal(rounds[0]!.applied, false);
      assert.ok(rounds[0]!.failures.every((f) => f.code === "POLICY_REFUSED" && /inside a secure sum .* asked for plaintext/.test(f.reason)));
      await noStats.shutdown();
    });
  });
});
