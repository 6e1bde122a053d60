import { z } from "zod";
import { ERROR_CODES } from "../../shared/protocol/messages";
import { sizeOfShape, type ModelWeights, type NamedTensor } from "../../shared/tensor/weights";
import type { RoundRecord } from "../run-history";
import type { JsonValue } from "../strategy/strategy";
import { CheckpointError } from "./checkpoint-error";
import type { RunSnapshot } from "./run-snapshot";

export const CHECKPOINT_VERSION = 1;

/**
 * One checkpoint: the coordinator's run snapshot, the strategy's state (optimizer moments, and
 * for a DP run the privacy accountant), where sampling comes from, and the hash of the
 * configuration it was made with (a resume under another configuration would not be a resume).
 */
export interface Checkpoint {
  readonly snapshot: RunSnapshot;
  readonly roundsPlanned: number;
  readonly configHash: string;
  /** The configuration the hash covers, so a mismatch can name what changed. */
  readonly config: Readonly<Record<string, JsonValue>>;
  readonly strategy: JsonValue;
  /** A deployed coordinator samples with the CSPRNG: there is no sampler state to keep, only that fact. */
  readonly sampling: { readonly source: "csprng" | "seeded" };
  readonly savedAt: string;
}

const jsonValue: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]));
const numbers = z.record(z.string(), z.number());
const evaluation = z.object({ loss: z.number(), metrics: numbers }).nullable();
const failureCode = z.union([z.enum(ERROR_CODES), z.literal("TIMEOUT"), z.literal("DISCONNECTED")]);
const roundRecord = z.object({
  round: z.number().int().nonnegative(), sampled: z.array(z.string()), contributors: z.array(z.string()),
  failures: z.array(z.object({ worker: z.string(), code: failureCode, reason: z.string() })),
  applied: z.boolean(), abortReason: z.string().nullable(), fitMetrics: numbers, serverEval: evaluation, federatedEval: evaluation,
  seconds: z.object({ fit: z.number(), aggregate: z.number(), evaluate: z.number(), total: z.number() }),
  extras: z.record(z.string(), z.union([z.number(), z.string()])),
});
const tensor = z.object({ name: z.string(), shape: z.array(z.number().int().nonnegative()), float32le: z.string() });
const fileSchema = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  runId: z.string().min(1), round: z.number().int().nonnegative(), roundsPlanned: z.number().int().positive(),
  configHash: z.string().regex(/^[0-9a-f]{64}$/), config: z.record(z.string(), jsonValue),
  weights: z.array(tensor), standardisation: z.object({ mean: z.array(z.number()), std: z.array(z.number()) }).nullable(),
  records: z.array(roundRecord), consecutiveFailures: z.number().int().nonnegative(),
  strategy: jsonValue, sampling: z.object({ source: z.enum(["csprng", "seeded"]) }), savedAt: z.string(),
});

function encodeTensor(t: NamedTensor): { name: string; shape: number[]; float32le: string } {
  const bytes = Buffer.alloc(4 * t.values.length);
  t.values.forEach((v, i) => bytes.writeFloatLE(v, 4 * i));
  return { name: t.name, shape: [...t.shape], float32le: bytes.toString("base64") };
}

function decodeTensor(t: z.infer<typeof tensor>, where: string): NamedTensor {
  const bytes = Buffer.from(t.float32le, "base64");
  const n = sizeOfShape(t.shape);
  if (bytes.length !== 4 * n) throw new CheckpointError("malformed", `${where}: tensor ${t.name} of shape [${t.shape.join(", ")}] needs ${4 * n} bytes, the file has ${bytes.length}`);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = bytes.readFloatLE(4 * i);
  return { name: t.name, shape: [...t.shape], values };
}

/** The checkpoint as the text written to disk (weights as base64 float32, bit for bit). */
export function encodeCheckpoint(c: Checkpoint): string {
  const s = c.snapshot;
  return JSON.stringify({
    version: CHECKPOINT_VERSION, runId: s.runId, round: s.round, roundsPlanned: c.roundsPlanned, configHash: c.configHash, config: c.config,
    weights: s.weights.map(encodeTensor), standardisation: s.standardisation, records: s.records, consecutiveFailures: s.consecutiveFailures,
    strategy: c.strategy, sampling: c.sampling, savedAt: c.savedAt,
  });
}

/** Parse and check a checkpoint file's text; `where` names the file in errors. */
export function decodeCheckpoint(text: string, where: string): Checkpoint {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CheckpointError("malformed", `${where} is not JSON (${err instanceof Error ? err.message : String(err)}); it was not written by this coordinator, or the disk corrupted it: move it away to resume from the previous checkpoint`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CheckpointError("malformed", `${where} is not a version ${CHECKPOINT_VERSION} checkpoint: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const f = parsed.data;
  const weights: ModelWeights = f.weights.map((t) => decodeTensor(t, where));
  const records: RoundRecord[] = f.records;
  return {
    snapshot: { runId: f.runId, round: f.round, weights, standardisation: f.standardisation, records, consecutiveFailures: f.consecutiveFailures },
    roundsPlanned: f.roundsPlanned, configHash: f.configHash, config: f.config, strategy: f.strategy, sampling: f.sampling, savedAt: f.savedAt,
  };
}
