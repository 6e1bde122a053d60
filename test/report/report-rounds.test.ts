import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { coordinatorReport } from "../../server/report/coordinator-report";
import { describeRun, reportRounds, tableMetrics } from "../../server/report/report-rounds";
import { writeRunReport } from "../../server/report/write-run-report";
import { FedAvg } from "../../server/strategy/fedavg";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { FakeLearner } from "../support/fake-learner";
import { TEST_POLICY, TRAIN, fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";
import { abortedRound, roundRecord } from "../observability/support/round-records";

describe("report/report-rounds", () => {
  it("names metrics as the table does, from full test metrics or the coordinator's evaluation, plus federated evaluation", () => {
    assert.deepEqual(tableMetrics({ kind: "binary", examples: 10, loss: 0.5, accuracy: 0.7, auc: 0.8 }, { loss: 0.5, metrics: { accuracy: 0.7 } }, null),
      { testAccuracy: 0.7, testAuc: 0.8 });
    assert.deepEqual(tableMetrics(null, { loss: 12, metrics: { loss: 12, mse: 12 } }, null), { testMse: 12 });
    assert.deepEqual(tableMetrics(null, { loss: 12, metrics: { testMse: 12 } }, { loss: 13, metrics: { mse: 13, examples: 400 } }), { testMse: 12, workerLoss: 13, workerMse: 13 });
  });

  it("carries what happened: applied or aborted and why, failures by code, the training loss from fitMetrics.trainLoss, epsilon", () => {
    const rounds = reportRounds([
      roundRecord(1, { fitMetrics: { trainLoss: 7.5, epsilon: 0.4 } }),
      abortedRound(2, "round 2 aborted: too few", { failures: [{ worker: "a", code: "TIMEOUT", reason: "x" }, { worker: "b", code: "TIMEOUT", reason: "y" }, { worker: "c", code: "DISCONNECTED", reason: "z" }] }),
      roundRecord(3, { fitMetrics: {}, extras: { epsilon: 0.9, k: 2 } }),
    ]);
    assert.deepEqual(rounds.map((r) => [r.round, r.applied, r.abortReason, r.trainLoss, r.epsilon]),
      [[1, true, null, 7.5, 0.4], [2, false, "round 2 aborted: too few", null, null], [3, true, null, null, 0.9]]);
    assert.deepEqual(rounds[1]!.failures, { TIMEOUT: 2, DISCONNECTED: 1 });
    assert.deepEqual(rounds[0]!.metrics, { testMse: 40 });
    assert.deepEqual(rounds[0]!.stageSeconds, { fit: 0.25, aggregate: 0.125, evaluate: 0.0625 });
  });

  it("describeRun says protocol, DP and epsilon, dropouts, rounds run and aborted, and an early stop", () => {
    assert.equal(describeRun({ source: "simulate", protocol: "additive", secagg: null, dp: { mode: "central", epsilon: 3.14159, delta: 1e-6, noise: 1, clip: 0.5 },
      dropouts: { rate: 0.1, injected: 5, recovered: 5, abortedRounds: 0 }, roundsPlanned: 10, roundsRun: 7, roundsAborted: 2, stoppedEarly: "the epsilon budget 4 would have been exceeded" }),
    "additive | DP central: epsilon 3.142 at delta 0.000001 (noise 1, clip 0.5) | dropout 0.1: 5 injected, 5 recovered | 7 of 10 rounds, 2 aborted (stopped: the epsilon budget 4 would have been exceeded)");
  });
});

describe("report/coordinator-report (a real in-memory federation)", () => {
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-coordinator-report-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the coordinator's report: its rounds, the workers' federated evaluation plotted, the training loss, no baseline", async () => {
    const strategy = new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 });
    const coordinator = fedAvgCoordinator({ rounds: 3, strategy });
    // Plaintext federated evaluation: sites whose policy answers it (the default policy refuses, see docs/security.md).
    const evaluating = { policy: { ...TEST_POLICY, evaluation: { allow: true, maxPerRun: 10, holdout: 0.2, requireSecure: false } } };
    await joinVirtualWorkers(coordinator, [{ name: "alice", learner: new FakeLearner(10, 2), options: { ...evaluating, evaluator: new FakeLearner(10, 2) } },
      { name: "bob", learner: new FakeLearner(30, -2), options: { ...evaluating, evaluator: new FakeLearner(30, -2) } }]);
    const history = await coordinator.run();
    await coordinator.shutdown();
    const report = coordinatorReport({ task: BOSTON_TASK, history, roundsPlanned: 3, workers: 2, seed: 1, protocol: "none", wallSeconds: 0.2 });
    assert.equal(report.ran.source, "coordinator");
    assert.equal(report.backend, "remote");
    assert.equal(report.centralized, null);
    assert.deepEqual(report.rounds.map((r) => r.round), [1, 2, 3]);
    // FedAvg's example-weighted mean of the workers' losses (|target| = 2 for both).
    assert.ok(report.rounds.every((r) => r.trainLoss === 2));
    assert.deepEqual(Object.keys(report.rounds[0]!.metrics), ["workerLoss", "workerMse", "workerDistance"]);
    assert.deepEqual(report.federated.metrics, report.rounds[2]!.metrics);
    assert.equal(Reflect.get(report.config.extra ?? {}, "runId"), history.runId);

    const written = await writeRunReport(dir, report);
    assert.deepEqual(readdirSync(dir).sort(), ["metric-workerDistance.svg", "metric-workerMse.svg", "metric.svg", "report.html", "report.json", "train-loss.svg"]);
    assert.match(readFileSync(written.svgPath, "utf8"), /<title>boston: workers' loss \(federated evaluation\) per round/);
    assert.match(readFileSync(written.htmlPath, "utf8"), /<dd>plaintext FedAvg \(no secure aggregation\) \| no DP \| 3 of 3 rounds<\/dd>/);
  });

  it("the coordinator's report carries the run's epsilon per round and each site's own epsilon history, plotted", async () => {
    const history = { runId: "run-1", outcome: "finished" as const, reason: "every planned round ran", workerEpsilon: { alice: 0.9 },
      rounds: [roundRecord(1), abortedRound(2, "too few survivors"), roundRecord(3)] };
    const report = coordinatorReport({ task: BOSTON_TASK, history, roundsPlanned: 3, workers: 2, seed: 1, protocol: "secagg+", wallSeconds: 1,
      dp: { mode: "distributed", delta: 1e-5 }, epsilon: [0.5, 0.5, 0.8],
      siteEpsilon: { alice: [{ round: 1, epsilon: 0.4 }, { round: 3, epsilon: 0.9 }], bob: [{ round: 1, epsilon: 0.4 }] } });
    assert.deepEqual(report.rounds.map((r) => r.epsilon), [0.5, 0.5, 0.8]);
    assert.deepEqual(report.rounds.map((r) => r.applied), [true, false, true]);
    assert.deepEqual(report.siteEpsilon?.alice, [{ round: 1, epsilon: 0.4 }, { round: 3, epsilon: 0.9 }]);
    const out = mkdtempSync(path.join(tmpdir(), "conclave-site-eps-"));
    try {
      await writeRunReport(out, report);
      assert.ok(readdirSync(out).includes("epsilon.svg") && readdirSync(out).includes("site-epsilon.svg"));
      const svg = readFileSync(path.join(out, "site-epsilon.svg"), "utf8");
      assert.match(svg, /each site's own epsilon per round/);
      assert.match(svg, /alice/);
      assert.match(svg, /bob/);
      assert.ok(JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).siteEpsilon.bob.length === 1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
