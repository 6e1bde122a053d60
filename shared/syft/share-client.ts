/**
 * Making an AdditiveSharingTensor, from a value this process holds (split
 * here, one share sent to each holder) or from a value that lives at a worker
 * (the worker splits it and seals each share for its holder; this process
 * relays the envelopes and sees no share). The checks that keep a sharing
 * private run here first, before any message, and again at every worker.
 */
import { AdditiveSharingTensor } from "./additive-sharing-tensor";
import { bytesEqual } from "../crypto/bytes";
import { CryptoProviderError, SharingMismatchError, SyftError } from "./errors";
import type { Party, ShareInfo } from "./messages";
import { PointerTensor } from "./pointer-tensor";
import type { RingTensor } from "./ring-tensor";
import { splitShares64 } from "./sharing";
import { WorkerHandle } from "./worker-handle";

export interface ShareOptions {
  /** The worker that deals Beaver triples and truncation pairs; never one of the holders. */
  readonly cryptoProvider?: WorkerHandle;
  /** Integer sharing (Tensor.share): the largest magnitude the values may have (default 10^7). */
  readonly maxAbs?: number;
}

export type ShareArgs = WorkerHandle[] | [...WorkerHandle[], ShareOptions];

export function parseShareArgs(args: ShareArgs): { workers: WorkerHandle[]; options: ShareOptions } {
  const workers: WorkerHandle[] = [];
  let options: ShareOptions = {};
  for (const a of args) {
    if (a instanceof WorkerHandle) workers.push(a);
    else options = a;
  }
  return { workers, options };
}

/** The checks every sharing passes before a message is sent. */
export function checkSharing(workers: readonly WorkerHandle[], provider: WorkerHandle | null): void {
  if (workers.length < 2) throw new SyftError("BAD_REQUEST", `share among at least two workers (got ${workers.length}): one holder would hold the value itself`);
  const ids = workers.map((w) => w.id);
  if (new Set(ids).size !== ids.length) throw new SyftError("REFUSED", `the holders ${ids.join(", ")} name one worker twice; one party never holds two shares of one value`);
  const client = workers[0]!.client;
  if (workers.some((w) => w.client !== client) || (provider !== null && provider.client !== client)) {
    throw new SharingMismatchError("the workers of one sharing must be handles of the same Syft client");
  }
  if (provider !== null) {
    if (ids.includes(provider.id)) {
      throw new CryptoProviderError(`the crypto provider ${provider.id} is also a share holder: with its own share and the triples it deals it would learn the values; name a worker outside ${ids.join(", ")}`);
    }
    if (provider.id === client.id) {
      throw new CryptoProviderError(`the crypto provider ${provider.id} is this client, which opens the masked values of every product; name another worker`);
    }
  }
}

function shareInfo(group: string, workers: readonly WorkerHandle[], index: number, provider: WorkerHandle | null): ShareInfo {
  return { group, holders: workers.map((w) => w.id), index, cryptoProvider: provider?.id ?? null };
}

/** Shares a value held by this process: n shares made here with the client's randomness, one per holder. */
export async function shareLocal(value: RingTensor, args: ShareArgs): Promise<AdditiveSharingTensor> {
  const { workers, options } = parseShareArgs(args);
  const provider = options.cryptoProvider ?? null;
  checkSharing(workers, provider);
  const client = workers[0]!.client;
  const group = client.newId("g");
  const shares = splitShares64(value.values, workers.length, client.randomBytes);
  const pointers = await allOrNothing(workers.map(async (w, i) => {
    const ref = await w.makeObject({ type: "storeShare", tensor: { kind: "ring", shape: value.shape, values: shares[i]! }, share: shareInfo(group, workers, i, provider) });
    return PointerTensor.fromRef(w, ref, "share", value.bound);
  }));
  return new AdditiveSharingTensor(pointers, provider, value.shape, value.bound, group);
}

/** Shares a ring tensor that lives at `source.location`, without this process seeing a share. */
export async function shareRemote(source: PointerTensor<"ring">, args: ShareArgs): Promise<AdditiveSharingTensor> {
  const { workers, options } = parseShareArgs(args);
  const provider = options.cryptoProvider ?? null;
  checkSharing(workers, provider);
  source.checkLive("share");
  const location = source.location;
  if (location.client !== workers[0]!.client) throw new SharingMismatchError("the pointer and the holders must be handles of the same Syft client");
  const group = location.client.newId("g");
  const keys = await Promise.all(workers.map((w) => w.boxPublicKey()));
  const sourceKey = await location.boxPublicKey();
  const holders: Party[] = workers.map((w, i) => ({ id: w.id, boxPublicKey: keys[i]! }));
  const sealed = await location.expect({ type: "shareOut", id: source.id, holders, group, cryptoProvider: provider?.id ?? null }, "sealed");
  if (sealed.envelopes.length !== workers.length || !bytesEqual(sealed.senderPublicKey, sourceKey)) {
    throw new SyftError("MALFORMED", `worker ${location.id} answered shareOut with ${sealed.envelopes.length} envelopes under another key; expected ${workers.length} under its own`);
  }
  const pointers = await allOrNothing(workers.map(async (w, i) => {
    if (w.id === location.id) {
      if (sealed.ownShare === null) throw new SyftError("MALFORMED", `worker ${location.id} is a holder but kept no share`);
      return new PointerTensor(w, sealed.ownShare, "share", source.shape, source.bound);
    }
    const ref = await w.makeObject({ type: "storeSealed", from: location.id, fromPublicKey: sourceKey, envelope: sealed.envelopes[i]!,
      share: shareInfo(group, workers, i, provider), shape: source.shape });
    return PointerTensor.fromRef(w, ref, "share", source.bound);
  }));
  return new AdditiveSharingTensor(pointers, provider, source.shape, source.bound ?? 0n, group);
}

/**
 * Runs one request per holder; if any fails, deletes what the others made
 * (best effort) and rethrows the first failure, so no half-made sharing stays.
 */
export async function allOrNothing<T extends { delete(): Promise<void> }>(work: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  const made = settled.filter((s): s is PromiseFulfilledResult<Awaited<T>> => s.status === "fulfilled").map((s) => s.value);
  if (failed === undefined) return made;
  await Promise.allSettled(made.map((m) => m.delete()));
  throw failed.reason instanceof Error ? failed.reason : new SyftError("INTERNAL", String(failed.reason));
}
