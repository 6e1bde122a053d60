import type { NamedTensor } from "../tensor/weights";
import { sizeOfShape } from "../tensor/weights";
import { MAX_PARAMETERS, ModelError, type WeightSlot } from "./weight-layout";

/**
 * The weights of a tfjs `model.json` (`weightsManifest`: groups of binary files
 * holding float32 weights back to back, little-endian), matched by name to the
 * model's weight layout. Every weight of the layout must be there with its
 * shape, every value finite; quantised or non-float32 weights are refused.
 */
export interface WeightFiles {
  /** Reads a weights file named by the manifest (relative to the model.json). */
  read(relativePath: string): Uint8Array;
}

interface ManifestEntry {
  readonly name: string;
  readonly shape: readonly number[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function readManifestWeights(manifest: unknown, files: WeightFiles, layout: readonly WeightSlot[], field: string): NamedTensor[] {
  if (!Array.isArray(manifest)) throw new ModelError(field, "must be a list of weight groups ({\"paths\": [...], \"weights\": [...]})");
  const found = new Map<string, NamedTensor>();
  let total = 0;
  manifest.forEach((group: unknown, g) => {
    const gf = `${field}[${g}]`;
    if (!isRecord(group) || !Array.isArray(group.paths) || !Array.isArray(group.weights)) throw new ModelError(gf, 'must be {"paths": [...], "weights": [...]}');
    const chunks = group.paths.map((p: unknown, k) => {
      if (typeof p !== "string" || p.includes("..") || p.startsWith("/")) throw new ModelError(`${gf}.paths[${k}]`, `must name a file next to the model.json, got ${JSON.stringify(p)}`);
      return files.read(p);
    });
    const bytes = concat(chunks);
    let offset = 0;
    group.weights.forEach((w: unknown, k) => {
      const wf = `${gf}.weights[${k}]`;
      const entry = manifestEntry(w, wf);
      const n = sizeOfShape(entry.shape);
      total += n;
      if (total > MAX_PARAMETERS) throw new ModelError(wf, `the weights hold more than the limit of ${MAX_PARAMETERS} parameters`);
      if (offset + 4 * n > bytes.length) throw new ModelError(wf, `"${entry.name}" needs ${4 * n} bytes at offset ${offset}, but the group's files hold ${bytes.length}`);
      const values = new Float32Array(n);
      const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 4 * n);
      for (let i = 0; i < n; i++) {
        const v = view.getFloat32(4 * i, true);
        if (!Number.isFinite(v)) throw new ModelError(wf, `"${entry.name}" holds a non-finite value (${v}) at index ${i}; initial weights must be finite`);
        values[i] = v;
      }
      offset += 4 * n;
      if (found.has(entry.name)) throw new ModelError(wf, `"${entry.name}" appears twice`);
      found.set(entry.name, { name: entry.name, shape: [...entry.shape], values });
    });
    if (offset !== bytes.length) throw new ModelError(gf, `the group's files hold ${bytes.length} bytes but its weights take ${offset}`);
  });
  return layout.map((slot) => {
    const w = found.get(slot.name);
    if (w === undefined) throw new ModelError(field, `has no weight "${slot.name}" [${slot.shape.join(", ")}]; it names ${[...found.keys()].join(", ") || "none"}`);
    if (w.shape.join("x") !== slot.shape.join("x")) throw new ModelError(field, `weight "${slot.name}" has shape [${w.shape.join(", ")}], the model needs [${slot.shape.join(", ")}]`);
    found.delete(slot.name);
    return w;
  }).concat(extra(found, field));
}

function extra(left: Map<string, NamedTensor>, field: string): NamedTensor[] {
  if (left.size > 0) throw new ModelError(field, `holds weights the model does not have: ${[...left.keys()].join(", ")}`);
  return [];
}

function manifestEntry(w: unknown, wf: string): ManifestEntry {
  if (!isRecord(w) || typeof w.name !== "string" || !Array.isArray(w.shape)) throw new ModelError(wf, 'must be {"name": "...", "shape": [...], "dtype": "float32"}');
  if (w.dtype !== undefined && w.dtype !== "float32") throw new ModelError(`${wf}.dtype`, `only float32 weights are supported, got ${JSON.stringify(w.dtype)}`);
  if (w.quantization !== undefined) throw new ModelError(`${wf}.quantization`, "quantised weights are not supported");
  const shape = w.shape;
  if (!shape.every((d: unknown) => typeof d === "number" && Number.isInteger(d) && d >= 0)) throw new ModelError(`${wf}.shape`, `must be a list of non-negative integers, got ${JSON.stringify(shape)}`);
  return { name: w.name, shape: shape.map(Number) };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
