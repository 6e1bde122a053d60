import { existsSync, readdirSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { getLogger } from "../../shared/log/logger";
import { describeAdapter, probeWebGpu, registerWebGpuBackend, type WebGpuAdapter } from "./webgpu-backend";
import { registerWasmConv2DFilterGrad } from "./wasm-conv-grad";

/**
 * Chooses and initialises the TensorFlow.js backend, in this order:
 * tfjs-node-gpu (only with a usable NVIDIA GPU), webgpu (Dawn over Vulkan,
 * when a hardware adapter is present), tfjs-node, wasm, cpu. Every skip is
 * logged with its reason. The native and WebGPU packages are optional
 * dependencies and may be absent. A backend that lacks a kernel the model's
 * training needs (`kernels`, see model-kernels.ts) is skipped too.
 *
 * A software WebGPU adapter (Mesa's lavapipe, a "fallback adapter") is not
 * chosen automatically: on the bundled models it is slower than wasm
 * (bench:backends); `--backend webgpu` uses it anyway.
 *
 * The wasm backend gets the convolution filter gradient it lacks
 * (wasm-conv-grad.ts); it still cannot train an embedding (no
 * UnsortedSegmentSum), so such a model moves on to cpu.
 *
 * Importing @tensorflow/tfjs-backend-wasm (above) registers "wasm" with a
 * higher priority than "cpu", so tfjs would pick it on its own; we never rely
 * on that and always await tf.setBackend() and tf.ready() before any op.
 * In Node the wasm binaries are found next to the package's node build
 * (dist/*.wasm); no setWasmPaths is needed. It runs single-threaded here.
 */
export const BACKEND_NAMES = ["tfjs-node-gpu", "webgpu", "tfjs-node", "wasm", "cpu"] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export interface BackendChoice {
  /** The Conclave name (what --backend takes and reports show). */
  readonly name: BackendName;
  /** The tfjs backend name: "tensorflow", "webgpu", "wasm" or "cpu". */
  readonly tfBackend: string;
  /** Whether it was forced with --backend. */
  readonly forced: boolean;
  /** Why the better backends were not used (empty when forced or when the best one loaded). */
  readonly skipped: readonly { readonly name: BackendName; readonly reason: string }[];
  /** Details such as wasm threads or the WebGPU adapter, for logs and reports. */
  readonly detail: string;
  /** The WebGPU adapter (vendor, architecture), for the webgpu backend. */
  readonly adapter?: WebGpuAdapter;
}

export interface BackendNeeds {
  /** tfjs kernels the backend must have (requiredKernels(model)). */
  readonly kernels?: readonly string[];
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

/** Memoised per request (forced name or "auto", and the kernels needed): repeated calls are cheap. */
const choices = new Map<string, Promise<BackendChoice>>();
let nativeLoaded: BackendName | null = null;

export async function selectBackend(forced?: BackendName, needs: BackendNeeds = {}): Promise<BackendChoice> {
  const kernels = [...new Set(needs.kernels ?? [])].sort();
  const key = `${forced ?? "auto"}|${kernels.join(",")}`;
  let pending = choices.get(key);
  if (pending === undefined) {
    pending = forced === undefined ? chooseAuto(kernels) : chooseForced(forced, kernels);
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

async function chooseForced(name: BackendName, kernels: readonly string[]): Promise<BackendChoice> {
  const attempt = await tryBackend(name, kernels, true);
  if (!attempt.ok) {
    throw new BackendUnavailableError(`backend "${name}" was forced but cannot be used: ${attempt.reason}`);
  }
  const choice: BackendChoice = { name, tfBackend: attempt.tfBackend, forced: true, skipped: [], detail: attempt.detail, ...(attempt.adapter ? { adapter: attempt.adapter } : {}) };
  log.info(`tfjs backend ${name} (forced)`, { tfBackend: choice.tfBackend, detail: choice.detail });
  return choice;
}

async function chooseAuto(kernels: readonly string[]): Promise<BackendChoice> {
  const skipped: { name: BackendName; reason: string }[] = [];
  for (const name of BACKEND_NAMES) {
    const attempt = await tryBackend(name, kernels, false);
    if (attempt.ok) {
      const choice: BackendChoice = { name, tfBackend: attempt.tfBackend, forced: false, skipped, detail: attempt.detail, ...(attempt.adapter ? { adapter: attempt.adapter } : {}) };
      const why = skipped.map((s) => `${s.name}: ${s.reason}`).join("; ");
      log.info(`tfjs backend ${name}${why !== "" ? ` (skipped ${why})` : ""}`, { tfBackend: choice.tfBackend, detail: choice.detail });
      return choice;
    }
    skipped.push({ name, reason: attempt.reason });
    log.info(`tfjs backend ${name} skipped: ${attempt.reason}`);
  }
  throw new BackendUnavailableError(`no TensorFlow.js backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join("; ")}`);
}

type Attempt = { ok: true; tfBackend: string; detail: string; adapter?: WebGpuAdapter } | { ok: false; reason: string };

async function tryBackend(name: BackendName, kernels: readonly string[], forced: boolean): Promise<Attempt> {
  let attempt: Attempt;
  try {
    attempt = await loadBackend(name, forced);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  if (!attempt.ok) return attempt;
  const missing = kernels.filter((k) => tf.getKernel(k, attempt.tfBackend) === undefined);
  if (missing.length > 0) return { ok: false, reason: `it lacks the kernel${missing.length > 1 ? "s" : ""} ${missing.join(", ")} that training this model needs` };
  return attempt;
}

async function loadBackend(name: BackendName, forced: boolean): Promise<Attempt> {
  switch (name) {
    case "tfjs-node-gpu": {
      const gpu = visibleNvidiaGpu();
      if (gpu !== null) return { ok: false, reason: gpu };
      return await loadNative(name);
    }
    case "webgpu":
      return await loadWebGpu(forced);
    case "tfjs-node":
      return await loadNative(name);
    case "wasm":
      registerWasmConv2DFilterGrad();
      await activate("wasm");
      return { ok: true, tfBackend: "wasm", detail: `threads=${getThreadsCount()} simd=${String(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"))}` };
    case "cpu":
      await activate("cpu");
      return { ok: true, tfBackend: "cpu", detail: "pure JavaScript" };
  }
}

/**
 * null when a hardware GPU device node is visible (Linux's DRM render nodes), else why not.
 * Checked before Dawn is asked for an adapter: a machine with only software Vulkan would get
 * a fallback adapter we do not use automatically anyway, and Dawn prints warnings to stderr on
 * every request, which would garble every command's terminal output.
 */
function visibleGpuDevice(): string | null {
  if (process.platform !== "linux") return null;
  const dir = "/dev/dri";
  const nodes = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith("renderD")) : [];
  return nodes.length > 0 ? null : "no GPU device node (/dev/dri/renderD*), so no hardware adapter; --backend webgpu tries software Vulkan";
}

async function loadWebGpu(forced: boolean): Promise<Attempt> {
  if (!forced) {
    const device = visibleGpuDevice();
    if (device !== null) return { ok: false, reason: device };
  }
  const probe = await probeWebGpu();
  if (!probe.ok) return probe;
  const { adapter } = probe;
  if (adapter.isFallbackAdapter && !forced) {
    return { ok: false, reason: `only a software adapter (${adapter.vendor} ${adapter.architecture}: ${adapter.description || adapter.device}), slower than wasm here; --backend webgpu uses it anyway` };
  }
  const missing = await registerWebGpuBackend();
  if (missing !== null) return { ok: false, reason: missing };
  await activate("webgpu");
  return { ok: true, tfBackend: "webgpu", detail: describeAdapter(adapter), adapter };
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
