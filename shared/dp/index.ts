/**
 * `conclave/dp`: differential privacy (docs/privacy.md): the DP configuration and its checks,
 * the RDP accountant (subsampled Gaussian, distributed discrete Gaussian), the noise solver,
 * clipping and the samplers. The coordinator's whole DP setup of a run (noise plan, secure
 * driver, DP-FedAvg wrapper) is `buildDpSetup` in `conclave/coordinator`.
 *
 * ```ts
 * import { RdpAccountant, solveNoiseMultiplier, validateDpConfig } from "conclave/dp";
 *
 * const { noiseMultiplier } = solveNoiseMultiplier({ targetEpsilon: 8, sampleRate: 0.1, steps: 100, delta: 1e-5 });
 * const accountant = new RdpAccountant();
 * accountant.step(noiseMultiplier, 0.1, 100);
 * const { epsilon } = accountant.getEpsilon(1e-5);
 * const summary = validateDpConfig({ mode: "central", noiseMultiplier, clip: 1, delta: 1e-5 },
 *   { workersPerRound: 10, minSurvivors: 10, sampleRate: 0.1, rounds: 100 });
 * ```
 */
export { DP_MODES, validateDpConfig, stepAccountantForRound, noiseStdForMode, localReportNoiseMultiplier,
  type DpMode, type DpConfig, type DpRunShape, type DpConfigSummary, type DistributedEncoding, type NoisePlacement } from "./dp-config";
export { DpConfigError, type DpErrorCode } from "./dp-config-error";
export { RdpAccountant, solveNoiseMultiplier, type AccountantEntry, type AccountantSnapshot, type SolveNoiseOptions, type SolveNoiseResult } from "./rdp-accountant";
export { planDistributedNoise, distributedTau, ROUNDING_ERROR, type DistributedNoisePlan, type DistributedNoiseRequest, type RoundingMode } from "./distributed-discrete-gaussian";
export { discreteGaussianSampler, sampleDiscreteGaussian, addDiscreteGaussianNoise, discreteGaussianVariance, type Sigma2 } from "./discrete-gaussian";
export { gaussian, fillGaussian, addGaussianNoise } from "./gaussian";
export { clipL2, l2Norm, type ClipResult } from "./clip";
export { cryptoRandomSource, seededRandomSource, type RandomSource } from "./random-source";
