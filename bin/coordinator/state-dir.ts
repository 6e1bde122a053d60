import { CheckpointError } from "../../server/checkpoint/checkpoint-error";
import { CheckpointStore, type ModelExporter } from "../../server/checkpoint/checkpoint-store";
import type { RunSnapshot } from "../../server/checkpoint/run-snapshot";
import { isCheckpointable, type JsonValue, type Strategy } from "../../server/strategy/strategy";
import { StrategyConfigError } from "../../server/strategy/strategy-config-error";
import { getLogger } from "../../shared/log/logger";
import type { ModelWeights } from "../../shared/tensor/weights";
import { UsageError } from "../usage-error";
import { DifferentialPrivacyStrategy } from "../../server/strategy/dp-strategy";
import { writeFileAtomically } from "../../shared/fs/write-atomically";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { configDifferences, configHash } from "./run-config";

const log = getLogger("cli.coordinator");

export interface StateDir {
  /** The run to go on with, or null for a new run. */
  readonly resume: RunSnapshot | null;
  /** Write the checkpoint of a completed round (the coordinator awaits it before the next round). */
  checkpoint(snapshot: RunSnapshot): Promise<void>;
  /** Mark `round` as in flight (a restart finds the mark if the coordinator stopped during it). */
  roundStarting(round: number): Promise<void>;
  /** Export the final model (model-final/). */
  saveFinal(weights: ModelWeights): Promise<string | null>;
}

export interface StateDirOptions {
  readonly dir: string;
  readonly keep: number;
  readonly config: Readonly<Record<string, JsonValue>>;
  readonly roundsPlanned: number;
  /** Restored from the checkpoint, and checkpointed after every round. */
  readonly strategy: Strategy;
  readonly exportModel?: ModelExporter;
}

/**
 * `--state DIR`: open the coordinator's state directory, refuse a checkpoint made under another
 * configuration (a UsageError: exit 2), restore the strategy's state (optimizer, accountant),
 * and hand back the snapshot the coordinator resumes from.
 */
export function openStateDir(o: StateDirOptions): StateDir {
  const hash = configHash(o.config);
  let store: CheckpointStore;
  let latest;
  try {
    store = new CheckpointStore(o.dir, o.keep, o.exportModel);
    latest = store.latest();
  } catch (err) {
    if (err instanceof CheckpointError) throw new UsageError(`--state ${o.dir}: ${err.message}`);
    throw err;
  }
  if (latest !== null) {
    if (latest.configHash !== hash) {
      const diff = configDifferences(latest.config, o.config);
      throw new UsageError(`--state ${o.dir} holds run ${latest.snapshot.runId} (after round ${latest.snapshot.round}), made with another configuration ` +
        `(${diff.length > 0 ? diff.join("; ") : `hash ${latest.configHash.slice(0, 12)} vs ${hash.slice(0, 12)}`}); start the coordinator with the flags of that run to resume it, or give a new --state directory for a new run`);
    }
    if (isCheckpointable(o.strategy)) {
      try {
        o.strategy.restore(latest.strategy);
      } catch (err) {
        if (err instanceof StrategyConfigError) throw new UsageError(`--state ${o.dir}: ${err.message}`);
        throw err;
      }
    }
    log.info(`resuming run ${latest.snapshot.runId} from its checkpoint after round ${latest.snapshot.round} of ${latest.roundsPlanned}`,
      { runId: latest.snapshot.runId, round: latest.snapshot.round, savedAt: latest.savedAt, dir: o.dir });
    const interrupted = inFlight(o.dir);
    if (interrupted !== null && interrupted.runId === latest.snapshot.runId && interrupted.round === latest.snapshot.round + 1) {
      log.warn(`round ${interrupted.round} was interrupted; it runs again from its start`, { round: interrupted.round });
      if (o.strategy instanceof DifferentialPrivacyStrategy) {
        o.strategy.chargeInterruptedRound(interrupted.round);
        // On disk at once: a coordinator stopped again before its next checkpoint does not forget the charge.
        store.rewrite({ ...latest, strategy: o.strategy.state(), savedAt: new Date().toISOString() });
      }
      rmSync(inFlightFile(o.dir), { force: true });
    }
  }
  let latestRunId = latest?.snapshot.runId ?? null;
  return {
    resume: latest?.snapshot ?? null,
    checkpoint: async (snapshot) => {
      latestRunId = snapshot.runId;
      await store.save({ snapshot, roundsPlanned: o.roundsPlanned, configHash: hash, config: o.config, sampling: { source: "csprng" },
        strategy: isCheckpointable(o.strategy) ? o.strategy.state() : null, savedAt: new Date().toISOString() });
      rmSync(inFlightFile(o.dir), { force: true });
      log.info(`checkpoint written after round ${snapshot.round}`, { round: snapshot.round, dir: o.dir });
    },
    roundStarting: async (round) => {
      if (latestRunId !== null) writeFileAtomically(inFlightFile(o.dir), JSON.stringify({ runId: latestRunId, round }));
    },
    saveFinal: (weights) => store.saveFinal(weights),
  };
}

function inFlightFile(dir: string): string {
  return path.join(dir, "in-flight.json");
}

/** The round marked in flight, if the coordinator stopped during one (a missing or unreadable mark: none). */
function inFlight(dir: string): { runId: string; round: number } | null {
  try {
    const o: unknown = JSON.parse(readFileSync(inFlightFile(dir), "utf8"));
    const runId = Reflect.get(Object(o), "runId");
    const round = Reflect.get(Object(o), "round");
    return typeof runId === "string" && typeof round === "number" && Number.isInteger(round) ? { runId, round } : null;
  } catch {
    return null;
  }
}
