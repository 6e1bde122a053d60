/**
 * The wire form of a round's protection (secure aggregation, clipping, DP) and of the federated
 * standardisation, both ways; decoding validates every field (codec.ts uses these).
 */
import { conclave } from "./generated/conclave";
import { DP_MODES, ProtocolError, SECURE_AGGREGATION_MODES, type Protection, type Standardisation } from "./messages";
import { checkFinite, checkInt, checkOneOf } from "./checks";
import { WIRE_LIMITS } from "./wire-limits";

export function protectionToWire(p: Protection): conclave.v2.Protection.$Properties {
  return {
    secureAggregation: p.secureAggregation, clipNorm: p.clipNorm, dpMode: p.dpMode ?? "", noiseStd: p.noiseStd, ringNoiseSigma2: p.ringNoiseSigma2,
    clipRange: p.clipRange, scale: p.scale, weighted: p.weighted, maxExamples: p.maxExamples, noiseMultiplier: p.noiseMultiplier, delta: p.delta,
    noiseShares: p.noiseShares,
  };
}

export function standardisationToWire(s: Standardisation | null): conclave.v2.Standardisation.$Properties | null {
  return s ? { mean: [...s.mean], std: [...s.std] } : null;
}

export function protectionFromWire(p: conclave.v2.Protection.$Properties | null | undefined, where: string): Protection {
  if (!p) throw new ProtocolError("MALFORMED_MESSAGE", `${where} is missing`);
  const dp = p.dpMode ?? "";
  return {
    secureAggregation: checkOneOf(p.secureAggregation, SECURE_AGGREGATION_MODES, `${where}.secure_aggregation`),
    clipNorm: checkFinite(p.clipNorm, `${where}.clip_norm`, 0, Number.MAX_VALUE),
    dpMode: dp === "" ? null : checkOneOf(dp, DP_MODES, `${where}.dp_mode`),
    noiseStd: checkFinite(p.noiseStd, `${where}.noise_std`, 0, Number.MAX_VALUE),
    ringNoiseSigma2: checkFinite(p.ringNoiseSigma2, `${where}.ring_noise_sigma2`, 0, Number.MAX_VALUE),
    clipRange: checkFinite(p.clipRange, `${where}.clip_range`, 0, Number.MAX_VALUE),
    scale: checkFinite(p.scale, `${where}.scale`, 0, Number.MAX_VALUE),
    weighted: p.weighted === true,
    maxExamples: checkInt(p.maxExamples, `${where}.max_examples`, 0, 0xffffffff),
    noiseMultiplier: checkFinite(p.noiseMultiplier, `${where}.noise_multiplier`, 0, 1e6),
    delta: checkFinite(p.delta, `${where}.delta`, 0, 1),
    noiseShares: checkInt(p.noiseShares, `${where}.noise_shares`, 0, 0xffffffff),
  };
}

export function standardisationFromWire(s: conclave.v2.Standardisation.$Properties | null | undefined, where: string): Standardisation | null {
  if (!s) return null;
  const mean = s.mean ?? [];
  const std = s.std ?? [];
  if (mean.length !== std.length || mean.length > WIRE_LIMITS.features) throw new ProtocolError("MALFORMED_MESSAGE", `${where} has ${mean.length} means and ${std.length} deviations`);
  mean.forEach((v, i) => checkFinite(v, `${where}.mean[${i}]`, -Number.MAX_VALUE, Number.MAX_VALUE));
  std.forEach((v, i) => { if (!(Number.isFinite(v) && v > 0)) throw new ProtocolError("MALFORMED_MESSAGE", `${where}.std[${i}] must be a positive finite number, got ${v}`); });
  return { mean: [...mean], std: [...std] };
}
