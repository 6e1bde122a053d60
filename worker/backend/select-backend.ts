import { existsSync, readdirSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { getLogger } from "../../shared/log/logger";

/**
 * Chooses and initialises the TensorFlow.js backend, in the order of
 * DESIGN.md: tfjs-node-gpu (only with a usable NVIDIA GPU), tfjs-node, wasm,
 * cpu. The native packages are optional dependencies and may be absent.
 *
 * Importing @tensorflow/tfjs-backend-wasm (above) registers "wasm" with a
 * higher priority than "cpu", so tfjs would pick it on its own; we never rely
 * on that and always await tf.setBackend() and tf.ready() before any op.
 * In Node the wasm binaries are found next to the package's node build
 * (dist/*.wasm); no setWasmPaths is needed. It runs single-threaded here.
 */
export const BACKEND_NAMES = ["tfjs-node-gpu", "tfjs-node", "wasm", "cpu"] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface BackendChoice {
  /** The Conclave name (what --backend takes and reports show). */
  readonly name: BackendName;
  /** The tfjs backend name: "tensorflow", "wasm" or "cpu". */
  readonly tfBackend: string;
  /** Whether it was forced with --backend. */
  readonly forced: boolean;
  /** Why the better backends were not used (empty when forced or when the best one loaded). */
  readonly skipped: readonly { readonly name: BackendName; readonly reason: string }[];
  /** Details such as wasm threads, for logs and reports. */
  readonly detail: string;
}

/** A forced backend that cannot be loaded. */
export class BackendUnavailableError extends Error {
  override readonly name = "BackendUnavailableError";
}

const log = getLogger("backend");

/** Parses a --backend flag value. */
export function parseBackendName(text: string): BackendName {
  const found = BACKEND_NAMES.find((b) => b === text);
  if (found === undefined) throw new Error(`unknown backend "${text}": valid backends are ${BACKEND_NAMES.join(", ")}`);
  return found;
}

/** Memoised per request ("auto" or a forced name): repeated calls are cheap. */
const choices = new Map<string, Promise<BackendChoice>>();
let nativeLoaded: BackendName | null = null;

export async function selectBackend(forced?: BackendName): Promise<BackendChoice> {
  const key = forced ?? "auto";
  let pending = choices.get(key);
  if (pending === undefined) {
    pending = forced === undefined ? chooseAuto() : chooseForced(forced);
    choices.set(key, pending);
    pending.catch(() => choices.delete(key)); // a failure may be retried
  }
  const choice = await pending;
  if (tf.getBackend() !== choice.tfBackend) {
    // Another call switched backends since; switch back (cheap once initialised).
    await activate(choice.tfBackend);
  }
  return choice;
}

async function chooseForced(name: BackendName): Promise<BackendChoice> {
  const attempt = await tryBackend(name);
  if (!attempt.ok) {
    throw new BackendUnavailableError(`backend "${name}" was forced but cannot be used: ${attempt.reason}`);
  }
  const choice: BackendChoice = { name, tfBackend: attempt.tfBackend, forced: true, skipped: [], detail: attempt.detail };
  log.info(`tfjs backend ${name} (forced)`, { tfBackend: choice.tfBackend, detail: choice.detail });
  return choice;
}

async function chooseAuto(): Promise<BackendChoice> {
  const skipped: { name: BackendName; reason: string }[] = [];
  for (const name of BACKEND_NAMES) {
    const attempt = await tryBackend(name);
    if (attempt.ok) {
      const choice: BackendChoice = { name, tfBackend: attempt.tfBackend, forced: false, skipped, detail: attempt.detail };
      const why = skipped.map((s) => `${s.name}: ${s.reason}`).join("; ");
      log.info(`tfjs backend ${name}${why !== "" ? ` (skipped ${why})` : ""}`, { tfBackend: choice.tfBackend, detail: choice.detail });
      return choice;
    }
    skipped.push({ name, reason: attempt.reason });
    log.debug(`tfjs backend ${name} skipped: ${attempt.reason}`);
  }
  throw new BackendUnavailableError(`no TensorFlow.js backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join("; ")}`);
}

type Attempt = { ok: true; tfBackend: string; detail: string } | { ok: false; reason: string };

async function tryBackend(name: BackendName): Promise<Attempt> {
  try {
    switch (name) {
      case "tfjs-node-gpu": {
        const gpu = visibleNvidiaGpu();
        if (gpu !== null) return { ok: false, reason: gpu };
        return await loadNative(name);
      }
      case "tfjs-node":
        return await loadNative(name);
      case "wasm":
        await activate("wasm");
        return { ok: true, tfBackend: "wasm", detail: `threads=${getThreadsCount()} simd=${String(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"))}` };
      case "cpu":
        await activate("cpu");
        return { ok: true, tfBackend: "cpu", detail: "pure JavaScript" };
    }
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** null when an NVIDIA GPU is visible, else the reason it is not. Checked before loading CUDA. */
function visibleNvidiaGpu(): string | null {
  if (process.platform !== "linux" && process.platform !== "win32") return `no CUDA on ${process.platform}`;
  if (process.platform === "linux") {
    const dir = "/proc/driver/nvidia/gpus";
    if (!existsSync(dir) || readdirSync(dir).length === 0) return "no NVIDIA GPU visible (/proc/driver/nvidia/gpus is empty or absent)";
  }
  return null;
}

/**
 * Imports a native package (it registers the "tensorflow" backend) and
 * activates it. Only one of the two native packages can be loaded in a process.
 */
async function loadNative(name: "tfjs-node-gpu" | "tfjs-node"): Promise<Attempt> {
  if (nativeLoaded !== null && nativeLoaded !== name) {
    return { ok: false, reason: `${nativeLoaded} is already loaded in this process` };
  }
  const pkg = `@tensorflow/${name}`;
  try {
    await import(pkg); // a variable specifier: optional, may be absent
  } catch (err) {
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") {
      return { ok: false, reason: `${pkg} is not installed (an optional dependency; its install downloads libtensorflow)` };
    }
    return { ok: false, reason: `${pkg} failed to load: ${err instanceof Error ? err.message : String(err)}` };
  }
  nativeLoaded = name;
  await activate("tensorflow");
  return { ok: true, tfBackend: "tensorflow", detail: pkg };
}

async function activate(tfBackend: string): Promise<void> {
  // Production mode only silences tfjs's own console warnings (such as the
  // "install our node backend" banner of the cpu backend); we log the choice.
  tf.env().set("PROD", true);
  const ok = await tf.setBackend(tfBackend);
  if (!ok) throw new Error(`tf.setBackend("${tfBackend}") failed to initialise`);
  await tf.ready();
  if (tf.getBackend() !== tfBackend) throw new Error(`tfjs reports backend "${tf.getBackend()}" after selecting "${tfBackend}"`);
}
