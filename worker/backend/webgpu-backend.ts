import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * WebGPU in Node: Dawn's Node bindings (the npm package `webgpu`, which ships
 * dawn.node for linux-x64 and others inside the package) under
 * `@tensorflow/tfjs-backend-webgpu`. Both are optional dependencies. On Linux
 * Dawn drives Vulkan: a GPU's driver, or Mesa's software rasteriser lavapipe
 * (mesa-vulkan-drivers >= 23, with libvulkan1), which reports itself as a
 * fallback adapter. tfjs reads `navigator.gpu`, which Node does not have: this
 * module provides it before the tfjs backend is imported.
 */
export interface WebGpuAdapter {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** A software adapter (lavapipe, SwiftShader): slower than the CPU backends for small models. */
  readonly isFallbackAdapter: boolean;
}

export type WebGpuProbe = { ok: true; adapter: WebGpuAdapter } | { ok: false; reason: string };

interface GpuLike {
  requestAdapter(options?: object): Promise<unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function text(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function notInstalled(err: unknown): boolean {
  const code = err instanceof Error && "code" in err ? String(err.code) : "";
  return code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
}

let gpu: GpuLike | null = null;

/** Loads dawn.node once and returns its GPU object, or why it cannot be had. */
async function loadGpu(): Promise<{ ok: true; gpu: GpuLike } | { ok: false; reason: string }> {
  if (gpu !== null) return { ok: true, gpu };
  // Dawn's Vulkan path wants a runtime folder; give it a private one when the session has none.
  if (process.env.XDG_RUNTIME_DIR === undefined || process.env.XDG_RUNTIME_DIR === "") {
    process.env.XDG_RUNTIME_DIR = mkdtempSync(path.join(tmpdir(), "conclave-xdg-"));
  }
  let mod: unknown;
  const pkg = "webgpu";
  try {
    mod = await import(pkg);
  } catch (err) {
    if (notInstalled(err)) return { ok: false, reason: "the webgpu package (Dawn's Node bindings) is not installed (an optional dependency)" };
    return { ok: false, reason: `the webgpu package failed to load: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isRecord(mod) || typeof mod.create !== "function" || !isRecord(mod.globals)) return { ok: false, reason: "the webgpu package has no create() or globals" };
  const created: unknown = mod.create([]);
  if (!isRecord(created) || typeof created.requestAdapter !== "function") return { ok: false, reason: "webgpu.create() returned no GPU object" };
  // tfjs-backend-webgpu uses the WebGPU globals (GPUBufferUsage, ...) and navigator.gpu.
  for (const [k, v] of Object.entries(mod.globals)) if (!(k in globalThis)) Reflect.set(globalThis, k, v);
  const requestAdapter = created.requestAdapter;
  gpu = { requestAdapter: (options?: object): Promise<unknown> => Reflect.apply(requestAdapter, created, [options]) };
  const nav: unknown = Reflect.get(globalThis, "navigator");
  if (isRecord(nav)) {
    if (!("gpu" in nav)) Object.defineProperty(nav, "gpu", { value: created, configurable: true });
  } else {
    Object.defineProperty(globalThis, "navigator", { value: { gpu: created }, configurable: true, writable: true });
  }
  return { ok: true, gpu };
}

/** Whether a WebGPU adapter is present, and which (vendor, architecture, device). */
export async function probeWebGpu(): Promise<WebGpuProbe> {
  const loaded = await loadGpu();
  if (!loaded.ok) return loaded;
  let adapter: unknown;
  try {
    adapter = await loaded.gpu.requestAdapter({ powerPreference: "high-performance" });
  } catch (err) {
    return { ok: false, reason: `requesting a WebGPU adapter failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isRecord(adapter)) return { ok: false, reason: "no WebGPU adapter (no Vulkan driver with a usable device; lavapipe needs mesa-vulkan-drivers >= 23)" };
  const info: unknown = adapter.info;
  const i = isRecord(info) ? info : {};
  return {
    ok: true,
    adapter: {
      vendor: text(i.vendor) || "unknown", architecture: text(i.architecture) || "unknown", device: text(i.device), description: text(i.description),
      isFallbackAdapter: i.isFallbackAdapter === true || adapter.isFallbackAdapter === true,
    },
  };
}

/** Imports @tensorflow/tfjs-backend-webgpu (it registers "webgpu" with tfjs when navigator.gpu exists). */
export async function registerWebGpuBackend(): Promise<string | null> {
  const pkg = "@tensorflow/tfjs-backend-webgpu";
  try {
    await import(pkg);
    return null;
  } catch (err) {
    if (notInstalled(err)) return `${pkg} is not installed (an optional dependency)`;
    return `${pkg} failed to load: ${err instanceof Error ? err.message : String(err)}`;
  }
}

export function describeAdapter(a: WebGpuAdapter): string {
  return `adapter ${a.vendor} ${a.architecture}${a.device !== "" ? ` (${a.device})` : ""}${a.isFallbackAdapter ? ", software fallback" : ""}`;
}
