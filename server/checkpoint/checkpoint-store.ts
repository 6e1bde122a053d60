import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { getLogger } from "../../shared/log/logger";
import { fsyncPath, writeFileAtomically } from "../../shared/fs/write-atomically";
import type { ModelWeights } from "../../shared/tensor/weights";
import { CheckpointError } from "./checkpoint-error";
import { decodeCheckpoint, encodeCheckpoint, type Checkpoint } from "./checkpoint-file";

const log = getLogger("coordinator.checkpoint");

/** Checkpoints kept in the state directory unless told otherwise. */
export const DEFAULT_CHECKPOINTS_KEPT = 3;

const FILE = /^checkpoint-(\d{6,})\.json$/;
const MODEL = /^model-round-(\d{6,})$/;

/** Writes a model's files (model.json, weights.bin) into a directory that does not exist yet. */
export type ModelExporter = (dir: string, weights: ModelWeights) => Promise<void>;

function round6(round: number): string {
  return String(round).padStart(6, "0");
}

/**
 * The coordinator's state directory: one `checkpoint-RRRRRR.json` per round (written to a
 * temporary file, fsynced, renamed over, and the directory fsynced, so a crash leaves either
 * the old checkpoint or the new one, never half of one), the last `keep` of them kept, each
 * with its model exported in the tfjs format (`model-round-RRRRRR/`), and `model-final/`.
 */
export class CheckpointStore {
  constructor(readonly dir: string, private readonly keep = DEFAULT_CHECKPOINTS_KEPT, private readonly exportModel?: ModelExporter) {
    if (!(Number.isInteger(keep) && keep >= 1)) throw new RangeError(`checkpoints kept must be a positive integer, got ${keep}`);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new CheckpointError("unwritable", `cannot create the state directory ${dir}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private files(pattern: RegExp): { name: string; round: number }[] {
    return readdirSync(this.dir).flatMap((name) => {
      const m = pattern.exec(name);
      return m ? [{ name, round: Number(m[1]) }] : [];
    }).sort((a, b) => a.round - b.round);
  }

  /** The newest checkpoint, or null when the directory holds none (a new run). */
  latest(): Checkpoint | null {
    const newest = this.files(FILE).at(-1);
    if (!newest) return null;
    const file = path.join(this.dir, newest.name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new CheckpointError("unreadable", `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return decodeCheckpoint(text, file);
  }

  /** Write the checkpoint of its round atomically, export its model, and drop all but the newest `keep`. */
  async save(c: Checkpoint): Promise<string> {
    const round = c.snapshot.round;
    const file = path.join(this.dir, `checkpoint-${round6(round)}.json`);
    if (this.exportModel && round > 0) await this.writeModel(`model-round-${round6(round)}`, c.snapshot.weights);
    this.writeAtomically(file, encodeCheckpoint(c));
    this.prune();
    log.debug(`checkpoint of round ${round} written`, { file, round });
    return file;
  }

  /** Write a checkpoint again (its strategy state changed on resume), without exporting its model again. */
  rewrite(c: Checkpoint): void {
    this.writeAtomically(path.join(this.dir, `checkpoint-${round6(c.snapshot.round)}.json`), encodeCheckpoint(c));
  }

  /** Export the final model as `model-final/` (replacing the previous one). */
  async saveFinal(weights: ModelWeights): Promise<string | null> {
    if (!this.exportModel) return null;
    return this.writeModel("model-final", weights);
  }

  private async writeModel(name: string, weights: ModelWeights): Promise<string> {
    const target = path.join(this.dir, name);
    const tmp = path.join(this.dir, `.${name}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    await this.exportModel!(tmp, weights);
    for (const f of readdirSync(tmp)) fsyncPath(path.join(tmp, f));
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
    fsyncPath(this.dir);
    return target;
  }

  private writeAtomically(file: string, text: string): void {
    try {
      writeFileAtomically(file, text);
    } catch (err) {
      throw new CheckpointError("unwritable", `cannot write the checkpoint ${file}: ${err instanceof Error ? err.message : String(err)}; check the state directory's space and permissions`);
    }
  }

  private prune(): void {
    for (const pattern of [FILE, MODEL]) {
      const all = this.files(pattern);
      for (const old of all.slice(0, Math.max(0, all.length - this.keep))) rmSync(path.join(this.dir, old.name), { recursive: true, force: true });
    }
  }
}
