/**
 * A worker's objects: plain tensors, fixed-point (ring) tensors, shares and
 * models, each with the party that owns it. One store per worker, no module
 * state. A worker never holds two shares of one shared value.
 */
import { SyftError } from "../errors";
import type { ModelData, ObjectKind, ObjectRef, ShareInfo } from "../messages";
import type { Shape } from "../shape";

export type StoredObject =
  | { readonly kind: "float"; readonly owner: string; readonly shape: Shape; readonly values: Float64Array }
  | { readonly kind: "ring"; readonly owner: string; readonly shape: Shape; readonly values: BigUint64Array }
  | { readonly kind: "share"; readonly owner: string; readonly shape: Shape; readonly values: BigUint64Array; readonly share: ShareInfo }
  | { readonly kind: "model"; readonly owner: string; model: ModelData };

export type ObjectOfKind<K extends ObjectKind> = Extract<StoredObject, { kind: K }>;

export const DEFAULT_MAX_OBJECTS = 100_000;

export function describeObject(obj: StoredObject): string {
  return obj.kind === "model" ? "a model" : obj.kind === "share" ? "a share" : obj.kind === "ring" ? "a fixed-point tensor" : "a tensor";
}

export function refOf(id: string, obj: StoredObject): ObjectRef {
  if (obj.kind === "model") return { id, kind: "model", shape: [obj.model.weights.reduce((n, w) => n + w.values.length, 0)] };
  return { id, kind: obj.kind, shape: obj.shape };
}

export class ObjectStore {
  private readonly objects = new Map<string, StoredObject>();
  private readonly groups = new Map<string, string>();
  private next = 1;

  constructor(private readonly worker: string, private readonly maxObjects = DEFAULT_MAX_OBJECTS) {}

  get size(): number { return this.objects.size; }
  has(id: string): boolean { return this.objects.has(id); }
  ids(): string[] { return [...this.objects.keys()]; }

  /** Stores `obj` under a fresh id. Refuses a second share of a group this worker already holds. */
  put(obj: StoredObject): string {
    if (this.objects.size >= this.maxObjects) {
      throw new SyftError("BUSY", `worker ${this.worker} holds ${this.objects.size} objects, its limit; delete pointers you no longer need`);
    }
    if (obj.kind === "share") {
      const held = this.groups.get(obj.share.group);
      if (held !== undefined) {
        throw new SyftError("REFUSED", `worker ${this.worker} already holds a share of ${obj.share.group}; one party never holds two shares of one value`);
      }
    }
    const id = `${this.worker}:${this.next++}`;
    this.objects.set(id, obj);
    if (obj.kind === "share") this.groups.set(obj.share.group, id);
    return id;
  }

  get(id: string): StoredObject {
    const obj = this.objects.get(id);
    if (obj === undefined) throw new SyftError("NOT_FOUND", `worker ${this.worker} has no object ${id}: it was deleted, fetched back, or never existed`);
    return obj;
  }

  getKind<K extends ObjectKind>(id: string, kinds: readonly K[], use: string): ObjectOfKind<K> {
    const obj = this.get(id);
    const found = kinds.find((k) => k === obj.kind);
    if (found === undefined || !isKind(obj, found)) {
      throw new SyftError("BAD_REQUEST", `${use} needs ${kinds.map((k) => `a ${k} object`).join(" or ")}, but ${id} on ${this.worker} is ${describeObject(obj)}`);
    }
    return obj;
  }

  delete(id: string): void {
    const obj = this.get(id);
    this.objects.delete(id);
    if (obj.kind === "share") this.groups.delete(obj.share.group);
  }
}

function isKind<K extends ObjectKind>(obj: StoredObject, kind: K): obj is ObjectOfKind<K> {
  return obj.kind === kind;
}
