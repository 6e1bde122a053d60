/**
 * A worker's own policy: what this site accepts, whatever the coordinator asks. It is read
 * from the site's policy file and flags (bin/commands/worker), never from the network; a
 * request weaker than the policy is refused with POLICY_REFUSED and a log line, and nothing
 * is sent. Defaults are the safe ones: SecAgg+ only, at least 3 participants, one colluding
 * site assumed, no federated evaluation.
 */
import { DEFAULT_SECAGG_POLICY, type SecAggPolicy } from "../../shared/secagg/secagg-policy";
import { SECURE_AGGREGATION_MODES, type SecureAggregationMode } from "../../shared/protocol/messages";

export interface WorkerDpPolicy {
  /** Where this site adds its own noise: its share in the secure sum, or on its update before it leaves. */
  readonly mode: "distributed" | "local";
  /** z floor: the site adds at least this much noise (relative to its clip norm). */
  readonly noiseMultiplier: number;
  /** Largest epsilon this site spends in a run, against a coordinator that chooses the sample. */
  readonly epsilonBudget: number;
  readonly delta: number;
}

export interface EvaluationPolicy {
  /** Whether this site answers federated evaluation requests at all. */
  readonly allow: boolean;
  /** At most this many per run. */
  readonly maxPerRun: number;
  /** Fraction of local rows held out for evaluation (never trained on) when evaluation is allowed. */
  readonly holdout: number;
  /** Answer only through secure aggregation (no per-site metrics leave in plaintext). */
  readonly requireSecure: boolean;
}

export interface WorkerPolicy {
  /** Protocols this site takes part in; "none" sends its update in plaintext. */
  readonly protocols: readonly SecureAggregationMode[];
  readonly secagg: SecAggPolicy;
  /** Cap on the example count this site announces and weighs its update with (null: its row count). */
  readonly maxExamples: number | null;
  /** This site's L2 bound on its update (null: the task's default bound). */
  readonly clipNorm: number | null;
  readonly dp: WorkerDpPolicy | null;
  readonly evaluation: EvaluationPolicy;
  /** Federated standardisation statistics (round 0) go out only through an accepted protocol; false refuses them outright. */
  readonly allowStandardisation: boolean;
  /** The federation admin key this site pins (null: the one its federation file names). */
  readonly federationAdmin: Uint8Array | null;
}

export const DEFAULT_WORKER_POLICY: WorkerPolicy = {
  protocols: ["secagg+"], secagg: DEFAULT_SECAGG_POLICY, maxExamples: null, clipNorm: null, dp: null,
  evaluation: { allow: false, maxPerRun: 0, holdout: 0.2, requireSecure: true }, allowStandardisation: true, federationAdmin: null,
};

export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyFileError";
  }
}

const KNOWN_KEYS = ["type", "version", "protocols", "minParticipants", "minNeighbors", "collusionBound", "maxExamples", "clipNorm", "dp", "evaluation",
  "allowStandardisation", "federationAdmin", "$comment"] as const;

function get(obj: object, key: string): unknown {
  return Reflect.get(obj, key);
}

function num(obj: object, key: string, where: string, check: (n: number) => boolean, rule: string): number | undefined {
  const v = get(obj, key);
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) throw new PolicyFileError(`${where}${key} must be ${rule}, got ${JSON.stringify(v)}`);
  return v;
}

const int = (lo: number) => (n: number): boolean => Number.isInteger(n) && n >= lo;

/** Parse a policy file (JSON) on top of the defaults; `source` names it in errors. */
export function parseWorkerPolicy(text: string, source: string): WorkerPolicy {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (err) { throw new PolicyFileError(`${source} is not JSON (${err instanceof Error ? err.message : String(err)})`); }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new PolicyFileError(`${source} must hold a JSON object`);
  const where = `${source}: `;
  if (get(raw, "type") !== "conclave-worker-policy" || get(raw, "version") !== 1) throw new PolicyFileError(`${where}"type" must be "conclave-worker-policy" and "version" 1`);
  const unknown = Object.keys(raw).filter((k) => !(KNOWN_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new PolicyFileError(`${where}unknown field(s) ${unknown.join(", ")}; the fields are ${KNOWN_KEYS.filter((k) => k !== "$comment").join(", ")}`);
  const protocols = get(raw, "protocols");
  if (protocols !== undefined && !(Array.isArray(protocols) && protocols.length > 0 && protocols.every((p) => SECURE_AGGREGATION_MODES.some((m) => m === p)))) {
    throw new PolicyFileError(`${where}protocols must be a non-empty list of ${SECURE_AGGREGATION_MODES.join(", ")}`);
  }
  const d = DEFAULT_WORKER_POLICY;
  const secagg = {
    minParticipants: num(raw, "minParticipants", where, int(3), "an integer >= 3") ?? d.secagg.minParticipants,
    minNeighbors: num(raw, "minNeighbors", where, int(0), "an integer >= 0") ?? d.secagg.minNeighbors,
    collusionBound: num(raw, "collusionBound", where, int(0), "an integer >= 0") ?? d.secagg.collusionBound,
    dropoutRate: d.secagg.dropoutRate,
  };
  const dpRaw = get(raw, "dp");
  let dp: WorkerDpPolicy | null = null;
  if (dpRaw !== undefined && dpRaw !== null) {
    if (typeof dpRaw !== "object") throw new PolicyFileError(`${where}dp must be an object or null`);
    const mode = get(dpRaw, "mode");
    if (mode !== "distributed" && mode !== "local") throw new PolicyFileError(`${where}dp.mode must be "distributed" or "local" (the noise this site adds itself)`);
    const dw = `${where}dp.`;
    dp = {
      mode, noiseMultiplier: num(dpRaw, "noiseMultiplier", dw, (n) => n > 0, "a positive number") ?? fail(`${dw}noiseMultiplier is required`),
      epsilonBudget: num(dpRaw, "epsilonBudget", dw, (n) => n > 0, "a positive number") ?? fail(`${dw}epsilonBudget is required`),
      delta: num(dpRaw, "delta", dw, (n) => n > 0 && n < 1, "in (0, 1)") ?? 1e-5,
    };
  }
  const evRaw = get(raw, "evaluation");
  let evaluation = d.evaluation;
  if (evRaw !== undefined) {
    if (typeof evRaw !== "object" || evRaw === null) throw new PolicyFileError(`${where}evaluation must be an object`);
    const allow = get(evRaw, "allow");
    const requireSecure = get(evRaw, "requireSecure");
    if (allow !== undefined && typeof allow !== "boolean") throw new PolicyFileError(`${where}evaluation.allow must be true or false`);
    if (requireSecure !== undefined && typeof requireSecure !== "boolean") throw new PolicyFileError(`${where}evaluation.requireSecure must be true or false`);
    const ew = `${where}evaluation.`;
    evaluation = {
      allow: allow ?? d.evaluation.allow, requireSecure: requireSecure ?? d.evaluation.requireSecure,
      maxPerRun: num(evRaw, "maxPerRun", ew, int(0), "an integer >= 0") ?? (allow === true ? 100 : 0),
      holdout: num(evRaw, "holdout", ew, (n) => n > 0 && n < 1, "in (0, 1)") ?? d.evaluation.holdout,
    };
  }
  const allowStandardisation = get(raw, "allowStandardisation");
  if (allowStandardisation !== undefined && typeof allowStandardisation !== "boolean") throw new PolicyFileError(`${where}allowStandardisation must be true or false`);
  const admin = get(raw, "federationAdmin");
  if (admin !== undefined && !(typeof admin === "string" && /^[0-9a-fA-F]{64}$/.test(admin))) throw new PolicyFileError(`${where}federationAdmin must be 64 hex digits (the admin's Ed25519 public key)`);
  return {
    protocols: protocols === undefined ? d.protocols : SECURE_AGGREGATION_MODES.filter((m) => protocols.includes(m)),
    secagg, dp, evaluation,
    maxExamples: num(raw, "maxExamples", where, int(1), "a positive integer") ?? null,
    clipNorm: num(raw, "clipNorm", where, (n) => n > 0, "a positive number") ?? null,
    allowStandardisation: allowStandardisation ?? (dp === null),
    federationAdmin: typeof admin === "string" ? new Uint8Array(Buffer.from(admin, "hex")) : null,
  };
}

function fail(message: string): never {
  throw new PolicyFileError(message);
}

/** One line a hospital's IT can read: what this site accepts. */
export function describePolicy(p: WorkerPolicy): string {
  const dp = p.dp ? `DP ${p.dp.mode} z >= ${p.dp.noiseMultiplier}, epsilon budget ${p.dp.epsilonBudget} (delta ${p.dp.delta})` : "no DP of its own";
  const ev = p.evaluation.allow ? `evaluation at most ${p.evaluation.maxPerRun} per run${p.evaluation.requireSecure ? ", secure only" : ""}` : "no federated evaluation";
  return `accepts ${p.protocols.join(", ")}; at least ${p.secagg.minParticipants} participants; assumes up to ${p.secagg.collusionBound} colluding site(s); ${dp}; ${ev}`;
}
