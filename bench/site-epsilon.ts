/**
 * `npm run bench:site-epsilon`: the docs' worked example (docs/privacy.md: 100 hospitals, 20
 * sampled a round, 100 rounds, z = 2.866, C = 1, delta = 1e-4, the Pima model) seen two ways:
 * the coordinator's epsilon (against observers of the model, with amplification by sampling)
 * and the epsilon a site's own accountant reports against the coordinator (no amplification:
 * the coordinator knows the sample; only the honest noise shares, m - c, count), for a site
 * sampled in 20, 40 and 100 of the 100 rounds. Last line JSON.
 */
import { buildDpSetup } from "../server/dp/dp-setup";
import { DEFAULT_COLLUSION_BOUND } from "../shared/secagg/neighbour-graph";
import { WorkerAccountant, distributedCharge } from "../worker/privacy/worker-accountant";

const setup = buildDpSetup({ dp: "distributed", noise: 2.866, clip: 1, delta: 1e-4, workers: 100, fractionFit: 0.2, secagg: "secagg+" }, 289, 100);
if (!setup?.plan) throw new Error("the distributed plan is missing");
const plan = setup.plan;
const coordinator = setup.planned.afterAllRounds.epsilon;
const site = (rounds: number): number => {
  const acc = new WorkerAccountant(1e-4);
  const charge = distributedCharge(plan, plan.sigma2PerWorkerInteger, plan.minSurvivors - DEFAULT_COLLUSION_BOUND);
  for (let r = 0; r < rounds; r++) acc.charge(charge);
  return acc.epsilon();
};
const rows = [20, 40, 100].map((rounds) => ({ participatedRounds: rounds, siteEpsilon: site(rounds) }));
process.stdout.write(`coordinator (q = 0.2, 100 rounds, m = ${plan.minSurvivors} noise shares): epsilon ${coordinator.toFixed(3)}\n`);
for (const r of rows) process.stdout.write(`a site sampled in ${r.participatedRounds} of 100 rounds, against the coordinator and ${DEFAULT_COLLUSION_BOUND} colluder: epsilon ${r.siteEpsilon.toFixed(3)}\n`);
process.stdout.write(JSON.stringify({ coordinatorEpsilon: coordinator, noiseShares: plan.minSurvivors, collusionBound: DEFAULT_COLLUSION_BOUND, sites: rows }) + "\n");
